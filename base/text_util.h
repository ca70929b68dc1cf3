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
// A 64-bit hash of a text, the same on every machine and in every run (std::hash promises neither):
// how `merge` knows a review it already has. Eight bytes a step, a fraction of a nanosecond a byte.
// Not cryptographic.
uint64_t content_hash(std::string_view s);

// Whether a text can start with one of a few words, from its first character alone: the guard that
// keeps most lines off an anchored, case-insensitive regular expression whose alternatives all start
// with one of those words. The words' first characters count in both ASCII cases (digits and Hangul
// syllables as they are). A text starting with any other non-ASCII character passes, since case
// folding maps a few of them onto ASCII letters (U+212A KELVIN SIGN onto 'k', U+017F LONG S onto 's').
class InitialFilter {
 public:
  explicit InitialFilter(const std::vector<std::string_view>& words);
  bool may_start(std::string_view text) const;

 private:
  std::array<bool, 128> ascii_{};
  std::vector<uint32_t> syllables_;  // the three bytes of each, big-endian
};

// Finds several fixed strings (each at least two bytes) in one pass, Wu-Manber style: with m the length
// of the shortest needle, a window of m bytes is judged by the byte pair at its end. A pair that ends
// no needle's first m bytes lets the window move m - 1 bytes at once (a needle starting in between
// would hold that pair); the others move it as far as the nearest such needle allows, and a pair that
// ends some needle's first m bytes has the needles with it compared at the window's start. Needles of
// five bytes or more ("import", "파이콘") so look at about a quarter of the text's pairs. Pairs, not
// bytes: one byte would not do for Korean, whose syllables share four lead bytes. The 8 KB bit set of
// pairs that shift less than m - 1 stays in L1 and is almost always false. Calls f(offset, index into
// needles) for every occurrence, in text order (and in needle order at one offset).
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
    // Locals: the callback could alias the members' storage.
    const uint64_t* bits = bits_.data();
    const unsigned char* shift = shift_.data();
    const size_t m = min_length_, n = text.size();
    if (needles_.empty() || n < m) return;
    for (size_t at = 0; at + m <= n;) {
      const size_t end = at + m - 2;  // the window's last pair
      const size_t p = kFold ? pair(fold(s[end]), fold(s[end + 1])) : pair(s[end], s[end + 1]);
      if (!(bits[p >> 6] >> (p & 63) & 1)) [[likely]] {
        at += m - 1;
        continue;
      }
      if (shift[p] != 0) {
        at += shift[p];
        continue;
      }
      for (uint32_t k = group_[p]; k < group_[p + 1]; ++k) {
        const std::string_view needle = needles_[order_[k]];
        if (needle.size() > n - at) continue;
        bool same = true;
        for (size_t b = 0; b < needle.size() && same; ++b) {
          same = (kFold ? fold(s[at + b]) : s[at + b]) == static_cast<unsigned char>(needle[b]);
        }
        if (same) f(at, static_cast<size_t>(order_[k]));
      }
      ++at;
    }
  }
  std::vector<std::string_view> needles_;
  size_t min_length_ = 0;              // m, the shortest needle's length (at most 256)
  std::vector<unsigned char> shift_;   // per pair: how far a window ending in it may move (0: compare)
  std::vector<uint64_t> bits_;         // 65,536 bits: pairs whose shift is below m - 1
  std::vector<uint32_t> group_;        // needles whose first m bytes end in pair p: order_[group_[p] .. group_[p + 1])
  std::vector<uint32_t> order_;        // needle indexes grouped by that pair, in needle order within a group
};

// An id-safe form of a name: ASCII letters lowercased, letters and digits of any script kept,
// every other run of characters one '-'. "Vue.js" -> "vue-js", "장고 ORM" -> "장고-orm".
// The result is an XML NMTOKEN, so it can stand in GraphML ids as is.
std::string slugify(std::string_view name);

// A file name as valid, printable UTF-8, losslessly: each byte that is not part of a valid UTF-8
// sequence, each control character (C0, DEL, C1) and a '%' that two hexadecimal digits follow are
// written %XX (RFC 3986's percent-encoding), everything else as it is. "café.md" stays; a CP949 name
// unpacked on Linux, "\xB8\xDE\xB8\xF0.txt", becomes "%B8%DE%B8%F0.txt"; decoding %XX gives the bytes back.
std::string escape_file_name(std::string_view bytes);
// Text for a terminal: control characters (but line feed and tab) and invalid UTF-8 bytes written %XX,
// so that a file name cannot move the cursor, change colours or retitle the window. '%' stays.
std::string printable(std::string_view text);

// The longest prefix of UTF-8 `text` of at most `max_bytes` bytes that ends on a character boundary.
std::string_view utf8_prefix(std::string_view text, size_t max_bytes);

// Edit distance over bytes (insertions, deletions, substitutions, and swaps of two neighbours, as
// typing makes them: "bulid" is one from "build"), for "did you mean" suggestions.
size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word` when it is close enough to be a plausible typo, else "".
std::string suggest(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace talkgraph
