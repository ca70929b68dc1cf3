// Palette: the colors every visual export uses, by node type or by topic community.
#pragma once

#include <array>
#include <cstdint>
#include <string>

#include "graph/node_kind.h"

namespace talkgraph {

struct Rgb {
  uint8_t r, g, b;
  std::string hex() const;
};

// ColorBrewer Set2 for types (readable in print and for common color blindness).
Rgb type_color(NodeKind type);
// A 12-color qualitative palette (ColorBrewer Paired, reordered) cycled over community numbers.
Rgb community_color(int community);

}  // namespace talkgraph
