// What a topic map keeps (export/topic_map.h) and how the DOT writer draws it.
#include "export/topic_map.h"

#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "export/dot_writer.h"
#include "graph/graph_builder.h"
#include "graph/metrics.h"

namespace talkgraph {
namespace {

// One review of PyCon KR 2022: entity k is mentioned 6-k times (e0 most); talk 0 mentions e0, e1,
// e2; talk 1 mentions e0; talk 2 mentions only e5; talk 3 mentions nothing. e0-e3 share sentences.
KnowledgeGraph sample_graph() {
  DocumentExtraction d;
  d.name = "review.md";
  d.event = {"PyCon KR", 2022, "event"};
  for (int t = 0; t < 4; ++t) d.talks.push_back({"Talk " + std::to_string(t), "session", "", t + 1, d.event});
  for (int e = 0; e < 6; ++e) {
    d.entities.push_back({"library:e" + std::to_string(e), "E" + std::to_string(e), EntityType::kLibrary, false, "", 0});
  }
  for (int s = 0; s < 6; ++s) d.sentences.push_back("sentence " + std::to_string(s));
  auto mention = [&](uint32_t entity, int talk, uint32_t sentence) {
    d.mentions.push_back({entity, talk, d.mentions.size(), static_cast<int>(sentence) + 1, sentence, "E", "name"});
  };
  const int talk_of_sentence[6] = {0, 0, 1, -1, -1, 2};
  for (uint32_t e = 0; e < 6; ++e) {
    for (uint32_t k = 0; k < 6 - e; ++k) {
      const uint32_t sentence = e == 5 ? 5 : k % 5;
      mention(e, talk_of_sentence[sentence], sentence);
    }
  }
  GraphBuilder b;
  b.add(d);
  KnowledgeGraph g = b.build();
  compute_metrics(&g, MetricsOptions{});
  return g;
}

size_t count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t p = haystack.find(needle); p != std::string::npos; p = haystack.find(needle, p + 1)) ++n;
  return n;
}

TEST(MapSelection, KeepsTheMostMentionedEntitiesTheirTalksAndEventsNeverDocuments) {
  KnowledgeGraph kg = sample_graph();
  const Graph& g = kg.graph();
  MapSelectionOptions options;
  options.entities = 3;
  options.talks = 5;
  const MapSelection map = select_map(kg, options);
  std::vector<std::string> ids;
  for (Vertex v : map.nodes) ids.push_back(g[v].id);
  EXPECT_EQ(map.entities, 3u);
  EXPECT_EQ(map.total_entities, 6u);
  EXPECT_EQ(map.total_talks, 4u);
  for (const char* id : {"library:e0", "library:e1", "library:e2"}) {
    EXPECT_NE(std::find(ids.begin(), ids.end(), id), ids.end()) << id;
  }
  for (const std::string& id : ids) {
    EXPECT_NE(g[kg.find(id).value()].type, NodeKind::kDocument) << id;
    EXPECT_NE(id, "library:e3");
  }
  // Talks 0 and 1 mention kept entities; talk 2 mentions only e5, talk 3 nothing.
  EXPECT_EQ(map.talks, 2u);
  EXPECT_EQ(map.events, 1u);
  for (Edge e : map.edges) {
    EXPECT_NE(kg.edge(e).kind, EdgeKind::kReviewedIn);
    EXPECT_NE(kg.edge(e).kind, EdgeKind::kAbout);
  }
}

TEST(MapSelection, CapsTalksAndCoMentionsPerEntity) {
  KnowledgeGraph kg = sample_graph();
  MapSelectionOptions options;
  options.entities = 4;
  options.talks = 1;
  options.co_mentions_per_node = 1;
  const MapSelection map = select_map(kg, options);
  EXPECT_EQ(map.talks, 1u);  // talk 0, which mentions the most kept entities
  const Graph& g = kg.graph();
  bool has_talk0 = false;
  size_t co_mentions = 0;
  for (Vertex v : map.nodes) has_talk0 |= g[v].label == "Talk 0";
  for (Edge e : map.edges) co_mentions += kg.edge(e).kind == EdgeKind::kCoOccurs;
  EXPECT_TRUE(has_talk0);
  // Four entities all co-mentioned: each keeps its strongest one, so at most four edges, at least two.
  EXPECT_LE(co_mentions, 4u);
  EXPECT_GE(co_mentions, 2u);
}

TEST(MapSelection, NamesColoredCommunitiesByTheirMostMentionedEntity) {
  KnowledgeGraph kg = sample_graph();
  const MapSelection map = select_map(kg, MapSelectionOptions{});
  ASSERT_FALSE(map.communities.empty());
  const CommunityLegendEntry& first = map.communities.front();
  EXPECT_GE(first.members, 2u);
  // The largest community's name is its member with the most mentions.
  const Graph& g = kg.graph();
  int best = -1;
  std::string best_label;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    if (is_entity(g[v].type) && g[v].community == first.community && g[v].mentions > best) {
      best = g[v].mentions;
      best_label = g[v].label;
    }
  }
  EXPECT_EQ(first.name, best_label);
  EXPECT_EQ(community_fill(map, -1), "#dddddd");
  EXPECT_NE(community_fill(map, first.community), "#dddddd");
}

TEST(Dot, NamesItsEngineAndSeedAndLabelsNoEdge) {
  KnowledgeGraph kg = sample_graph();
  std::ostringstream out;
  write_dot(kg, out);
  const std::string s = out.str();
  EXPECT_NE(s.find("layout=\"neato\", start=\"7\""), std::string::npos);
  EXPECT_EQ(s.find(" size="), std::string::npos);  // never scaled down
  EXPECT_EQ(s.find("[size="), std::string::npos);
  EXPECT_EQ(s.find("\"document:"), std::string::npos);
  std::istringstream lines(s);
  std::string line;
  size_t edges = 0;
  while (std::getline(lines, line)) {
    if (line.find(" -> ") == std::string::npos) continue;
    ++edges;
    EXPECT_EQ(line.find("label="), std::string::npos) << line;
  }
  EXPECT_GT(edges, 0u);
  EXPECT_NE(s.find("the 6 most mentioned of 6 entities, 3 of 4 talks"), std::string::npos);
}

TEST(Dot, LegendListsTypesOrNamedCommunitiesEscaped) {
  KnowledgeGraph kg = sample_graph();
  std::ostringstream by_type, by_community;
  write_dot(kg, by_type);
  DotOptions options;
  options.color_by_community = true;
  write_dot(kg, by_community, options);
  EXPECT_NE(by_type.str().find("</font> library</td>"), std::string::npos);
  EXPECT_NE(by_type.str().find("</font> talk</td>"), std::string::npos);
  EXPECT_EQ(by_type.str().find("topic around"), std::string::npos);
  EXPECT_NE(by_community.str().find("topic around E"), std::string::npos);
  EXPECT_NE(by_community.str().find("</font> other topics</td>"), std::string::npos);
  EXPECT_EQ(count(by_community.str(), "</font> library</td>"), 0u);
}

}  // namespace
}  // namespace talkgraph
