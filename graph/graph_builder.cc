// The builder keeps nodes and edges in vectors indexed through hash maps with integer keys, and only
// counts; text is interned once in a StringPool shared with the finished graph. The Boost graph is
// made once at the end, nodes sorted by id and edges by (kind, source id, target id). Counting is
// commutative and the evidence kept per edge is the first few in (document, line) order, so adding
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
#include <map>
#include <numeric>
#include <set>
#include <stdexcept>
#include <tuple>

#include "base/text_util.h"

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

// An event's series is its name; a review that names no event has none (two such reviews are not
// two editions of one conference).
std::string series_of(const EventRef& e) { return e.name == kUnknownEvent ? std::string() : e.name; }

std::string event_label(const EventRef& e) {
  return e.name + " " + (e.year == 0 ? "(year unknown)" : std::to_string(e.year));
}

uint64_t edge_key(uint32_t s, uint32_t t, EdgeKind kind) {
  return (static_cast<uint64_t>(s) << 34) | (static_cast<uint64_t>(t) << 3) | (static_cast<uint64_t>(kind) + 1);
}

// Cuts sorted `items` into runs with the same ends (source, target): each run's first index goes to
// `starts` (then one past the last item) and its ends to `visits`.
template <typename Item, typename Ends, typename Visit>
void cut_runs(const std::vector<Item>& items, Ends ends, std::vector<uint32_t>* starts, std::vector<Visit>* visits) {
  starts->clear();
  visits->clear();
  for (size_t i = 0; i < items.size(); ++i) {
    if (i == 0 || ends(items[i - 1]) != ends(items[i])) {
      starts->push_back(static_cast<uint32_t>(i));
      visits->push_back({ends(items[i]).first, ends(items[i]).second, 0});
    }
  }
  starts->push_back(static_cast<uint32_t>(items.size()));
}

}  // namespace

GraphBuilder::GraphBuilder(GraphOptions options) : options_(options) {
  if (options_.node_hash_bits < 1 || options_.node_hash_bits > 64) throw std::invalid_argument("node_hash_bits");
}

uint32_t GraphBuilder::node(std::string_view key) {
  const uint32_t next = static_cast<uint32_t>(nodes_.size());
  const uint64_t hash = std::hash<std::string_view>()(key) >> (64 - options_.node_hash_bits);
  const uint32_t found = node_index_.emplace(hash, next);
  if (found != next) {
    if (nodes_[found].id == key) return found;
    auto [it, inserted] = node_collisions_.try_emplace(std::string(key), next);
    if (!inserted) return it->second;
  }
  nodes_.emplace_back();
  nodes_.back().id = key;
  aliases_.emplace_back();
  mentions_by_year_.emplace_back();
  windows_with_.push_back(0);
  return next;
}

namespace {
// "t" or "e", the year, the event's name (with its length) and the talk's title: one string per name
// as written, for the lookup.
std::string_view names_key(char kind, const EventRef& e, std::string_view title) {
  thread_local std::string key;
  key.assign(1, kind);
  const auto size = static_cast<uint32_t>(e.name.size());
  key.append(reinterpret_cast<const char*>(&e.year), sizeof e.year);
  key.append(reinterpret_cast<const char*>(&size), sizeof size);
  key.append(e.name);
  key.append(title);
  return key;
}
}  // namespace

uint32_t GraphBuilder::talk_node(const TalkRecord& t) {
  const std::string_view key = names_key('t', t.event, t.title);
  if (auto it = named_nodes_.find(key); it != named_nodes_.end()) return it->second;
  const uint32_t v = node(talk_key(t));
  named_nodes_.emplace(key, v);
  return v;
}

uint32_t GraphBuilder::event_node(const EventRef& e) {
  const std::string_view key = names_key('e', e, {});
  if (auto it = named_nodes_.find(key); it != named_nodes_.end()) return it->second;
  const uint32_t v = node(event_key(e));
  named_nodes_.emplace(key, v);
  return v;
}

uint32_t GraphBuilder::edge_index(uint64_t key, uint32_t source, uint32_t target, EdgeKind kind) {
  const uint32_t next = static_cast<uint32_t>(edges_.size());
  const uint32_t index = edge_index_.emplace(key, next);
  if (index == next) {
    EdgeProps& e = edges_.emplace_back();
    e.kind = kind;
    e.weight = 0;
    endpoints_.emplace_back(source, target);
  }
  return index;
}

EdgeProps& GraphBuilder::edge(uint32_t source, uint32_t target, EdgeKind kind) {
  return edges_[edge_index(edge_key(source, target, kind), source, target, kind)];
}

// With millions of edges, the edge table and the edge data are far out of cache, and finding one
// edge after another waits on each miss in turn. A document's edges are found in sweeps instead, each
// touching only memory the sweep before asked the CPU for: the table slots, then the edges' data,
// then their year weights and last evidence, then that evidence's document name. Dozens of misses
// are in flight at once.
void GraphBuilder::find_edges(std::vector<EdgeVisit>& visits, EdgeKind kind) {
  for (const EdgeVisit& v : visits) edge_index_.prefetch(edge_key(v.source, v.target, kind));
  for (EdgeVisit& v : visits) {
    v.index = edge_index(edge_key(v.source, v.target, kind), v.source, v.target, kind);
    __builtin_prefetch(&edges_[v.index]);
  }
  for (const EdgeVisit& v : visits) {
    const EdgeProps& e = edges_[v.index];
    e.weight_by_year.prefetch();
    if (!e.evidence.empty()) __builtin_prefetch(&e.evidence.back());
  }
  if (kind != EdgeKind::kMentions) return;
  for (const EdgeVisit& v : visits) {
    const EdgeProps& e = edges_[v.index];
    if (!e.evidence.empty() && e.evidence.size() >= options_.max_evidence_per_edge) e.evidence.back().document.prefetch();
  }
}

void GraphBuilder::add_window(std::vector<uint32_t>& entities, int year,
                              const std::unordered_map<uint32_t, uint32_t>& version_of, std::vector<CooccurrenceOf>* pairs) {
  // Sorted by node index (the caller's sort), so each pair has one key; build() makes the smaller id
  // the source.
  entities.erase(std::unique(entities.begin(), entities.end()), entities.end());
  if (entities.empty()) return;
  windows_ += 1;
  for (uint32_t e : entities) windows_with_[e] += 1;
  for (size_t i = 0; i < entities.size(); ++i) {
    for (size_t j = i + 1; j < entities.size(); ++j) {
      uint32_t a = entities[i], b = entities[j];
      if (!version_of.empty()) {  // "Python 3.7" and "Python" in one window are one thing, not a pair
        auto va = version_of.find(a), vb = version_of.find(b);
        if ((va != version_of.end() && va->second == b) || (vb != version_of.end() && vb->second == a)) continue;
      }
      pairs->push_back({uint64_t{a} << 32 | b, year});
    }
  }
}

// What add() keeps from one document to the next: a merge of 100,000 reviews would otherwise allocate
// and free each of these vectors 100,000 times on the thread the workers wait for. One per thread.
struct GraphBuilder::Scratch {
  // A mention by its edge: (source, entity).
  struct MentionOf {
    uint64_t edge;     // source << 32 | entity
    uint32_t mention;  // index into doc.mentions
    int year;
    uint32_t source() const { return static_cast<uint32_t>(edge >> 32); }
    uint32_t entity() const { return static_cast<uint32_t>(edge); }
  };
  // (window, entity node) for every mention; sorted, each run of one window is a window. The window
  // is (talk + 1, sentence) packed in one integer, so the sort compares integers, not tuples.
  struct WindowMember {
    uint64_t window;
    uint32_t entity;
    bool operator<(const WindowMember& o) const { return window != o.window ? window < o.window : entity < o.entity; }
  };
  static uint64_t window_of(int talk, uint32_t sentence) { return uint64_t{static_cast<uint32_t>(talk + 1)} << 32 | sentence; }

  uint32_t document = 0;            // the review's node (with documents)
  uint32_t event = 0;               // the review's event node
  std::string_view document_name;   // interned when the first evidence of this document is kept
  std::vector<uint32_t> reviewed;   // events and talks the review covers, each counted once
  std::vector<uint32_t> talks;      // by doc.talks index
  std::vector<uint32_t> entity_nodes;  // by doc.entities index
  std::unordered_map<uint32_t, uint32_t> version_of;  // "Python 3.7" node -> "Python" node
  std::vector<MentionOf> by_edge;
  std::vector<WindowMember> window_members;
  std::vector<uint32_t> order, by_entity, counts;
  std::vector<std::string_view> pooled_sentences;  // by doc.sentences index; empty: not yet
  std::vector<std::string_view> pooled_surfaces;   // by doc.mentions index, set run by run
  std::vector<uint32_t> run_starts;                // runs of by_edge or pairs, and their end
  std::vector<EdgeVisit> visits;
  std::vector<uint32_t> bucket_end;
  std::vector<WindowMember> bucketed;
  std::vector<uint32_t> entities;
  std::vector<CooccurrenceOf> pairs;
};

void GraphBuilder::add(const DocumentExtraction& doc) {
  thread_local Scratch scratch;
  ++documents_;
  scratch.document_name = {};
  add_document_node(doc, scratch);
  add_events_and_talks(doc, scratch);
  add_entities(doc, scratch);
  gather_mentions(doc, scratch);
  add_mention_edges(doc, scratch);
  add_co_mentions(doc, scratch);
}

void GraphBuilder::add_document_node(const DocumentExtraction& doc, Scratch& s) {
  if (!options_.documents) return;
  s.document = node("document:" + doc.name);
  NodeProps& n = nodes_[s.document];
  n.type = NodeKind::kDocument;
  n.label = doc.name;
  n.path = doc.name;
  n.year = doc.event.year;
  n.event = event_label(doc.event);
  n.series = series_of(doc.event);
}

// Each event and talk counts the review once, however often the review names it.
void GraphBuilder::add_events_and_talks(const DocumentExtraction& doc, Scratch& s) {
  const bool with_document = options_.documents;
  s.reviewed.clear();
  auto reviewed_event = [&](const EventRef& e) {
    uint32_t v = event_node(e);
    NodeProps& n = nodes_[v];
    // Names whose slugs agree share the node, and the last review's spelling names it.
    if (n.type == NodeKind::kNone || n.name != e.name || n.year != e.year) {
      n.type = NodeKind::kEvent;
      n.name = e.name;
      n.series = series_of(e);
      n.year = e.year;
      n.label = event_label(e);
    }
    s.reviewed.push_back(v);
    return v;
  };
  s.event = reviewed_event(doc.event);
  if (with_document) edge(s.document, s.event, EdgeKind::kAbout).weight = 1;

  s.talks.clear();
  for (const TalkRecord& t : doc.talks) {
    uint32_t v = talk_node(t);
    s.talks.push_back(v);
    s.reviewed.push_back(v);
    NodeProps& n = nodes_[v];
    if (n.type == NodeKind::kNone || doc.name < n.path) {  // the same talk in two reviews: the first document names it
      n.type = NodeKind::kTalk;
      n.title = t.title;
      n.label = t.title;
      n.kind = t.kind;
      n.room = t.room;
      n.year = t.event.year;
      n.event = event_label(t.event);
      n.series = series_of(t.event);
      n.path = doc.name;
    }
    uint32_t ev = reviewed_event(t.event);
    edge(v, ev, EdgeKind::kPresentedAt).weight = 1;
    if (with_document) edge(v, s.document, EdgeKind::kReviewedIn).weight = 1;
  }
  std::sort(s.reviewed.begin(), s.reviewed.end());
  s.reviewed.erase(std::unique(s.reviewed.begin(), s.reviewed.end()), s.reviewed.end());
  for (uint32_t v : s.reviewed) nodes_[v].reviews += 1;
}

void GraphBuilder::add_entities(const DocumentExtraction& doc, Scratch& s) {
  s.entity_nodes.clear();
  s.version_of.clear();
  for (const EntityRecord& e : doc.entities) {
    uint32_t v = node(e.id);
    s.entity_nodes.push_back(v);
    NodeProps& n = nodes_[v];
    n.type = node_kind(e.type);
    n.label = e.label;
    n.discovered = n.discovered || e.discovered;
    if (e.discovered && (n.discovered_by.empty() || e.discovered_by < n.discovered_by)) n.discovered_by = e.discovered_by;
    if (e.pypi_rank != 0) n.pypi_rank = e.pypi_rank;
    if (!e.version_of.empty()) {
      uint32_t base = node(e.version_of);
      nodes_[v].version_of = e.version_of;
      s.version_of[v] = base;
      edge(v, base, EdgeKind::kVersionOf).weight = 1;
    }
  }
}

// Mentions, attributed to their talk or to the document, and their co-occurrence windows. A
// document's mentions are gathered per (source, entity) first and each edge is then visited once per
// document rather than once per mention: with millions of edges, the edge table and the edge data are
// far out of cache, and each visit waits on memory.
void GraphBuilder::gather_mentions(const DocumentExtraction& doc, Scratch& s) {
  s.by_edge.clear();
  s.window_members.clear();
  // Mentions by (source, entity), each run in mention order, by two stable counting passes on the
  // document's own indices (entity, then talk): linear, where a sort of all mentions by their packed
  // node indices took 4.8% of the merge's instructions. The runs' order differs from node order, and
  // two talks of one review that are one node make two runs of one edge; the graph is the same
  // (counts add up, evidence keeps the first few of all, build() sorts edges and aliases).
  const size_t mentions = doc.mentions.size();
  s.by_entity.resize(mentions);
  s.counts.assign(doc.entities.size() + 1, 0);
  for (const MentionRecord& m : doc.mentions) ++s.counts[m.entity + 1];
  for (size_t e = 1; e < s.counts.size(); ++e) s.counts[e] += s.counts[e - 1];
  for (uint32_t k = 0; k < mentions; ++k) s.by_entity[s.counts[doc.mentions[k].entity]++] = k;
  s.order.resize(mentions);
  s.counts.assign(doc.talks.size() + 2, 0);  // source 0: outside any talk; talk t is source t + 1
  for (const MentionRecord& m : doc.mentions) ++s.counts[static_cast<size_t>(m.talk + 1) + 1];
  for (size_t t = 1; t < s.counts.size(); ++t) s.counts[t] += s.counts[t - 1];
  for (uint32_t k : s.by_entity) s.order[s.counts[static_cast<size_t>(doc.mentions[k].talk + 1)]++] = k;

  const uint32_t outside_talks = options_.documents ? s.document : s.event;
  for (uint32_t k : s.order) {
    const MentionRecord& m = doc.mentions[k];
    uint32_t v = s.entity_nodes[m.entity];
    int year = m.talk >= 0 ? doc.talks[static_cast<size_t>(m.talk)].event.year : doc.event.year;
    nodes_[v].mentions += 1;
    uint32_t source = m.talk >= 0 ? s.talks[static_cast<size_t>(m.talk)] : outside_talks;
    s.by_edge.push_back({uint64_t{source} << 32 | v, k, year});
    switch (options_.window) {
      case CooccurrenceWindow::kSentence: s.window_members.push_back({Scratch::window_of(m.talk, m.sentence), v}); break;
      case CooccurrenceWindow::kTalk: s.window_members.push_back({Scratch::window_of(m.talk, 0), v}); break;
      case CooccurrenceWindow::kDocument: s.window_members.push_back({Scratch::window_of(0, 0), v}); break;
    }
  }
}

// Each (source, entity) run of mentions adds to its edge: weight, per-year mentions, aliases seen,
// and the first few evidence sentences.
void GraphBuilder::add_mention_edges(const DocumentExtraction& doc, Scratch& s) {
  // The evidence order is needed inside each (source, entity) run alone. A source has one year (its
  // talk's, or the review's), so every run has one year too.
  // Mention order for evidence: (line, surface, sentence), the order the edge keeps its evidence in.
  auto evidence_before = [&](const Scratch::MentionOf& a, const Scratch::MentionOf& b) {
    const MentionRecord& x = doc.mentions[a.mention];
    const MentionRecord& y = doc.mentions[b.mention];
    return std::make_tuple(x.line, std::string_view(x.surface), std::string_view(doc.sentences[x.sentence])) <
           std::make_tuple(y.line, std::string_view(y.surface), std::string_view(doc.sentences[y.sentence]));
  };
  const size_t max_evidence = options_.max_evidence_per_edge;
  // Each sentence interned once per document, however many of its mentions it is evidence for: a
  // sentence naming three entities is kept by three edges, and each intern hashes it and reads the
  // pool's table and text, far out of cache.
  s.pooled_sentences.assign(doc.sentences.size(), {});
  s.pooled_surfaces.resize(doc.mentions.size());
  std::vector<Scratch::MentionOf>& by_edge = s.by_edge;
  cut_runs(by_edge, [](const Scratch::MentionOf& m) { return std::pair(m.source(), m.entity()); }, &s.run_starts, &s.visits);
  find_edges(s.visits, EdgeKind::kMentions);
  for (size_t r = 0; r < s.visits.size(); ++r) {
    const size_t i = s.run_starts[r], j = s.run_starts[r + 1];
    const uint32_t v = by_edge[i].entity();
    const int year = by_edge[i].year;
    EdgeProps& e = edges_[s.visits[r].index];
    e.weight += static_cast<double>(j - i);
    // No per-year map: the source's one year holds all of a mentions edge's weight
    // (KnowledgeGraph::weight_by_year), and 2.8 M such maps at 1 GB were a heap block and a cache
    // miss each. An unknown year counts in its own bucket (kUnknownYear): the years add up to the whole.
    mentions_by_year_[v][year] += static_cast<int>(j - i);
    std::vector<std::string_view>& seen = aliases_[v];
    std::string_view pooled;
    for (size_t k = i; k < j; ++k) {
      const std::string& surface = doc.mentions[by_edge[k].mention].surface;
      // Mentions in a row often repeat one surface ("Django", "Django"): look it up once.
      if (k == i || surface != doc.mentions[by_edge[k - 1].mention].surface) {
        auto it = std::find(seen.begin(), seen.end(), std::string_view(surface));
        if (it == seen.end()) {
          pooled = seen.emplace_back(strings_->intern(surface));  // by content: a known surface is not interned again
        } else {
          pooled = *it;
        }
      }
      s.pooled_surfaces[by_edge[k].mention] = pooled;  // for the evidence below, without a second search
    }
    // Only the run's first few in evidence order can be among the edge's first few.
    const size_t candidates = std::min(j - i, max_evidence);
    std::partial_sort(by_edge.begin() + static_cast<long>(i), by_edge.begin() + static_cast<long>(i + candidates),
                      by_edge.begin() + static_cast<long>(j), evidence_before);
    for (size_t k = i; k < i + candidates; ++k) {
      const MentionRecord& m = doc.mentions[by_edge[k].mention];
      std::string_view surface = s.pooled_surfaces[by_edge[k].mention];
      std::string_view sentence = doc.sentences[m.sentence];
      if (e.evidence.size() < max_evidence ||
          Evidence::comes_before(doc.name, m.line, surface, sentence, e.evidence.back())) {
        if (s.document_name.empty()) s.document_name = strings_->intern(doc.name);
        std::string_view& pooled_sentence = s.pooled_sentences[m.sentence];
        if (pooled_sentence.empty()) pooled_sentence = strings_->intern(sentence);
        Evidence ev{StringPool::pooled(s.document_name), StringPool::pooled(surface),
                    StringPool::pooled(pooled_sentence), m.line};
        // Capacity grows to the limit and no further (a doubling vector would hold four for three).
        if (e.evidence.size() == e.evidence.capacity()) e.evidence.reserve(std::min(max_evidence, 2 * e.evidence.size() + 1));
        e.evidence.insert(std::upper_bound(e.evidence.begin(), e.evidence.end(), ev), ev);
        if (e.evidence.size() > max_evidence) e.evidence.pop_back();
      }
    }
  }
}

// The document's windows, their pairs of entities, and each co_occurs edge once.
void GraphBuilder::add_co_mentions(const DocumentExtraction& doc, Scratch& s) {
  // Windows gathered by a counting sort on their sentence (or talk), linear in the mentions, then
  // each bucket sorted by window and entity: a few members each. One sort of all members by the
  // packed window was a tenth of the merge. The windows' order does not matter (pairs are sorted
  // below, counts add up), only that each is one run with its entities in order.
  {
    const bool by_sentence = options_.window == CooccurrenceWindow::kSentence;
    auto bucket_of = [by_sentence](const Scratch::WindowMember& w) {
      return by_sentence ? static_cast<uint32_t>(w.window) : static_cast<uint32_t>(w.window >> 32);
    };
    uint32_t buckets = 0;
    for (const Scratch::WindowMember& w : s.window_members) buckets = std::max(buckets, bucket_of(w) + 1);
    s.bucket_end.assign(buckets + 1, 0);
    for (const Scratch::WindowMember& w : s.window_members) ++s.bucket_end[bucket_of(w) + 1];
    for (uint32_t b = 0; b < buckets; ++b) s.bucket_end[b + 1] += s.bucket_end[b];  // now each bucket's start
    s.bucketed.resize(s.window_members.size());
    for (const Scratch::WindowMember& w : s.window_members) s.bucketed[s.bucket_end[bucket_of(w)]++] = w;  // now its end
    for (uint32_t b = 0, begin = 0; b < buckets; begin = s.bucket_end[b++]) {
      if (s.bucket_end[b] - begin > 1) std::sort(s.bucketed.begin() + begin, s.bucketed.begin() + s.bucket_end[b]);
    }
    s.window_members.swap(s.bucketed);
  }
  std::vector<CooccurrenceOf>& pairs = s.pairs;
  pairs.clear();
  for (size_t i = 0; i < s.window_members.size();) {
    const uint64_t window = s.window_members[i].window;
    const int talk = static_cast<int>(window >> 32) - 1;
    s.entities.clear();
    for (; i < s.window_members.size() && s.window_members[i].window == window; ++i) {
      s.entities.push_back(s.window_members[i].entity);
    }
    int year = (options_.window != CooccurrenceWindow::kDocument && talk >= 0)
                   ? doc.talks[static_cast<size_t>(talk)].event.year
                   : doc.event.year;
    add_window(s.entities, year, s.version_of, &pairs);
  }
  // Every pair of the document's windows, then each edge once (see the mentions above).
  std::sort(pairs.begin(), pairs.end());
  cut_runs(pairs, [](const CooccurrenceOf& p) { return std::pair(static_cast<uint32_t>(p.ends >> 32), static_cast<uint32_t>(p.ends)); },
           &s.run_starts, &s.visits);
  find_edges(s.visits, EdgeKind::kCoOccurs);
  for (size_t r = 0; r < s.visits.size(); ++r) {
    const size_t i = s.run_starts[r], j = s.run_starts[r + 1];
    EdgeProps& e = edges_[s.visits[r].index];
    e.weight += static_cast<double>(j - i);
    for (size_t k = i; k < j;) {  // sorted: the windows of one year are one run
      size_t end = k;
      while (end < j && pairs[end].year == pairs[k].year) ++end;
      e.weight_by_year[pairs[k].year] += static_cast<double>(end - k);  // kUnknownYear too
      k = end;
    }
  }
}

KnowledgeGraph GraphBuilder::build() {
  // Final ids: documents get a slug of their name; everything else already has its id as key.
  std::set<std::string> taken;
  for (const NodeProps& n : nodes_) {
    if (n.type != NodeKind::kDocument) taken.insert(n.id);
  }
  std::vector<uint32_t> documents;
  for (uint32_t i = 0; i < nodes_.size(); ++i) {
    if (nodes_[i].type == NodeKind::kDocument) documents.push_back(i);
  }
  std::sort(documents.begin(), documents.end(), [&](uint32_t a, uint32_t b) { return nodes_[a].label < nodes_[b].label; });
  for (uint32_t i : documents) {
    std::string id = "document:" + slugify(nodes_[i].label);
    for (int k = 2; taken.count(id); ++k) id = "document:" + slugify(nodes_[i].label) + "-" + std::to_string(k);
    taken.insert(id);
    nodes_[i].id = id;  // version_of keeps entity ids, which do not change
  }

  std::vector<uint32_t> order(nodes_.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return nodes_[a].id < nodes_[b].id; });
  std::vector<uint32_t> rank(nodes_.size());
  for (uint32_t r = 0; r < order.size(); ++r) rank[order[r]] = r;

  // Co-occurrence is keyed by node index while counting; the stored edge goes from the smaller id.
  edge_index_ = FlatHashMap();  // not needed any more: give the memory back before the graph grows
  for (size_t e = 0; e < edges_.size(); ++e) {
    auto& [a, b] = endpoints_[e];
    if (edges_[e].kind == EdgeKind::kCoOccurs && rank[a] > rank[b]) std::swap(a, b);
  }
  // Final place of each edge: (kind, source id, target id) order, edges that counted nothing last
  // (they are dropped: Gephi drops zero weights anyway).
  // The order packed in one 64-bit key per edge (dropped, kind, source rank, target rank), so the sort
  // compares integers in one array instead of following indices into three.
  if (nodes_.size() >= (size_t{1} << 30)) throw std::length_error("more than 2^30 nodes");
  std::vector<std::pair<uint64_t, uint32_t>> keyed(edges_.size());
  for (uint32_t e = 0; e < edges_.size(); ++e) {
    keyed[e] = {(static_cast<uint64_t>(edges_[e].weight <= 0) << 63) | (static_cast<uint64_t>(edges_[e].kind) << 60) |
                    (static_cast<uint64_t>(rank[endpoints_[e].first]) << 30) | rank[endpoints_[e].second],
                e};
  }
  std::sort(keyed.begin(), keyed.end());
  std::vector<uint32_t> edge_order(edges_.size());
  for (size_t i = 0; i < keyed.size(); ++i) edge_order[i] = keyed[i].second;
  std::vector<std::pair<uint64_t, uint32_t>>().swap(keyed);
  size_t kept = 0;
  while (kept < edge_order.size() && edges_[edge_order[kept]].weight > 0) ++kept;
  // The graph from the kept edges in id order, each with its id; Boost groups them by source.
  if (kept > UINT32_MAX) throw std::length_error("more than 2^32 edges");  // 32-bit edge indices and ids
  std::unique_ptr<Graph> graph;
  {
    std::vector<std::pair<uint32_t, uint32_t>> ends(kept);
    std::vector<EdgeRef> refs(kept);
    for (size_t i = 0; i < kept; ++i) {
      const uint32_t e = edge_order[i];
      ends[i] = {rank[endpoints_[e].first], rank[endpoints_[e].second]};
      refs[i].index = static_cast<uint32_t>(i);
    }
    graph = std::make_unique<Graph>(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(), refs.begin(),
                                    static_cast<uint32_t>(nodes_.size()));
  }
  Graph& g = *graph;
  for (uint32_t r = 0; r < order.size(); ++r) {
    NodeProps& n = nodes_[order[r]];
    std::vector<std::string_view>& seen = aliases_[order[r]];
    std::sort(seen.begin(), seen.end());
    n.aliases.assign(seen.begin(), seen.end());
    const YearCounts& counts = mentions_by_year_[order[r]];
    n.mentions_by_year.insert(counts.begin(), counts.end());
    g[r] = std::move(n);
  }
  std::vector<double> windows_with(nodes_.size());  // by final vertex
  for (uint32_t v = 0; v < nodes_.size(); ++v) windows_with[rank[v]] = windows_with_[v];
  // The edge data moves into place, not into a copy: edge_order[i] is the edge that goes to place i,
  // and following each cycle of that permutation with swaps puts every edge there.
  std::vector<uint32_t> place(edges_.size());
  for (uint32_t i = 0; i < edge_order.size(); ++i) place[edge_order[i]] = i;
  std::vector<uint32_t>().swap(edge_order);
  for (uint32_t i = 0; i < place.size(); ++i) {
    while (place[i] != i) {
      const uint32_t j = place[i];
      std::swap(edges_[i], edges_[j]);
      std::swap(place[i], place[j]);
    }
  }
  edges_.truncate(kept);  // gives the chunks past the end back
  // Give the memory back before the writers run.
  std::vector<NodeProps>().swap(nodes_);
  std::vector<std::pair<uint32_t, uint32_t>>().swap(endpoints_);
  std::vector<std::vector<std::string_view>>().swap(aliases_);
  std::vector<YearCounts>().swap(mentions_by_year_);
  node_index_ = FlatHashMap();
  std::unordered_map<std::string, uint32_t>().swap(node_collisions_);
  decltype(named_nodes_)().swap(named_nodes_);
  std::vector<double>().swap(windows_with_);
  KnowledgeGraph kg(std::move(graph), std::move(edges_), strings_);
  kg.set_windows(std::move(windows_with), windows_);
  windows_ = 0;
  edges_ = EdgeStore();
  kg.set_documents(documents_);
  documents_ = 0;
  return kg;
}

}  // namespace talkgraph
