// Front matter: the metadata block some reviews open with, read apart from their content.
#pragma once

#include <string_view>

#include "extract/document.h"

namespace talkgraph {

// Reads, at the very start of `text`:
//   ---            YAML front matter (Jekyll, Hugo, Hexo), closed by --- or ...
//   +++            TOML front matter (Hugo), closed by +++
//   Title: ...     header lines (Pelican, MultiMarkdown) up to the first blank line, when one of the
//                  keys is a known one (title, date, tags, ...): a review that opens with
//                  "Keynote: ..." has no metadata.
// Fills `meta` (keys lowercased; quotes around values removed; YAML lists joined with ", ") and
// returns true, with meta->end at the first byte of content; returns false and leaves meta->end 0
// when the text has none.
bool read_front_matter(std::string_view text, Metadata* meta);

}  // namespace talkgraph
