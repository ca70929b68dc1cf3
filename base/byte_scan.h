// Scans for bytes of a kind that look at 16 bytes at a time (SSE2) and visit only the bytes found.
// Where such bytes are a few in a hundred (line ends, capitals, sentence punctuation), a test on each
// byte spends most of its time on the others, and mispredicts its branch whenever they come at
// irregular places, as they do in mixed Korean and Latin text.
#pragma once

#include <cstddef>
#include <string_view>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace talkgraph {

#ifdef __SSE2__
// 0xFF in each byte of v within [lo, hi] (unsigned), 0 in the others.
inline __m128i bytes_in_range(__m128i v, unsigned char lo, unsigned char hi) {
  const __m128i t = _mm_sub_epi8(v, _mm_set1_epi8(static_cast<char>(lo)));
  return _mm_cmpeq_epi8(_mm_min_epu8(t, _mm_set1_epi8(static_cast<char>(hi - lo))), t);
}
#endif

// Calls f(i), in order, for each i where byte_test(s[i]); f returns the index to go on from (i + 1,
// or past what it consumed). block_test answers for 16 bytes at once, as a mask of 0xFF bytes (SSE2
// builds only; elsewhere every byte is tested alone).
template <typename BlockTest, typename ByteTest, typename F>
void for_each_byte_where([[maybe_unused]] BlockTest&& block_test, ByteTest&& byte_test, std::string_view s, F&& f) {
  const size_t n = s.size();
  size_t i = 0, next = 0;
#ifdef __SSE2__
  for (; i + 16 <= n; i += 16) {
    const __m128i hits = block_test(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i)));
    for (auto mask = static_cast<unsigned>(_mm_movemask_epi8(hits)); mask != 0; mask &= mask - 1) {
      const size_t at = i + static_cast<size_t>(__builtin_ctz(mask));
      if (at >= next) next = f(at);
    }
  }
#endif
  for (; i < n; ++i) {
    if (byte_test(static_cast<unsigned char>(s[i])) && i >= next) next = f(i);
  }
}

// Each byte equal to one of `Bytes`.
template <unsigned char... Bytes, typename F>
void for_each_byte_of(std::string_view s, F&& f) {
#ifdef __SSE2__
  auto block_test = [](__m128i v) {
    __m128i hits = _mm_setzero_si128();
    ((hits = _mm_or_si128(hits, _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(Bytes))))), ...);
    return hits;
  };
#else
  auto block_test = nullptr;
#endif
  for_each_byte_where(block_test, [](unsigned char c) { return ((c == Bytes) || ...); }, s, f);
}

// Each byte in [Lo, Hi].
template <unsigned char Lo, unsigned char Hi, typename F>
void for_each_byte_in_range(std::string_view s, F&& f) {
#ifdef __SSE2__
  auto block_test = [](__m128i v) { return bytes_in_range(v, Lo, Hi); };
#else
  auto block_test = nullptr;
#endif
  for_each_byte_where(block_test, [](unsigned char c) { return c >= Lo && c <= Hi; }, s, f);
}

}  // namespace talkgraph
