// Entities in texts written for each rule of docs/lexicon.md ("Ordinary words", "Names no list
// holds"): where names are looked for, the evidence an ordinary word needs, people, Unicode, PEPs and
// versions, discovery. Each test says which mistake it keeps out.
#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extract/discovery.h"
#include "extract/extractor.h"

namespace talkgraph {
namespace {

constexpr const char* kLexicon = R"(
Python | language | 파이썬, Python3 | versioned name
Django | library | 장고 | versioned
Django ORM | library | QuerySet |
Flask | library | | name
Requests | library | | pypi=requests ambiguous
Wanted Lab | organization | 원티드랩, ?Wanted |
Go | language | ?Go, Golang |
Rust | language | ?Rust |
C | language | ?C |
Dask | library | |
Apache Spark | tool | ?Spark |
Trio | library | | ambiguous
Accelerate | library | | ambiguous
Ray | tool | | ambiguous
Redis | tool |
Slack | tool |
pandas | library | | versioned name
python-jose | library | ?jose | pypi=python-jose rank=600
python-socks | library | | pypi=python-socks rank=1800
six | library | | cue
code | library | | cue
Datashader | library | | pypi=datashader rank=6786 ambiguous
PEP | concept | PEPs | numbered
PEP 8 | concept | PEP8 |
GIL | concept | Global Interpreter Lock |
)";

class Entities : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<std::string> errors, warnings;
    lexicon_.add_text(kLexicon, "test", &errors, &warnings);
    ASSERT_TRUE(errors.empty()) << errors[0];
    pypi_.add("arkouda", 9000);
    extractor_ = std::make_unique<Extractor>(lexicon_, &pypi_);
  }
  DocumentExtraction run(const std::string& text) {
    SourceDocument doc{"t.md", text};
    return extractor_->extract(doc, "t.md", ExtractOptions{});
  }
  // The labels of the entities mentioned, sorted and without repeats.
  std::vector<std::string> labels(const std::string& text) {
    DocumentExtraction d = run(text);
    std::vector<std::string> out;
    for (const MentionRecord& m : d.mentions) out.push_back(d.entities[m.entity].label);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }
  // label -> the rule of its first mention.
  std::map<std::string, std::string> rules(const std::string& text) {
    DocumentExtraction d = run(text);
    std::map<std::string, std::string> out;
    for (const MentionRecord& m : d.mentions) out.emplace(d.entities[m.entity].label, std::string(m.rule));
    return out;
  }
  Lexicon lexicon_;
  PypiIndex pypi_;
  std::unique_ptr<Extractor> extractor_;
};

using V = std::vector<std::string>;

TEST_F(Entities, NoNameIsReadInsideAUrl) {
  // A library in a link's destination or a bare URL is no mention; the label is read.
  EXPECT_EQ(labels("Notes are [here](https://github.com/pallets/flask) and at https://pypi.org/project/requests too."), V{});
  EXPECT_EQ(labels("See <https://docs.djangoproject.com/en/5.0/> for more."), V{});
  // A link to its project is evidence for an ordinary word in the label.
  EXPECT_EQ(rules("We fetched pages with [requests](https://pypi.org/project/requests/) all day."),
            (std::map<std::string, std::string>{{"Requests", "name+evidence:link"}}));
}

TEST_F(Entities, WantedIsAVerbUnlessWrittenAsTheCompany) {
  EXPECT_EQ(labels("I wanted to see every talk. Nobody wanted to leave early."), V{});
  EXPECT_EQ(labels("원티드랩 부스에서 스티커를 받았다."), V{"Wanted Lab"});
}

TEST_F(Entities, GoIsAVerbUnlessListedOrCapitalizedAsAName) {
  EXPECT_EQ(labels("After lunch we go to a session on testing."), V{});
  EXPECT_EQ(labels("Go to the second floor for the posters."), V{});  // a capital that starts a sentence
  EXPECT_EQ(rules("We compared Go and Rust for the new service."),
            (std::map<std::string, std::string>{{"Go", "name+evidence:capitalized"}, {"Rust", "name+evidence:list"}}));
  EXPECT_EQ(labels("백엔드는 Go로 작성했다."), V{"Go"});
  EXPECT_EQ(labels("Written in Golang, it is fast."), V{"Go"});  // an alias that is no word needs nothing
}

TEST_F(Entities, OneLetterNamesNeedMoreThanACapital) {
  EXPECT_EQ(labels("We met in Room C after the keynote."), V{});
  EXPECT_EQ(labels("Why don't you write it in C, C++ or Rust?"), (V{"C", "Rust"}));
  EXPECT_EQ(labels("Let's talk about the c word."), V{});  // and a lower-case letter is none at all
}

TEST_F(Entities, ASpeakerWhoSharesALibrarysNameIsNoEntity) {
  // python-jose has the ordinary alias "jose"; a person is not a library.
  EXPECT_EQ(labels("## Flask at scale - Jose Kim\n\nJose showed how they cache pages.\n"), V{"Flask"});
  EXPECT_EQ(labels("- Async Django by Jose Alvarez\n- Redis tricks by Ray Smith\n"), (V{"Django", "Redis"}));
}

TEST_F(Entities, CapitalsInATitleProveNothing) {
  EXPECT_EQ(labels("Stan's talk on How to Accelerate an Existing Codebase was good."), V{});
  EXPECT_EQ(labels("We used Accelerate to train on four GPUs."), V{"Accelerate"});
  EXPECT_EQ(labels("Trio: A pythonic way to do async programming"), V{"Trio"});  // it heads the title
  EXPECT_EQ(labels("I met a lot of people in the Assembly Hall near Ray Street."), V{});
}

TEST_F(Entities, CueWordsCountBesideTheName) {
  EXPECT_EQ(labels("the six library keeps old code running"), V{"six"});
  EXPECT_EQ(labels("six라는 라이브러리를 썼다"), V{"six"});
  EXPECT_EQ(labels("Six speakers talked about the package index."), V{});
  EXPECT_EQ(labels("We had six talks and a library of stickers."), V{});
}

TEST_F(Entities, CodeHoldsEnglishToo) {
  EXPECT_EQ(labels("```python\n# your numpy code\nimport six\n```\n"), V{"six"});
  EXPECT_EQ(labels("Run `six` before anything else."), V{"six"});
}

TEST_F(Entities, EnglishWordsNeedSomeEvidence) {
  // Slack is an English word the lexicon does not mark: a capital where a word would be lower case,
  // or another technology beside it, is enough; a lower-case word alone is not.
  EXPECT_EQ(labels("There was some slack in the schedule."), V{});
  EXPECT_EQ(labels("We chatted on Slack all week."), V{"Slack"});
  EXPECT_EQ(labels("Requests are answered by Redis and slack alike."), (V{"Redis", "Slack"}));
  // Python and Flask carry the option `name`: in a review the name wins over the word.
  EXPECT_EQ(labels("we moved everything to flask and python."), (V{"Flask", "Python"}));
}

TEST_F(Entities, NamesGlueToEnglishCompoundsNotToIdentifiers) {
  EXPECT_EQ(labels("A pandas-like API on the GPU."), V{"pandas"});
  EXPECT_EQ(labels("It ships as my-pandas and pandas_extras."), V{});
  EXPECT_EQ(labels("I got a pair of Python socks as a thank-you."), V{"Python"});  // python-socks is glued
  EXPECT_EQ(labels("The client uses python-socks for proxies."), V{"python-socks"});
}

TEST_F(Entities, FullWidthAndCaseVariantsMatch) {
  EXPECT_EQ(labels("이번에 Ｄｊａｎｇｏ를 처음 써 봤다."), V{"Django"});
  EXPECT_EQ(labels("DJANGO 모놀리스를 쪼갰다."), V{"Django"});
}

TEST_F(Entities, JapaneseAndChineseWriteNamesWithoutSpaces) {
  // Kana and Han are never part of a Latin name: "Djangoで" is Django followed by a particle.
  EXPECT_EQ(labels("DjangoでREST APIを作り、テストはpandasで書いた。"), (V{"Django", "pandas"}));
  EXPECT_EQ(labels("我们用Flask开发了后端。"), V{"Flask"});
}

TEST_F(Entities, PepNumbersAreConceptsOfTheirOwn) {
  DocumentExtraction d = run("PEP 701 changed f-strings, and PEP-657 error locations; PEPs take time.");
  std::vector<std::string> got;
  for (const MentionRecord& m : d.mentions) got.push_back(d.entities[m.entity].label + "/" + std::string(m.rule));
  EXPECT_EQ(got, (V{"PEP 701/number", "PEP 657/number", "PEP/alias"}));
  EXPECT_EQ(labels("PEP8 스타일로 정리했다."), V{"PEP 8"});
}

TEST_F(Entities, VersionsAreLinkedToTheirBase) {
  DocumentExtraction d = run("Python 3.13 removed the GIL option's flag; the client runs Python3.12, 파이썬3 also.");
  std::map<std::string, std::string> version_of;
  for (const EntityRecord& e : d.entities) version_of[e.label] = e.version_of;
  EXPECT_EQ(version_of["Python 3.13"], "language:python");
  EXPECT_EQ(version_of["Python 3.12"], "language:python");
  EXPECT_EQ(version_of["Python 3"], "language:python");
}

TEST_F(Entities, ACompoundMentionsItsBase) {
  EXPECT_EQ(labels("Django ORM 조금 더 깊게 살펴보기"), (V{"Django", "Django ORM"}));
  EXPECT_EQ(labels("QuerySet 캐싱 이야기"), V{"Django ORM"});  // another name of the ORM: no Django
}

TEST_F(Entities, EachMentionKeepsTheRuleThatAcceptedIt) {
  EXPECT_EQ(rules("Ray and Dask scale out; see Datashader too."),
            (std::map<std::string, std::string>{
                {"Dask", "name"}, {"Datashader", "name+evidence:capitalized"}, {"Ray", "name+evidence:list"}}));
}

TEST_F(Entities, NamesNoListHoldsAreDiscoveredByHowTheyAreWritten) {
  DocumentExtraction d = run(
      "### Arkouda: Terascale Data Science\n\n"
      "Avoiding copies with cuDF and cuGraph; `Chapel` servers; PgBouncer in front.\n\n"
      "We subclassed SearchQuery and TestCase, as the PRs and APIs show. NERSC (National Energy Research "
      "Scientific Computing Center) hosts it. Ask @DevOpsGuy or Mr McIver.\n\n"
      "The glue is [Kestrel](https://github.com/acme/kestrel); [slides](https://speakerdeck.com/a/b), "
      "[Maya Lin](https://twitter.com/mayalin).\n");
  std::map<std::string, std::string> found;
  for (const EntityRecord& e : d.entities) {
    if (e.discovered) found[e.label] = std::string(entity_type_name(e.type)) + "/" + e.discovered_by;
  }
  EXPECT_EQ(found, (std::map<std::string, std::string>{{"Arkouda", "library/title-head"},
                                                        {"Kestrel", "tool/link-label"},
                                                        {"NERSC", "organization/acronym-definition"},
                                                        {"PgBouncer", "tool/name-shape"},
                                                        {"cuDF", "tool/name-shape"},
                                                        {"cuGraph", "tool/name-shape"}}));
}

}  // namespace
}  // namespace talkgraph
