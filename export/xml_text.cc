#include "export/xml_text.h"

#include "export/plain_run.h"

namespace talkgraph {

void append_xml_escaped(std::string* out, std::string_view text) {
  size_t run = 0;  // start of the bytes not yet copied: plain text is copied in runs
  auto escape = [&](size_t i, size_t skip, std::string_view replacement) {
    out->append(text.data() + run, i - run);
    out->append(replacement);
    run = i + skip;
  };
  for_each_special_byte<'&', '<', '>', '"', '\'', 0xEF>(text, [&](size_t i) -> size_t {
    switch (static_cast<unsigned char>(text[i])) {
      case '&': escape(i, 1, "&amp;"); break;
      case '<': escape(i, 1, "&lt;"); break;
      case '>': escape(i, 1, "&gt;"); break;
      case '"': escape(i, 1, "&quot;"); break;
      case '\'': escape(i, 1, "&apos;"); break;
      case '\t': escape(i, 1, "&#9;"); break;
      case '\n': escape(i, 1, "&#10;"); break;
      case '\r': escape(i, 1, "&#13;"); break;
      case 0xEF:
        // U+FFFE and U+FFFF are EF BF BE / EF BF BF.
        if (i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
            (static_cast<unsigned char>(text[i + 2]) == 0xBE || static_cast<unsigned char>(text[i + 2]) == 0xBF)) {
          escape(i, 3, "");
          return i + 3;
        }
        break;
      default: escape(i, 1, ""); break;  // other control characters are illegal in XML 1.0
    }
    return i + 1;
  });
  out->append(text.data() + run, text.size() - run);
}

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  append_xml_escaped(&out, text);
  return out;
}

}  // namespace talkgraph
