#include "extract/sentences.h"

#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace talkgraph {
namespace {

std::vector<std::string> sentences(std::string_view text) {
  std::vector<std::string> out;
  for (const Span& s : split_sentences(text)) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

using V = std::vector<std::string>;

TEST(Sentences, EndAtLineBreaksAndAtPunctuationBeforeSpace) {
  EXPECT_EQ(sentences("Flask로 개발했다. 그리고 배포!\n다음 줄? 끝"), (V{"Flask로 개발했다.", "그리고 배포!", "다음 줄?", "끝"}));
  EXPECT_EQ(sentences("Python 3.7 is fast.No space, no end"), V{"Python 3.7 is fast.No space, no end"});
  EXPECT_EQ(sentences("文が終わる。次の文"), (V{"文が終わる。", "次の文"}));  // 。 needs no space after it
}

TEST(Sentences, KeepAbbreviationsInside) {
  EXPECT_EQ(sentences("Tools, e.g. Flask and Django, etc. were shown. Then vs. Go."),
            (V{"Tools, e.g. Flask and Django, etc. were shown.", "Then vs. Go."}));
}

TEST(Sentences, TrimBulletsNumbersAndBlankLines) {
  EXPECT_EQ(sentences("# Title\n\n- bullet one\n* bullet two\n1) numbered\n• dot\n   \n> quote"),
            (V{"Title", "bullet one", "bullet two", "numbered", "dot", "quote"}));
}

// The same rules a byte at a time (abbreviations aside), to compare with on texts where the bytes
// that end sentences fall at every place against the 16-byte blocks the splitter looks at.
std::vector<Span> split_bytewise(std::string_view text) {
  std::vector<Span> all;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool space_after = i + 1 < text.size() && (text[i + 1] == ' ' || text[i + 1] == '\n');
    size_t end = std::string_view::npos, next = 0;
    if (c == '\n') {
      end = i, next = i + 1;
    } else if ((c == '.' || c == '!' || c == '?') && space_after) {
      end = i + 1, next = i + 1;
    } else if (text.compare(i, 3, "\xE3\x80\x82") == 0) {
      end = i + 3, next = i + 3;
    }
    if (end == std::string_view::npos) continue;
    all.push_back({start, end});
    start = next;
    i = next - 1;
  }
  all.push_back({start, text.size()});
  // Trimmed of spaces, and empty spans dropped: the pieces below hold no other marker the splitter trims.
  std::vector<Span> out;
  for (Span s : all) {
    while (s.begin < s.end && text[s.begin] == ' ') ++s.begin;
    while (s.end > s.begin && text[s.end - 1] == ' ') --s.end;
    if (s.end > s.begin) out.push_back(s);
  }
  return out;
}

TEST(Sentences, AgreeWithAByteAtATimeSplitAtEveryOffset) {
  const std::vector<std::string> pieces = {"a", "장고", "x.y", "v3.", "!", "?", "。", "\n", "end. ", "ok! ", "why? ", "。 "};
  std::mt19937 random(11);
  for (int round = 0; round < 2000; ++round) {
    std::string text = "s";
    const size_t target = random() % 120;
    while (text.size() < target) text += pieces[random() % pieces.size()];
    text += "t";
    ASSERT_EQ(split_sentences(text), split_bytewise(text)) << ::testing::PrintToString(text);
  }
}

}  // namespace
}  // namespace talkgraph
