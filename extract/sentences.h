// Sentences: the evidence unit of a mention and the default co-occurrence window.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/document.h"

namespace talkgraph {

struct Sentence {
  uint32_t begin = 0;  // bytes into the document's text
  uint32_t end = 0;
  int32_t block = -1;  // the leaf block that holds it
  bool operator==(const Sentence&) const = default;
};

// Splits every leaf block of a document into sentences; no sentence crosses a block (a heading, a
// list item's text, a table cell, a line of code are each at least one). Within a block a sentence
// ends at '.', '!' or '?' before white space (not after e.g., i.e., etc., vs., feat.), at '。', and at
// a line break, unless the next line goes on in lower case (English prose wrapped by hand) or the
// line ends with a comma. Lines of code are sentences of their own. Spans are trimmed of white space
// and of bullets and arrows a plain-text review writes (•, ◦, ▪, ‣, -, *, ->, =>) and list numbers
// ("1) "); empty ones are dropped.
std::vector<Sentence> split_sentences(const Document& doc);

// The same rules over one range of text (the block's kind given by `code`), appended to `out`.
void split_range(std::string_view text, uint32_t begin, uint32_t end, int32_t block, bool code,
                 std::vector<Sentence>* out);

}  // namespace talkgraph
