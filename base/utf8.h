// UTF-8 decoding, validation and NFC normalization: the text layer every extractor stands on.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace talkgraph {

inline constexpr size_t kNoInvalidByte = static_cast<size_t>(-1);

// Byte offset of the first byte that starts no valid UTF-8 sequence (truncated, overlong, surrogate,
// above U+10FFFF or a stray continuation byte), or kNoInvalidByte when the whole text is valid.
// With `may_need_nfc`, also tells whether the text holds a code point that may change under NFC
// (may_change_under_nfc), so that a caller can skip to_nfc's own scan: one pass instead of two.
size_t find_invalid_utf8(std::string_view text, bool* may_need_nfc = nullptr);
// Its two halves: whether the whole text is valid, 16 bytes at a time (SSSE3 where the CPU has it;
// may_need_nfc is set only when it is), and the scan one code point at a time that names the first
// invalid byte.
bool is_valid_utf8(std::string_view text, bool* may_need_nfc = nullptr);
size_t find_invalid_utf8_bytewise(std::string_view text, bool* may_need_nfc = nullptr);

// Decodes the code point at text[*pos] and advances *pos past it. The text must be valid UTF-8.
char32_t decode_utf8(std::string_view text, size_t* pos);

void append_utf8(std::string* out, char32_t cp);

// Hangul syllables, the conjoining jamo (what NFD produces) and the compatibility jamo.
bool is_hangul(char32_t cp);
// Kana and Han ideographs: Japanese and Chinese write no spaces, so a Latin name is glued to them
// ("Djangoで", "用Flask") and they are never part of it.
inline bool is_kana_or_han(char32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x31F0 && cp <= 0x31FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF66 && cp <= 0xFF9F);
}
inline bool is_hangul_syllable(char32_t cp) { return cp >= 0xAC00 && cp <= 0xD7A3; }
// The three bytes at s[i] read as one big-endian number (i + 3 <= s.size()).
inline uint32_t three_bytes_at(std::string_view s, size_t i) {
  return uint32_t{static_cast<unsigned char>(s[i])} << 16 | uint32_t{static_cast<unsigned char>(s[i + 1])} << 8 |
         static_cast<unsigned char>(s[i + 2]);
}
// Whether three bytes of valid UTF-8, read as one number (three_bytes_at), are a Hangul syllable
// (U+AC00..U+D7A3). UTF-8 keeps code point order in byte order, so they lie within EA B0 80 ..
// ED 9E A3: one comparison.
inline bool is_hangul_syllable_bytes(uint32_t bytes) { return bytes - 0xEAB080u <= 0xED9EA3u - 0xEAB080u; }
// Whether a Hangul syllable starts at s[i], from its bytes alone: the scanners' fast path for Korean
// text. s must be valid UTF-8.
inline bool is_hangul_syllable_at(std::string_view s, size_t i) {
  return i + 3 <= s.size() && is_hangul_syllable_bytes(three_bytes_at(s, i));
}

// Share of letters that are Hangul, from 0 to 1.
double hangul_share(std::string_view text);

// One code point as matching compares it: NFKC and full Unicode case folding (Ｄ -> d, É -> é, ß -> ss),
// written as UTF-8 into `out` (room for 32 bytes); returns the byte count. Names and texts folded the
// same way compare equal however they were typed.
size_t fold_code_point(char32_t cp, char* out);

// Letters and digits of any script, by Unicode category (utf8proc).
bool is_alnum(char32_t cp);
// Upper-case (and title-case) and lower-case letters of any script.
bool is_upper(char32_t cp);
bool is_lower(char32_t cp);

// NFC, so that Hangul written decomposed (macOS file names and some editors) matches composed aliases.
// The text must be valid UTF-8. Text without any byte that could start a decomposed sequence is
// returned as is, which keeps the common case a single scan.
// Takes the text by value: when it is already NFC (nearly every review) it is returned as is, moved.
std::string to_nfc(std::string text);
// The same, for a caller that already knows whether the text may change (find_invalid_utf8).
std::string to_nfc(std::string text, bool may_change);
// False when the code point is its own NFC and nothing next to it can compose or reorder with it:
// ASCII, Hangul syllables, most letters and symbols. True for marks, combining classes other than 0,
// conjoining jamo, and characters NFC replaces (U+212B ANGSTROM SIGN). to_nfc skips texts with none.
bool may_change_under_nfc(char32_t cp);

}  // namespace talkgraph
