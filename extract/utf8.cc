// UTF-8 handling. Validation follows the Unicode "well-formed byte sequences" table (Unicode 15,
// table 3-7) so that overlong forms and surrogates are rejected where they start, which is what the
// error messages report. Normalization is delegated to utf8proc: its tables track the Unicode version,
// which a home-made composer would not.
#include "extract/utf8.h"

#include <array>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <unordered_map>

#include <utf8proc.h>

#include "extract/byte_scan.h"

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

#ifdef __SSE2__
namespace {

// 64 bytes of text, and one bit per byte for each byte class the validator asks about.
class Block {
 public:
  explicit Block(const unsigned char* p) {
    for (int k = 0; k < 4; ++k) v_[k] = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
  }
  uint64_t high() const {  // bytes 0x80 and above
    uint64_t m = 0;
    for (int k = 0; k < 4; ++k) m |= static_cast<uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(v_[k]))) << (16 * k);
    return m;
  }
  uint64_t in(unsigned char lo, unsigned char hi) const {  // bytes in [lo, hi]
    uint64_t m = 0;
    for (int k = 0; k < 4; ++k) {
      const auto bits = static_cast<unsigned>(_mm_movemask_epi8(bytes_in_range(v_[k], lo, hi)));
      m |= static_cast<uint64_t>(bits) << (16 * k);
    }
    return m;
  }
  uint64_t is(unsigned char c) const { return in(c, c); }

 private:
  __m128i v_[4];
};

}  // namespace

// Validation 64 bytes at a time, with bit masks: every lead byte expects its continuation bytes at
// the next one to three positions, and the continuation bytes must be exactly those. The four leads
// whose second byte has a narrower range (E0, ED, F0, F4: Unicode table 3-7) are checked against
// masks of that range. No branch depends on the mix of ASCII and Hangul, which in Korean text
// changes every few bytes.
bool is_valid_utf8(std::string_view text, bool* may_need_nfc) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  bool nfc = false;
  uint64_t carry = 0;  // continuation bytes the last block's final leads expect, from bit 0
  uint64_t after_e0 = 0, after_ed = 0, after_f0 = 0, after_f4 = 0;  // second bytes of those leads at bit 0
  unsigned char tail[64];
  for (size_t i = 0; i < n; i += 64) {
    const unsigned char* p = s + i;
    if (n - i < 64) {  // the last bytes, padded with ASCII NULs: a sequence cut short fails the check
      std::memset(tail, 0, sizeof tail);
      std::memcpy(tail, p, n - i);
      p = tail;
    }
    const Block b(p);
    const uint64_t high = b.high();
    if (high == 0 && carry == 0) continue;
    const uint64_t cont = b.in(0x80, 0xBF);
    const uint64_t lead2 = b.in(0xC2, 0xDF), lead3 = b.in(0xE0, 0xEF), lead4 = b.in(0xF0, 0xF4);
    const uint64_t expected = carry | lead2 << 1 | lead3 << 1 | lead3 << 2 | lead4 << 1 | lead4 << 2 | lead4 << 3;
    const uint64_t e0 = b.is(0xE0), ed = b.is(0xED), f0 = b.is(0xF0), f4 = b.is(0xF4);
    const uint64_t low_half = b.in(0x80, 0x9F), low_quarter = b.in(0x80, 0x8F);
    const uint64_t wrong_second = ((e0 << 1 | after_e0) & low_half) |           // E0 80..9F: overlong
                                  ((ed << 1 | after_ed) & (cont & ~low_half)) |  // ED A0..BF: surrogates
                                  ((f0 << 1 | after_f0) & low_quarter) |         // F0 80..8F: overlong
                                  ((f4 << 1 | after_f4) & (cont & ~low_quarter));  // F4 90..BF: above U+10FFFF
    if (cont != expected || (high & ~(cont | lead2 | lead3 | lead4)) != 0 || wrong_second != 0) {
      return false;
    }
    // A lead shifted past bit 63 expects its continuation bytes at the start of the next block.
    carry = lead2 >> 63 | lead3 >> 63 | lead3 >> 62 | lead4 >> 63 | lead4 >> 62 | lead4 >> 61;
    after_e0 = e0 >> 63;
    after_ed = ed >> 63;
    after_f0 = f0 >> 63;
    after_f4 = f4 >> 63;
    if (may_need_nfc == nullptr || nfc) continue;
    // Code points other than ASCII and Hangul syllables, whose NFC needs a look. Syllables (U+AC00 to
    // U+D7A3) start EA B0..BF, EB, EC, or ED 80..9E; ED 9E, and a lead whose second byte is in the
    // next block, are left to is_hangul_syllable_at.
    const uint64_t syllables = b.is(0xEB) | b.is(0xEC) | (b.is(0xEA) & b.in(0xB0, 0xBF) >> 1) | (ed & b.in(0x80, 0x9D) >> 1);
    for (uint64_t other = (lead2 | lead3 | lead4) & ~syllables; other != 0 && !nfc; other &= other - 1) {
      size_t at = i + static_cast<size_t>(__builtin_ctzll(other));
      if (is_hangul_syllable_at(text, at)) continue;
      const size_t length = s[at] >= 0xF0 ? 4 : s[at] >= 0xE0 ? 3 : 2;
      if (at + length > n) break;  // cut short: the next block fails
      nfc = may_change_under_nfc(decode_utf8(text, &at));
    }
  }
  if (carry != 0) return false;  // the text ends inside a sequence
  if (may_need_nfc != nullptr) *may_need_nfc = nfc;
  return true;
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

}  // namespace talkgraph
