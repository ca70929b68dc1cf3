// TalkFinder::Scan: one document's state while its talks are found (talk_finder.cc, talk_sections.cc).
#pragma once

#include <algorithm>
#include <string_view>
#include <vector>

#include "extract/talk_finder.h"

namespace talkgraph {

// A heading, or a line that stands as one, opening a section that runs to the next at its level or
// above.
struct Opener {
  int32_t block = -1;       // a heading, a paragraph, or the list item of a lone numbered line
  int level = 0;            // 1-6 as written in Markdown; 7 a line marked as a heading; 8 a line alone
  std::string_view style;   // markdown, bold, link, prefixed, timetable, numbered, standalone
  uint32_t begin = 0;       // the heading's text
  uint32_t end = 0;
  int32_t link = -1;        // the span of a heading that is one link
  uint32_t start = 0;       // where its section starts: the block, or the line inside a paragraph
};

struct TalkFinder::Scan {
  const Document& doc;
  bool explain;  // keep the candidates that were not taken, with why
  const std::vector<Sentence>& sentences;
  const std::vector<uint32_t>& technology;
  // Where cue phrases start in the document's text, in order.
  std::vector<uint32_t> talk_words, review_words, introductions, verbs;
  std::vector<std::pair<uint32_t, uint32_t>> block_spans;  // per block: its spans, [first, last)
  std::vector<bool> span_taken;  // spans a candidate has read already (a list item's lead link)
  std::vector<bool> block_taken; // list items read as heading-like lines
  std::vector<TalkCandidate> out;
  std::vector<Opener> openers;
  std::vector<std::pair<uint32_t, uint32_t>> speakers;  // names on "Speaker: ..." lines

  std::string_view text(uint32_t b, uint32_t e) const { return std::string_view(doc.text).substr(b, e - b); }
  static bool any_in(const std::vector<uint32_t>& offsets, uint32_t b, uint32_t e) {
    auto it = std::lower_bound(offsets.begin(), offsets.end(), b);
    return it != offsets.end() && *it < e;
  }
  // The sentence holding `offset`, or the nearest before it.
  const Sentence* sentence_at(uint32_t offset) const {
    auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                               [](uint32_t off, const Sentence& s) { return off < s.begin; });
    if (it == sentences.begin()) return nullptr;
    --it;
    return offset < it->end ? &*it : nullptr;
  }
  // Up to `n` code points before `pos` (not before `floor`), and after `pos` (not past `ceiling`).
  uint32_t back(uint32_t pos, size_t n, uint32_t floor) const {
    while (pos > floor && n > 0) {
      --pos;
      while (pos > floor && (static_cast<unsigned char>(doc.text[pos]) & 0xC0) == 0x80) --pos;
      --n;
    }
    return pos;
  }
  uint32_t forward(uint32_t pos, size_t n, uint32_t ceiling) const {
    while (pos < ceiling && n > 0) {
      ++pos;
      while (pos < ceiling && (static_cast<unsigned char>(doc.text[pos]) & 0xC0) == 0x80) ++pos;
      --n;
    }
    return pos;
  }
  void add(TalkCandidate c) { out.push_back(std::move(c)); }
};

}  // namespace talkgraph
