// Invariants the fuzzers check beyond "does not crash": spans stay inside the text, mentions point at
// the bytes they claim, and every export parses back with the node and edge counts of the graph.
// XML exports are parsed with libxml2, JSON ones with nlohmann/json.
#include "tests/fuzz/fuzz_checks.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

#include <libxml/parser.h>
#include <nlohmann/json.hpp>

#include "base/text_util.h"
#include "base/utf8.h"
#include "export/cytoscape_writer.h"
#include "export/dot_writer.h"
#include "export/gexf_writer.h"
#include "export/graphml_writer.h"
#include "export/json_writer.h"
#include "extract/corpus.h"
#include "extract/document.h"
#include "extract/event_detector.h"
#include "extract/extractor.h"
#include "extract/knowledge_base.h"
#include "extract/sentences.h"
#include "graph/graph_builder.h"
#include "graph/metrics.h"
#include "graph/pipeline.h"

#define FUZZ_CHECK(cond)                                                        \
  do {                                                                          \
    if (!(cond)) {                                                              \
      std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                             \
    }                                                                           \
  } while (0)

namespace talkgraph::fuzz {

namespace {

bool prepare(const uint8_t* data, size_t size, std::string* text) {
  std::string error;
  return prepare_text(std::string(reinterpret_cast<const char*>(data), size), "fuzz.md", text, &error);
}

// Built once, by the pipeline the command line uses (a corpus of no files): the trie over thousands
// of names is the expensive part.
const Extractor& extractor() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus;
    std::vector<std::string> errors, warnings, problems;
    FUZZ_CHECK(c->open(CorpusSpec{}, &errors, &warnings, &problems));
    return c;
  }();
  return corpus->extractor();
}

size_t count(const std::string& s, const std::string& needle) {
  size_t n = 0;
  for (size_t p = s.find(needle); p != std::string::npos; p = s.find(needle, p + 1)) ++n;
  return n;
}

void check_xml(const std::string& xml, size_t nodes, size_t edges) {
  xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "export.xml", "UTF-8",
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_HUGE);
  FUZZ_CHECK(doc != nullptr);
  xmlFreeDoc(doc);
  FUZZ_CHECK(count(xml, "<node id=") == nodes);
  FUZZ_CHECK(count(xml, "<edge id=") == edges);
}

// Edge statements in talkgraph's DOT: a line whose first token is a quoted id (escapes honoured)
// followed by " -> ". Labels may contain " -> " themselves, so the quotes must be parsed.
size_t dot_edges(const std::string& dot) {
  size_t edges = 0;
  std::istringstream in(dot);
  std::string line;
  while (std::getline(in, line)) {
    size_t i = line.find_first_not_of(' ');
    if (i == std::string::npos || line[i] != '"') continue;
    for (++i; i < line.size() && line[i] != '"'; ++i) {
      if (line[i] == '\\') ++i;
    }
    if (line.compare(i + 1, 4, " -> ") == 0) ++edges;
  }
  return edges;
}

}  // namespace

void check_document_parser(const uint8_t* data, size_t size) {
  std::string text;
  if (!prepare(data, size, &text)) return;
  const Document doc = parse_document(text);
  // The visible text is the source with markup blanked: the same length, the same line breaks, and
  // valid UTF-8 (blanking never cuts a character).
  FUZZ_CHECK(doc.text.size() == text.size());
  FUZZ_CHECK(find_invalid_utf8(doc.text) == kNoInvalidByte);
  for (size_t i = 0; i < text.size(); ++i) FUZZ_CHECK((text[i] == '\n') == (doc.text[i] == '\n'));
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    FUZZ_CHECK(b.begin <= b.end && b.end <= text.size());
    FUZZ_CHECK(b.parent < static_cast<int32_t>(i));
    if (b.parent >= 0) {
      const Block& p = doc.blocks[static_cast<size_t>(b.parent)];
      FUZZ_CHECK(p.begin <= b.begin && b.end <= p.end);
    }
  }
  for (const InlineSpan& sp : doc.spans) FUZZ_CHECK(sp.begin <= sp.end && sp.end <= text.size());
  for (const Sentence& s : split_sentences(doc)) FUZZ_CHECK(s.begin < s.end && s.end <= text.size());
  EventInfo e = detect_event(text);
  FUZZ_CHECK(e.year == 0 || (e.year >= 1990 && e.year <= 2099));
}

void check_extractor(const uint8_t* data, size_t size) {
  std::string text;
  if (!prepare(data, size, &text)) return;
  ExtractOptions options;
  options.explain_talks = true;
  DocumentExtraction d = extractor().extract({"fuzz.md", text}, "fuzz.md", options);
  for (const TalkRecord& t : d.talks) FUZZ_CHECK(!t.title.empty() && t.line >= 1);
  for (const TalkCandidateRecord& c : d.talk_candidates) {
    FUZZ_CHECK(c.line >= 1 && c.talk < static_cast<int>(d.talks.size()) && (c.talk >= 0) == c.accepted);
  }
  // A mention's offset points into the original text; its surface is what a reader reads there, the
  // document model's visible text, where Markdown's markup (a backslash escape, "Django \-ORM") is
  // blanked. The two have the same length and offsets.
  const Document visible = parse_document(text);
  for (const MentionRecord& m : d.mentions) {
    FUZZ_CHECK(m.entity < d.entities.size());
    FUZZ_CHECK(m.sentence < d.sentences.size());
    FUZZ_CHECK(m.talk < static_cast<int>(d.talks.size()));
    FUZZ_CHECK(m.offset + m.surface.size() <= text.size());
    FUZZ_CHECK(visible.text.compare(m.offset, m.surface.size(), m.surface) == 0);
  }
}

void check_export_round_trip(const uint8_t* data, size_t size) {
  std::string text;
  if (!prepare(data, size, &text)) return;
  GraphBuilder builder;
  // The document's name is fuzzed too: a file name is any bytes, escaped as collect_inputs does.
  const std::string name = escape_file_name(std::string_view(reinterpret_cast<const char*>(data), std::min<size_t>(size, 48)));
  builder.add(extractor().extract({"fuzz.md", text}, name, ExtractOptions{}));
  KnowledgeGraph g = builder.build();
  compute_metrics(&g);
  const size_t n = g.node_count(), m = g.edge_count();

  std::ostringstream graphml, gexf13, gexf12, gexf_dated, json, cytoscape, dot;
  write_graphml(g, graphml);
  write_gexf(g, gexf13, {GexfVersion::k13, false, true});
  write_gexf(g, gexf12, {GexfVersion::k12, false, true});
  write_gexf(g, gexf_dated);  // what has no known year left out, and counted
  const UndatedElements undated = undated_elements(g);
  write_json(g, json);
  write_cytoscape(g, cytoscape);
  write_dot(g, dot);
  check_xml(graphml.str(), n, m);
  check_xml(gexf13.str(), n, m);
  check_xml(gexf12.str(), n, m);
  check_xml(gexf_dated.str(), n - undated.nodes, m - undated.edges);
  auto j = nlohmann::json::parse(json.str());  // throws (and so aborts the fuzzer) on invalid JSON
  FUZZ_CHECK(j["nodes"].size() == n && j["links"].size() == m && !j.contains("edges"));
  auto c = nlohmann::json::parse(cytoscape.str());
  FUZZ_CHECK(c["elements"]["nodes"].size() == n && c["elements"]["edges"].size() == m);
  // DOT is the topic map: the edges select_map keeps, one statement each.
  FUZZ_CHECK(dot_edges(dot.str()) == select_map(g, DotOptions{}.map).edges.size());
}

}  // namespace talkgraph::fuzz
