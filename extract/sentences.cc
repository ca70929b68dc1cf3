// Sentence splitting is deliberately simple: reviews are bullets and short prose, where a block
// boundary, a line break or sentence punctuation followed by a space is right nearly always. A
// statistical segmenter would cost far more than the whole extraction for little gain on this text.
#include "extract/sentences.h"

#include <array>

#include "base/byte_scan.h"

namespace talkgraph {

namespace {

bool ends_with_abbreviation(std::string_view text, size_t dot) {
  static constexpr std::array<std::string_view, 7> kAbbreviations = {"e.g", "i.e", "etc", "vs", "feat", "ft", "cf"};
  for (std::string_view a : kAbbreviations) {
    if (dot < a.size()) continue;
    size_t start = dot - a.size();
    bool same = true;
    for (size_t k = 0; k < a.size() && same; ++k) same = (text[start + k] | 0x20) == a[k];
    if (!same) continue;
    if (start == 0) return true;
    unsigned char before = static_cast<unsigned char>(text[start - 1]);
    if (!((before | 0x20) >= 'a' && (before | 0x20) <= 'z')) return true;
  }
  return false;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

void push_trimmed(std::string_view text, size_t b, size_t e, int32_t block, std::vector<Sentence>* out) {
  while (b < e) {
    if (is_space(text[b]) || text[b] == '-' || text[b] == '*' || text[b] == '>' || text[b] == '=') {  // "->", "=>" 
      ++b;
    } else if (text[b] >= '0' && text[b] <= '9' && b + 2 < e && text[b + 1] == ')' && text[b + 2] == ' ') {
      b += 3;  // "1) " numbers a plain-text list
    } else if (text.compare(b, 3, "\xE2\x80\xA2") == 0 || text.compare(b, 3, "\xE2\x97\xA6") == 0 ||
               text.compare(b, 3, "\xE2\x96\xAA") == 0 || text.compare(b, 3, "\xE2\x80\xA3") == 0) {  // • ◦ ▪ ‣
      b += 3;
    } else {
      break;
    }
  }
  while (e > b && is_space(text[e - 1])) --e;
  if (e > b) out->push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e), block});
}

// Whether the line break at text[nl] goes on with the same sentence, as English prose wrapped by hand
// does: a long line (40 bytes or more) that ends with a letter, a digit or a comma, and a next line
// that starts in lower case. A short line ("soundfile") or one ending in Hangul ("... 클래스를 상속")
// followed by "from pydantic import ..." is a line of its own.
bool continues(std::string_view text, size_t begin, size_t nl, size_t end) {
  size_t n = nl + 1;
  while (n < end && (text[n] == ' ' || text[n] == '\t')) ++n;
  if (!(n < end && text[n] >= 'a' && text[n] <= 'z')) return false;
  size_t line = nl;
  while (line > begin && text[line - 1] != '\n') --line;
  size_t p = nl;
  while (p > line && is_space(text[p - 1])) --p;
  if (p - line < 40) return false;
  const char last = text[p - 1];
  return (last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z') || (last >= '0' && last <= '9') || last == ',';
}

}  // namespace

void split_range(std::string_view text, uint32_t begin, uint32_t end, int32_t block, bool code,
                 std::vector<Sentence>* out) {
  const std::string_view range = text.substr(0, end);
  size_t start = begin;
  // The bytes that can end a sentence: line breaks, sentence punctuation, and the lead byte of 。.
  for_each_byte_of<'\n', '.', '!', '?', 0xE3>(range.substr(begin), [&](size_t rel) {
    const size_t i = begin + rel;
    const char c = text[i];
    if (c == '\n') {
      if (code || !continues(text, begin, i, end)) {
        push_trimmed(text, start, i, block, out);
        start = i + 1;
      }
    } else if (code) {
      return rel + 1;
    } else if ((c == '.' || c == '!' || c == '?') && i + 1 < end && is_space(text[i + 1])) {
      if (c == '.' && ends_with_abbreviation(text, i)) return rel + 1;
      push_trimmed(text, start, i + 1, block, out);
      start = i + 1;
    } else if (c == '\xE3' && text.compare(i, 3, "\xE3\x80\x82") == 0) {  // 。
      push_trimmed(text, start, i + 3, block, out);
      start = i + 3;
      return rel + 3;
    }
    return rel + 1;
  });
  push_trimmed(text, start, end, block, out);
}

std::vector<Sentence> split_sentences(const Document& doc) {
  std::vector<Sentence> out;
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (!doc.is_leaf(b) || b.begin >= b.end) continue;
    split_range(doc.text, b.begin, b.end, static_cast<int32_t>(i), b.kind == BlockKind::kCode, &out);
  }
  return out;
}

}  // namespace talkgraph
