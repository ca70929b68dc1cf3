#include "graph/metrics.h"

#include <numeric>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <gtest/gtest.h>

#include "graph/graph_builder.h"
#include "graph/trace.h"

namespace talkgraph {
namespace {

// One sentence per group of labels: every pair in a group co-occurs once.
DocumentExtraction sentences(const std::string& name, int year, const std::vector<std::vector<std::string>>& groups) {
  DocumentExtraction d;
  d.name = name;
  d.event = {"PyCon KR", year, "event"};
  d.talks.push_back({"T " + name, "session", "", 1, d.event});
  std::map<std::string, uint32_t> index;
  for (uint32_t s = 0; s < groups.size(); ++s) {
    d.sentences.push_back("s" + std::to_string(s));
    for (const std::string& label : groups[s]) {
      auto [it, inserted] = index.try_emplace(label, static_cast<uint32_t>(d.entities.size()));
      if (inserted) d.entities.push_back({"tool:" + label, label, EntityType::kTool, false, "", 0});
      MentionRecord m;
      m.entity = it->second;
      m.talk = 0;
      m.sentence = s;
      m.surface = label;
      m.line = static_cast<int>(s) + 1;
      d.mentions.push_back(m);
    }
  }
  return d;
}

const NodeProps& node(const KnowledgeGraph& kg, const std::string& id) { return kg.graph()[*kg.find(id)]; }

TEST(Metrics, PathGraphCentralities) {
  GraphBuilder b;
  b.add(sentences("a.md", 2020, {{"a", "b"}, {"b", "c"}, {"b", "c"}}));
  KnowledgeGraph kg = b.build();
  compute_metrics(&kg);
  EXPECT_EQ(node(kg, "tool:b").degree, 2);
  EXPECT_EQ(node(kg, "tool:b").weighted_degree, 3);
  EXPECT_DOUBLE_EQ(node(kg, "tool:b").betweenness, 1.0);  // on the only path between a and c
  EXPECT_DOUBLE_EQ(node(kg, "tool:a").betweenness, 0.0);
  double total = node(kg, "tool:a").pagerank + node(kg, "tool:b").pagerank + node(kg, "tool:c").pagerank;
  EXPECT_NEAR(total, 1.0, 1e-12);
  EXPECT_GT(node(kg, "tool:b").pagerank, node(kg, "tool:c").pagerank);
  EXPECT_GT(node(kg, "tool:c").pagerank, node(kg, "tool:a").pagerank);  // heavier edge
  EXPECT_EQ(node(kg, "event:pycon-kr-2020").community, -1);  // metrics are for entities only
}

TEST(Metrics, TwoCliquesAreTwoCommunities) {
  GraphBuilder b;
  b.add(sentences("a.md", 2020, {{"a1", "a2", "a3"}, {"a1", "a2", "a3"}, {"b1", "b2", "b3"}, {"b1", "b2", "b3"}, {"a1", "b1"}}));
  KnowledgeGraph kg = b.build();
  compute_metrics(&kg);
  EXPECT_EQ(kg.communities(), 2u);
  EXPECT_EQ(node(kg, "tool:a1").community, node(kg, "tool:a3").community);
  EXPECT_EQ(node(kg, "tool:b1").community, node(kg, "tool:b2").community);
  EXPECT_NE(node(kg, "tool:a1").community, node(kg, "tool:b1").community);
  // Two groups of total weight 6 each, one bridge of weight 1: Q = 2 * (6/13 - (13/26)^2).
  EXPECT_NEAR(kg.modularity(), 2 * (6.0 / 13 - 0.25), 1e-9);
}

TEST(Metrics, SameInputSameCommunities) {
  auto run = [] {
    GraphBuilder b;
    b.add(sentences("a.md", 2020, {{"x", "y"}, {"y", "z"}, {"z", "w"}, {"w", "x"}, {"p", "q"}}));
    KnowledgeGraph kg = b.build();
    compute_metrics(&kg);
    std::vector<int> c;
    for (Vertex v : boost::make_iterator_range(boost::vertices(kg.graph()))) c.push_back(kg.graph()[v].community);
    return c;
  };
  EXPECT_EQ(run(), run());
}

TEST(Trace, YearByYearWithTalksCoMentionsAndEvidence) {
  GraphBuilder b;
  b.add(sentences("a.md", 2019, {{"django", "celery"}}));
  b.add(sentences("b.md", 2022, {{"django", "flask"}, {"django"}}));
  KnowledgeGraph kg = b.build();
  EntityTrace t = trace_entity(kg, *kg.find("tool:django"));
  ASSERT_EQ(t.years.size(), 2u);
  EXPECT_EQ(t.years[0].year, 2019);
  EXPECT_EQ(t.years[0].mentions, 1);
  EXPECT_EQ(t.years[0].talks, std::vector<std::string>{"T a.md"});
  ASSERT_EQ(t.years[0].co_mentioned.size(), 1u);
  EXPECT_EQ(t.years[0].co_mentioned[0].first, "celery");
  EXPECT_EQ(t.years[1].year, 2022);
  EXPECT_EQ(t.years[1].mentions, 2);
  ASSERT_TRUE(t.years[1].evidence);
  EXPECT_EQ(t.years[1].evidence->document.view(), "b.md");
  EXPECT_EQ(to_json(t)["years"][1]["year"], 2022);
}

TEST(Trends, AppearedDisappearedRoseFell) {
  GraphBuilder b;
  b.add(sentences("a.md", 2019, {{"old"}, {"steady"}, {"steady"}, {"shrinking"}, {"shrinking"}}));
  b.add(sentences("b.md", 2020, {{"new"}, {"steady"}, {"steady"}, {"shrinking"}, {"new"}, {"new"}}));
  Trends t = compute_trends(b.build(), 10);
  ASSERT_EQ(t.years.size(), 2u);
  EXPECT_EQ(t.years[0].top[0].label, "shrinking");  // 2 each for shrinking and steady: by label
  ASSERT_EQ(t.diffs.size(), 1u);
  const YearDiff& d = t.diffs[0];
  ASSERT_EQ(d.appeared.size(), 1u);
  EXPECT_EQ(d.appeared[0].label, "new");
  ASSERT_EQ(d.disappeared.size(), 1u);
  EXPECT_EQ(d.disappeared[0].label, "old");
  ASSERT_EQ(d.fell.size(), 2u);  // steady 2/5 -> 2/6 and shrinking 2/5 -> 1/6, by share
  EXPECT_EQ(d.fell[0].label, "shrinking");
  EXPECT_TRUE(d.rose.empty());
}

}  // namespace
}  // namespace talkgraph

namespace talkgraph {
namespace {

// A graph with structure: 80 entities, each sentence pairs a few of them by a fixed recurrence, some
// entities reachable only through others, one isolated pair.
KnowledgeGraph tangled_graph() {
  std::vector<std::vector<std::string>> groups;
  uint32_t x = 12345;
  for (int s = 0; s < 160; ++s) {
    std::vector<std::string> group;
    for (int k = 0; k < 2 + s % 3; ++k) {
      x = x * 1103515245u + 12345u;
      group.push_back("n" + std::to_string((x >> 16) % (s < 120 ? 60 : 80)));
    }
    groups.push_back(group);
  }
  groups.push_back({"island-a", "island-b"});
  GraphBuilder b;
  b.add(sentences("a.md", 2020, groups));
  return b.build();
}

TEST(Metrics, BetweennessEqualsBoostsBrandes) {
  KnowledgeGraph kg = tangled_graph();
  compute_metrics(&kg);
  ASSERT_TRUE(kg.betweenness_exact());
  // The reference: Boost's Brandes on the same undirected topic map, normalized as NetworkX does.
  const Graph& g = kg.graph();
  std::map<Vertex, size_t> index;
  std::vector<Vertex> nodes;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    if (is_entity(g[v].type)) {
      index[v] = nodes.size();
      nodes.push_back(v);
    }
  }
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  Undirected u(nodes.size());
  for (Edge e : kg.ordered_edges()) {
    if (kg.edge(e).kind == EdgeKind::kCoOccurs) boost::add_edge(index[boost::source(e, g)], index[boost::target(e, g)], u);
  }
  std::vector<double> reference(nodes.size(), 0.0);
  boost::brandes_betweenness_centrality(
      u, boost::centrality_map(boost::make_iterator_property_map(reference.begin(), boost::get(boost::vertex_index, u))));
  const double n = static_cast<double>(nodes.size());
  double largest = 0;
  for (size_t i = 0; i < nodes.size(); ++i) {
    EXPECT_NEAR(g[nodes[i]].betweenness, reference[i] * 2.0 / ((n - 1) * (n - 2)), 1e-12) << g[nodes[i]].id;
    largest = std::max(largest, g[nodes[i]].betweenness);
  }
  EXPECT_GT(largest, 0.02);  // the graph has real bridges, so the comparison means something
}

TEST(Metrics, BetweennessIsTheSameBytesOnOneOrManyThreads) {
  for (double work : {2e8, 0.0}) {  // the exact path; the sampled path (here with every node a source)
    KnowledgeGraph one = tangled_graph(), many = tangled_graph();
    MetricsOptions options;
    options.exact_betweenness_work = work;
    options.threads = 1;
    compute_metrics(&one, options);
    options.threads = 3;
    compute_metrics(&many, options);
    EXPECT_EQ(one.betweenness_exact(), many.betweenness_exact());
    for (Vertex v : boost::make_iterator_range(boost::vertices(one.graph()))) {
      EXPECT_EQ(one.graph()[v].betweenness, many.graph()[v].betweenness) << one.graph()[v].id << " work " << work;
    }
  }
}

TEST(Metrics, SampledBetweennessIsExactWhenEverySourceIsSampled) {
  KnowledgeGraph exact = tangled_graph(), sampled = tangled_graph();
  compute_metrics(&exact);
  MetricsOptions force;
  force.exact_betweenness_work = 0;  // every graph counts as large: the sampled path runs, with all sources
  compute_metrics(&sampled, force);
  EXPECT_TRUE(exact.betweenness_exact());
  EXPECT_TRUE(sampled.betweenness_exact());  // fewer than 64 nodes: all were sources
  for (Vertex v : boost::make_iterator_range(boost::vertices(exact.graph()))) {
    EXPECT_NEAR(exact.graph()[v].betweenness, sampled.graph()[v].betweenness, 1e-12) << exact.graph()[v].id;
  }
}

}  // namespace
}  // namespace talkgraph
