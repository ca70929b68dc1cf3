#include "graph/metrics.h"

#include <numeric>

#include <gtest/gtest.h>

#include "graph/graph_builder.h"
#include "graph/trace.h"

namespace talkgraph {
namespace {

// One sentence per group of labels: every pair in a group co-occurs once.
DocumentExtraction sentences(const std::string& name, int year, const std::vector<std::vector<std::string>>& groups) {
  DocumentExtraction d;
  d.path = d.name = name;
  d.event = {"PyCon KR", year, "event"};
  d.talks.push_back({"T " + name, "session", "", 1, d.event});
  std::map<std::string, uint32_t> index;
  for (uint32_t s = 0; s < groups.size(); ++s) {
    d.sentences.push_back("s" + std::to_string(s));
    for (const std::string& label : groups[s]) {
      auto [it, inserted] = index.try_emplace(label, static_cast<uint32_t>(d.entities.size()));
      if (inserted) d.entities.push_back({"tool:" + label, label, "tool", false, "", 0});
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
  EXPECT_EQ(t.years[1].evidence->document, "b.md");
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

TEST(Metrics, SampledBetweennessIsExactWhenEverySourceIsSampled) {
  // A star with a tail: the sampled estimate from all sources must equal Boost's exact result.
  GraphBuilder b;
  b.add(sentences("a.md", 2020, {{"hub", "x1"}, {"hub", "x2"}, {"hub", "x3"}, {"x3", "tail"}, {"tail", "end"}}));
  KnowledgeGraph exact = b.build();
  GraphBuilder b2;
  b2.add(sentences("a.md", 2020, {{"hub", "x1"}, {"hub", "x2"}, {"hub", "x3"}, {"x3", "tail"}, {"tail", "end"}}));
  KnowledgeGraph sampled = b2.build();
  compute_metrics(&exact);
  MetricsOptions force;
  force.exact_betweenness_work = 0;  // every graph counts as large: the sampled path runs, with all sources
  compute_metrics(&sampled, force);
  EXPECT_TRUE(exact.betweenness_exact());
  EXPECT_TRUE(sampled.betweenness_exact());  // all six nodes were sources
  for (const char* id : {"tool:hub", "tool:x3", "tool:tail", "tool:end"}) {
    EXPECT_NEAR(node(exact, id).betweenness, node(sampled, id).betweenness, 1e-12) << id;
  }
  EXPECT_GT(node(exact, "tool:hub").betweenness, 0.5);
}

}  // namespace
}  // namespace talkgraph
