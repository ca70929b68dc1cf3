// GraphvizRender: turning DOT text into SVG or PNG with the Graphviz programs on PATH.
#pragma once

#include <string>

namespace talkgraph {

// Runs Graphviz (`dot`, whose `layout` graph attribute picks the engine) on `dot_text` and writes
// `format` (svg or png) to `path`, atomically. False with *error when Graphviz is not installed
// ("... install graphviz") or fails.
bool render_with_graphviz(const std::string& dot_text, const std::string& format, const std::string& path,
                          std::string* error);

}  // namespace talkgraph
