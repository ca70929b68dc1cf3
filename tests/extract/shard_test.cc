#include "extract/shard.h"

#include <string>

#include <gtest/gtest.h>

namespace talkgraph {
namespace {

// A line `talkgraph extract` wrote before TalkRecord's room was named room (a4008fd), of the review
// "# PyCon KR 2019 후기\n\n## Session 101 : Django ORM 최적화\n\nDjango ORM과 PostgreSQL 이야기.\n".
const std::string kPreviousLine =
    R"({"bytes":99,"content_hash":"8a8c0745d8fc646c","entities":[{"discovered":false,"discovered_by":"","expansions":[],"id":"library:django-orm","label":"Django ORM","pypi_rank":0,"type":"library","version_of":""},{"discovered":false,"discovered_by":"","expansions":[],"id":"library:django","label":"Django","pypi_rank":0,"type":"library","version_of":""},{"discovered":false,"discovered_by":"","expansions":[],"id":"tool:postgresql","label":"PostgreSQL","pypi_rank":0,"type":"tool","version_of":""}],"event":{"name":"PyCon KR","year":2019,"year_source":"event"},"mentions":[[0,0,41,3,0,"Django ORM","name"],[1,0,41,3,0,"Django","part-of"],[0,0,63,5,1,"Django ORM","name"],[1,0,63,5,1,"Django","part-of"],[2,0,77,5,1,"PostgreSQL","name"]],"name":"room.md","sentences":["Session 101 : Django ORM 최적화","Django ORM과 PostgreSQL 이야기."],"talks":[{"event":{"name":"PyCon KR","year":2019,"year_source":"event"},"kind":"session","label":"101","line":3,"rule":"markdown heading: H3: opens with a talk kind","title":"Django ORM 최적화"}],"warnings":[]})";

// Issue 30: the talk's room is read from the key older shards wrote it under ("label"), entity types
// by the lexicon's names, and the line is written back byte for byte: shards of either version merge
// with the other's.
TEST(Shard, ReadsAndWritesALineOfThePreviousVersion) {
  DocumentExtraction d;
  std::string error;
  ASSERT_TRUE(parse_shard(nlohmann::json::parse(kPreviousLine), &d, &error)) << error;
  ASSERT_EQ(d.talks.size(), 1u);
  EXPECT_EQ(d.talks[0].room, "101");
  EXPECT_EQ(d.talks[0].kind, "session");
  EXPECT_EQ(d.talks[0].title, "Django ORM 최적화");
  ASSERT_EQ(d.entities.size(), 3u);
  EXPECT_EQ(d.entities[0].type, EntityType::kLibrary);
  EXPECT_EQ(d.entities[2].type, EntityType::kTool);
  EXPECT_EQ(shard_json(d).dump(-1, ' ', false, nlohmann::json::error_handler_t::strict), kPreviousLine);
}

TEST(Shard, RefusesAnEntityTypeTheLexiconDoesNotName) {
  nlohmann::json j = nlohmann::json::parse(kPreviousLine);
  j["entities"][2]["type"] = "talk";  // a node kind, but no entity type
  DocumentExtraction d;
  std::string error;
  EXPECT_FALSE(parse_shard(j, &d, &error));
  EXPECT_EQ(error, "entity 'tool:postgresql' has an unknown type 'talk' (one of: library, tool, language, concept, organization)");
}

}  // namespace
}  // namespace talkgraph
