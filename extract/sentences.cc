// Sentence splitting is deliberately simple: reviews are bullets and short prose, where a line break
// or sentence punctuation followed by a space is right nearly always. A statistical segmenter would
// cost far more than the whole extraction for little gain on this kind of text.
#include "extract/sentences.h"

#include <array>
#include <string_view>

#include "extract/byte_scan.h"

namespace talkgraph {

namespace {

bool ends_with_abbreviation(std::string_view text, size_t dot) {
  static constexpr std::array<std::string_view, 7> kAbbreviations = {"e.g", "i.e", "etc", "vs", "feat",
                                                                     "ft", "cf"};
  for (std::string_view a : kAbbreviations) {
    if (dot < a.size()) continue;
    size_t start = dot - a.size();
    bool same = true;
    for (size_t k = 0; k < a.size() && same; ++k) same = (text[start + k] | 0x20) == a[k] || text[start + k] == a[k];
    if (!same) continue;
    if (start == 0) return true;
    unsigned char before = static_cast<unsigned char>(text[start - 1]);
    if (!((before | 0x20) >= 'a' && (before | 0x20) <= 'z')) return true;
  }
  return false;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\v'; }

void push_trimmed(std::string_view text, size_t b, size_t e, std::vector<Span>* out) {
  while (b < e) {
    if (is_space(text[b]) || text[b] == '-' || text[b] == '*' || text[b] == '>' || text[b] == '#') {
      ++b;
    } else if (text[b] >= '0' && text[b] <= '9' && b + 2 < e && (text[b + 1] == '.' || text[b + 1] == ')') &&
               text[b + 2] == ' ') {
      b += 3;  // "1. " list and heading numbers
    } else if (text.substr(b, 3) == "\xE2\x80\xA2" || text.substr(b, 3) == "\xE2\x97\xA6") {  // • ◦
      b += 3;
    } else {
      break;
    }
  }
  while (e > b && is_space(text[e - 1])) --e;
  if (e > b) out->push_back({b, e});
}

}  // namespace

std::vector<Span> split_sentences(std::string_view text) {
  std::vector<Span> spans;
  size_t start = 0;
  // The bytes that can end a sentence: line breaks, sentence punctuation, and the lead byte of 。.
  for_each_byte_of<'\n', '.', '!', '?', 0xE3>(text, [&](size_t i) {
    const char c = text[i];
    if (c == '\n') {
      push_trimmed(text, start, i, &spans);
      start = i + 1;
    } else if ((c == '.' || c == '!' || c == '?') && i + 1 < text.size() && is_space(text[i + 1])) {
      if (c == '.' && ends_with_abbreviation(text, i)) return i + 1;
      push_trimmed(text, start, i + 1, &spans);
      start = i + 1;
    } else if (c == '\xE3' && text.compare(i, 3, "\xE3\x80\x82") == 0) {  // 。
      push_trimmed(text, start, i + 3, &spans);
      start = i + 3;
      return i + 3;
    }
    return i + 1;
  });
  push_trimmed(text, start, text.size(), &spans);
  return spans;
}

}  // namespace talkgraph
