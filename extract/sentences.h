// Sentence spans: the evidence unit of a mention and the default co-occurrence window.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace talkgraph {

struct Span {
  size_t begin = 0;
  size_t end = 0;
  bool operator==(const Span&) const = default;
};

// Splits text into sentences. A line break always ends one (bullets, headings and table rows are
// lines), and so do '。' and '.', '!' or '?' followed by white space, except after a few abbreviations
// (e.g., i.e., etc., vs., Feat.). Spans are trimmed of white space, leading bullet and heading markers
// and single-digit list numbers ("1) "); empty ones are dropped. Offsets are bytes into `text`.
std::vector<Span> split_sentences(std::string_view text);

}  // namespace talkgraph
