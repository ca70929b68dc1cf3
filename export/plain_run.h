// The escaping writers (JSON, XML, DOT) copy text in runs between the few bytes they must rewrite.
// Finding the end of a run a byte at a time was a quarter of writing a large graph; the bytes to
// rewrite are found 16 at a time by the scan extraction uses too (base/byte_scan.h), and the
// caller handles each one it stops at.
#pragma once

#include <string_view>

#include "base/byte_scan.h"

namespace talkgraph {

// Calls `on_special(i)` for each byte at i that is a control character (below 0x20) or one of
// `Specials`, in order; it returns the index to go on from (i + 1, or past a longer sequence it
// consumed).
template <unsigned char... Specials, typename F>
inline void for_each_special_byte(std::string_view s, F&& on_special) {
#ifdef __SSE2__
  auto block_test = [](__m128i v) {
    __m128i hits = bytes_in_range(v, 0x00, 0x1F);
    ((hits = _mm_or_si128(hits, _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(Specials))))), ...);
    return hits;
  };
#else
  auto block_test = nullptr;
#endif
  for_each_byte_where(block_test, [](unsigned char c) { return c < 0x20 || ((c == Specials) || ...); }, s, on_special);
}

}  // namespace talkgraph
