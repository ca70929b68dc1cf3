// The escaping writers (JSON, XML, DOT) copy text in runs between the few bytes they must rewrite.
// Finding the end of a run a byte at a time was a quarter of writing a large graph; this looks at
// eight bytes per step (SWAR: the bit tricks of "Bit Twiddling Hacks", exact for the question "is
// any byte below 0x20 or equal to one of these"), then the caller handles the byte it stops at.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace talkgraph {

namespace plain_run_detail {
constexpr uint64_t kOnes = 0x0101010101010101ULL;
constexpr uint64_t kHigh = 0x8080808080808080ULL;
// High bit set in some byte iff some byte of x is zero.
constexpr uint64_t has_zero(uint64_t x) { return (x - kOnes) & ~x & kHigh; }
}  // namespace plain_run_detail

// The first index at or after `i` whose byte is a control character (below 0x20) or one of
// `Specials`, or the start of the last partial word: the caller goes on byte by byte from there.
template <unsigned char... Specials>
inline size_t skip_plain_bytes(std::string_view s, size_t i) {
  using namespace plain_run_detail;
  while (i + 8 <= s.size()) {
    uint64_t x;
    std::memcpy(&x, s.data() + i, 8);
    uint64_t hit = (x - kOnes * 0x20) & ~x & kHigh;  // some byte below 0x20
    ((hit |= has_zero(x ^ (kOnes * Specials))), ...);
    if (hit != 0) break;
    i += 8;
  }
  return i;
}

// Calls `on_special(i)` for each byte at i that is a control character or one of `Specials`, in
// order; it returns the index to go on from (i + 1, or past a longer sequence it consumed).
template <unsigned char... Specials, typename F>
inline void for_each_special_byte(std::string_view s, F&& on_special) {
  auto special = [](unsigned char c) { return c < 0x20 || ((c == Specials) || ...); };
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    i = skip_plain_bytes<Specials...>(s, i);
    const size_t stop = i + 8 < n ? i + 8 : n;
    while (i < stop && !special(static_cast<unsigned char>(s[i]))) ++i;
    if (i < stop) i = on_special(i);
  }
}

}  // namespace talkgraph
