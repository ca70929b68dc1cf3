#include "extract/utf8.h"

#include <gtest/gtest.h>

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

TEST(Utf8, ComposesDecomposedHangul) {
  // 장고 written as conjoining jamo, as macOS writes file contents and names.
  std::string nfd = "\xE1\x84\x8C\xE1\x85\xA1\xE1\x86\xBC\xE1\x84\x80\xE1\x85\xA9";
  EXPECT_EQ(to_nfc(nfd), "장고");
}

TEST(Utf8, LeavesComposedTextUntouched) { EXPECT_EQ(to_nfc("장고 Django"), "장고 Django"); }

TEST(Utf8, DecodesAndEncodesRoundTrip) {
  std::string s = "a장😀";
  size_t pos = 0;
  std::string out;
  while (pos < s.size()) append_utf8(&out, decode_utf8(s, &pos));
  EXPECT_EQ(out, s);
}

}  // namespace
}  // namespace talkgraph
