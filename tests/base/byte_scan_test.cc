#include "base/byte_scan.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace talkgraph {
namespace {

// A text whose bytes of interest fall at every place against the 16-byte blocks.
std::string mixed_text() {
  std::string text;
  for (int i = 0; i < 90; ++i) text += "aB.\n\xECZ@["[i * 7 % 8];  // '@' and '[' are just outside A..Z
  return text;
}

// Runs `scan` on every piece of the text and compares the offsets it visits with those where
// `wanted` holds.
template <typename Wanted, typename Scan>
void expect_every_piece_scanned(Wanted wanted, Scan scan) {
  const std::string text = mixed_text();
  for (size_t begin = 0; begin < text.size(); ++begin) {
    for (size_t length = 0; begin + length <= text.size(); ++length) {
      const std::string_view piece = std::string_view(text).substr(begin, length);
      std::vector<size_t> expected, got;
      for (size_t i = 0; i < piece.size(); ++i) {
        if (wanted(piece[i])) expected.push_back(i);
      }
      scan(piece, [&](size_t i) {
        got.push_back(i);
        return i + 1;
      });
      ASSERT_EQ(got, expected) << begin << " " << length;
    }
  }
}

TEST(ByteScan, VisitsEveryByteOfTheSetAtEveryOffsetAndLength) {
  expect_every_piece_scanned([](char c) { return c == '.' || c == '\n' || c == '\xEC'; },
                             [](std::string_view s, auto f) { for_each_byte_of<'.', '\n', 0xEC>(s, f); });
}

TEST(ByteScan, VisitsEveryByteInTheRangeAtEveryOffsetAndLength) {
  expect_every_piece_scanned([](char c) { return c >= 'A' && c <= 'Z'; },
                             [](std::string_view s, auto f) { for_each_byte_in_range<'A', 'Z'>(s, f); });
}

// The visitor may consume bytes: those it returns past are not visited, in its block or later ones.
TEST(ByteScan, SkipsWhatTheVisitorConsumed) {
  const std::string text = std::string(20, '.') + "x" + std::string(20, '.');
  std::vector<size_t> got;
  for_each_byte_of<'.'>(text, [&](size_t i) {
    got.push_back(i);
    return i == 3 ? size_t{25} : i + 1;  // from 3, on at 25: across a block edge
  });
  std::vector<size_t> expected = {0, 1, 2, 3};
  for (size_t i = 25; i < text.size(); ++i) expected.push_back(i);
  EXPECT_EQ(got, expected);
}

}  // namespace
}  // namespace talkgraph
