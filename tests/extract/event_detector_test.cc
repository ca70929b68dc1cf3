#include "extract/event_detector.h"

#include "extract/document.h"
#include "extract/lexicon.h"
#include "extract/vocabulary.h"

#include <gtest/gtest.h>

namespace talkgraph {
namespace {

std::string detect(std::string_view text) {
  EventInfo e = detect_event(text);
  return e.name + " " + std::to_string(e.year) + " " + e.year_source;
}

// A lexicon file adds conference series the built-in table does not know: `name | series | spellings`.
TEST(EventDetector, ALexiconAddsSeries) {
  Lexicon lexicon;
  std::vector<std::string> errors, warnings;
  lexicon.add_text("PyCon Lietuva | series | pycon lietuva, 파이콘 리투아니아\nX Conf | series | | qualifier nonsense\n", "mine.txt",
                   &errors, &warnings);
  EXPECT_EQ(errors, (std::vector<std::string>{"mine.txt:2: unknown series option 'nonsense' (qualifier, needs-year, city)"}));
  ASSERT_EQ(lexicon.series().size(), 1u);
  EXPECT_TRUE(lexicon.entries().empty());  // a series is no entity
  const auto voc = make_event_vocabulary(lexicon.series());
  const std::string text = "# Notes from PyCon Lietuva 2024\n\n파이콘 리투아니아 2024에 다녀왔다.\n";
  const LinkClassifier links(Vocabulary::builtin());
  const EventInfo info = detect_event(parse_document(text), links, {}, *voc);
  EXPECT_EQ(info.name, "PyCon Lietuva");
  EXPECT_EQ(info.year, 2024);
  EXPECT_NE(detect_event(text).name, "PyCon Lietuva");  // the built-in table alone does not know it
}

TEST(EventDetector, NormalizesKoreanPyConSpellings) {
  EXPECT_EQ(detect("파이콘 2022에서 들은 내용과 후기입니다."), "PyCon KR 2022 event");
  EXPECT_EQ(detect("# PyCon 2020 후기\n내용"), "PyCon KR 2020 event");
  EXPECT_EQ(detect("PyCon2019 참석 후기를 작성합니다."), "PyCon KR 2019 event");
  EXPECT_EQ(detect("파이콘 한국 2019 후기"), "PyCon KR 2019 event");
  EXPECT_EQ(detect("PyCon KR 2018 recap"), "PyCon KR 2018 event");
  EXPECT_EQ(detect("PyConKR 2017"), "PyCon KR 2017 event");
  EXPECT_EQ(detect("PyCon Korea 2016"), "PyCon KR 2016 event");
}

TEST(EventDetector, ReadsOtherConferences) {
  EXPECT_EQ(detect("My notes from PyCon US 2023 in Salt Lake City"), "PyCon US 2023 event");
  EXPECT_EQ(detect("PyCon APAC 2016 review"), "PyCon APAC 2016 event");
  EXPECT_EQ(detect("EuroPython 2025 was in Prague"), "EuroPython 2025 event");
  EXPECT_EQ(detect("Back from PyCon AU."), "PyCon AU 0 ");
  EXPECT_EQ(detect("PyData Seoul 2019 후기"), "PyData Seoul 2019 event");
  EXPECT_EQ(detect("DjangoCon US '23 talks"), "DjangoCon US 2023 event");
}

TEST(EventDetector, DatesAreEvidenceWhenTheNameHasNoYear) {
  EXPECT_EQ(detect("파이콘 후기\n2019년 8월 코엑스에서 열린 행사"), "PyCon KR 2019 date");
  EXPECT_EQ(detect("PyCon notes, August 17, 2019."), "PyCon 2019 date");
}

TEST(EventDetector, DoesNotGuess) {
  EventInfo e = detect_event("Data Trend 2022 이야기와 2021년부터 대두된 기술");
  EXPECT_EQ(e.name, "");
  EXPECT_EQ(e.year, 0);
}

TEST(EventDetector, BareSciPyIsTheLibrary) {
  EXPECT_EQ(detect_event("SciPy and NumPy").name, "");
  EXPECT_EQ(detect("SciPy 2023 proceedings"), "SciPy 2023 event");
}

TEST(EventDetector, TwoLetterQualifiersMustBeCapitals) {
  EXPECT_EQ(detect("I spoke at PyCon in 2019"), "PyCon 2019 event");
}

}  // namespace
}  // namespace talkgraph

namespace talkgraph {
namespace {

TEST(EventDetector, OldDatesAreNotConferenceYears) {
  EXPECT_EQ(detect_event("파이콘 후기\n생일: 1955년 2월 24일\n").year, 0);
}

}  // namespace
}  // namespace talkgraph

namespace talkgraph {
namespace {

TEST(EventDetector, HangulSeriesNameBeforeLatinText) {
  // A Latin word right after a Hangul name does not make it part of a longer word.
  EXPECT_EQ(detect_event("플라스크콘Seoul 2023 후기").name, "FlaskCon");
  EXPECT_EQ(detect_event("europythonista 2023").name, "");
}

}  // namespace
}  // namespace talkgraph

namespace talkgraph {
namespace {

TEST(EventDetector, ReadsTheYearBeforeTheName) {
  EXPECT_EQ(detect("2019 파이콘 후기"), "PyCon KR 2019 event");
  EXPECT_EQ(detect("2019년 파이콘에 다녀왔다"), "PyCon KR 2019 event");
}

TEST(EventDetector, AnotherEditionIsNoEvidence) {
  // "작년 파이콘 2017" and "last year's PyCon 2022" are other editions than the one reviewed.
  EXPECT_EQ(detect("작년 파이콘 2017에 이어 올해도 파이콘 2018에 갔다."), "PyCon KR 2018 event");
  EXPECT_EQ(detect("Unlike last year's PyCon US 2022, PyCon US 2023 was in Salt Lake City."), "PyCon US 2023 event");
}

TEST(EventDetector, ConferenceLinksGiveTheYear) {
  EXPECT_EQ(detect("파이콘 후기\n\n[발표자료](https://www.pycon.kr/2018/program/81)\n"), "PyCon KR 2018 url");
  EXPECT_EQ(detect("Notes from PyCon.\n\n[a talk](https://us.pycon.org/2024/schedule/presentation/55/)\n"),
            "PyCon US 2024 url");
  EXPECT_EQ(detect("My first SciPy.\n\n[site](https://www.scipy2019.scipy.org/)\n"), "SciPy 2019 url");
}

TEST(EventDetector, FrontMatterTitleAndDate) {
  EXPECT_EQ(detect("---\ntitle: PyCon UK 2017!\n---\nIt was fun.\n"), "PyCon UK 2017 front-matter");
  EXPECT_EQ(detect("Title: Notes from PyCon\nDate: 2017-05-24\n\nIt was fun in Portland.\n"), "PyCon US 2017 front-matter");
}

TEST(EventDetector, AQuotedPlanWeighsLessThanALink) {
  // A plan for next year in a block quote against the conference's own link.
  EXPECT_EQ(detect("Pycon 후기\n\n> 2019년 Pycon엔 발표를 해보고 싶다.\n\n[발표자료](https://www.pycon.kr/2018/program/81)\n"),
            "PyCon KR 2018 url");
}

TEST(EventDetector, UnknownStaysUnknown) {
  const EventInfo e = detect_event("# Scipy Notes: Day 2\n\n[video](https://www.youtube.com/watch?v=abc)\n");
  EXPECT_EQ(e.year, 0);
  EXPECT_EQ(e.year_source, "");
}

TEST(EventDetector, BarePyConTakesItsCountryFromTheEvidence) {
  EXPECT_EQ(detect("PyCon 2018 recap. Cleveland was cold."), "PyCon US 2018 event");
  EXPECT_EQ(detect("파이콘 2018 후기입니다. 코엑스에서 열렸다."), "PyCon KR 2018 event");
  EXPECT_EQ(detect("PyCon 2018 recap."), "PyCon 2018 event");
}

}  // namespace
}  // namespace talkgraph
