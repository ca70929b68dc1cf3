#include "extract/sentences.h"

#include <cctype>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "extract/document.h"

namespace talkgraph {
namespace {

std::vector<std::string> sentences(std::string_view markdown) {
  const Document doc = parse_document(markdown);
  std::vector<std::string> out;
  for (const Sentence& s : split_sentences(doc)) out.push_back(doc.words(s.begin, s.end));
  return out;
}

using V = std::vector<std::string>;

TEST(Sentences, EndAtPunctuationBeforeSpaceAndAtKoreanLineBreaks) {
  EXPECT_EQ(sentences("Flask로 개발했다. 그리고 배포!\n다음 줄? 끝"), (V{"Flask로 개발했다.", "그리고 배포!", "다음 줄?", "끝"}));
  EXPECT_EQ(sentences("Python 3.7 is fast.No space, no end"), V{"Python 3.7 is fast.No space, no end"});
  EXPECT_EQ(sentences("文が終わる。次の文"), (V{"文が終わる。", "次の文"}));  // 。 needs no space after it
}

TEST(Sentences, KeepAbbreviationsInside) {
  EXPECT_EQ(sentences("Tools, e.g. Flask and Django, etc. were shown. Then vs. Go."),
            (V{"Tools, e.g. Flask and Django, etc. were shown.", "Then vs. Go."}));
}

TEST(Sentences, ProseWrappedByHandGoesOnAcrossLines) {
  // A long line ending in a word or a comma, then a line in lower case: one sentence.
  EXPECT_EQ(sentences("HPC has typically been implemented in lower-level languages like C, C++,\nfortran and others. "
                      "Awkward array enables idioms on json data structure. Great for\nanalyzing data."),
            (V{"HPC has typically been implemented in lower-level languages like C, C++, fortran and others.",
               "Awkward array enables idioms on json data structure.", "Great for analyzing data."}));
  // Short lines, and a line ending in Hangul before code, stand alone.
  EXPECT_EQ(sentences("soundfile\nlibrosa"), (V{"soundfile", "librosa"}));
  EXPECT_EQ(sentences("아래와 같이 BaseModel 클래스를 상속하는 코드를 작성한다 (예제)\nfrom pydantic import BaseModel"),
            (V{"아래와 같이 BaseModel 클래스를 상속하는 코드를 작성한다 (예제)", "from pydantic import BaseModel"}));
  EXPECT_EQ(sentences("세션 요약\nDjango ORM 정리"), (V{"세션 요약", "Django ORM 정리"}));
}

TEST(Sentences, NeverCrossABlock) {
  EXPECT_EQ(sentences("# Title\nFirst line\n\n- item one\n- item two\n\n| a | b |\n|---|---|\n| c | d |\n"),
            (V{"Title", "First line", "item one", "item two", "a", "b", "c", "d"}));
}

TEST(Sentences, LinesOfCodeAreEach) {
  EXPECT_EQ(sentences("```\nimport flask\napp = flask.Flask(__name__)\n```\n"), (V{"import flask", "app = flask.Flask(__name__)"}));
}

TEST(Sentences, TrimPlainTextBulletsAndNumbers) {
  EXPECT_EQ(sentences("• dot\n◦ circle\n1) numbered"), (V{"dot", "circle", "numbered"}));
}

TEST(Sentences, LinkDestinationsAndMarkupAreNotInThem) {
  EXPECT_EQ(sentences("See [the **slides**](https://example.com/a.pdf) now."), V{"See the slides now."});
}

// The same rules a byte at a time (abbreviations aside), to compare with on texts where the bytes
// that end sentences fall at every place against the 16-byte blocks the splitter looks at.
std::vector<Sentence> split_bytewise(std::string_view text) {
  std::vector<Sentence> all;
  size_t start = 0;
  auto is_space = [](char c) { return c == ' ' || c == '\n'; };
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    size_t end = std::string_view::npos, next = 0;
    if (c == '\n') {
      size_t n = i + 1;
      while (n < text.size() && text[n] == ' ') ++n;
      size_t line = i;
      while (line > 0 && text[line - 1] != '\n') --line;
      size_t p = i;
      while (p > line && is_space(text[p - 1])) --p;
      const char last = p > line ? text[p - 1] : '\n';
      const bool goes_on = n < text.size() && text[n] >= 'a' && text[n] <= 'z' && p - line >= 40 &&
                           (std::isalnum(static_cast<unsigned char>(last)) || last == ',');
      if (goes_on) continue;
      end = i, next = i + 1;
    } else if ((c == '.' || c == '!' || c == '?') && i + 1 < text.size() && is_space(text[i + 1])) {
      end = i + 1, next = i + 1;
    } else if (text.compare(i, 3, "\xE3\x80\x82") == 0) {
      end = i + 3, next = i + 3;
    }
    if (end == std::string_view::npos) continue;
    all.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end), -1});
    start = next;
    i = next - 1;
  }
  all.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(text.size()), -1});
  std::vector<Sentence> out;
  for (Sentence s : all) {
    while (s.begin < s.end && is_space(text[s.begin])) ++s.begin;
    while (s.end > s.begin && is_space(text[s.end - 1])) --s.end;
    if (s.end > s.begin) out.push_back(s);
  }
  return out;
}

TEST(Sentences, AgreeWithAByteAtATimeSplitAtEveryOffset) {
  const std::vector<std::string> pieces = {"a", "장고", "x.y", "v3.", "!", "?", "。", "\n", "end. ", "ok! ", "why? ", "。 ", ",", "B"};
  std::mt19937 random(11);
  for (int round = 0; round < 2000; ++round) {
    std::string text = "s";
    const size_t target = random() % 120;
    while (text.size() < target) text += pieces[random() % pieces.size()];
    text += "t";
    std::vector<Sentence> got;
    split_range(text, 0, static_cast<uint32_t>(text.size()), -1, false, &got);
    ASSERT_EQ(got, split_bytewise(text)) << ::testing::PrintToString(text);
  }
}

}  // namespace
}  // namespace talkgraph
