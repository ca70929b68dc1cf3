// GraphvizRender: turning DOT text into SVG or PNG with the Graphviz programs on PATH.
#pragma once

#include <string>

namespace talkgraph {

struct GraphvizLimits {
  int seconds = 60;  // Graphviz is stopped after this long
};

// Runs Graphviz (`dot`, whose `layout` graph attribute picks the engine) on `dot_text` and writes
// `format` (svg or png) to `path`, atomically. False with *error when Graphviz is not installed
// ("... install graphviz"), fails, or runs past the limit. Its temporaries are always removed.
bool render_with_graphviz(const std::string& dot_text, const std::string& format, const std::string& path,
                          const GraphvizLimits& limits, std::string* error);

}  // namespace talkgraph
