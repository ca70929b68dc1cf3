// XML text escaping shared by the GraphML and GEXF writers.
#pragma once

#include <string>
#include <string_view>

namespace talkgraph {

// Escapes & < > " ' and removes what XML 1.0 forbids (U+0000-0008, 000B, 000C, 000E-001F, FFFE, FFFF):
// xmllint and Gephi reject a file holding even one. Tab, LF and CR are kept (as &#9; &#10; &#13; so
// attribute values keep them too). The input must be valid UTF-8.
std::string xml_escape(std::string_view text);
void append_xml_escaped(std::string* out, std::string_view text);

}  // namespace talkgraph
