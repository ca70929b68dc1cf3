// Attributes: the data every writer emits for a node or an edge, from one place.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace talkgraph {

// One attribute value. Writers render it in their format: JSON keeps lists and per-year maps
// structured, GraphML and GEXF flatten them into strings.
struct AttrValue {
  // kNull: a value that is unknown. JSON writes null; GraphML and GEXF leave the attribute out.
  enum Kind { kString, kInt, kDouble, kBool, kStrings, kYears, kYearCounts, kYearWeights, kEvidence, kNull };
  Kind kind = kString;
  std::string_view s;
  long long i = 0;
  double d = 0;
  const std::vector<std::string>* strings = nullptr;
  const std::map<int, int>* year_counts = nullptr;
  YearWeightsView year_weights;
  const std::vector<Evidence>* evidence = nullptr;

  static AttrValue str(std::string_view v) { AttrValue a; a.kind = kString; a.s = v; return a; }
  static AttrValue integer(long long v) { AttrValue a; a.kind = kInt; a.i = v; return a; }
  static AttrValue real(double v) { AttrValue a; a.kind = kDouble; a.d = v; return a; }
  static AttrValue boolean(bool v) { AttrValue a; a.kind = kBool; a.i = v; return a; }
  static AttrValue null() { AttrValue a; a.kind = kNull; return a; }
  // A weight: an integer when it is one (counts), else a real.
  static AttrValue number(double v) {
    return v == static_cast<double>(static_cast<long long>(v)) ? integer(static_cast<long long>(v)) : real(v);
  }
};

// The declared type of an attribute in schema-typed formats (GraphML, GEXF).
struct AttrSpec {
  std::string_view name;
  std::string_view type;  // long, double, boolean or string
};
const std::vector<AttrSpec>& node_attribute_specs();
const std::vector<AttrSpec>& edge_attribute_specs();

// Calls f(name, value) for each attribute the node has, "id" included, in name order.
template <typename F>
void for_each_node_attribute(const NodeProps& n, F&& f);

// Calls f(name, value) for each attribute of the edge, "id", "source" and "target" included, in
// name order.
template <typename F>
void for_each_edge_attribute(const KnowledgeGraph& kg, Edge e, F&& f);

// Appends the GraphML and GEXF text for a value: lists joined with '|', per-year values
// "2019:3|2022:1|unknown:2" (the unknown bucket last, absent when empty), evidence
// "document:line: sentence" one per line. `years` lists known years only.
void append_flat(std::string* out, const AttrValue& v);
// The flattened text escaped for XML (export/xml_text.h), as GraphML and GEXF write values.
void append_flat_xml(std::string* out, const AttrValue& v);

// Appends the value as JSON: lists as arrays, per-year values as objects keyed by year ("unknown"
// last), evidence as objects with document, line, surface and sentence.
void append_json(std::string* out, const AttrValue& v);
// Appends a JSON string literal: quotes, backslashes and control characters escaped, UTF-8 kept.
void append_json_string(std::string* out, std::string_view s);
// Shortest text that reads back as the same double (JSON has no NaN or infinity: those become 0).
std::string number_text(double d);
void append_number(std::string* out, double d);

// ------------------------------------------------------------------------------------------------

template <typename F>
void for_each_node_attribute(const NodeProps& n, F&& f) {
  const bool entity = is_entity(n.type);
  if (entity) {
    f("aliases", [&] { AttrValue a; a.kind = AttrValue::kStrings; a.strings = &n.aliases; return a; }());
    f("betweenness", AttrValue::real(n.betweenness));
    if (n.community >= 0) f("community", AttrValue::integer(n.community));
    f("degree", AttrValue::integer(n.degree));
    f("discovered", AttrValue::boolean(n.discovered));
    if (!n.discovered_by.empty()) f("discovered_by", AttrValue::str(n.discovered_by));
  }
  if (n.type == NodeKind::kDocument || n.type == NodeKind::kTalk) f("event", AttrValue::str(n.event));
  const bool dated = entity && n.mentions_by_year.upper_bound(kUnknownYear) != n.mentions_by_year.end();
  if (dated) f("first_year", AttrValue::integer(n.mentions_by_year.upper_bound(kUnknownYear)->first));
  f("id", AttrValue::str(n.id));
  if (n.type == NodeKind::kTalk) f("kind", AttrValue::str(n.kind));
  f("label", AttrValue::str(n.label));
  if (dated) f("last_year", AttrValue::integer(n.mentions_by_year.rbegin()->first));
  if (entity) {
    f("mentions", AttrValue::integer(n.mentions));
    f("mentions_by_year", [&] { AttrValue a; a.kind = AttrValue::kYearCounts; a.year_counts = &n.mentions_by_year; return a; }());
  }
  if (n.type == NodeKind::kEvent) f("name", AttrValue::str(n.name));
  if (entity) f("pagerank", AttrValue::real(n.pagerank));
  if (n.type == NodeKind::kDocument) f("path", AttrValue::str(n.path));
  if (entity && n.pypi_rank > 0) f("pypi_rank", AttrValue::integer(n.pypi_rank));
  if (n.type == NodeKind::kEvent || n.type == NodeKind::kTalk) f("reviews", AttrValue::integer(n.reviews));
  if (n.type == NodeKind::kTalk && !n.room.empty()) f("room", AttrValue::str(n.room));
  if (!n.series.empty()) f("series", AttrValue::str(n.series));
  if (n.type == NodeKind::kTalk) f("title", AttrValue::str(n.title));
  f("type", AttrValue::str(node_kind_name(n.type)));
  if (entity && !n.version_of.empty()) f("version_of", AttrValue::str(n.version_of));
  if (entity) f("weighted_degree", AttrValue::real(n.weighted_degree));
  // An unknown year (0 inside the graph) is written as no year: never 0 (issue 24).
  if (!entity) f("year", n.year != 0 ? AttrValue::integer(n.year) : AttrValue::null());
  if (entity) {
    f("years", [&] { AttrValue a; a.kind = AttrValue::kYears; a.year_counts = &n.mentions_by_year; return a; }());
  }
}

template <typename F>
void for_each_edge_attribute(const KnowledgeGraph& kg, Edge e, F&& f) {
  const Graph& g = kg.graph();
  const EdgeProps& p = kg.edge(e);
  const Cooccurrence strength = p.kind == EdgeKind::kCoOccurs ? kg.cooccurrence(e) : Cooccurrence{};
  if (p.kind == EdgeKind::kCoOccurs) f("association", AttrValue::real(strength.association));
  if (p.kind == EdgeKind::kMentions && !p.evidence.empty()) {  // empty only with --evidence 0
    f("evidence", [&] { AttrValue a; a.kind = AttrValue::kEvidence; a.evidence = &p.evidence; return a; }());
  }
  const EdgeId id(g[e].index);
  f("id", AttrValue::str(id.view()));
  if (p.kind == EdgeKind::kCoOccurs) {
    f("jaccard", AttrValue::real(strength.jaccard));
    f("pmi", AttrValue::real(strength.pmi));
  }
  f("source", AttrValue::str(g[boost::source(e, g)].id));
  f("target", AttrValue::str(g[boost::target(e, g)].id));
  f("type", AttrValue::str(edge_kind_name(p.kind)));
  f("weight", AttrValue::number(p.weight));
  if (const YearWeightsView years = kg.weight_by_year(e); !years.empty()) {
    f("weight_by_year", [&] { AttrValue a; a.kind = AttrValue::kYearWeights; a.year_weights = years; return a; }());
  }
}

}  // namespace talkgraph
