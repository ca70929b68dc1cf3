#include "extract/document.h"

#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace talkgraph {
namespace {

using V = std::vector<std::string>;

// Every block of a kind, as "kind:words" in document order.
V blocks(const Document& d, BlockKind kind) {
  V out;
  for (const Block& b : d.blocks) {
    if (b.kind == kind) out.push_back(d.words(b));
  }
  return out;
}

// collapse_spaces copies 16-byte blocks that need no change and walks the others byte by byte: on
// random texts of spaces, other white space and letters, at every length around the block size, it
// must give what the plain definition gives.
TEST(Document, CollapseSpacesMatchesItsDefinition) {
  auto plain = [](const std::string& s) {
    std::string out;
    bool pending = false;
    for (char c : s) {
      const bool space = c == ' ' || (c >= '\t' && c <= '\r');
      if (space) {
        pending = !out.empty();
        continue;
      }
      if (pending) out.push_back(' ');
      pending = false;
      out.push_back(c);
    }
    return out;
  };
  std::mt19937 rng(7);
  // Every kind of white space; or prose-like, mostly letters and single spaces, so that whole blocks
  // take the copy and blocks meet at spaces.
  const std::string any_space = "ab \t\n\r\f\v  xyz\xEA\xB0\x80", prose = "abcdefgh ";
  for (int round = 0; round < 20000; ++round) {
    const std::string& alphabet = round % 2 ? any_space : prose;
    std::string s(rng() % 70, 'a');
    for (char& c : s) c = alphabet[rng() % alphabet.size()];
    ASSERT_EQ(collapse_spaces(s), plain(s)) << '[' << s << ']';
  }
  EXPECT_EQ(collapse_spaces("  one two   three\n\nfour five six seven eight nine ten  "),
            "one two three four five six seven eight nine ten");
  EXPECT_EQ(collapse_spaces(" \t\n "), "");
}

TEST(Document, VisibleTextKeepsLengthAndLinesAndHidesMarkup) {
  const std::string src = "# Title *x*\n\nSee [the slides](https://pypi.org/project/flask) and ![logo](flask.png).\n";
  const Document d = parse_document(src);
  ASSERT_EQ(d.text.size(), src.size());
  for (size_t i = 0; i < src.size(); ++i) EXPECT_EQ(src[i] == '\n', d.text[i] == '\n') << i;
  // The destination and the image are gone; the label stays where it was written.
  EXPECT_EQ(d.text.find("flask"), std::string::npos);
  EXPECT_EQ(d.words(0, static_cast<uint32_t>(d.text.size())), "Title x See the slides and .");
  EXPECT_EQ(d.text.find("the slides"), src.find("the slides"));
}

TEST(Document, LinksKeepLabelAndDestinationApart) {
  const Document d = parse_document("- [Django(+Rest) In Depth](https://www.pycon.kr/2017/program/130) x\n");
  ASSERT_EQ(d.spans.size(), 1u);
  EXPECT_EQ(d.spans[0].kind, SpanKind::kLink);
  EXPECT_EQ(d.words(d.spans[0].begin, d.spans[0].end), "Django(+Rest) In Depth");
  EXPECT_EQ(d.spans[0].href, "https://www.pycon.kr/2017/program/130");
}

TEST(Document, BareUrlsAreAutolinksAndMasked) {
  const Document d = parse_document("github: https://github.com/pallets/flask and www.reddit.com/r/Python\n");
  EXPECT_EQ(d.text.find("flask"), std::string::npos);
  EXPECT_EQ(d.text.find("reddit"), std::string::npos);
  int autolinks = 0;
  for (const InlineSpan& s : d.spans) autolinks += s.kind == SpanKind::kAutolink;
  EXPECT_EQ(autolinks, 2);
}

TEST(Document, ListItemsHaveDepthParentAndATextBlock) {
  const Document d = parse_document("- outer\n  - inner one\n  - inner two\n- second\n");
  std::vector<const Block*> items;
  for (const Block& b : d.blocks) {
    if (b.kind == BlockKind::kListItem) items.push_back(&b);
  }
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items[0]->depth, 0);
  EXPECT_EQ(items[1]->depth, 1);
  EXPECT_EQ(d.words(*items[0]), "outer inner one inner two");
  // A tight item's text sits in an implicit paragraph of its own.
  EXPECT_EQ(blocks(d, BlockKind::kParagraph), (V{"outer", "inner one", "inner two", "second"}));
}

TEST(Document, TablesHaveRowsAndHeaderCells) {
  const Document d = parse_document("| Title | Speaker |\n|---|---|\n| Postgres at any scale | Jane |\n");
  EXPECT_EQ(blocks(d, BlockKind::kTableCell), (V{"Title", "Speaker", "Postgres at any scale", "Jane"}));
  int header_rows = 0;
  for (const Block& b : d.blocks) header_rows += b.kind == BlockKind::kTableRow && b.header;
  EXPECT_EQ(header_rows, 1);
}

TEST(Document, RawHtmlTablesBecomeTables) {
  const Document d = parse_document(
      "<table>\n<tr><th>Talk</th><th>Speaker</th></tr>\n<tr><td>Dask Arrays in the Wild</td><td>Priya</td></tr>\n</table>\n");
  EXPECT_EQ(blocks(d, BlockKind::kTableCell), (V{"Talk", "Speaker", "Dask Arrays in the Wild", "Priya"}));
}

TEST(Document, HtmlTagsAndTemplateDirectivesAreMasked) {
  const Document d = parse_document(
      "<p>Hello <strong>Django</strong></p>\n\n<img src=\"flask.png\" alt=\"Flask\"/>\n\n{{< image src=\"x.png\" >}}\n\n"
      "text {{ site.url }} end\n");
  EXPECT_EQ(d.words(0, static_cast<uint32_t>(d.text.size())), "Hello Django text end");
}

TEST(Document, FrontMatterIsMetadataNotContent) {
  const Document yaml = parse_document("---\ntitle: \"PyCon KR 2018 후기\"\ndate: 2018-08-20\ntags:\n  - python\n---\n# Body\n");
  EXPECT_EQ(yaml.meta.title, "PyCon KR 2018 후기");
  EXPECT_EQ(yaml.meta.date, "2018-08-20");
  EXPECT_EQ(blocks(yaml, BlockKind::kHeading), V{"Body"});
  EXPECT_EQ(yaml.text.find("PyCon"), std::string::npos);

  const Document toml = parse_document("+++\ntitle = \"EuroPython 2018\"\n+++\ntext\n");
  EXPECT_EQ(toml.meta.title, "EuroPython 2018");

  const Document pelican = parse_document("Title: PyCon UK 2017!\nDate: 30-10-2017\nTags: python\n\nBody text\n");
  EXPECT_EQ(pelican.meta.title, "PyCon UK 2017!");
  EXPECT_EQ(pelican.meta.date, "30-10-2017");
  EXPECT_EQ(blocks(pelican, BlockKind::kParagraph), V{"Body text"});
}

TEST(Document, AReviewOpeningWithAKindIsNoMetadata) {
  const Document d = parse_document("Keynote: Typing in Python\n\nnotes\n");
  EXPECT_TRUE(d.meta.fields.empty());
  EXPECT_EQ(blocks(d, BlockKind::kParagraph), (V{"Keynote: Typing in Python", "notes"}));
}

TEST(Document, PlainTextStaysParagraphsSeparatedByBlankLines) {
  const Document d = parse_document("파이콘 후기\n\n첫 줄\n둘째 줄\n\n    들여쓴 문단도 문단이다\n");
  EXPECT_EQ(blocks(d, BlockKind::kParagraph), (V{"파이콘 후기", "첫 줄 둘째 줄", "들여쓴 문단도 문단이다"}));
  EXPECT_TRUE(blocks(d, BlockKind::kCode).empty());
}

TEST(Document, IndentedCodeThatReadsAsCodeIsCode) {
  const Document d = parse_document("text\n\n    import flask\n    app = flask.Flask(__name__)\n");
  EXPECT_EQ(blocks(d, BlockKind::kCode).size(), 1u);
}

TEST(Document, ANoBreakSpaceAfterHashesStillMakesAHeading) {
  const Document d = parse_document("##\xC2\xA0Talks / workshops\n\ntext\n");
  EXPECT_EQ(blocks(d, BlockKind::kHeading), V{"Talks / workshops"});
}

TEST(Document, ALoneTildeIsARangeNotAStrikethrough) {
  const Document d = parse_document("2~3주에 한 번, 10시~12시 ~~취소~~\n");
  int strikes = 0;
  for (const InlineSpan& s : d.spans) strikes += s.kind == SpanKind::kStrike;
  EXPECT_EQ(strikes, 1);
  EXPECT_NE(d.text.find("2~3주"), std::string::npos);
}

TEST(Document, BlocksKnowTheirLines) {
  const Document d = parse_document("# One\n\ntwo\n\n- three\n");
  std::vector<uint32_t> lines;
  for (const Block& b : d.blocks) {
    if (d.is_leaf(b)) lines.push_back(b.line);
  }
  EXPECT_EQ(lines, (std::vector<uint32_t>{1, 3, 5}));
}

TEST(Document, SpansKnowWhetherAWordIsGluedOn) {
  const Document d = parse_document("**Flask**를 썼다. **Title** — Speaker\n");
  ASSERT_EQ(d.spans.size(), 2u);
  EXPECT_TRUE(d.spans[0].glued);
  EXPECT_FALSE(d.spans[1].glued);
}

}  // namespace
}  // namespace talkgraph
