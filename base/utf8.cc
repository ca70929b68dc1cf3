// UTF-8 handling. Validation follows the Unicode "well-formed byte sequences" table (Unicode 15,
// table 3-7) so that overlong forms and surrogates are rejected where they start, which is what the
// error messages report. Normalization is delegated to utf8proc: its tables track the Unicode version,
// which a home-made composer would not.
#include "base/utf8.h"

#include <array>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <unordered_map>

#include <utf8proc.h>

#if defined(__x86_64__) || defined(__i386__)
#include <tmmintrin.h>
#endif

namespace talkgraph {

namespace {

// Skips ASCII eight bytes at a time (most review text is markup and Latin names): the first index at
// or after i whose 8-byte word holds a byte of 0x80 or more, or where fewer than 8 bytes are left.
size_t skip_ascii_words(std::string_view text, size_t i) {
  while (i + 8 <= text.size()) {
    uint64_t word;
    __builtin_memcpy(&word, text.data() + i, 8);
    if (word & 0x8080808080808080ULL) break;
    i += 8;
  }
  return i;
}

}  // namespace

size_t find_invalid_utf8_bytewise(std::string_view text, bool* may_need_nfc) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  bool nfc = false;
  while (i < n) {
    i = skip_ascii_words(text, i);
    if (i >= n) break;
    unsigned char c = s[i];
    if (c < 0x80) { ++i; continue; }
    // Hangul syllables, most of a Korean review, are valid and NFC-stable from their bytes alone.
    if (is_hangul_syllable_at(text, i) && (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80) {
      i += 3;
      continue;
    }
    size_t len;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; }
    else if (c == 0xE0) { len = 3; lo = 0xA0; }
    else if (c >= 0xE1 && c <= 0xEC) { len = 3; }
    else if (c == 0xED) { len = 3; hi = 0x9F; }  // excludes surrogates D800..DFFF
    else if (c >= 0xEE && c <= 0xEF) { len = 3; }
    else if (c == 0xF0) { len = 4; lo = 0x90; }
    else if (c >= 0xF1 && c <= 0xF3) { len = 4; }
    else if (c == 0xF4) { len = 4; hi = 0x8F; }
    else { return i; }  // continuation byte without a lead, C0/C1 overlong leads, F5..FF
    if (i + len > n) return i;
    if (s[i + 1] < lo || s[i + 1] > hi) return i;
    for (size_t k = 2; k < len; ++k) {
      if (s[i + k] < 0x80 || s[i + k] > 0xBF) return i;
    }
    if (may_need_nfc != nullptr && !nfc) {
      size_t at = i;
      nfc = may_change_under_nfc(decode_utf8(text, &at));
    }
    i += len;
  }
  if (may_need_nfc != nullptr) *may_need_nfc = nfc;
  return kNoInvalidByte;
}

#if defined(__x86_64__) || defined(__i386__)
// The functions that use SSSE3 say so one by one (GCC and Clang both read the attribute); the caller
// checks the CPU first.
#define TALKGRAPH_SSSE3 __attribute__((target("ssse3")))
namespace {

// Keiser and Lemire's lookup validation ("Validating UTF-8 in less than one instruction per byte",
// Software: Practice and Experience, 2021; the algorithm simdjson and simdutf use). Each byte and the
// one before it index three 16-entry tables, by the first byte's high and low nibble and the second's
// high nibble; each entry is a set of the rules such a pair may break, and a pair breaks a rule when
// all three sets hold it. Continuation bytes expected two and three places after a lead are checked
// by comparing the bytes two and three back. No branch depends on the text, whatever its mix of
// ASCII and Hangul.
constexpr char kTooShort = 1 << 0;      // a lead followed by ASCII or another lead
constexpr char kTooLong = 1 << 1;       // ASCII followed by a continuation byte
constexpr char kOverlong3 = 1 << 2;     // E0 80..9F
constexpr char kTooLarge = 1 << 3;      // F4 90..BF, F5..FF 90..BF
constexpr char kSurrogate = 1 << 4;     // ED A0..BF
constexpr char kOverlong2 = 1 << 5;     // C0, C1
constexpr char kTooLarge1000 = 1 << 6;  // F5..FF 80..8F
constexpr char kOverlong4 = 1 << 6;     // F0 80..8F
constexpr char kTwoConts = static_cast<char>(1 << 7);  // two continuation bytes: an error unless expected
constexpr char kCarry = kTooShort | kTooLong | kTwoConts;  // rules the first byte's low nibble leaves open

TALKGRAPH_SSSE3 __m128i high_nibbles(__m128i v) { return _mm_and_si128(_mm_srli_epi16(v, 4), _mm_set1_epi8(0x0F)); }

// Rules broken by the bytes of `input`, each with the byte before it (the last of `previous` for the
// first): a byte of 0 where none is.
TALKGRAPH_SSSE3 __m128i block_errors(__m128i input, __m128i previous) {
  const __m128i first_high = _mm_setr_epi8(
      kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong,  // ASCII
      kTwoConts, kTwoConts, kTwoConts, kTwoConts,                                      // continuation
      kTooShort | kOverlong2, kTooShort, kTooShort | kOverlong3 | kSurrogate,           // C_, D_, E_
      kTooShort | kTooLarge | kTooLarge1000 | kOverlong4);                              // F_
  const __m128i first_low = _mm_setr_epi8(
      kCarry | kOverlong3 | kOverlong2 | kOverlong4, kCarry | kOverlong2, kCarry, kCarry,  // _0 .. _3
      kCarry | kTooLarge, kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000,
      kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000,            // _4 .. _8
      kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000,
      kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000,
      kCarry | kTooLarge | kTooLarge1000 | kSurrogate,                                   // _D
      kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000);
  const __m128i second_high = _mm_setr_epi8(
      kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort,  // ASCII
      kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge1000 | kOverlong4,             // 8_
      kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge,                              // 9_
      kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge,                              // A_
      kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge,                              // B_
      kTooShort, kTooShort, kTooShort, kTooShort);                                             // leads
  const __m128i prev1 = _mm_alignr_epi8(input, previous, 15);
  const __m128i broken = _mm_and_si128(
      _mm_and_si128(_mm_shuffle_epi8(first_high, high_nibbles(prev1)),
                    _mm_shuffle_epi8(first_low, _mm_and_si128(prev1, _mm_set1_epi8(0x0F)))),
      _mm_shuffle_epi8(second_high, high_nibbles(input)));
  // The high bit set where a three- or four-byte lead two or three bytes back expects a continuation
  // byte here: exactly where two continuation bytes in a row are right.
  const __m128i third = _mm_subs_epu8(_mm_alignr_epi8(input, previous, 14), _mm_set1_epi8(static_cast<char>(0xE0 - 0x80)));
  const __m128i fourth = _mm_subs_epu8(_mm_alignr_epi8(input, previous, 13), _mm_set1_epi8(static_cast<char>(0xF0 - 0x80)));
  const __m128i expected = _mm_and_si128(_mm_or_si128(third, fourth), _mm_set1_epi8(static_cast<char>(0x80)));
  return _mm_xor_si128(expected, broken);
}

// Bytes that end a block in the middle of a sequence: a lead in the last place, a three- or
// four-byte lead in the second last, a four-byte lead in the third last.
TALKGRAPH_SSSE3 __m128i incomplete_at_end(__m128i input) {
  const __m128i max = _mm_setr_epi8(-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, static_cast<char>(0xEF),
                                    static_cast<char>(0xDF), static_cast<char>(0xBF));
  return _mm_subs_epu8(input, max);
}

// One bit per byte of `input` whose previous byte (the last of `previous` for bit 0) leads a Hangul
// syllable: EB and EC always, EA before B0..BF, ED before 80..9D. ED 9E, whose third byte decides, is
// left out.
TALKGRAPH_SSSE3 uint32_t after_syllable_leads(__m128i input, __m128i previous) {
  const __m128i prev1 = _mm_alignr_epi8(input, previous, 15);
  auto is = [&](char c) { return _mm_cmpeq_epi8(prev1, _mm_set1_epi8(c)); };
  const __m128i at_least_b0 = _mm_cmpeq_epi8(_mm_max_epu8(input, _mm_set1_epi8(static_cast<char>(0xB0))), input);
  const __m128i at_most_9d = _mm_cmpeq_epi8(_mm_min_epu8(input, _mm_set1_epi8(static_cast<char>(0x9D))), input);
  const __m128i syllable = _mm_or_si128(
      _mm_or_si128(is(static_cast<char>(0xEB)), is(static_cast<char>(0xEC))),
      _mm_or_si128(_mm_and_si128(is(static_cast<char>(0xEA)), at_least_b0), _mm_and_si128(is(static_cast<char>(0xED)), at_most_9d)));
  return static_cast<uint32_t>(_mm_movemask_epi8(syllable));
}

TALKGRAPH_SSSE3 bool is_valid_utf8_ssse3(std::string_view text, bool* may_need_nfc) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  bool nfc = false;
  __m128i errors = _mm_setzero_si128();
  __m128i previous = _mm_setzero_si128();
  __m128i previous_incomplete = _mm_setzero_si128();
  uint32_t pending_lead = 0;  // 1 when the last block ended with a lead whose syllable test is due
  unsigned char tail[16];
  // The blocks of the text, the last one padded with NULs (a whole block of them when the text fills
  // its last block): a sequence cut short by the end of the text meets ASCII and breaks a rule.
  for (size_t i = 0; i <= n; i += 16) {
    __m128i input;
    if (n - i >= 16) {
      input = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    } else {
      std::memset(tail, 0, sizeof tail);
      std::memcpy(tail, s + i, n - i);
      input = _mm_loadu_si128(reinterpret_cast<const __m128i*>(tail));
    }
    const auto high = static_cast<uint32_t>(_mm_movemask_epi8(input));
    if (high == 0) {  // ASCII: right unless the block before ended inside a sequence
      errors = _mm_or_si128(errors, previous_incomplete);
      previous_incomplete = _mm_setzero_si128();
      previous = input;
      pending_lead = 0;
      continue;
    }
    errors = _mm_or_si128(errors, block_errors(input, previous));
    previous_incomplete = incomplete_at_end(input);
    if (may_need_nfc != nullptr && !nfc) {
      // Code points other than ASCII and Hangul syllables, whose NFC needs a look. A lead's syllable
      // test needs the byte after it, so bit k stands for the lead at k - 1.
      const auto leads = static_cast<uint32_t>(
          _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(input, _mm_set1_epi8(static_cast<char>(0xC0))),
                                           _mm_set1_epi8(static_cast<char>(0xC0)))));
      uint32_t other = ((leads << 1 | pending_lead) & ~after_syllable_leads(input, previous)) & 0xFFFF;
      pending_lead = leads >> 15;
      for (; other != 0 && !nfc; other &= other - 1) {
        size_t at = i + static_cast<size_t>(__builtin_ctz(other)) - 1;
        if (is_hangul_syllable_at(text, at)) continue;
        const size_t length = s[at] >= 0xF0 ? 4 : s[at] >= 0xE0 ? 3 : 2;
        if (at + length > n) break;  // cut short: the error is found
        nfc = may_change_under_nfc(decode_utf8(text, &at));
      }
    }
    previous = input;
  }
  if (_mm_movemask_epi8(_mm_cmpeq_epi8(errors, _mm_setzero_si128())) != 0xFFFF) return false;
  if (may_need_nfc != nullptr) *may_need_nfc = nfc;
  return true;
}

bool have_ssse3() {
  static const bool yes = __builtin_cpu_supports("ssse3");
  return yes;
}

}  // namespace
#undef TALKGRAPH_SSSE3

bool is_valid_utf8(std::string_view text, bool* may_need_nfc) {
  if (have_ssse3()) return is_valid_utf8_ssse3(text, may_need_nfc);
  return find_invalid_utf8_bytewise(text, may_need_nfc) == kNoInvalidByte;
}
#else
bool is_valid_utf8(std::string_view text, bool* may_need_nfc) {
  return find_invalid_utf8_bytewise(text, may_need_nfc) == kNoInvalidByte;
}
#endif

// Invalid files are rare and rejected anyway: the bytewise scan finds the offset to report.
size_t find_invalid_utf8(std::string_view text, bool* may_need_nfc) {
  return is_valid_utf8(text, may_need_nfc) ? kNoInvalidByte : find_invalid_utf8_bytewise(text, may_need_nfc);
}

char32_t decode_utf8(std::string_view text, size_t* pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t i = *pos;
  unsigned char c = s[i];
  if (c < 0x80) { *pos = i + 1; return c; }
  if (c < 0xE0) { *pos = i + 2; return ((c & 0x1F) << 6) | (s[i + 1] & 0x3F); }
  if (c < 0xF0) {
    *pos = i + 3;
    return ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
  }
  *pos = i + 4;
  return ((c & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) | ((s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
}

void append_utf8(std::string* out, char32_t cp) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool is_hangul(char32_t cp) {
  return is_hangul_syllable(cp) || (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F) ||
         (cp >= 0xA960 && cp <= 0xA97F) || (cp >= 0xD7B0 && cp <= 0xD7FF);
}

bool is_upper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  const auto c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

bool is_lower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LL;
}

bool is_alnum(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
  }
  if (is_hangul_syllable(cp)) return true;  // Hangul syllables (Lo), the most common case here
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
      return true;
    default:
      return false;
  }
}

size_t fold_code_point(char32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
    return 1;
  }
  utf8proc_int32_t buffer[8];
  const auto options =
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD);
  utf8proc_ssize_t len = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buffer, 8, options, nullptr);
  if (len <= 0 || len > 8) {
    len = 1;
    buffer[0] = static_cast<utf8proc_int32_t>(cp);
  } else {
    len = utf8proc_normalize_utf32(buffer, len, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  }
  size_t n = 0;
  for (utf8proc_ssize_t k = 0; k < len && n + 4 <= 32; ++k) {
    n += static_cast<size_t>(utf8proc_encode_char(buffer[k], reinterpret_cast<utf8proc_uint8_t*>(out + n)));
  }
  return n;
}

namespace {

// NFC of one code point alone, by utf8proc.
bool single_changes_under_nfc(char32_t cp) {
  utf8proc_int32_t buffer[8];
  utf8proc_ssize_t len = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buffer, 8,
                                                     static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE), nullptr);
  if (len < 0 || len > 8) return true;
  len = utf8proc_normalize_utf32(buffer, len, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  return !(len == 1 && static_cast<char32_t>(buffer[0]) == cp);
}

}  // namespace

namespace {

bool may_change_under_nfc_uncached(char32_t cp) {
  if (is_hangul(cp) && !(cp >= 0x3130 && cp <= 0x318F)) return true;  // conjoining jamo: compose with neighbours
  const utf8proc_property_t* p = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
  if (p->combining_class != 0) return true;  // reordered, or composed with what precedes it
  // Marks are the only other characters that compose with what precedes them (the Indic and Myanmar
  // vowel signs with combining class 0, for instance).
  if (p->category == UTF8PROC_CATEGORY_MN || p->category == UTF8PROC_CATEGORY_MC ||
      p->category == UTF8PROC_CATEGORY_ME) {
    return true;
  }
  if (p->decomp_seqindex == UINT16_MAX || p->decomp_type != 0) return false;  // no canonical decomposition
  // A canonical decomposition: most such characters ("à") are their own NFC; singletons (U+212B
  // ANGSTROM SIGN) and composition exclusions are not. Decided once per code point per thread.
  thread_local std::unordered_map<char32_t, bool> known;
  auto [it, inserted] = known.try_emplace(cp, false);
  if (inserted) it->second = single_changes_under_nfc(cp);
  return it->second;
}

}  // namespace

bool may_change_under_nfc(char32_t cp) {
  if (cp < 0x80 || is_hangul_syllable(cp)) return false;
  // The few other code points a review uses ('…', '·', '’', '→') come again and again, and utf8proc's
  // tables are large: the last answer for each of 512 slots is kept, per thread.
  thread_local std::array<uint32_t, 512> recent{};  // (cp << 1 | answer) + 1; 0 when empty
  uint32_t& slot = recent[cp & 511];
  if (slot != 0 && (slot - 1) >> 1 == cp) return ((slot - 1) & 1) != 0;
  const bool answer = may_change_under_nfc_uncached(cp);
  slot = (static_cast<uint32_t>(cp) << 1 | static_cast<uint32_t>(answer)) + 1;
  return answer;
}

std::string to_nfc(std::string text) {
  // The validator's scan answers whether NFC may change the text. On text that is not valid UTF-8,
  // which callers must not pass, the flag stays true and utf8proc leaves the bytes as they are.
  bool may_change = true;
  is_valid_utf8(text, &may_change);
  return to_nfc(std::move(text), may_change);
}

std::string to_nfc(std::string text, bool may_change) {
  if (!may_change) return text;
  utf8proc_uint8_t* mapped = nullptr;
  utf8proc_ssize_t len = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                      static_cast<utf8proc_ssize_t>(text.size()), &mapped,
                                      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (len < 0) return text;  // cannot happen on validated input; keep the bytes unchanged
  std::string out(reinterpret_cast<char*>(mapped), static_cast<size_t>(len));
  std::free(mapped);
  return out;
}

double hangul_share(std::string_view text) {
  size_t hangul = 0, letters = 0;
  size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {  // ASCII and Hangul syllables, nearly all of a review, without decoding
      letters += ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? 1 : 0;
      ++i;
      continue;
    }
    if (is_hangul_syllable_at(text, i)) {
      ++hangul;
      ++letters;
      i += 3;
      continue;
    }
    char32_t cp = decode_utf8(text, &i);
    if (is_hangul(cp)) {
      ++hangul;
      ++letters;
    } else if (cp < 0x80 ? ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') : is_alnum(cp)) {
      ++letters;
    }
  }
  return letters == 0 ? 0.0 : static_cast<double>(hangul) / static_cast<double>(letters);
}

}  // namespace talkgraph
