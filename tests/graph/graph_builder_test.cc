#include "graph/graph_builder.h"

#include <cmath>
#include <optional>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

namespace talkgraph {
namespace {

// A hand-built extraction: entities by label, one talk, mentions given as (entity, talk, sentence).
DocumentExtraction doc(const std::string& name, int year, std::vector<std::tuple<std::string, int, uint32_t>> mentions,
                       std::vector<std::string> surfaces = {}) {
  DocumentExtraction d;
  d.name = name;
  d.event = {"PyCon KR", year, "event"};
  d.talks.push_back({"A talk", "session", "", 3, d.event});
  std::map<std::string, uint32_t> index;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const auto& [label, talk, sentence] = mentions[i];
    auto [it, inserted] = index.try_emplace(label, static_cast<uint32_t>(d.entities.size()));
    if (inserted) d.entities.push_back({"library:" + label, label, EntityType::kLibrary, false, "", 0});
    while (d.sentences.size() <= sentence) d.sentences.push_back("sentence " + std::to_string(d.sentences.size()));
    MentionRecord m;
    m.entity = it->second;
    m.talk = talk;
    m.sentence = sentence;
    m.line = static_cast<int>(i) + 1;
    m.surface = i < surfaces.size() ? surfaces[i] : label;
    d.mentions.push_back(m);
  }
  return d;
}

std::optional<Edge> find_edge_descriptor(const KnowledgeGraph& kg, const std::string& s, const std::string& t,
                                         EdgeKind kind) {
  const Graph& g = kg.graph();
  for (Edge e : kg.ordered_edges()) {
    if (g[boost::source(e, g)].id == s && g[boost::target(e, g)].id == t && kg.edge(e).kind == kind) return e;
  }
  return std::nullopt;
}

const EdgeProps* find_edge(const KnowledgeGraph& kg, const std::string& s, const std::string& t, EdgeKind kind) {
  std::optional<Edge> e = find_edge_descriptor(kg, s, t, kind);
  return e ? &kg.edge(*e) : nullptr;
}

// The same nodes (ids, mention counts) and the same edges (ends, kind, weight, evidence), in order.
void expect_same_graph(const KnowledgeGraph& a, const KnowledgeGraph& b) {
  ASSERT_EQ(a.node_count(), b.node_count());
  ASSERT_EQ(a.edge_count(), b.edge_count());
  const Graph& ag = a.graph();
  const Graph& bg = b.graph();
  for (size_t v = 0; v < a.node_count(); ++v) {
    EXPECT_EQ(ag[v].id, bg[v].id);
    EXPECT_EQ(ag[v].mentions, bg[v].mentions);
    EXPECT_EQ(ag[v].mentions_by_year, bg[v].mentions_by_year);
  }
  for (size_t i = 0; i < a.ordered_edges().size(); ++i) {
    Edge ae = a.ordered_edges()[i], be = b.ordered_edges()[i];
    EXPECT_EQ(ag[boost::source(ae, ag)].id, bg[boost::source(be, bg)].id);
    EXPECT_EQ(ag[boost::target(ae, ag)].id, bg[boost::target(be, bg)].id);
    EXPECT_EQ(a.edge(ae).kind, b.edge(be).kind);
    EXPECT_EQ(a.edge(ae).weight, b.edge(be).weight);
    EXPECT_EQ(a.edge(ae).evidence, b.edge(be).evidence);
  }
}

TEST(GraphBuilder, BuildsEventTalkDocumentAndEntityNodes) {
  GraphBuilder b;
  b.add(doc("r1.md", 2022, {{"django", 0, 0}, {"flask", 0, 0}, {"django", -1, 1}}));
  KnowledgeGraph kg = b.build();
  GraphSummary s = kg.summary();
  EXPECT_EQ(s.documents, 1u);
  EXPECT_EQ(s.talks, 1u);
  EXPECT_EQ(s.entities_by_type.at("library"), 2u);
  ASSERT_TRUE(kg.find("event:pycon-kr-2022"));
  ASSERT_TRUE(kg.find("talk:pycon-kr-2022:a-talk"));
  ASSERT_TRUE(kg.find("document:r1-md"));
  EXPECT_TRUE(find_edge(kg, "talk:pycon-kr-2022:a-talk", "event:pycon-kr-2022", EdgeKind::kPresentedAt));
  EXPECT_TRUE(find_edge(kg, "talk:pycon-kr-2022:a-talk", "document:r1-md", EdgeKind::kReviewedIn));
  const EdgeProps* talk_django = find_edge(kg, "talk:pycon-kr-2022:a-talk", "library:django", EdgeKind::kMentions);
  ASSERT_TRUE(talk_django);
  EXPECT_EQ(talk_django->weight, 1);
  const EdgeProps* doc_django = find_edge(kg, "document:r1-md", "library:django", EdgeKind::kMentions);
  ASSERT_TRUE(doc_django);
  EXPECT_EQ(doc_django->evidence.at(0).sentence.view(), "sentence 1");
}

TEST(GraphBuilder, ATalkWrittenTwiceInOneReviewCountsAsOne) {
  // Talk records 0 and 2 are one talk (one node), with another talk between them, so the review's
  // mentions of it come in two groups; evidence keeps the first two of all five, wherever they are.
  auto mentions = std::vector<std::tuple<std::string, int, uint32_t>>{
      {"django", 2, 0}, {"flask", 1, 1}, {"django", 0, 2}, {"django", 2, 3}, {"django", 0, 4}, {"django", 2, 5}};
  DocumentExtraction split = doc("r1.md", 2022, mentions);
  split.talks.push_back({"Another talk", "session", "", 5, split.event});
  split.talks.push_back(split.talks[0]);
  DocumentExtraction whole = split;
  for (MentionRecord& m : whole.mentions) {
    if (m.talk == 2) m.talk = 0;
  }
  GraphOptions options;
  options.max_evidence_per_edge = 2;
  GraphBuilder a(options), b(options);
  a.add(split);
  b.add(whole);
  KnowledgeGraph ka = a.build(), kb = b.build();
  expect_same_graph(ka, kb);
  const EdgeProps* e = find_edge(ka, "talk:pycon-kr-2022:a-talk", "library:django", EdgeKind::kMentions);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->weight, 5);
  ASSERT_EQ(e->evidence.size(), 2u);
  EXPECT_EQ(e->evidence[0].sentence.view(), "sentence 0");
  EXPECT_EQ(e->evidence[1].sentence.view(), "sentence 2");
}

TEST(GraphBuilder, WithoutDocumentsMentionsOutsideTalksHangOnTheEvent) {
  GraphOptions options;
  options.documents = false;
  GraphBuilder b(options);
  b.add(doc("r1.md", 2022, {{"django", 0, 0}, {"django", -1, 1}}));
  b.add(doc("r2.md", 2022, {{"django", -1, 0}}));
  KnowledgeGraph kg = b.build();
  EXPECT_EQ(kg.summary().documents, 2u);
  EXPECT_FALSE(kg.find("document:r1-md"));
  EXPECT_EQ(kg.summary().edges_by_kind.count("reviewed_in"), 0u);
  EXPECT_EQ(kg.summary().edges_by_kind.count("about"), 0u);
  const EdgeProps* event_django = find_edge(kg, "event:pycon-kr-2022", "library:django", EdgeKind::kMentions);
  ASSERT_TRUE(event_django);
  EXPECT_EQ(event_django->weight, 2);
  ASSERT_EQ(event_django->evidence.size(), 2u);
  EXPECT_EQ(event_django->evidence[0].document.view(), "r1.md");  // the review is still named
  EXPECT_EQ(event_django->evidence[1].document.view(), "r2.md");
  // Both reviews cover the event and its talk: counted once per review.
  EXPECT_EQ(kg.graph()[*kg.find("event:pycon-kr-2022")].reviews, 2);
  EXPECT_EQ(kg.graph()[*kg.find("talk:pycon-kr-2022:a-talk")].reviews, 2);
}

TEST(GraphBuilder, WithoutDocumentsTheGraphDoesNotGrowWithMoreReviewsOfTheSameTalks) {
  GraphOptions options;
  options.documents = false;
  auto build = [&](int reviews) {
    GraphBuilder b(options);
    for (int i = 0; i < reviews; ++i) {
      b.add(doc("r" + std::to_string(i) + ".md", 2022, {{"django", 0, 0}, {"flask", 0, 0}, {"celery", -1, 1}}));
    }
    KnowledgeGraph kg = b.build();
    return std::make_pair(kg.node_count(), kg.edge_count());
  };
  EXPECT_EQ(build(10), build(1000));
}

TEST(GraphBuilder, MergesAliasesAndDocumentsAcrossYears) {
  GraphBuilder b;
  b.add(doc("a.md", 2019, {{"django", 0, 0}}, {"장고"}));
  b.add(doc("b.md", 2022, {{"django", 0, 0}, {"django", 0, 1}}, {"Django", "django"}));
  KnowledgeGraph kg = b.build();
  const NodeProps& n = kg.graph()[*kg.find("library:django")];
  EXPECT_EQ(n.mentions, 3);
  EXPECT_EQ(n.aliases, (std::vector<std::string>{"Django", "django", "장고"}));
  EXPECT_EQ(n.mentions_by_year, (std::map<int, int>{{2019, 1}, {2022, 2}}));
}

TEST(GraphBuilder, CooccurrenceWeightsFollowTheirFormulas) {
  // Sentence windows: {a,b}, {a,b}, {a,c}, {b}: c_ab = 2, s_a = 3, s_b = 3, s_c = 1, N = 4.
  GraphBuilder b;
  b.add(doc("x.md", 2020, {{"a", 0, 0}, {"b", 0, 0}, {"a", 0, 1}, {"b", 0, 1}, {"a", 0, 2}, {"c", 0, 2}, {"b", 0, 3}}));
  KnowledgeGraph kg = b.build();
  const EdgeProps* ab = find_edge(kg, "library:a", "library:b", EdgeKind::kCoOccurs);
  ASSERT_TRUE(ab);
  EXPECT_EQ(ab->weight, 2);
  EXPECT_EQ(ab->weight_by_year.at(2020), 2);
  const Cooccurrence strength = kg.cooccurrence(*find_edge_descriptor(kg, "library:a", "library:b", EdgeKind::kCoOccurs));
  EXPECT_DOUBLE_EQ(strength.association, 2.0 / 9.0);
  EXPECT_DOUBLE_EQ(strength.jaccard, 2.0 / 4.0);
  EXPECT_DOUBLE_EQ(strength.pmi, std::log2(4.0 * 2.0 / 9.0));
  std::optional<Edge> ac = find_edge_descriptor(kg, "library:a", "library:c", EdgeKind::kCoOccurs);
  ASSERT_TRUE(ac);
  EXPECT_DOUBLE_EQ(kg.cooccurrence(*ac).pmi, std::log2(4.0 * 1.0 / 3.0));
  EXPECT_FALSE(find_edge(kg, "library:b", "library:c", EdgeKind::kCoOccurs));
}

TEST(GraphBuilder, TalkWindowCountsOncePerTalk) {
  GraphOptions options;
  options.window = CooccurrenceWindow::kTalk;
  GraphBuilder b(options);
  b.add(doc("x.md", 2020, {{"a", 0, 0}, {"b", 0, 1}, {"a", 0, 2}, {"b", 0, 3}}));
  KnowledgeGraph kg = b.build();
  EXPECT_EQ(find_edge(kg, "library:a", "library:b", EdgeKind::kCoOccurs)->weight, 1);
}

// A window is its sentence, wherever its mentions come in the list (a shard may list them in any
// order): members that are not next to each other still make one window, and each window counts once.
TEST(GraphBuilder, WindowsGatherMentionsFromAnywhereInTheList) {
  GraphBuilder b;
  b.add(doc("x.md", 2020, {{"a", 0, 2}, {"b", -1, 0}, {"c", 0, 2}, {"a", -1, 0}, {"a", 0, 2}, {"d", 0, 1}}));
  KnowledgeGraph kg = b.build();
  ASSERT_TRUE(find_edge(kg, "library:a", "library:c", EdgeKind::kCoOccurs));
  EXPECT_EQ(find_edge(kg, "library:a", "library:c", EdgeKind::kCoOccurs)->weight, 1);
  ASSERT_TRUE(find_edge(kg, "library:a", "library:b", EdgeKind::kCoOccurs));
  EXPECT_EQ(find_edge(kg, "library:a", "library:b", EdgeKind::kCoOccurs)->weight, 1);
  EXPECT_FALSE(find_edge(kg, "library:b", "library:c", EdgeKind::kCoOccurs));
  EXPECT_FALSE(find_edge(kg, "library:a", "library:d", EdgeKind::kCoOccurs));
}

TEST(GraphBuilder, OrderOfDocumentsDoesNotMatter) {
  auto d1 = doc("a.md", 2019, {{"x", 0, 0}, {"y", 0, 0}});
  auto d2 = doc("b.md", 2020, {{"y", 0, 0}, {"z", -1, 1}});
  GraphBuilder forward, backward;
  forward.add(d1);
  forward.add(d2);
  backward.add(d2);
  backward.add(d1);
  expect_same_graph(forward.build(), backward.build());
}

TEST(GraphBuilder, NodeKeysThatShareAHashStayDistinctNodes) {
  // With 1 or 2 bits of hash, almost every key shares its hash with another: the graph must not
  // change.
  auto d1 = doc("a.md", 2019, {{"x", 0, 0}, {"y", 0, 0}, {"w", 0, 1}});
  auto d2 = doc("b.md", 2020, {{"y", 0, 0}, {"z", -1, 1}, {"x", -1, 1}});
  auto build = [&](int bits) {
    GraphOptions options;
    options.node_hash_bits = bits;
    GraphBuilder b(options);
    b.add(d1);
    b.add(d2);
    return b.build();
  };
  KnowledgeGraph full = build(64);
  for (int bits : {1, 2}) {
    SCOPED_TRACE(bits);
    expect_same_graph(full, build(bits));
  }
  EXPECT_EQ(full.node_count(), 10u);  // two events, two talks, two documents; x, y, w and z
  EXPECT_TRUE(full.find("library:w").has_value());
  EXPECT_TRUE(full.find("library:z").has_value());
}

TEST(GraphBuilder, UnknownYearGetsItsOwnEvent) {
  GraphBuilder b;
  b.add(doc("a.md", 0, {{"x", 0, 0}}));
  KnowledgeGraph kg = b.build();
  ASSERT_TRUE(kg.find("event:pycon-kr-unknown-year"));
  EXPECT_EQ(kg.graph()[*kg.find("event:pycon-kr-unknown-year")].label, "PyCon KR (year unknown)");
  // Mentions of no known year are counted in the unknown bucket: the parts add up to the whole.
  const NodeProps& x = kg.graph()[*kg.find("library:x")];
  EXPECT_EQ(x.mentions_by_year, (std::map<int, int>{{kUnknownYear, 1}}));
  EXPECT_EQ(x.mentions, 1);
}

// Names as written that make the same slug share a node, whichever review comes first: the talk is
// named by the first document by name, the event by the last review added. Talks and events are
// found by their names as written, without making their keys each time; the same spelling seen
// again must not keep an earlier review from naming them.
TEST(GraphBuilder, SpellingsWithOneSlugShareANode) {
  auto spelled = [](const std::string& name, const std::string& event, const std::string& title) {
    DocumentExtraction d = doc(name, 2019, {{"x", 0, 0}});
    d.event.name = event;
    d.talks[0].event = d.event;
    d.talks[0].title = title;
    return d;
  };
  GraphBuilder b;
  // The last spelling was seen before, and another came in between: neither the first nor the one
  // in between may name the event.
  b.add(spelled("d.md", "PyCon KR", "typing today"));
  b.add(spelled("c.md", "PyCon Kr", "Typing, Today"));
  b.add(spelled("b.md", "pycon kr", "typing today"));
  b.add(spelled("a.md", "PyCon Kr", "Typing, Today"));
  KnowledgeGraph kg = b.build();
  EXPECT_EQ(kg.summary().talks, 1u);
  ASSERT_TRUE(kg.find("event:pycon-kr-2019"));
  EXPECT_EQ(kg.graph()[*kg.find("event:pycon-kr-2019")].label, "PyCon Kr 2019");
  ASSERT_TRUE(kg.find("talk:pycon-kr-2019:typing-today"));
  const NodeProps& talk = kg.graph()[*kg.find("talk:pycon-kr-2019:typing-today")];
  EXPECT_EQ(talk.title, "Typing, Today");
  EXPECT_EQ(talk.path, "a.md");
  EXPECT_EQ(talk.reviews, 4);
}

// A mentions edge keeps no map per year: its source (a talk, a review, or an event without document
// nodes) has one year, which holds all of the edge's weight. Co-occurrence edges keep their own map.
TEST(GraphBuilder, MentionsEdgesWeighTheirSourcesYear) {
  for (bool documents : {true, false}) {
    GraphOptions options;
    options.documents = documents;
    GraphBuilder b(options);
    b.add(doc("a.md", 2019, {{"x", 0, 0}, {"x", 0, 1}, {"y", -1, 2}, {"y", 0, 0}}));
    b.add(doc("b.md", 2022, {{"x", 0, 0}, {"y", -1, 1}}));
    b.add(doc("c.md", 0, {{"x", 0, 0}, {"y", -1, 1}}));
    KnowledgeGraph kg = b.build();
    const Graph& g = kg.graph();
    size_t mentions = 0, with_year = 0;
    for (Edge e : kg.ordered_edges()) {
      if (kg.edge(e).kind != EdgeKind::kMentions) continue;
      ++mentions;
      const int year = g[boost::source(e, g)].year;
      const YearWeightsView years = kg.weight_by_year(e);
      ASSERT_EQ(years.size(), 1u) << g[boost::source(e, g)].id;  // the unknown bucket too
      if (year != kUnknownYear) ++with_year;
      EXPECT_EQ(years.begin()->first, year);
      EXPECT_EQ(years.begin()->second, kg.edge(e).weight);
    }
    EXPECT_EQ(with_year, 5u);
    EXPECT_EQ(mentions, 7u);
    const std::optional<Edge> x_talk = find_edge_descriptor(kg, "talk:pycon-kr-2019:a-talk", "library:x", EdgeKind::kMentions);
    ASSERT_TRUE(x_talk);
    // A copied view reads its own year, not the one it was copied from.
    std::optional<YearWeightsView> copy;
    {
      const YearWeightsView original = kg.weight_by_year(*x_talk);
      copy = original;
    }
    std::vector<std::pair<int, double>> seen(copy->begin(), copy->end());
    EXPECT_EQ(seen, (std::vector<std::pair<int, double>>{{2019, 2}}));
    const std::optional<Edge> xy = find_edge_descriptor(kg, "library:x", "library:y", EdgeKind::kCoOccurs);
    ASSERT_TRUE(xy);
    const YearWeightsView xy_years = kg.weight_by_year(*xy);
    const YearWeights& xy_map = kg.edge(*xy).weight_by_year;
    using Years = std::vector<std::pair<int, double>>;
    EXPECT_EQ(Years(xy_years.begin(), xy_years.end()), Years(xy_map.begin(), xy_map.end()));
    EXPECT_FALSE(kg.weight_by_year(*xy).empty());
  }
}

// Evidence compares its fields one at a time, reading a string only when the fields before it are
// equal; the order must still be that of the (document, line, surface, sentence) tuple.
TEST(Evidence, OrdersLikeItsFieldsAsATuple) {
  StringPool pool;
  const std::vector<std::string> texts = {"", "a", "ab", "b", "r1.md", "r2.md", "장고", "장고를"};
  std::mt19937 random(5);
  auto pick = [&] { return pool.intern(texts[random() % texts.size()]); };
  std::vector<Evidence> all;
  for (int i = 0; i < 300; ++i) {
    all.push_back({StringPool::pooled(pick()), StringPool::pooled(pick()), StringPool::pooled(pick()),
                   static_cast<int>(random() % 3)});
  }
  auto tuple = [](const Evidence& e) { return std::make_tuple(e.document.view(), e.line, e.surface.view(), e.sentence.view()); };
  size_t before = 0, equal = 0;
  for (const Evidence& a : all) {
    for (const Evidence& b : all) {
      ASSERT_EQ(a < b, tuple(a) < tuple(b));
      ASSERT_EQ(a == b, tuple(a) == tuple(b));
      ASSERT_EQ(Evidence::comes_before(a.document, a.line, a.surface, a.sentence, b), tuple(a) < tuple(b));
      before += a < b;
      equal += a == b;
    }
  }
  EXPECT_GT(before, 10000u);  // both answers, many times over
  EXPECT_GT(equal, 300u);
}

}  // namespace
}  // namespace talkgraph
