#include "base/utf8.h"

#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <utf8proc.h>

namespace talkgraph {
namespace {

TEST(Utf8, AcceptsHangulAndAscii) { EXPECT_EQ(find_invalid_utf8("파이썬 Flask로"), kNoInvalidByte); }

TEST(Utf8, FindsTruncatedSequenceAtItsStart) {
  std::string s = "ok \xED\x8C";  // the first two bytes of 파
  EXPECT_EQ(find_invalid_utf8(s), 3u);
}

TEST(Utf8, RejectsOverlongForms) {
  EXPECT_EQ(find_invalid_utf8("a\xC0\xAF"), 1u);          // overlong '/'
  EXPECT_EQ(find_invalid_utf8("\xE0\x80\xAF"), 0u);       // three-byte overlong
  EXPECT_EQ(find_invalid_utf8("\xF0\x80\x80\xAF"), 0u);   // four-byte overlong
}

TEST(Utf8, RejectsSurrogatesAndOutOfRange) {
  EXPECT_EQ(find_invalid_utf8("\xED\xA0\x80"), 0u);       // U+D800
  EXPECT_EQ(find_invalid_utf8("x\xF4\x90\x80\x80"), 1u);  // above U+10FFFF
}

TEST(Utf8, RejectsStrayContinuationByte) { EXPECT_EQ(find_invalid_utf8("abc\x80"), 3u); }

// The Hangul fast path still validates: bytes that look like a syllable's lead but go wrong after it.
TEST(Utf8, HangulLeadsWithBadContinuations) {
  EXPECT_EQ(find_invalid_utf8("가\xEA\xC0\x80"), 3u);  // EA C0: not a continuation byte
  EXPECT_EQ(find_invalid_utf8("가\xED\x9E\xC0"), 3u);  // ED 9E C0
  EXPECT_EQ(find_invalid_utf8("가\xEB\x80"), 3u);      // truncated
  EXPECT_EQ(find_invalid_utf8("\xED\x9E\xA3\xED\x9E\xA4"), kNoInvalidByte);  // 힣, then U+D7A4 (not a syllable)
}

// Validation tells whether NFC could change the text, so that prepare_text scans it once.
TEST(Utf8, ValidationFlagsTextThatMayChangeUnderNfc) {
  auto flag = [](std::string_view s) {
    bool may = true;
    EXPECT_EQ(find_invalid_utf8(s, &may), kNoInvalidByte);
    return may;
  };
  EXPECT_FALSE(flag("파이썬 Flask로 café"));
  EXPECT_TRUE(flag("Cafe\u0301"));                                     // combining accent
  EXPECT_TRUE(flag("\xE1\x84\x8C\xE1\x85\xA1 장고"));              // conjoining jamo
  EXPECT_TRUE(flag("\u212B"));                                         // ANGSTROM SIGN
  for (std::string_view s : {"파이썬 Flask로 café", "Cafe\u0301", "\xE1\x84\x8C\xE1\x85\xA1", "\u212B"}) {
    EXPECT_EQ(to_nfc(std::string(s), flag(s)), to_nfc(std::string(s))) << s;
  }
}

TEST(Utf8, ComposesDecomposedHangul) {
  // 장고 written as conjoining jamo, as macOS writes file contents and names.
  std::string nfd = "\xE1\x84\x8C\xE1\x85\xA1\xE1\x86\xBC\xE1\x84\x80\xE1\x85\xA9";
  EXPECT_EQ(to_nfc(nfd), "장고");
}

TEST(Utf8, LeavesComposedTextUntouched) { EXPECT_EQ(to_nfc("장고 Django"), "장고 Django"); }

TEST(Utf8, ComposesWhatNfcComposes) {
  EXPECT_EQ(to_nfc("Cafe\u0301"), "Caf\u00E9");            // combining acute accent
  EXPECT_EQ(to_nfc("\u304B\u3099"), "\u304C");             // kana + combining voiced mark
  EXPECT_EQ(to_nfc("\u0B47\u0B3E"), "\u0B4B");             // Oriya vowel sign with combining class 0
  EXPECT_EQ(to_nfc("\u212B ngstrom"), "\u00C5 ngstrom");     // singleton: ANGSTROM SIGN
  EXPECT_EQ(to_nfc("Ros\u00E0 \u2022 \uC7A5\uACE0"), "Ros\u00E0 \u2022 \uC7A5\uACE0");  // already NFC
}

// The quick check must never skip a code point NFC could touch. Every code point it lets through is
// its own NFC, and utf8proc's composition table does not list it as the second of a pair (in
// utf8proc 2.x a comb_index at or above 0x8000 marks a possible second character).
TEST(Utf8, NfcQuickCheckNeverSkipsWhatNfcChanges) {
  size_t skipped = 0;
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    if (may_change_under_nfc(cp)) continue;
    ++skipped;
    const utf8proc_property_t* p = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
    ASSERT_EQ(p->combining_class, 0) << std::hex << static_cast<uint32_t>(cp);
    ASSERT_TRUE(p->comb_index == UINT16_MAX || p->comb_index < 0x8000) << std::hex << static_cast<uint32_t>(cp);
    std::string text;
    append_utf8(&text, cp);
    utf8proc_uint8_t* mapped = nullptr;
    utf8proc_ssize_t len = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                        static_cast<utf8proc_ssize_t>(text.size()), &mapped,
                                        static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    std::string nfc = len >= 0 ? std::string(reinterpret_cast<char*>(mapped), static_cast<size_t>(len)) : "";
    std::free(mapped);
    ASSERT_EQ(nfc, text) << std::hex << static_cast<uint32_t>(cp);
  }
  EXPECT_GT(skipped, 1000000u);  // nearly every code point is skipped, or the check would be useless
}

// The block-wise check against the bytewise scan, on texts made of pieces that each cross 16-byte
// block boundaries somewhere: ASCII, Hangul, code points of every length, the leads whose second byte
// has a narrow range, combining marks, and invalid sequences of every kind.
TEST(Utf8, BlockwiseCheckAgreesWithBytewiseScan) {
  const std::vector<std::string> valid = {
      "a", "Flask ", "\n", "파이썬", "장고를 ", "é", "\xC2\x80", "\xDF\xBF", "\xE0\xA0\x80", "\xED\x9F\xBF",
      "\xEA\x80\x80", "\xEA\xB0\x80", "\xED\x9E\xA3", "\xED\x9E\xA4", "\xEF\xBF\xBF", "\xF0\x90\x80\x80",
      "\xF4\x8F\xBF\xBF", "😀", "…", "e\u0301", "\xE1\x84\x8C\xE1\x85\xA1", "\u212B",
      "\xEA\xA5\xA0", "\xED\x9E\xB0"};  // U+A960 and U+D7B0: conjoining jamo behind syllable leads
  const std::vector<std::string> invalid = {
      "\x80", "\xBF", "\xC0\xAF", "\xC1\xBF", "\xC2", "\xC2" "A", "\xE0\x80\x80", "\xE0\x9F\xBF", "\xED\xA0\x80",
      "\xED\xBF\xBF", "\xEB\x80", "\xEB\x80" "A", "\xF0\x80\x80\x80", "\xF0\x8F\xBF\xBF", "\xF4\x90\x80\x80",
      "\xF5\x80\x80\x80", "\xFF", "\xF0\x90\x80", "\xEA\xB0\x80\x80"};
  std::mt19937 random(7);
  size_t valid_texts = 0, nfc_texts = 0;
  for (int round = 0; round < 4000; ++round) {
    std::string text;
    const size_t target = random() % 300;
    const bool spoil = round % 3 == 0;
    while (text.size() < target) text += valid[random() % valid.size()];
    if (spoil) text.insert(random() % (text.size() + 1), invalid[random() % invalid.size()]);
    bool blockwise_nfc = false, bytewise_nfc = false;
    const size_t expected = find_invalid_utf8_bytewise(text, &bytewise_nfc);
    const bool valid_text = is_valid_utf8(text, &blockwise_nfc);
    ASSERT_EQ(valid_text, expected == kNoInvalidByte) << ::testing::PrintToString(text);
    ASSERT_EQ(find_invalid_utf8(text), expected) << ::testing::PrintToString(text);
    if (valid_text) {
      ++valid_texts;
      ASSERT_EQ(blockwise_nfc, bytewise_nfc) << ::testing::PrintToString(text);
      nfc_texts += blockwise_nfc;
    }
  }
  // Both kinds of text, and texts of each NFC answer, were tried.
  EXPECT_GT(valid_texts, 2000u);
  EXPECT_LT(valid_texts, 4000u);
  EXPECT_GT(nfc_texts, 100u);
  EXPECT_LT(nfc_texts, valid_texts);
}

// The byte test against the code point test, for every code point, alone and at the end of a text.
TEST(Utf8, HangulSyllableFromBytesAgreesWithCodePoint) {
  size_t syllables = 0;
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    std::string text;
    append_utf8(&text, cp);
    ASSERT_EQ(is_hangul_syllable_at(text, 0), is_hangul_syllable(cp)) << std::hex << static_cast<uint32_t>(cp);
    ASSERT_EQ(is_hangul_syllable_at("a" + text, 1), is_hangul_syllable(cp)) << std::hex << static_cast<uint32_t>(cp);
    syllables += is_hangul_syllable(cp);
  }
  EXPECT_EQ(syllables, 11172u);
  EXPECT_FALSE(is_hangul_syllable_at("\xEA\xB0", 0));  // cut short
}

TEST(Utf8, DecodesAndEncodesRoundTrip) {
  std::string s = "a장😀";
  size_t pos = 0;
  std::string out;
  while (pos < s.size()) append_utf8(&out, decode_utf8(s, &pos));
  EXPECT_EQ(out, s);
}

}  // namespace
}  // namespace talkgraph
