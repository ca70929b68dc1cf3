// Small string helpers shared by the extractors, the graph and the command line.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace talkgraph {

std::string_view trim(std::string_view s);
std::string ascii_lower(std::string_view s);
bool starts_with_ci(std::string_view s, std::string_view prefix);  // ASCII case-insensitive
std::vector<std::string_view> split(std::string_view s, char sep);
// How many times `c` occurs in `s`: 16 bytes at a time with SSE2 (line numbers of a million mentions).
size_t count_byte(std::string_view s, char c);

// Finds several fixed strings (each at least two bytes) in one pass: a position is compared only when
// its first two bytes start one of them. One byte would not do for Korean, whose syllables share four
// lead bytes. The 8 KB bit set of first pairs stays in L1; only the needles that start with a pair
// found are compared. Calls f(offset, index into needles) for every occurrence, in text order (and in
// needle order at one offset).
// Every position costs the same few instructions and one bit test that is almost always false: a
// test on the first byte alone would pass for half of Korean syllables and cost a mispredicted branch
// each time.
class MultiFinder {
 public:
  explicit MultiFinder(std::vector<std::string_view> needles);
  template <typename F>
  void find_all(std::string_view text, F&& f) const {
    scan<false>(text, f);
  }
  // The same, with ASCII letters of the text compared lowercased: the needles must be lowercase.
  template <typename F>
  void find_all_ignoring_ascii_case(std::string_view text, F&& f) const {
    scan<true>(text, f);
  }

 private:
  // The pair (a, b) as a little-endian 16-bit word would read it.
  static size_t pair(unsigned char a, unsigned char b) { return static_cast<size_t>(b) << 8 | a; }
  static unsigned char fold(unsigned char c) { return kFoldTable[c]; }
  static constexpr std::array<unsigned char, 256> kFoldTable = [] {
    std::array<unsigned char, 256> t{};
    for (int c = 0; c < 256; ++c) t[static_cast<size_t>(c)] = static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return t;
  }();
  template <bool kFold, typename F>
  void scan(std::string_view text, F& f) const {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const uint64_t* bits = bits_.data();  // a local: the callback could alias the members' storage
    const size_t n = text.size();
    if (n < 2) return;
    for (size_t at = 0; at + 1 < n; ++at) {
      // Each pair read afresh: carried over from the last one, it made a chain of dependent
      // instructions through the whole text.
      const size_t p = kFold ? pair(fold(s[at]), fold(s[at + 1])) : pair(s[at], s[at + 1]);
      if (!(bits[p >> 6] >> (p & 63) & 1)) [[likely]] continue;
      for (uint32_t k = group_[p]; k < group_[p + 1]; ++k) {
        const std::string_view needle = needles_[order_[k]];
        if (needle.size() > text.size() - at) continue;
        bool same = true;
        for (size_t b = 2; b < needle.size() && same; ++b) {
          same = (kFold ? fold(s[at + b]) : s[at + b]) == static_cast<unsigned char>(needle[b]);
        }
        if (same) f(at, static_cast<size_t>(order_[k]));
      }
    }
  }
  std::vector<std::string_view> needles_;
  std::vector<uint64_t> bits_;    // 65,536 bits: does some needle start with this byte pair
  std::vector<uint32_t> group_;   // needles starting with pair p: order_[group_[p] .. group_[p + 1])
  std::vector<uint32_t> order_;   // needle indexes grouped by first pair, in needle order within a group
};

// An id-safe form of a name: ASCII letters lowercased, letters and digits of any script kept,
// every other run of characters one '-'. "Vue.js" -> "vue-js", "장고 ORM" -> "장고-orm".
// The result is an XML NMTOKEN, so it can stand in GraphML ids as is.
std::string slugify(std::string_view name);

// Levenshtein distance over bytes, for "did you mean" suggestions.
size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word` when it is close enough to be a plausible typo, else "".
std::string suggest(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace talkgraph
