#include "extract/extractor.h"

#include <algorithm>

#include <gtest/gtest.h>

namespace talkgraph {
namespace {

constexpr const char* kLexicon = R"(
Python | language | 파이썬 | versioned
Django | library | 장고 | versioned
Flask | library | ?플라스크
Click | library | | ambiguous
Magenta | library | | ambiguous
AWS Lambda | tool | ?Lambda
Amazon API Gateway | tool | API Gateway
Redis | tool |
six | library | | cue
)";

class Extraction : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<std::string> errors, warnings;
    lexicon_.add_text(kLexicon, "test", &errors, &warnings);
    ASSERT_TRUE(errors.empty());
    extractor_ = std::make_unique<Extractor>(lexicon_);
  }
  DocumentExtraction run(const std::string& text) {
    SourceDocument doc{"t.md", text};
    return extractor_->extract(doc, "t.md", ExtractOptions{});
  }
  std::vector<std::string> labels(const std::string& text) {
    DocumentExtraction d = run(text);
    std::vector<std::string> out;
    for (const MentionRecord& m : d.mentions) out.push_back(d.entities[m.entity].label);
    return out;
  }
  Lexicon lexicon_;
  std::unique_ptr<Extractor> extractor_;
};

using V = std::vector<std::string>;

TEST_F(Extraction, OrdinaryWordNeedsEvidence) {
  EXPECT_EQ(labels("I had to click the button twice."), V{});
  EXPECT_EQ(labels("click 라이브러리로 CLI를 만든다."), V{"Click"});
  EXPECT_EQ(labels("We built the CLI with `click` today."), V{"Click"});
  EXPECT_EQ(labels("The magenta slides were bright."), V{});
  EXPECT_EQ(labels("꼬마 모차르트가 되어보자(Feat. Magenta)"), V{"Magenta"});
}

TEST_F(Extraction, UnambiguousNeighbourIsEvidence) {
  EXPECT_EQ(labels("비용 중 API Gateway 74달러, Lambda 8달러 비중"), (V{"Amazon API Gateway", "AWS Lambda"}));
  EXPECT_EQ(labels("lambda x: x + 1 is an expression."), V{});
}

TEST_F(Extraction, CueOnlyNamesNeedACue) {
  EXPECT_EQ(labels("Redis and six other tools."), V{"Redis"});
  EXPECT_EQ(labels("pip install six"), V{"six"});
}

TEST_F(Extraction, HangulGlasswareIsNotFlask) {
  EXPECT_EQ(labels("실험실에서 플라스크에 용액을 담았다."), V{});
  EXPECT_EQ(labels("플라스크 프레임워크로 API를 만들었다."), V{"Flask"});
}

TEST_F(Extraction, VersionMentionsLinkToTheirEntity) {
  DocumentExtraction d = run("파이썬 3.7 어찌 그렇게 빨라졌나\n\nDjango 4로 옮겼다. Python 3 가지 장점.");
  std::vector<std::string> got;
  for (const MentionRecord& m : d.mentions) got.push_back(d.entities[m.entity].label + "/" + std::string(m.rule));
  EXPECT_EQ(got, (V{"Python/alias", "Python 3.7/version", "Django/name", "Django 4/version", "Python/name+evidence:cjk"}));
  for (const EntityRecord& e : d.entities) {
    if (e.label == "Python 3.7") EXPECT_EQ(e.version_of, "language:python");
  }
}

TEST_F(Extraction, MentionsBelongToTheTalkThatContainsThem) {
  DocumentExtraction d = run(
      "# PyCon KR 2022 후기\n\n## Keynote: 파이썬과 교육\n- Flask로 만든 서비스\n\n## 점심\nRedis 이야기\n");
  ASSERT_EQ(d.talks.size(), 1u);
  EXPECT_EQ(d.talks[0].title, "파이썬과 교육");
  EXPECT_EQ(d.talks[0].kind, "keynote");
  EXPECT_EQ(d.event.name, "PyCon KR");
  EXPECT_EQ(d.event.year, 2022);
  ASSERT_EQ(d.mentions.size(), 3u);
  EXPECT_EQ(d.mentions[0].talk, 0);   // 파이썬 in the talk heading
  EXPECT_EQ(d.mentions[1].talk, 0);   // Flask
  EXPECT_EQ(d.mentions[2].talk, -1);  // Redis, under lunch
  EXPECT_EQ(d.mentions[1].line, 4);
  EXPECT_EQ(d.sentences[d.mentions[1].sentence], "Flask로 만든 서비스");
}

TEST_F(Extraction, UnknownYearIsSaidNotGuessed) {
  DocumentExtraction d = run("Notes from PyCon\n\n## Talk: Flask at scale\nWe use Flask.\n");
  EXPECT_EQ(d.event.year, 0);
  SourceDocument doc{"t.md", "Notes\n\n## Talk: Flask at scale\n"};
  ExtractOptions options;
  options.default_year = 2021;
  DocumentExtraction with_year = extractor_->extract(doc, "t.md", options);
  EXPECT_EQ(with_year.event.year, 2021);
  EXPECT_EQ(with_year.event.year_source, "option");
}

}  // namespace
}  // namespace talkgraph

namespace talkgraph {
namespace {

TEST_F(Extraction, OneReviewCanCoverSeveralEvents) {
  DocumentExtraction d = run(
      "# My 2023 conference season\n\n## PyCon US 2023\n\n### Talk: Packaging\nnotes\n\n"
      "## EuroPython 2023\n\n### Talk: Free threading\nnotes\n");
  ASSERT_EQ(d.talks.size(), 2u);
  EXPECT_EQ(d.talks[0].event.name, "PyCon US");
  EXPECT_EQ(d.talks[0].event.year, 2023);
  EXPECT_EQ(d.talks[1].event.name, "EuroPython");
}

TEST_F(Extraction, NamesAreNeverReadInsideLinkDestinationsImagesOrTags) {
  // Issue 24: words of a URL (github.com/pallets/flask, pypi.org/project/redis) are no mentions, and
  // a link's label and its destination are one mention, not two.
  EXPECT_EQ(labels("See https://github.com/pallets/flask and <https://pypi.org/project/redis>."), V{});
  EXPECT_EQ(labels("We use [Redis](https://pypi.org/project/redis) daily. ![Django](django.png) <img alt=\"Redis\">"),
            V{"Redis"});
}

TEST_F(Extraction, MentionsBelongToTheTalkOfTheirTableRow) {
  DocumentExtraction d = run("| Title | Notes |\n|---|---|\n| Caching with Redis | fast |\n| Serverless Python | AWS Lambda |\n");
  ASSERT_EQ(d.talks.size(), 2u);
  for (const MentionRecord& m : d.mentions) {
    const std::string& label = d.entities[m.entity].label;
    EXPECT_EQ(m.talk, label == "Redis" ? 0 : 1) << label;
  }
}

TEST_F(Extraction, DiscoversPackagesTheLexiconLacks) {
  PypiIndex pypi;
  pypi.add("trafaret", 4325);
  pypi.add("nengo", 5000);
  Extractor extractor(lexicon_, &pypi);
  SourceDocument doc{"t.md", "라이브러리 : trafaret\n\npip install nengo somethingnew\n\nparsing 라이브러리는 아니다.\n"
                             "```\nfrom mypkg.sub import thing\n```\n"};
  DocumentExtraction d = extractor.extract(doc, "t.md", ExtractOptions{});
  std::vector<std::string> got;
  for (const EntityRecord& e : d.entities) got.push_back(e.label + "/" + e.discovered_by + "/" + std::to_string(e.pypi_rank));
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, (V{"mypkg/import/0", "nengo/pip-install/5000", "somethingnew/pip-install/0", "trafaret/cue/4325"}));
}

// Each of the words that let the install and import rules run is enough alone, at either end of a
// text; and a package named both after a cue word and in an install command is the install's, the
// stronger rule, even where the cue comes first.
TEST_F(Extraction, InstallAndImportRulesRunOnTheirWordAlone) {
  PypiIndex pypi;
  pypi.add("trafaret", 4325);
  Extractor extractor(lexicon_, &pypi);
  auto found = [&](const std::string& text) {
    DocumentExtraction d = extractor.extract(SourceDocument{"t.md", text}, "t.md", ExtractOptions{});
    std::vector<std::string> got;
    for (const EntityRecord& e : d.entities) got.push_back(e.label + "/" + e.discovered_by);
    std::sort(got.begin(), got.end());
    return got;
  };
  EXPECT_EQ(found("poetry add somepkg"), V{"somepkg/pip-install"});
  EXPECT_EQ(found("uv add somepkg"), V{"somepkg/pip-install"});
  EXPECT_EQ(found("import somepkg"), V{"somepkg/import"});
  EXPECT_EQ(found("then: pip install somepkg"), V{"somepkg/pip-install"});
  EXPECT_EQ(found("라이브러리 : trafaret\n\npip install trafaret\n"), V{"trafaret/pip-install"});
  EXPECT_EQ(found("poetry adds somepkg"), V{});
  // The expressions search each line holding a guard word once: every command of the text is found,
  // in the middle of prose, two on a line, on the first and the last line.
  EXPECT_EQ(found("pip install first\n" + std::string(5000, 'x') + "\n설치는 pip install second (pip install 문서)\nuv add third\n"
                  "from fourth.sub import x, import fifth\nimport sixth"),
            (V{"first/pip-install", "fourth/import", "second/pip-install", "sixth/import", "third/pip-install"}));
  // A command is one line: "install" at a line's end does not take the next line's words.
  EXPECT_EQ(found("pip install\nsomepkg is what we used"), V{});
  EXPECT_EQ(found("from\nsomepkg import x"), V{});
}

// A discovered name written 70,000 times (1.4 MB), beside a lexicon name: every mention is found once,
// in order. This is the text on which an earlier overlap check, every span against every match, took
// 10.9 s (issue 30); the check now walks both lists once. The test checks what is found; its time is
// measured, not asserted (about 0.3 s in Release).
TEST_F(Extraction, ADiscoveredNameRepeatedThroughAMegabyte) {
  std::string text = "# Notes\n\nWe tried Django, then: pip install kestrelflow\n\n";
  for (int i = 0; i < 70000; ++i) text += i % 1000 == 999 ? "Django and KestrelFlow. " : "KestrelFlow is nice. ";
  ASSERT_GT(text.size(), 1400000u);
  ExtractOptions options;
  options.max_mentions = 1000000;
  PypiIndex pypi;  // discovery runs in an extractor given a PyPI index (empty: no name is known to it)
  const DocumentExtraction d = Extractor(lexicon_, &pypi).extract(SourceDocument{"t.md", text}, "t.md", options);
  size_t discovered = 0, django = 0;
  for (size_t k = 0; k < d.mentions.size(); ++k) {
    const MentionRecord& m = d.mentions[k];
    if (k > 0) ASSERT_GT(m.offset, d.mentions[k - 1].offset);
    (d.entities[m.entity].label == "Django" ? django : discovered) += 1;
  }
  EXPECT_EQ(django, 1u + 70);
  EXPECT_EQ(discovered, 1u + 70000);
}

TEST_F(Extraction, DiscoversAcronymDefinitions) {
  PypiIndex pypi;
  Extractor extractor(lexicon_, &pypi);
  SourceDocument doc{"t.md", "We met the Python Steering Council (PSC) twice. The PSC voted.\n"
                             "CoC가 Code Of Conduct임을 배웠다.\nDLS(독서교육 종합 시스템) 사용\n"};
  DocumentExtraction d = extractor.extract(doc, "t.md", ExtractOptions{});
  std::map<std::string, std::string> found;
  for (const EntityRecord& e : d.entities) {
    if (e.discovered) found[e.label] = std::string(entity_type_name(e.type)) + ":" + (e.expansions.empty() ? "" : e.expansions[0]);
  }
  EXPECT_EQ(found, (std::map<std::string, std::string>{{"CoC", "concept:Code Of Conduct"},
                                                        {"PSC", "organization:Python Steering Council"}}));
  size_t psc = 0;
  for (const MentionRecord& m : d.mentions) psc += d.entities[m.entity].label == "PSC";
  EXPECT_EQ(psc, 3u);  // the expansion and both acronyms
}

// Capitals are found 16 bytes at a time, then one by one in the last bytes: a definition is found
// wherever it falls against those blocks (a short one at the end falls in the last bytes for some
// paddings), and an acronym inside a word ("xCoC") is not one.
TEST_F(Extraction, FindsAcronymDefinitionsAtEveryOffset) {
  PypiIndex pypi;
  Extractor extractor(lexicon_, &pypi);
  const std::pair<std::string, std::string> definitions[] = {{"CoC가 Code Of Conduct임을", "CoC"},
                                                             {"TK: Tea Kettle", "TK"}};
  for (const auto& [definition, acronym] : definitions) {
    for (size_t pad = 0; pad < 40; ++pad) {
      for (const char* before : {"", "x"}) {
        SourceDocument doc{"t.md", std::string(pad, ' ') + before + definition};
        DocumentExtraction d = extractor.extract(doc, "t.md", ExtractOptions{});
        const std::string& label = acronym;  // clang 14 cannot capture structured bindings
        bool found = std::any_of(d.entities.begin(), d.entities.end(),
                                 [&](const EntityRecord& e) { return e.label == label; });
        EXPECT_EQ(found, *before == '\0') << acronym << ", padding " << pad << ", before '" << before << "'";
      }
    }
  }
}

}  // namespace
}  // namespace talkgraph
