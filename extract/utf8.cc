// UTF-8 handling. Validation follows the Unicode "well-formed byte sequences" table (Unicode 15,
// table 3-7) so that overlong forms and surrogates are rejected where they start, which is what the
// error messages report. Normalization is delegated to utf8proc: its tables track the Unicode version,
// which a home-made composer would not.
#include "extract/utf8.h"

#include <cstdint>
#include <cstdlib>
#include <unordered_map>

#include <utf8proc.h>

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

size_t find_invalid_utf8(std::string_view text, bool* may_need_nfc) {
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

// True when some code point of the text could change under NFC. ASCII and precomposed Hangul
// syllables, nearly all of a review, are skipped without a table lookup.
bool may_need_nfc(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    i = skip_ascii_words(text, i);
    if (i >= n) break;
    if (s[i] < 0x80) {
      ++i;
    } else if (is_hangul_syllable_at(text, i)) {
      i += 3;
    } else if (may_change_under_nfc(decode_utf8(text, &i))) {
      return true;
    }
  }
  return false;
}

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

bool may_change_under_nfc(char32_t cp) {
  if (cp < 0x80 || is_hangul_syllable(cp)) return false;
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

std::string to_nfc(std::string text) {
  const bool may_change = may_need_nfc(text);
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
