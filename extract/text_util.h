// Small string helpers shared by the extractors, the graph and the command line.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace talkgraph {

std::string_view trim(std::string_view s);
std::string ascii_lower(std::string_view s);
bool starts_with_ci(std::string_view s, std::string_view prefix);  // ASCII case-insensitive
std::vector<std::string_view> split(std::string_view s, char sep);

// Finds several fixed strings (each at least two bytes) in one pass: a position is compared only when
// its first two bytes start one of them. One byte would not do for Korean, whose syllables share four
// lead bytes. The 8 KB bit set of first pairs stays in L1; only the needles that start with a pair
// found are compared. Calls f(offset, index into needles) for every occurrence, in text order (and in
// needle order at one offset).
class MultiFinder {
 public:
  explicit MultiFinder(std::vector<std::string_view> needles);
  template <typename F>
  void find_all(std::string_view text, F&& f) const {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    for (size_t at = 0; at + 1 < text.size(); ++at) {
      const size_t p = pair(s[at], s[at + 1]);
      if (!(bits_[p >> 6] >> (p & 63) & 1)) continue;
      for (uint32_t k = group_[p]; k < group_[p + 1]; ++k) {
        const uint32_t n = order_[k];
        if (text.compare(at, needles_[n].size(), needles_[n]) == 0) f(at, static_cast<size_t>(n));
      }
    }
  }

 private:
  static size_t pair(unsigned char a, unsigned char b) { return static_cast<size_t>(a) << 8 | b; }
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
