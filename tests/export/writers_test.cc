// One suite over every writer: every node and edge present, Hangul byte for byte, markup characters,
// quotes, backslashes, newlines and control characters handled; and golden files for the seeds.
#include <filesystem>
#include <fstream>
#include <functional>
#include <regex>
#include <sstream>

#include <unistd.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "export/attributes.h"
#include "export/cytoscape_writer.h"
#include "export/dot_writer.h"
#include "export/gexf_writer.h"
#include "export/graphml_writer.h"
#include "export/json_writer.h"
#include "export/output_file.h"
#include "export/xml_text.h"
#include "graph/graph_builder.h"
#include "tests/cli/run_binary.h"

namespace talkgraph {
namespace {

// Labels and evidence with everything that has tripped a reader.
KnowledgeGraph hostile_graph() {
  DocumentExtraction d;
  d.name = "weird \"name\".md";
  d.event = {"PyCon KR", 2022, "event"};
  d.talks.push_back({"<script>alert('x')</script> 장고 & \"quotes\" \\ back\nslash", "session", "", 1, d.event});
  d.entities.push_back({"library:django", "Django", EntityType::kLibrary, false, "", 0});
  d.entities.push_back({"concept:esc", std::string("ctrl\x01\x1B char"), EntityType::kConcept, true, "", 0});
  d.sentences.push_back("장고를 <b>쓴다</b> & \"인용\" \\ 끝");
  d.mentions.push_back({0, 0, 0, 1, 0, "장고", "alias+particle"});
  d.mentions.push_back({1, 0, 4, 1, 0, "ctrl", "name"});
  GraphBuilder b;
  b.add(d);
  return b.build();
}

struct Writer {
  std::string name;
  std::function<void(const KnowledgeGraph&, std::ostream&)> write;
};

std::vector<Writer> writers() {
  return {{"graphml", [](const KnowledgeGraph& g, std::ostream& o) { write_graphml(g, o); }},
          {"json", [](const KnowledgeGraph& g, std::ostream& o) { write_json(g, o); }},
          {"dot", [](const KnowledgeGraph& g, std::ostream& o) { write_dot(g, o); }},
          {"gexf13", [](const KnowledgeGraph& g, std::ostream& o) { write_gexf(g, o); }},
          {"gexf12", [](const KnowledgeGraph& g, std::ostream& o) { write_gexf(g, o, {GexfVersion::k12, false}); }},
          {"cytoscape", [](const KnowledgeGraph& g, std::ostream& o) { write_cytoscape(g, o); }}};
}

std::string render(const Writer& w, const KnowledgeGraph& g) {
  std::ostringstream out;
  w.write(g, out);
  return out.str();
}

size_t count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t p = haystack.find(needle); p != std::string::npos; p = haystack.find(needle, p + 1)) ++n;
  return n;
}

// Re-counts nodes and edges in a writer's output, the way its format writes them.
std::pair<size_t, size_t> recount(const std::string& format, const std::string& text) {
  if (format == "graphml" || format.rfind("gexf", 0) == 0) return {count(text, "<node id="), count(text, "<edge id=")};
  if (format == "cytoscape") {
    auto j = nlohmann::json::parse(text);
    return {j["elements"]["nodes"].size(), j["elements"]["edges"].size()};
  }
  if (format == "json") {
    auto j = nlohmann::json::parse(text);
    EXPECT_FALSE(j.contains("edges"));  // the default writes the edge array once, as "links"
    return {j["nodes"].size(), j["links"].size()};
  }
  // DOT: node statements carry label=, edge statements an arrow.
  std::istringstream in(text);
  std::string line;
  size_t nodes = 0, edges = 0;
  while (std::getline(in, line)) {
    if (line.find(" -> ") != std::string::npos) ++edges;
    else if (line.find("[label=") != std::string::npos) ++nodes;
  }
  return {nodes, edges};
}

void PrintTo(const Writer& w, std::ostream* os) { *os << w.name; }

class EveryWriter : public ::testing::TestWithParam<Writer> {};

// DOT is a topic map (tests/export/topic_map_test.cc): on this small graph, everything but the review.
TEST_P(EveryWriter, WritesEveryNodeAndEdge) {
  KnowledgeGraph g = hostile_graph();
  auto [nodes, edges] = recount(GetParam().name, render(GetParam(), g));
  size_t review_nodes = 0, review_edges = 0;
  if (GetParam().name == "dot") {
    for (Vertex v : boost::make_iterator_range(boost::vertices(g.graph()))) review_nodes += g.graph()[v].type == NodeKind::kDocument;
    for (Edge e : g.ordered_edges()) {
      review_edges += g.edge(e).kind == EdgeKind::kReviewedIn || g.edge(e).kind == EdgeKind::kAbout ||
                      g.graph()[boost::source(e, g.graph())].type == NodeKind::kDocument;
    }
    EXPECT_GT(review_nodes, 0u);
  }
  EXPECT_EQ(nodes, g.node_count() - review_nodes);
  EXPECT_EQ(edges, g.edge_count() - review_edges);
}

TEST_P(EveryWriter, KeepsHangulByteForByte) {
  std::string out = render(GetParam(), hostile_graph());
  if (GetParam().name != "dot") EXPECT_NE(out.find("장고를"), std::string::npos);
  EXPECT_NE(out.find("장고"), std::string::npos);
}

TEST_P(EveryWriter, NeverWritesRawControlCharacters) {
  std::string out = render(GetParam(), hostile_graph());
  for (char c : out) {
    auto u = static_cast<unsigned char>(c);
    EXPECT_TRUE(u >= 0x20 || c == '\n' || c == '\t') << "control byte " << int(u) << " in " << GetParam().name;
  }
}

TEST_P(EveryWriter, EscapesMarkupAndQuotes) {
  std::string out = render(GetParam(), hostile_graph());
  // Only XML needs '<' escaped; JSON and DOT strings hold it as is.
  bool xml = GetParam().name == "graphml" || GetParam().name.rfind("gexf", 0) == 0;
  if (xml) EXPECT_EQ(out.find("<script>"), std::string::npos);
  if (xml) EXPECT_NE(out.find("&lt;script&gt;"), std::string::npos);
  if (GetParam().name == "graphml") EXPECT_NE(out.find("&lt;script&gt;alert(&apos;x&apos;)"), std::string::npos);
  if (GetParam().name == "json" || GetParam().name == "cytoscape") EXPECT_NE(out.find("\\\"quotes\\\" \\\\ back\\nslash"), std::string::npos);
  if (GetParam().name == "dot") EXPECT_NE(out.find("\\\"quotes\\\" \\\\ back\\nslash"), std::string::npos);
}

TEST_P(EveryWriter, IsDeterministic) {
  EXPECT_EQ(render(GetParam(), hostile_graph()), render(GetParam(), hostile_graph()));
}

// Issue 24: a year nobody knows is written as no year (JSON null, no attribute in XML), never as 0.
TEST_P(EveryWriter, WritesNoYearForAnUnknownOne) {
  DocumentExtraction d;
  d.name = "notes.md";
  d.event = {"Unknown event", 0, ""};
  d.talks.push_back({"Typing Python", "talk", "", 1, d.event, "test"});
  d.entities.push_back({"library:django", "Django", EntityType::kLibrary, false, "", 0});
  d.sentences.push_back("Django notes.");
  d.mentions.push_back({0, 0, 0, 1, 0, "Django", "name"});
  GraphBuilder b;
  b.add(d);
  const std::string out = render(GetParam(), b.build());
  for (const char* zero : {"\"year\":0", "year=\"0\"", "n_year\">0<", "for=\"year\" value=\"0\"", "start=\"0\""}) {
    EXPECT_EQ(out.find(zero), std::string::npos) << zero << "\n" << out;
  }
  if (GetParam().name == "json" || GetParam().name == "cytoscape") EXPECT_NE(out.find("\"year\":null"), std::string::npos) << out;
}

INSTANTIATE_TEST_SUITE_P(Writers, EveryWriter, ::testing::ValuesIn(writers()),
                         [](const auto& info) { return info.param.name; });

TEST(Gexf, DynamicWithSpellsAndPerYearWeights) {
  std::ostringstream out;
  write_gexf(hostile_graph(), out);
  std::string s = out.str();
  EXPECT_NE(s.find("<graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"integer\">"), std::string::npos);
  EXPECT_NE(s.find("<spells><spell start=\"2022\" end=\"2022\"/></spells>"), std::string::npos);
  EXPECT_NE(s.find("<attvalue for=\"weight\" value=\"1\" start=\"2022\" end=\"2022\"/>"), std::string::npos);
  // Per class a dynamic block with the per-year attribute alone, then the static block: graphology
  // reads only the last one.
  const size_t dynamic = s.find("<attributes class=\"node\" mode=\"dynamic\">\n      <attribute id=\"mentions_in_year\"");
  const size_t static_block = s.find("<attributes class=\"node\" mode=\"static\">");
  EXPECT_NE(dynamic, std::string::npos);
  EXPECT_NE(static_block, std::string::npos);
  EXPECT_LT(dynamic, static_block);
  EXPECT_EQ(count(s, "<attributes class=\"node\""), 2u);
  EXPECT_EQ(count(s, "<attributes class=\"edge\""), 2u);
  EXPECT_NE(s.find("kind=\"mentions\""), std::string::npos);
  std::ostringstream old;
  write_gexf(hostile_graph(), old, {GexfVersion::k12, false});
  EXPECT_NE(old.str().find("xmlns=\"http://www.gexf.net/1.2draft\""), std::string::npos);
  EXPECT_EQ(old.str().find("kind="), std::string::npos);  // 1.2draft has no edge kind
}

// A dated review and an undated one that both mention Django, the undated one also Flask.
KnowledgeGraph partly_dated_graph() {
  GraphBuilder b;
  for (int year : {2022, kUnknownYear}) {
    DocumentExtraction d;
    d.name = year ? "dated.md" : "undated.md";
    d.event = {year ? "PyCon KR" : "Unknown event", year, year ? "event" : ""};
    d.entities.push_back({"library:django", "Django", EntityType::kLibrary, false, "", 0});
    d.entities.push_back({"library:flask", "Flask", EntityType::kLibrary, false, "", 0});
    d.sentences.push_back("Django and Flask");
    d.mentions.push_back({0, -1, 0, 1, 0, "Django", "name"});
    if (!year) d.mentions.push_back({1, -1, 11, 1, 0, "Flask", "name"});
    b.add(d);
  }
  return b.build();
}

TEST(Years, UnknownIsAbsentAndCountedInItsOwnBucket) {
  const KnowledgeGraph g = partly_dated_graph();
  const std::string graphml = render({"graphml", [](const KnowledgeGraph& k, std::ostream& o) { write_graphml(k, o); }}, g);
  EXPECT_NE(graphml.find("<data key=\"n_mentions_by_year\">2022:1|unknown:1</data>"), std::string::npos) << graphml;
  EXPECT_NE(graphml.find("<data key=\"n_years\">2022</data>"), std::string::npos);
  EXPECT_EQ(graphml.find("<data key=\"n_year\">0</data>"), std::string::npos);
  const nlohmann::json j = to_node_link(g);
  for (const auto& n : j["nodes"]) {
    if (n["id"] == "library:django") EXPECT_EQ(n["mentions_by_year"], (nlohmann::json{{"2022", 1}, {"unknown", 1}}));
    if (n["id"] == "library:flask") {
      EXPECT_EQ(n["years"], nlohmann::json::array());
      EXPECT_FALSE(n.contains("first_year"));
    }
    if (n["type"] == "document" && n["path"] == "undated.md") EXPECT_TRUE(n["year"].is_null());
  }
}

TEST(Gexf, LeavesWhatHasNoKnownYearOffTheTimelineUnlessAsked) {
  const KnowledgeGraph g = partly_dated_graph();
  std::ostringstream dated, kept;
  write_gexf(g, dated);
  GexfOptions keep;
  keep.keep_undated = true;
  write_gexf(g, kept, keep);
  const UndatedElements undated = undated_elements(g);
  // Left out: the undated document and event, Flask (undated mentions only), and their edges, with
  // the Django-Flask co-occurrence of the undated review.
  EXPECT_EQ(undated.nodes, 3u);
  EXPECT_EQ(undated.edges, 4u);
  EXPECT_EQ(count(dated.str(), "<node id="), g.node_count() - 3);
  EXPECT_EQ(count(dated.str(), "<edge id="), g.edge_count() - 4);
  EXPECT_NE(dated.str().find("(3 nodes and 4 edges of no known year left out)"), std::string::npos);
  EXPECT_EQ(dated.str().find("library:flask"), std::string::npos);
  EXPECT_EQ(count(kept.str(), "<node id="), g.node_count());
  EXPECT_EQ(count(kept.str(), "<edge id="), g.edge_count());
  EXPECT_EQ(kept.str().find("start=\"0\""), std::string::npos);  // never a spell at year 0
}

TEST(XmlText, RemovesCharactersIllegalInXml) {
  EXPECT_EQ(xml_escape(std::string("a\x01\x1B\x0B" "b\xEF\xBF\xBE" "c")), "abc");
  EXPECT_EQ(xml_escape("<&>\"'\n"), "&lt;&amp;&gt;&quot;&apos;&#10;");
}

// GraphML and GEXF escape an edge's evidence piece by piece rather than its flat text as a whole:
// the two must give the same bytes, separators and markup in names and sentences included.
TEST(XmlText, EvidenceIsItsFlatTextEscaped) {
  StringPool pool;
  auto pooled = [&](std::string_view s) { return StringPool::pooled(pool.intern(s)); };
  std::vector<Evidence> evidence = {
      {pooled("a&b <\"c\">.md"), pooled("Flask"), pooled("Flask로 'API' 개발 & <배포>\t끝"), 3},
      {pooled("plain.md"), pooled("x"), pooled("bad\x01bytes\xEF\xBF\xBF and a line\nbreak"), 12},
      {pooled(""), pooled(""), pooled(""), 0}};
  AttrValue v;
  v.kind = AttrValue::kEvidence;
  v.evidence = &evidence;
  std::string flat, escaped;
  append_flat(&flat, v);
  append_flat_xml(&escaped, v);
  EXPECT_EQ(escaped, xml_escape(flat));
  EXPECT_NE(escaped.find("&amp;b &lt;&quot;c&quot;&gt;.md:3: "), std::string::npos);
  EXPECT_EQ(escaped.find('\n'), std::string::npos);
}

TEST(DotQuote, EscapesQuotesBackslashesAndNewlines) {
  auto dot_quote = [](std::string_view text) {
    std::string out;
    append_dot_quoted(&out, text);
    return out;
  };
  EXPECT_EQ(dot_quote("a\"b\\c\nd\re"), "\"a\\\"b\\\\c\\nde\"");
  EXPECT_EQ(dot_quote("node"), "\"node\"");
}

TEST(GraphML, KeysHaveNamesAndTypesAndNoGephiLabelIds) {
  std::ostringstream out;
  write_graphml(hostile_graph(), out);
  std::string s = out.str();
  std::regex key("<key id=\"([^\"]+)\" for=\"(node|edge)\" attr.name=\"[^\"]+\" attr.type=\"(string|long|double|boolean)\"/>");
  EXPECT_EQ(std::distance(std::sregex_iterator(s.begin(), s.end(), key), std::sregex_iterator()),
            static_cast<long>(count(s, "<key ")));
  EXPECT_EQ(s.find("id=\"d3\""), std::string::npos);
  EXPECT_EQ(s.find("id=\"d7\""), std::string::npos);
  EXPECT_EQ(s.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 0), 0u);
}

// With --json-edges both, into a file, the second edge list is copied from the first by the kernel;
// into a string it is formatted again. Both give the same bytes.
TEST(Json, FileAndStringGiveTheSameBytes) {
  const KnowledgeGraph g = hostile_graph();
  const JsonOptions both{JsonEdgeKey::kBoth};
  std::ostringstream text;
  write_json(g, text, both);
  const std::string path =
      (std::filesystem::temp_directory_path() / ("talkgraph-json-" + std::to_string(::getpid()) + ".json")).string();
  std::string error;
  ASSERT_TRUE(write_file_atomically(path, [&](std::ostream& o) { write_json(g, o, both); }, &error)) << error;
  const std::string file = testing::slurp_file(path);
  std::filesystem::remove(path);
  EXPECT_EQ(file, text.str());
  nlohmann::json j = nlohmann::json::parse(file);
  EXPECT_FALSE(j["links"].empty());
  EXPECT_EQ(j["links"], j["edges"]);
}

// The edge array is written once, under the key asked for; the rest of the document is the same.
TEST(Json, EdgeKeyOption) {
  const KnowledgeGraph g = hostile_graph();
  nlohmann::json links = to_node_link(g);
  nlohmann::json edges = to_node_link(g, {JsonEdgeKey::kEdges});
  nlohmann::json both = to_node_link(g, {JsonEdgeKey::kBoth});
  ASSERT_TRUE(links.contains("links"));
  EXPECT_FALSE(links.contains("edges"));
  ASSERT_TRUE(edges.contains("edges"));
  EXPECT_FALSE(edges.contains("links"));
  EXPECT_EQ(links["links"].size(), boost::num_edges(g.graph()));
  EXPECT_EQ(edges["edges"], links["links"]);
  EXPECT_EQ(both["links"], links["links"]);
  EXPECT_EQ(both["edges"], links["links"]);
  edges["links"] = edges["edges"];
  edges.erase("edges");
  EXPECT_EQ(edges, links);
}

TEST(Json, NodeLinkContract) {
  auto j = to_node_link(hostile_graph());
  EXPECT_EQ(j["directed"], false);  // co-occurrence is symmetric (docs/formats.md)
  EXPECT_EQ(j["multigraph"], false);
  for (const auto& n : j["nodes"]) {
    EXPECT_TRUE(n.contains("id") && n.contains("label") && n.contains("type")) << n.dump();
    std::string type = n["type"];
    if (type == "talk") EXPECT_TRUE(n.contains("title") && n.contains("year"));
    if (type == "event") EXPECT_TRUE(n.contains("name") && n.contains("year"));
    if (type == "library" || type == "concept") {
      EXPECT_TRUE(n["aliases"].is_array());
      EXPECT_TRUE(n.contains("mentions"));
    }
  }
  for (const auto& e : j["links"]) EXPECT_TRUE(e.contains("type") && e.contains("weight")) << e.dump();
}

}  // namespace
}  // namespace talkgraph
