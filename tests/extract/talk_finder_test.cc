// Each form a review names talks in, and each form that is no talk, on small texts written for the
// test, in Korean and English.
#include "extract/talk_finder.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extract/extractor.h"

namespace talkgraph {
namespace {

constexpr const char* kLexicon = R"(
Python | language | 파이썬 | versioned
Django | library | 장고 | versioned
Flask | library | 플라스크
Celery | library | 셀러리
FastAPI | library |
Redis | tool |
python-jose | library | Jose
)";

using V = std::vector<std::string>;

class Talks : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<std::string> errors, warnings;
    lexicon_.add_text(kLexicon, "test", &errors, &warnings);
    ASSERT_TRUE(errors.empty());
    extractor_ = std::make_unique<Extractor>(lexicon_);
  }
  DocumentExtraction run(const std::string& text) {
    ExtractOptions options;
    options.explain_talks = true;
    return extractor_->extract({"t.md", text}, "t.md", options);
  }
  V titles(const std::string& text) {
    V out;
    for (const TalkRecord& t : run(text).talks) out.push_back(t.title);
    return out;
  }
  // The rule that decided the candidate whose title is `title`.
  std::string rule(const std::string& text, const std::string& title) {
    for (const TalkCandidateRecord& c : run(text).talk_candidates) {
      if (c.title == title) return c.rule;
    }
    return "(no candidate)";
  }
  Lexicon lexicon_;
  std::unique_ptr<Extractor> extractor_;
};

// ---------------------------------------------------------------------------------------- talks

TEST_F(Talks, HeadingsThatOpenWithAKind) {
  EXPECT_EQ(titles("# PyCon 2020 후기\n## Keynote : 파이썬 커뮤니티 이야기\n- 메모\n## Session 101 : Django ORM 최적화\n- 메모\n"),
            (V{"파이썬 커뮤니티 이야기", "Django ORM 최적화"}));
  EXPECT_EQ(titles("## Talk: Packaging without tears\nnotes\n## 세션 3 - 셀러리 핵심\n메모\n"),
            (V{"Packaging without tears", "셀러리 핵심"}));
  const DocumentExtraction d = run("## Session 101 : Django ORM 최적화\n");
  ASSERT_EQ(d.talks.size(), 1u);
  EXPECT_EQ(d.talks[0].kind, "session");
  EXPECT_EQ(d.talks[0].room, "101");
}

TEST_F(Talks, ListItemsLinkedToAVideoOrASessionPage) {
  EXPECT_EQ(titles("## Talks\n\n"
                   "- [Jane Doe - Async Python in Production](https://www.youtube.com/watch?v=abc)\n"
                   "- [홍길동: 장고 채팅 서버 만들기](https://www.pycon.kr/2018/program/19)\n"),
            (V{"Async Python in Production", "장고 채팅 서버 만들기"}));
}

TEST_F(Talks, AVideoTitleLosesItsSpeakerEventAndSite) {
  EXPECT_EQ(titles("- [Jane Doe - Async Python in Production - PyCon 2018 - YouTube](https://youtu.be/abc)\n"),
            V{"Async Python in Production"});
  EXPECT_EQ(titles("- [Writing fast Python by Jane Doe](https://www.youtube.com/watch?v=abc)\n"), V{"Writing fast Python"});
}

TEST_F(Talks, QuotedTitleLinkedToASessionPage) {
  EXPECT_EQ(titles("세션을 들으러 갔습니다. 구동수님의 [\"파이썬으로 네트워크 테스트 자동화 하기\"](https://www.pycon.kr/2018/program/7)였습니다.\n"),
            V{"파이썬으로 네트워크 테스트 자동화 하기"});
}

TEST_F(Talks, NestedBulletsBelongToTheirTalk) {
  const DocumentExtraction d = run(
      "## Talks\n\n- [Celery in depth](https://www.youtube.com/watch?v=abc)\n  - uses Redis as a broker\n"
      "- [Flask at scale](https://www.youtube.com/watch?v=def)\n  - Flask notes\n");
  ASSERT_EQ(d.talks.size(), 2u);
  for (const MentionRecord& m : d.mentions) {
    const std::string& label = d.entities[m.entity].label;
    if (label == "Redis" || label == "Celery") EXPECT_EQ(m.talk, 0) << label;
    if (label == "Flask") EXPECT_EQ(m.talk, 1) << label;
  }
}

TEST_F(Talks, BoldTitleWithATrailingSpeaker) {
  EXPECT_EQ(titles("**Django ORM 깊게 보기 - 홍길동 -**\n\n- 메모\n\n**Flask로 만드는 API - 김철수 -**\n\n- 메모\n"),
            (V{"Django ORM 깊게 보기", "Flask로 만드는 API"}));
}

TEST_F(Talks, BoldTitlesLeadingListItems) {
  EXPECT_EQ(titles("# I went to talks!\n\n* **Unsafe At Any Speed** Rae Knowler made great points.\n"
                   "* **Docs or it didn't happen!** A talk about documentation.\n"),
            (V{"Unsafe At Any Speed", "Docs or it didn't happen!"}));
  EXPECT_EQ(titles("1. **Channels Beyond WebSockets** — Giulia Ferraro\n   1. notes\n"
                   "2. **Your Django Admin Is a Product** — Tomasz Wrona\n   - notes\n"),
            (V{"Channels Beyond WebSockets", "Your Django Admin Is a Product"}));
}

TEST_F(Talks, TimetableEntries) {
  EXPECT_EQ(titles("10h30 - Packaging Python Projects\n11:15 Async Django in Practice\n12:00 Lunch\n"),
            (V{"Packaging Python Projects", "Async Django in Practice"}));
  EXPECT_EQ(titles("- 오후 2시 셀러리로 배치 작업 돌리기\n- 오후 3시 쉬는 시간\n"), V{"셀러리로 배치 작업 돌리기"});
  EXPECT_EQ(titles("Tuesday morning : Typing Python at Scale\n\nWednesday morning : Rust for Pythonistas\n"),
            (V{"Typing Python at Scale", "Rust for Pythonistas"}));
}

TEST_F(Talks, StruckThroughEntriesAreSkippedTalks) {
  const std::string text = "09:30 Keynote: Python in Science\n10:00 ~~Writing Fast Python~~ (room was full)\n";
  EXPECT_EQ(titles(text), V{"Python in Science"});
  EXPECT_EQ(rule(text, "Writing Fast Python (room was full)"), "struck through: a talk the writer skipped");
}

TEST_F(Talks, TableRowsWithATitleColumn) {
  const std::string text = "| 시간 | 제목 | 발표자 |\n|---|---|---|\n| 10:00 | 장고로 만드는 API | 홍길동 |\n"
                           "| 11:00 | 휴식 | |\n| 11:30 | Celery 운영기 | 김철수 |\n";
  EXPECT_EQ(titles(text), (V{"장고로 만드는 API", "Celery 운영기"}));
  // The speaker column is people: nothing in it is an entity, nothing of it in a title.
  EXPECT_EQ(titles("| Title | Speaker |\n|---|---|\n| Postgres at any scale | Django Reinhardt |\n"), V{"Postgres at any scale"});
}

TEST_F(Talks, QuotedTitlesNextToATalkWord) {
  EXPECT_EQ(titles("그중에서 최승일님이 발표하신 ‘캐시 패턴의 진화사’ 발표가 가장 기억에 남는다.\n"), V{"캐시 패턴의 진화사"});
  EXPECT_EQ(titles("발표의 주제는 \"파이썬으로 토이프로젝트 만들기\" 였다.\n"), V{"파이썬으로 토이프로젝트 만들기"});
  EXPECT_EQ(titles("I loved Jane Doe's talk on \"Typing the Untyped: Type Hints for Old Code\".\n"),
            V{"Typing the Untyped: Type Hints for Old Code"});
  EXPECT_EQ(titles("첫날 들은 『Jupyter로 시작하는 데이터 저널리즘』은 정말 좋았다.\n"), V{"Jupyter로 시작하는 데이터 저널리즘"});
}

TEST_F(Talks, TitlesLinkedInProseToSlides) {
  EXPECT_EQ(titles("Matthew gave a great talk on [refactoring the SciPy ecosystem](http://example.com/slides/scipy-2019.html).\n"),
            V{"refactoring the SciPy ecosystem"});
}

TEST_F(Talks, TitlesInAListOfTalks) {
  EXPECT_EQ(titles("## 들은 세션\n\n- 장고 ORM 깊게 보기\n- 셀러리 운영 이야기\n"), (V{"장고 ORM 깊게 보기", "셀러리 운영 이야기"}));
}

TEST_F(Talks, PlainTextTitlesOverBullets) {
  EXPECT_EQ(titles("파이콘 2019 후기\n\n들은 발표 위주로 적어 둡니다.\n\n장고로 만드는 채팅 서버\n• Channels와 Redis를 씀\n• 메모\n\n"
                   "셀러리 핵심과 커스터마이제이션\n• 발표자분의 팁\n"),
            (V{"장고로 만드는 채팅 서버", "셀러리 핵심과 커스터마이제이션"}));
}

TEST_F(Talks, HeadingsUnderADayOrATrack) {
  EXPECT_EQ(titles("# PyCon AU 2015\n\n## Day 1\n\n### Ten Years of Django at an Agency\nStarted on Django 0.96.\n\n"
                   "### Hacking Hardware with MicroPython\nA live demo.\n"),
            (V{"Ten Years of Django at an Agency", "Hacking Hardware with MicroPython"}));
}

TEST_F(Talks, HeadingsLinkedToTheirPage) {
  EXPECT_EQ(titles("# PyCon 2018 1일차\n\n## [Django ORM 조금 더 깊게 살펴보기](https://www.pycon.kr/2018/program/53)\n메모\n"),
            V{"Django ORM 조금 더 깊게 살펴보기"});
}

// ------------------------------------------------------------------------------------- not talks

TEST_F(Talks, DayAndDateHeadingsAreNoTalks) {
  const std::string text = "## Day 2\n\n## 8월 17일 금요일\n\n## 2일차\n";
  EXPECT_EQ(titles(text), V{});
  EXPECT_EQ(rule(text, "Day 2"), "markdown heading: H4: groups talks (day)");
}

TEST_F(Talks, TopicGroupingsOverAListOfTalksAreNoTalks) {
  const std::string text = "## Science / Data\n\n- [한국어 NLP](https://www.pycon.kr/2017/program/172)\n"
                           "- [기상예측](https://www.pycon.kr/2017/program/179)\n\n## Game Server\n\n"
                           "- [RPC framework 편](https://www.pycon.kr/2017/program/131)\n";
  EXPECT_EQ(titles(text), (V{"한국어 NLP", "기상예측", "RPC framework 편"}));
  EXPECT_EQ(rule(text, "Game Server"), "markdown heading: H6: its section holds 1 talk(s)");
}

TEST_F(Talks, TheWritersOwnSectionsAreNoTalks) {
  EXPECT_EQ(titles("## Some impressions\nThe talks were great.\n## Slides\nThe speaker's slides.\n## Misc\nTalks.\n"
                   "## 기타\n발표 자료.\n## I gave a talk!\nMy talk went well.\n"),
            V{});
}

TEST_F(Talks, LinksToOtherPostsAreNoTalks) {
  EXPECT_EQ(titles("- [작년 파이콘 후기 보러가기](https://example.tistory.com/12)\n- [발표자료](https://speakerdeck.com/a/b)\n"), V{});
}

TEST_F(Talks, SeparatorsAreNoTalks) { EXPECT_EQ(titles("후기\n\n--\n\nEND\n"), V{}); }

TEST_F(Talks, QuotedSpeechIsNoTitle) {
  EXPECT_EQ(titles("The speaker added \"a dash of humor\" to the talk.\n"), V{});
  EXPECT_EQ(titles("발표자가 \"데이터는 거짓말을 하지 않는다\"라고 말했다.\n"), V{});
}

TEST_F(Talks, BooksInTitleBracketsAreNoTalks) {
  EXPECT_EQ(titles("부스에서 『전문가를 위한 파이썬』 책을 샀다.\n"), V{});
}

TEST_F(Talks, TimetableLinesWithABoldTime) {
  EXPECT_EQ(titles("## Wednesday\n\n"
                   "- **09:00** — Keynote: *Reproducibility Is a Social Problem* — Dr. Lena Okafor. No code.\n"
                   "- **10:30** — Marta Kowalczyk – *Parallel Computing for Everyone with Dask*. Dask arrays.\n"
                   "- **12:00** — Lunch. Breakfast tacos were better.\n"),
            (V{"Reproducibility Is a Social Problem", "Parallel Computing for Everyone with Dask"}));
}

TEST_F(Talks, ItalicTitlesCreditedToTheirSpeakerUnderTopicHeadings) {
  EXPECT_EQ(titles("Notes from DjangoCon.\n\n## Deployment\n\n"
                   "*Deploying Django Without Tears* by Kwame Mensah covered Heroku and Ansible.\n\n"
                   "## Other things\n\n- The sprints were well attended.\n- Great coffee.\n"),
            V{"Deploying Django Without Tears"});
  // Emphasis for stress is no title.
  EXPECT_EQ(titles("It was *really* good, by Friday everyone knew.\n"), V{});
}

TEST_F(Talks, SpeakersAreNeverEntities) {
  const DocumentExtraction d = run("## Async ORMs for Django (발표: Jose Alvarado)\n발표자: Jose Alvarado\nDjango notes\n");
  for (const EntityRecord& e : d.entities) EXPECT_NE(e.label, "python-jose");
}

}  // namespace
}  // namespace talkgraph
