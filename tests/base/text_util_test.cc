#include "base/text_util.h"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

namespace talkgraph {
namespace {

using Hits = std::vector<std::pair<size_t, size_t>>;

Hits find(const MultiFinder& f, std::string_view text, bool fold) {
  Hits hits;
  auto add = [&](size_t at, size_t needle) { hits.emplace_back(at, needle); };
  if (fold) {
    f.find_all_ignoring_ascii_case(text, add);
  } else {
    f.find_all(text, add);
  }
  return hits;
}

// Node ids are slugs: lowercase ASCII, other letters and digits kept as they are, every run of
// anything else one dash, '+' and '#' spelled out so "C++" and "C#" stay apart from "C".
TEST(Slugify, KeepsLettersAndDigitsAndJoinsTheRestWithOneDash) {
  const std::pair<std::string, std::string> cases[] = {
      {"Django ORM (QuerySet)구조와 원리", "django-orm-queryset-구조와-원리"},
      {"  Hello,  World!  ", "hello-world"},
      {"C++", "cplusplus"},
      {"C#", "csharp"},
      {"N+1 queries", "nplus1-queries"},
      {"a + b", "a-plus-b"},
      {"파이썬 3.7", "파이썬-3-7"},
      {"Übersicht — Ωmega", "Übersicht-Ωmega"},
      {"PyCon KR 2019: 키노트", "pycon-kr-2019-키노트"},
      {"\xE2\x80\x94\xE2\x80\x94", ""},
      {"", ""},
  };
  for (const auto& [name, slug] : cases) EXPECT_EQ(slugify(name), slug) << name;
}

TEST(Trim, DropsAsciiWhiteSpaceAtBothEndsOnly) {
  EXPECT_EQ(trim(""), "");
  EXPECT_EQ(trim(" \t\r\n\f\v"), "");
  EXPECT_EQ(trim("a"), "a");
  EXPECT_EQ(trim("\t\r\n a b \f\v"), "a b");
  EXPECT_EQ(trim("  세션 :  "), "세션 :");
  EXPECT_EQ(trim("\xC2\xA0x\xC2\xA0"), "\xC2\xA0x\xC2\xA0");  // no-break spaces are text
  const std::string_view inner = trim("  keep  ");
  EXPECT_EQ(inner.size(), 4u);
}

TEST(InitialFilter, FirstCharacterInEitherCaseAndOtherScriptsLeftToTheCaller) {
  const InitialFilter f({"keynote", "Session", "2일차", "세션"});
  for (std::string_view yes : {"keynote", "Keynote: x", "KEY", "session", "s", "2", "세션 3", "세계", "\u212Aeynote",
                               "\u017Fession", "éclair"}) {
    EXPECT_TRUE(f.may_start(yes)) << yes;
  }
  for (std::string_view no : {"", "talk", "1일차", " keynote", "-", "가나다", "토크"}) EXPECT_FALSE(f.may_start(no)) << no;
  EXPECT_THROW(InitialFilter({"-dash"}), std::invalid_argument);
}

// Every start and length against 16-byte blocks, so both the blocks and the bytes after them count.
TEST(CountByte, CountsLikeStdCountAtEveryOffsetAndLength) {
  std::string text;
  for (int i = 0; i < 100; ++i) text += i % 5 == 0 ? '\n' : i % 3 == 0 ? '\xEC' : 'a';  // '\xEC': a Hangul lead byte
  for (size_t begin = 0; begin < text.size(); ++begin) {
    for (size_t length = 0; begin + length <= text.size(); ++length) {
      std::string_view piece = std::string_view(text).substr(begin, length);
      ASSERT_EQ(count_byte(piece, '\n'), static_cast<size_t>(std::count(piece.begin(), piece.end(), '\n')))
          << begin << " " << length;
    }
  }
  EXPECT_EQ(count_byte(text, '\n'), 20u);
  // Long enough for the counts kept per byte lane to be summed several times over (every 255 blocks).
  std::string lines;
  for (int i = 0; i < 20000; ++i) lines += i % 2 == 0 ? '\n' : 'x';
  EXPECT_EQ(count_byte(lines, '\n'), 10000u);
  EXPECT_EQ(count_byte(std::string(5000, '\n'), '\n'), 5000u);
}

// Needles sharing a first pair are all compared, in needle order at one offset; a needle that would
// run past the end is not; Hangul needles share lead bytes with every syllable around them.
TEST(MultiFinder, FindsEveryOccurrenceInOrder) {
  MultiFinder f({"pycon", "py", "파이콘", "pydata", "파이"});
  EXPECT_EQ(find(f, "pycon 파이콘 pydat", false),
            (Hits{{0, 0}, {0, 1}, {6, 2}, {6, 4}, {16, 1}}));
  EXPECT_EQ(find(f, "PyCon", false), Hits{});
  EXPECT_EQ(find(f, "PyCon PYDATA", true), (Hits{{0, 0}, {0, 1}, {6, 1}, {6, 3}}));
  EXPECT_EQ(find(f, "p", true), Hits{});
}

// Every position is tested, the first and the last pair included, and a pair that spans a needle's
// start ("ypy") does not hide the needle.
TEST(MultiFinder, TestsEveryPairFromFirstToLast) {
  MultiFinder f({"py", "파이"});
  EXPECT_EQ(find(f, "py", false), (Hits{{0, 0}}));
  EXPECT_EQ(find(f, "xypy", false), (Hits{{2, 0}}));
  EXPECT_EQ(find(f, "pypy", false), (Hits{{0, 0}, {2, 0}}));
  EXPECT_EQ(find(f, "xPY", true), (Hits{{1, 0}}));
  EXPECT_EQ(find(f, "xPY", false), Hits{});
  EXPECT_EQ(find(f, "파파이", false), (Hits{{3, 1}}));
  EXPECT_EQ(find(f, "", false), Hits{});
}

// Windows move several bytes at once when every needle is long: whatever the needles' lengths and
// overlaps, the hits are those of comparing every needle at every offset. Texts are drawn from the
// needles' own bytes so that near misses, overlaps and hits at both ends are common.
TEST(MultiFinder, SkipsOnlyWhereNoNeedleCanStart) {
  auto naive = [](const std::vector<std::string>& needles, std::string_view text, bool fold) {
    auto lower = [&](char c) { return fold && c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
    Hits hits;
    for (size_t at = 0; at < text.size(); ++at) {
      for (size_t k = 0; k < needles.size(); ++k) {
        const std::string& n = needles[k];
        if (n.size() > text.size() - at) continue;
        bool same = true;
        for (size_t b = 0; b < n.size() && same; ++b) same = lower(text[at + b]) == n[b];
        if (same) hits.emplace_back(at, k);
      }
    }
    return hits;
  };
  const std::vector<std::vector<std::string>> sets = {
      {"import", "library", "라이브러리", "모듈", " add "},                 // shortest 5: moves of 4
      {"pycon", "파이콘", "pycascades", "scipy", "pybay", "kiwi pycon"},
      {"abcab", "bcabc", "cabca", "abcabcabc"},                             // overlapping, periodic
      {"aa", "aaa", "ab"},                                                  // shortest 2: no skipping
      {"xyz"},
      {std::string(300, 'a') + "b", std::string(280, 'a') + "c"},           // longer than a 256-byte window
  };
  uint64_t state = 12345;
  auto next = [&] { return state = state * 6364136223846793005ULL + 1442695040888963407ULL; };
  for (size_t set = 0; set < sets.size(); ++set) {
    const std::vector<std::string>& needles = sets[set];
    std::vector<std::string_view> views(needles.begin(), needles.end());
    const MultiFinder f(views);
    std::string alphabet;
    for (const std::string& n : needles) alphabet += n;
    alphabet += "AZ. ";
    for (int round = 0; round < 200; ++round) {
      std::string text;
      const size_t length = next() >> 33 & 1023;
      while (text.size() < length) {
        if ((next() >> 40 & 3) == 0) text += needles[(next() >> 35) % needles.size()];  // a whole needle
        else text += alphabet[(next() >> 35) % alphabet.size()];
      }
      for (bool fold : {false, true}) {
        std::string probe = text;
        if (fold) {
          for (char& c : probe) c = (c >= 'a' && c <= 'z' && (next() >> 40 & 1)) ? static_cast<char>(c - 32) : c;
        }
        ASSERT_EQ(find(f, probe, fold), naive(needles, probe, fold)) << "set " << set << " round " << round;
      }
    }
  }
  EXPECT_THROW(MultiFinder({"ab", "c"}), std::invalid_argument);
}

TEST(TextUtil, Utf8PrefixEndsOnACharacterBoundary) {
  EXPECT_EQ(utf8_prefix("abc", 5), "abc");
  EXPECT_EQ(utf8_prefix("abc", 2), "ab");
  EXPECT_EQ(utf8_prefix("장고를", 4), "장");   // 3-byte syllables: a cut inside one steps back
  EXPECT_EQ(utf8_prefix("장고를", 6), "장고");
  EXPECT_EQ(utf8_prefix("장", 2), "");
}

}  // namespace
}  // namespace talkgraph
