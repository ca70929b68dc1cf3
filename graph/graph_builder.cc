// The builder keeps everything in ordered maps keyed by stable ids and only counts; the Boost graph is
// made once at the end, nodes sorted by id and edges by (kind, source, target). Counting is
// commutative, and the evidence kept per edge is the first few in (document, line) order, so adding
// documents in any order, from any number of threads, gives the same graph.
//
// Co-occurrence: each window (a sentence, a talk, or a document: --window) with its set of distinct
// entities adds one to every pair in it. With c_ab the windows holding both, s_a those holding a, and
// N all windows holding any entity:
//   association strength = c_ab / (s_a * s_b)        (van Eck & Waltman 2009)
//   Jaccard              = c_ab / (s_a + s_b - c_ab)
//   PMI                  = log2(N * c_ab / (s_a * s_b))
#include "graph/graph_builder.h"

#include <algorithm>
#include <cmath>

#include "extract/text_util.h"

namespace talkgraph {

bool parse_cooccurrence_window(std::string_view name, CooccurrenceWindow* window) {
  if (name == "sentence") *window = CooccurrenceWindow::kSentence;
  else if (name == "talk") *window = CooccurrenceWindow::kTalk;
  else if (name == "document") *window = CooccurrenceWindow::kDocument;
  else return false;
  return true;
}

namespace {

std::string year_slug(int year) { return year == 0 ? "unknown-year" : std::to_string(year); }

std::string event_key(const EventRef& e) { return "event:" + slugify(e.name) + "-" + year_slug(e.year); }

std::string talk_key(const TalkRecord& t) {
  return "talk:" + slugify(t.event.name) + "-" + year_slug(t.event.year) + ":" + slugify(t.title);
}

std::string event_label(const EventRef& e) { return e.name + " " + (e.year == 0 ? "(year unknown)" : std::to_string(e.year)); }

}  // namespace

GraphBuilder::GraphBuilder(GraphOptions options) : options_(options) {}

NodeProps& GraphBuilder::node(const std::string& key) {
  auto [it, inserted] = nodes_.try_emplace(key);
  if (inserted) it->second.id = key;
  return it->second;
}

EdgeProps& GraphBuilder::edge(const std::string& source, const std::string& target, EdgeKind kind) {
  auto [it, inserted] = edges_.try_emplace(EdgeKey{source, target, kind});
  if (inserted) {
    it->second.kind = kind;
    it->second.weight = 0;
  }
  return it->second;
}

void GraphBuilder::add_window(const std::set<std::string>& entities, int year,
                              const std::map<std::string, std::string>& version_of) {
  if (entities.empty()) return;
  windows_ += 1;
  for (const std::string& e : entities) windows_with_[e] += 1;
  for (auto a = entities.begin(); a != entities.end(); ++a) {
    for (auto b = std::next(a); b != entities.end(); ++b) {
      auto va = version_of.find(*a), vb = version_of.find(*b);
      if ((va != version_of.end() && va->second == *b) || (vb != version_of.end() && vb->second == *a)) continue;
      EdgeProps& e = edge(*a, *b, EdgeKind::kCoOccurs);
      e.weight += 1;
      if (year != 0) e.weight_by_year[year] += 1;
    }
  }
}

void GraphBuilder::add(const DocumentExtraction& doc) {
  const std::string doc_key = "document:" + doc.name;
  NodeProps& d = node(doc_key);
  d.type = "document";
  d.label = doc.name;
  d.path = doc.path;
  d.year = doc.event.year;
  d.event = event_label(doc.event);

  const std::string doc_event = event_key(doc.event);
  {
    NodeProps& ev = node(doc_event);
    ev.type = "event";
    ev.name = doc.event.name;
    ev.year = doc.event.year;
    ev.label = event_label(doc.event);
    edge(doc_key, doc_event, EdgeKind::kAbout).weight = 1;
  }

  std::vector<std::string> talk_keys;
  for (const TalkRecord& t : doc.talks) {
    std::string key = talk_key(t);
    talk_keys.push_back(key);
    NodeProps& n = node(key);
    if (n.type.empty() || doc.name < n.path) {  // the same talk in two reviews: the first document names it
      n.type = "talk";
      n.title = t.title;
      n.label = t.title;
      n.kind = t.kind;
      n.room = t.label;
      n.year = t.event.year;
      n.event = event_label(t.event);
      n.path = doc.name;
    }
    std::string ek = event_key(t.event);
    NodeProps& ev = node(ek);
    ev.type = "event";
    ev.name = t.event.name;
    ev.year = t.event.year;
    ev.label = event_label(t.event);
    edge(key, ek, EdgeKind::kPresentedAt).weight = 1;
    edge(key, doc_key, EdgeKind::kReviewedIn).weight = 1;
  }

  std::map<std::string, std::string> version_of;
  for (const EntityRecord& e : doc.entities) {
    NodeProps& n = node(e.id);
    n.type = e.type;
    n.label = e.label;
    n.discovered = n.discovered || e.discovered;
    if (e.discovered && (n.discovered_by.empty() || e.discovered_by < n.discovered_by)) n.discovered_by = e.discovered_by;
    if (e.pypi_rank != 0) n.pypi_rank = e.pypi_rank;
    if (!e.version_of.empty()) {
      n.version_of = e.version_of;
      version_of[e.id] = e.version_of;
      edge(e.id, e.version_of, EdgeKind::kVersionOf).weight = 1;
    }
  }

  // Mentions, attributed to their talk or to the document.
  std::map<std::pair<int, uint32_t>, std::set<std::string>> windows;  // (talk, sentence) -> entities
  for (const MentionRecord& m : doc.mentions) {
    const EntityRecord& ent = doc.entities[m.entity];
    int year = m.talk >= 0 ? doc.talks[static_cast<size_t>(m.talk)].event.year : doc.event.year;
    NodeProps& n = node(ent.id);
    n.mentions += 1;
    if (year != 0) n.mentions_by_year[year] += 1;
    aliases_[ent.id].insert(m.surface);

    const std::string& source = m.talk >= 0 ? talk_keys[static_cast<size_t>(m.talk)] : doc_key;
    EdgeProps& e = edge(source, ent.id, EdgeKind::kMentions);
    e.weight += 1;
    if (year != 0) e.weight_by_year[year] += 1;
    Evidence ev{doc.name, m.line, m.surface, doc.sentences[m.sentence]};
    if (e.evidence.size() < options_.max_evidence_per_edge || ev < e.evidence.back()) {
      e.evidence.insert(std::upper_bound(e.evidence.begin(), e.evidence.end(), ev), ev);
      if (e.evidence.size() > options_.max_evidence_per_edge) e.evidence.pop_back();
    }

    switch (options_.window) {
      case CooccurrenceWindow::kSentence: windows[{m.talk, m.sentence}].insert(ent.id); break;
      case CooccurrenceWindow::kTalk: windows[{m.talk, 0}].insert(ent.id); break;
      case CooccurrenceWindow::kDocument: windows[{0, 0}].insert(ent.id); break;
    }
  }
  for (const auto& [key, entities] : windows) {
    int talk = key.first;
    int year = (options_.window != CooccurrenceWindow::kDocument && talk >= 0)
                   ? doc.talks[static_cast<size_t>(talk)].event.year
                   : doc.event.year;
    add_window(entities, year, version_of);
  }
}

KnowledgeGraph GraphBuilder::build() const {
  // Final ids: documents get a slug of their name; everything else already has its id as key.
  std::map<std::string, std::string> final_id;
  std::set<std::string> taken;
  for (const auto& [key, n] : nodes_) {
    if (n.type != "document") {
      final_id[key] = key;
      taken.insert(key);
    }
  }
  for (const auto& [key, n] : nodes_) {
    if (n.type != "document") continue;
    std::string id = "document:" + slugify(n.label);
    for (int k = 2; taken.count(id); ++k) id = "document:" + slugify(n.label) + "-" + std::to_string(k);
    taken.insert(id);
    final_id[key] = id;
  }

  std::vector<const NodeProps*> ordered;
  for (const auto& [key, n] : nodes_) ordered.push_back(&n);
  std::sort(ordered.begin(), ordered.end(),
            [&](const NodeProps* a, const NodeProps* b) { return final_id.at(a->id) < final_id.at(b->id); });

  Graph g;
  std::map<std::string, Vertex> vertex_of;  // by key
  for (const NodeProps* n : ordered) {
    NodeProps props = *n;
    props.id = final_id.at(n->id);
    if (auto it = aliases_.find(n->id); it != aliases_.end()) props.aliases.assign(it->second.begin(), it->second.end());
    if (!props.version_of.empty()) props.version_of = final_id.at(props.version_of);
    vertex_of[n->id] = boost::add_vertex(std::move(props), g);
  }

  struct Pending {
    EdgeKind kind;
    std::string source, target;  // final ids, for ordering
    const EdgeKey* key;
    const EdgeProps* props;
    Vertex s, t;
  };
  std::vector<Pending> pending;
  for (const auto& [key, props] : edges_) {
    const auto& [source, target, kind] = key;
    pending.push_back(
        {kind, final_id.at(source), final_id.at(target), &key, &props, vertex_of.at(source), vertex_of.at(target)});
  }
  std::sort(pending.begin(), pending.end(), [](const Pending& a, const Pending& b) {
    return std::tie(a.kind, a.source, a.target) < std::tie(b.kind, b.source, b.target);
  });
  size_t next_id = 0;
  for (const Pending& p : pending) {
    EdgeProps props = *p.props;
    if (props.weight <= 0) continue;  // nothing was counted: no edge (Gephi drops zero weights anyway)
    props.id = "e" + std::to_string(next_id++);
    if (p.kind == EdgeKind::kCoOccurs) {
      double c = props.weight;
      double sa = windows_with_.at(std::get<0>(*p.key));
      double sb = windows_with_.at(std::get<1>(*p.key));
      props.association = c / (sa * sb);
      props.jaccard = c / (sa + sb - c);
      props.pmi = std::log2(windows_ * c / (sa * sb));
    }
    boost::add_edge(p.s, p.t, std::move(props), g);
  }
  return KnowledgeGraph(std::move(g));
}

}  // namespace talkgraph
