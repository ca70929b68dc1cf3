#include "extract/entity_matcher.h"

#include <gtest/gtest.h>

namespace talkgraph {
namespace {

constexpr const char* kLexicon = R"(
Python | language | 파이썬 | versioned
Django | library | 장고
Flask | library | ?플라스크
Celery | library | 셀러리
FastAPI | library |
pydantic | library |
SQLAlchemy | library |
pyserial | library |
Docker | tool | 도커
docker-compose | tool | docker compose
Apache Airflow | tool | Airflow
GIL | concept | Global Interpreter Lock
ELT | concept | Extract Load Transform
Data Lake | concept | 데이터 레이크
NumPy | library | 넘파이
random | library | | cue
)";

class Matcher : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<std::string> errors, warnings;
    lexicon_.add_text(kLexicon, "test", &errors, &warnings);
    ASSERT_TRUE(errors.empty());
    matcher_ = std::make_unique<EntityMatcher>(lexicon_);
  }
  // "Name@surface" for each match, in order.
  std::vector<std::string> find(std::string_view text) {
    std::vector<std::string> out;
    for (const AliasMatch& m : matcher_->find(text)) {
      out.push_back(lexicon_.entries()[m.entry].name + "@" + std::string(text.substr(m.begin, m.end - m.begin)));
    }
    return out;
  }
  Lexicon lexicon_;
  std::unique_ptr<EntityMatcher> matcher_;
};

using V = std::vector<std::string>;

TEST_F(Matcher, LatinNamesTakeKoreanParticles) {
  EXPECT_EQ(find("서버를 Flask로 개발"), V{"Flask@Flask"});
  EXPECT_EQ(find("FastAPI에서 버전 이슈"), V{"FastAPI@FastAPI"});
  EXPECT_EQ(find("pydantic은 변환 가능"), V{"pydantic@pydantic"});
  EXPECT_EQ(find("SQLAlchemy와 같은 ORM"), V{"SQLAlchemy@SQLAlchemy"});
  EXPECT_EQ(find("Celery를 사용"), V{"Celery@Celery"});
}

TEST_F(Matcher, HangulAliasesTakeParticles) {
  EXPECT_EQ(find("장고를 배웠다"), V{"Django@장고"});
  EXPECT_EQ(find("셀러리는 태스크 큐"), V{"Celery@셀러리"});
  EXPECT_EQ(find("파이썬으로 개발"), V{"Python@파이썬"});
  EXPECT_EQ(find("도커에서는 가능"), V{"Docker@도커"});
  EXPECT_EQ(find("데이터 레이크와 웨어하우스"), V{"Data Lake@데이터 레이크"});
}

// A Hangul run ends at the first character that is not a syllable, even one of the same UTF-8 length
// (three bytes: …, 「」, →) written straight after it.
TEST_F(Matcher, HangulRunEndsAtThreeByteSymbols) {
  EXPECT_EQ(find("장고…"), V{"Django@장고"});
  EXPECT_EQ(find("「셀러리」"), V{"Celery@셀러리"});
  EXPECT_EQ(find("도커→파이썬"), (V{"Docker@도커", "Python@파이썬"}));
}

TEST_F(Matcher, HangulAliasNeverInsideALongerWord) {
  EXPECT_EQ(find("셀러리맨의 하루"), V{});
  EXPECT_EQ(find("미니장고"), V{});
  EXPECT_EQ(find("넘파이썬"), V{});
}

TEST_F(Matcher, LatinNameNeverInsideALongerWord) {
  EXPECT_EQ(find("pyserial 라이브러리"), V{"pyserial@pyserial"});
  EXPECT_EQ(find("Flasking and Pythonic"), V{});
}

TEST_F(Matcher, LongestMatchWins) {
  EXPECT_EQ(find("백엔드: docker-compose"), V{"docker-compose@docker-compose"});
  EXPECT_EQ(find("docker compose up"), V{"docker-compose@docker compose"});
  EXPECT_EQ(find("Apache Airflow와 Airflow"), (V{"Apache Airflow@Apache Airflow", "Apache Airflow@Airflow"}));
}

TEST_F(Matcher, MultiWordNamesHaveFlexibleSpacingAndCase) {
  EXPECT_EQ(find("the global  interpreter\nLOCK is"), V{"GIL@global  interpreter\nLOCK"});
  EXPECT_EQ(find("Global-Interpreter-Lock"), V{"GIL@Global-Interpreter-Lock"});
}

TEST_F(Matcher, AcronymsMatchOnlyInCapitals) {
  EXPECT_EQ(find("ELT (Extract Load Transform) elt"), (V{"ELT@ELT", "ELT@Extract Load Transform"}));
  EXPECT_EQ(find("the gil"), V{});
}

TEST_F(Matcher, IdentifiersGluedToANameAreNotMentions) {
  EXPECT_EQ(find("my-flask app, flask_login"), V{});
  EXPECT_EQ(find("np.random.seed"), V{});
}

TEST_F(Matcher, ReportsParticleAndAmbiguity) {
  auto m = matcher_->find("플라스크를");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_TRUE(m[0].particle);
  EXPECT_EQ(m[0].doubt, Doubt::kAmbiguous);
  auto cue = matcher_->find("random");
  ASSERT_EQ(cue.size(), 1u);
  EXPECT_EQ(cue[0].doubt, Doubt::kCueOnly);
}

TEST(KoreanParticle, KnowsCommonPostpositions) {
  for (const char* p : {"은", "는", "을", "를", "으로", "에서", "에서는", "와", "과", "의", "이다"}) {
    EXPECT_TRUE(is_korean_particle(p)) << p;
  }
  EXPECT_FALSE(is_korean_particle("맨"));
  EXPECT_FALSE(is_korean_particle("썬"));
}

}  // namespace
}  // namespace talkgraph
