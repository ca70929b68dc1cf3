#include "export/palette.h"

#include <fmt/format.h>

namespace talkgraph {

std::string Rgb::hex() const { return fmt::format("#{:02x}{:02x}{:02x}", r, g, b); }

Rgb type_color(NodeKind type) {
  switch (type) {
    case NodeKind::kLibrary: return {0x66, 0xc2, 0xa5};
    case NodeKind::kTool: return {0xfc, 0x8d, 0x62};
    case NodeKind::kLanguage: return {0x8d, 0xa0, 0xcb};
    case NodeKind::kConcept: return {0xe7, 0x8a, 0xc3};
    case NodeKind::kOrganization: return {0xa6, 0xd8, 0x54};
    case NodeKind::kTalk: return {0xff, 0xd9, 0x2f};
    case NodeKind::kEvent: return {0xe5, 0xc4, 0x94};
    case NodeKind::kDocument:
    case NodeKind::kNone: break;
  }
  return {0xb3, 0xb3, 0xb3};
}

Rgb community_color(int community) {
  static constexpr std::array<Rgb, 12> kColors = {{{0x1f, 0x78, 0xb4}, {0x33, 0xa0, 0x2c}, {0xe3, 0x1a, 0x1c},
                                                   {0xff, 0x7f, 0x00}, {0x6a, 0x3d, 0x9a}, {0xb1, 0x59, 0x28},
                                                   {0xa6, 0xce, 0xe3}, {0xb2, 0xdf, 0x8a}, {0xfb, 0x9a, 0x99},
                                                   {0xfd, 0xbf, 0x6f}, {0xca, 0xb2, 0xd6}, {0xff, 0xff, 0x99}}};
  if (community < 0) return {0xb3, 0xb3, 0xb3};
  return kColors[static_cast<size_t>(community) % kColors.size()];
}

}  // namespace talkgraph
