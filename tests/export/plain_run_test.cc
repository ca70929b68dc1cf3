#include "export/plain_run.h"

#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace talkgraph {
namespace {

// The block scan must stop at exactly the bytes a byte-by-byte scan stops at, wherever they fall in a
// 16-byte block, including bytes above 0x7F next to specials.
TEST(PlainRun, FindsTheSameBytesAsAByteLoop) {
  const std::string alphabet = std::string("ab \"\\<&\x7F\x1F\t\n\x1E \x20", 14) + "\xEF\xBF\xEA\xB0\x80";
  std::mt19937 rng(7);
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    size_t len = rng() % 70;  // up to four blocks and a tail
    for (size_t k = 0; k < len; ++k) {
      // Mostly plain letters, so that words without a special byte occur too.
      s.push_back(rng() % 4 == 0 ? alphabet[rng() % alphabet.size()] : static_cast<char>('a' + rng() % 26));
    }
    std::vector<size_t> expected, found;
    for (size_t i = 0; i < s.size(); ++i) {
      auto c = static_cast<unsigned char>(s[i]);
      if (c < 0x20 || c == '"' || c == '\\' || c == 0xEF) expected.push_back(i);
    }
    for_each_special_byte<'"', '\\', 0xEF>(s, [&](size_t i) {
      found.push_back(i);
      return i + 1;
    });
    ASSERT_EQ(found, expected) << s;
  }
}

TEST(PlainRun, CallerCanConsumeSeveralBytes) {
  std::string s = "abcdefg\xEF\xBF\xBEhijklmnop\xEF";
  std::vector<size_t> found;
  for_each_special_byte<0xEF>(s, [&](size_t i) {
    found.push_back(i);
    return i + 3 <= s.size() ? i + 3 : s.size();
  });
  EXPECT_EQ(found, (std::vector<size_t>{7, 19}));
}

}  // namespace
}  // namespace talkgraph
