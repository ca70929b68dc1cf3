#include "extract/talk_classifier.h"

#include <gtest/gtest.h>

#include "extract/document_parser.h"

namespace talkgraph {
namespace {

// "kind|title" for each talk found.
std::vector<std::string> talks(std::string_view text) {
  ParsedDocument parsed = parse_document(text);
  DocumentStructure s = classify_sections(text, parsed);
  std::vector<std::string> out;
  for (const TalkSection& t : s.talks) out.push_back(t.title.kind + "|" + t.title.title);
  return out;
}

using V = std::vector<std::string>;

TEST(TalkTitle, StripsPrefixesAndSpeakers) {
  EXPECT_EQ(clean_talk_title("Keynote: 고등학교에서 파이써니스타로", HeadingStyle::kNumbered).title, "고등학교에서 파이써니스타로");
  TalkTitle s = clean_talk_title("Session 101 : Django ORM (QuerySet)구조와 원리", HeadingStyle::kAtx);
  EXPECT_EQ(s.title, "Django ORM (QuerySet)구조와 원리");
  EXPECT_EQ(s.kind, "session");
  EXPECT_EQ(s.label, "101");
  EXPECT_EQ(clean_talk_title("Lightning talk: 5 minutes of asyncio", HeadingStyle::kAtx).kind, "lightning");
  EXPECT_EQ(clean_talk_title("Typing in practice - Jane Doe -", HeadingStyle::kStandalone).title, "Typing in practice");
  EXPECT_EQ(clean_talk_title("Jane Doe: Packaging in 2024", HeadingStyle::kLink).title, "Packaging in 2024");
  EXPECT_EQ(clean_talk_title("Quantum Physics in Python - 파이썬으로 양자컴퓨팅 즐기기", HeadingStyle::kStandalone).title,
            "Quantum Physics in Python - 파이썬으로 양자컴퓨팅 즐기기");
  EXPECT_EQ(clean_talk_title("Rust for Pythonistas by Ann Lee", HeadingStyle::kAtx).title, "Rust for Pythonistas");
  // "Opening" and "closing" go with any kind, as the parser reads them (the classifier read them
  // before keynotes only, and kept "Closing session:" in the title).
  TalkTitle closing = clean_talk_title("Closing session: What we learned", HeadingStyle::kPrefixed);
  EXPECT_EQ(closing.kind, "session");
  EXPECT_EQ(closing.title, "What we learned");
}

// The parser (which marks a heading kPrefixed) and the classifier (which takes the kind and title
// from it) read talk prefixes with one function; a first-character test keeps most lines off its
// regular expression and must never turn away a heading the expression takes.
TEST(TalkPrefix, KindLabelAndTitle) {
  struct Case {
    std::string_view heading, kind, label, rest;
  };
  const Case prefixed[] = {
      {"Keynote: 고등학교에서 파이써니스타로", "Keynote", "", "고등학교에서 파이써니스타로"},
      {"Session 101 : Django ORM", "Session", "101", "Django ORM"},
      {"SESSION #3 - Celery", "SESSION", "#3", "Celery"},
      {"세션 2 — 파이썬 타입 힌트", "세션", "2", "파이썬 타입 힌트"},
      {"Opening keynote | Python at 30", "Opening keynote", "", "Python at 30"},
      {"Closing session: What we learned", "Closing session", "", "What we learned"},
      {"lightning talks: five minutes each", "lightning talks", "", "five minutes each"},
      {"라이트닝 토크: 5분", "라이트닝 토크", "", "5분"},
      {"Tutorial A2 – pandas", "Tutorial", "A2", "pandas"},
      {"워크숍： FastAPI", "워크숍", "", "FastAPI"},
      {"Panel - - dashes", "Panel", "", "- dashes"},
      // Case folding maps U+212A KELVIN SIGN onto 'k': not an ASCII first byte, so the expression
      // decides, as it did before the first-character test.
      {"\u212Aeynote: folded", "\u212Aeynote", "", "folded"},
  };
  for (const Case& c : prefixed) {
    TalkPrefix p;
    ASSERT_TRUE(split_talk_prefix(c.heading, &p)) << c.heading;
    EXPECT_EQ(p.kind, c.kind) << c.heading;
    EXPECT_EQ(p.label, c.label) << c.heading;
    EXPECT_EQ(p.rest, c.rest) << c.heading;
  }
  for (std::string_view heading : {"Flask로 만든 서버: 후기", "세션 정리", "Talk:", "Session 3 -", "talks: x",
                                   "My keynote: notes", " Keynote: leading space", "기조 연설｜x", "- Keynote: x"}) {
    TalkPrefix p;
    EXPECT_FALSE(split_talk_prefix(heading, &p)) << heading;
  }
  // Every kind, in every case, with and without a label.
  for (std::string kind : {"keynote", "키노트", "기조연설", "session", "세션", "talk", "토크", "lightning talk",
                           "라이트닝토크", "tutorial", "튜토리얼", "workshop", "워크샵", "워크숍", "sprint",
                           "스프린트", "poster", "포스터", "panel", "패널"}) {
    std::string upper = kind, title = kind;
    for (char& ch : upper) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    if (!title.empty() && title[0] >= 'a' && title[0] <= 'z') title[0] = static_cast<char>(title[0] - 32);
    for (const std::string& k : {kind, upper, title}) {
      const std::string colon = k + ": Title", labelled = k + " 7 - Title";
      TalkPrefix p;
      EXPECT_TRUE(split_talk_prefix(colon, &p)) << k;
      ASSERT_TRUE(split_talk_prefix(labelled, &p)) << k;
      EXPECT_EQ(p.label, "7") << k;
      EXPECT_EQ(p.rest, "Title") << k;
    }
  }
}

TEST(TalkClassifier, MarkdownHeadingsWithSubsections) {
  EXPECT_EQ(talks("# PyCon 2020 후기\n## Keynote : 교육\n- a\n## Session 101 : Django ORM\n### Lazy Loading\ntext\n"
                  "## 배운 점\n- b\n"),
            (V{"keynote|교육", "session|Django ORM"}));
}

TEST(TalkClassifier, SetextHeadings) {
  EXPECT_EQ(talks("PyCon US 2023\n=============\n\nPackaging today\n---------------\ntext about the talk\n"),
            V{"|Packaging today"});
}

TEST(TalkClassifier, NumberedHeadingsAndStandaloneSubheadings) {
  std::string text =
      "파이콘 2022 후기입니다.\n\n1. Keynote: 첫 발표\n\n  • 내용\n\n성능\n\n  • 더 내용\n\n"
      "2. Serverless Python\n\n  • 서버리스\n\n후기\n\n좋은 행사였다. 다음에도 가고 싶다.\n";
  EXPECT_EQ(talks(text), (V{"keynote|첫 발표", "|Serverless Python"}));
  ParsedDocument parsed = parse_document(text);
  DocumentStructure s = classify_sections(text, parsed);
  ASSERT_EQ(s.decisions.size(), 4u);
  EXPECT_EQ(s.decisions[1].role, SectionRole::kSubsection);  // 성능 belongs to the keynote
  EXPECT_EQ(s.decisions[3].role, SectionRole::kOther);       // 후기 closes the talk
  EXPECT_EQ(s.decisions[3].reason, "standalone line names a non-talk topic: conclusion");
}

// ATX headings as CommonMark reads them: a closing run of '#' needs white space before it, so a
// language name keeps its '#'; seven '#' or "#tag" are no heading.
TEST(DocumentParser, AtxHeadingEdges) {
  ParsedDocument parsed = parse_document("## C#\n\n## Title ##\n\n###### Six\n\n####### Seven\n\n#tag\n\n#######\n\n##\n");
  std::vector<std::string> texts;
  for (const Heading& h : parsed.headings) {
    if (h.style == HeadingStyle::kAtx) texts.push_back(std::to_string(h.level) + ":" + h.text);
  }
  EXPECT_EQ(texts, (V{"2:C#", "2:Title", "6:Six"}));
}

TEST(DocumentParser, NumberedHeadingText) {
  ParsedDocument parsed = parse_document("리뷰\n\n12)   Keynote: 첫 발표\n\n내용\n\n1234. 아님\n\n3.붙임\n");
  std::vector<std::string> numbered;
  for (const Heading& h : parsed.headings) {
    if (h.style == HeadingStyle::kPrefixed || h.style == HeadingStyle::kNumbered) numbered.push_back(h.text);
  }
  EXPECT_EQ(numbered, V{"Keynote: 첫 발표"});
}

TEST(TalkClassifier, NumberedListIsNotHeadings) {
  EXPECT_EQ(talks("# Notes\n## Talk A\n1. first point\n2. second point\n"), V{"|Talk A"});
}

TEST(TalkClassifier, ProsePostNeedsTalkEvidence) {
  std::string text =
      "파이콘 2019 후기\n\n서울 도착\n\n비행기를 타고 서울로 향했습니다.\n\n"
      "셀러리 핵심과 커스터마이제이션\n\n해당 세션에선 Celery 실수를 요약했습니다.\n\n"
      "남은 것과 남긴 것\n\n지역모임이 꼭 필요한가 생각했습니다.\n";
  EXPECT_EQ(talks(text), V{"|셀러리 핵심과 커스터마이제이션"});
}

TEST(TalkClassifier, EnglishRecapWithDaysAndNonTalkSections) {
  std::string text =
      "# PyCon US 2023 recap\n\n## Day 1\n\n### Keynote: Python's future\nGreat talk.\n\n"
      "### Lunch\nTacos.\n\n## Day 2\n\n### Fast CSV parsing with Polars\nThe speaker showed benchmarks.\n\n"
      "## Conclusion\nSee you next year.\n";
  EXPECT_EQ(talks(text), (V{"keynote|Python's future", "|Fast CSV parsing with Polars"}));
}

TEST(TalkClassifier, BoldLinkAndTimetableTitles) {
  EXPECT_EQ(talks("Notes\n\n**Keynote: Open source sustainability**\ntext\n\n**Async all the way**\ntext\n"),
            (V{"keynote|Open source sustainability", "|Async all the way"}));
  EXPECT_EQ(talks("# EuroPython 2025\n\n[Jane Doe: Rust and Python](https://example.org/t/1)\nnotes\n\n"
                  "[Lee Kim: Free-threaded Python](https://example.org/t/2)\nnotes\n"),
            (V{"|Rust and Python", "|Free-threaded Python"}));
  EXPECT_EQ(talks("PyCon 2024 schedule notes\n\n10h30 - Packaging is hard\nnotes\n\n14:00 Typing deep dive\nnotes\n"),
            (V{"|Packaging is hard", "|Typing deep dive"}));
}

TEST(TalkClassifier, BulletOnlyNotes) {
  EXPECT_EQ(talks("- Keynote: Community\n  - inclusive\n- Scaling Django\n  - caching\n  - sharding\n"),
            (V{"keynote|Community", "|Scaling Django"}));
}

TEST(TalkClassifier, CodeBlocksAreNotStructure) {
  EXPECT_EQ(talks("# PyCon KR 2023\n## Talk: typing\n```\n# not a heading\n## nor this\n```\n"), V{"session|typing"});
}

TEST(TalkClassifier, NonTalkCategories) {
  EXPECT_EQ(non_talk_category("부산지역 개발자 모임"), "social");
  EXPECT_EQ(non_talk_category("1일차"), "day");
  EXPECT_EQ(non_talk_category("Day 2: tutorials"), "day");
  EXPECT_EQ(non_talk_category("점심"), "food");
  EXPECT_EQ(non_talk_category("Sponsor booths"), "logistics");
  EXPECT_EQ(non_talk_category("Final thoughts"), "conclusion");
  EXPECT_EQ(non_talk_category("Serverless Python Web Services"), "");
  EXPECT_EQ(non_talk_category("GIL 자세히 톺아보기"), "");
}

// Each form of day marker the expression knows; the first-character guard in front of it must let
// every one through.
TEST(TalkClassifier, DayMarkersOfEveryForm) {
  for (std::string_view heading :
       {"Day 1", "DAY 3 - sprints", "day two", "2일차", "3 일 차", "2일째", "첫날", "첫째 날", "둘째 날", "셋째날",
        "넷째 날", "마지막 날", "토요일", "Monday", "tuesday", "Wednesday", "THURSDAY", "Friday", "Saturday",
        "Sunday: sprints", "Morning", "afternoon sessions", "오전 세션", "오후", "Track A", "track2", "트랙 2", "(Day 1)"}) {
    EXPECT_EQ(non_talk_category(heading), "day") << heading;
  }
  // A word that only starts like a marker is no day ("Trackers" was read as "Track" + "ers").
  for (std::string_view heading : {"Daybreak of typing", "Trackers in Python", "오늘의 세션", "Sundae"}) {
    EXPECT_EQ(non_talk_category(heading), "") << heading;
  }
}

}  // namespace
}  // namespace talkgraph
