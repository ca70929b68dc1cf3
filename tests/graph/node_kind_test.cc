#include "graph/node_kind.h"

#include <set>
#include <string>

#include <gtest/gtest.h>

namespace talkgraph {
namespace {

// The writers' `type` attribute comes from node_kind_name alone (issue 30): these strings are the
// output format, the same bytes as when the kind was a string.
TEST(NodeKind, NamesAreTheOutputTypeStrings) {
  EXPECT_EQ(node_kind_name(NodeKind::kEvent), "event");
  EXPECT_EQ(node_kind_name(NodeKind::kDocument), "document");
  EXPECT_EQ(node_kind_name(NodeKind::kTalk), "talk");
  EXPECT_EQ(node_kind_name(NodeKind::kLibrary), "library");
  EXPECT_EQ(node_kind_name(NodeKind::kTool), "tool");
  EXPECT_EQ(node_kind_name(NodeKind::kLanguage), "language");
  EXPECT_EQ(node_kind_name(NodeKind::kConcept), "concept");
  EXPECT_EQ(node_kind_name(NodeKind::kOrganization), "organization");
  EXPECT_EQ(node_kind_name(NodeKind::kNone), "");
}

// An entity's kind is named by the lexicon's table, the one shards and lexicon files are read with:
// a type name read back gives the kind it was written from.
TEST(NodeKind, EntityKindsRoundTripThroughTheLexiconsTypeNames) {
  std::set<std::string> names;
  for (const std::string& name : entity_type_names()) {
    EntityType type{};
    ASSERT_TRUE(parse_entity_type(name, &type)) << name;
    const NodeKind kind = node_kind(type);
    EXPECT_TRUE(is_entity(kind)) << name;
    EXPECT_EQ(node_kind_name(kind), name);
    names.insert(name);
  }
  EXPECT_EQ(names.size(), 5u);
  for (NodeKind kind : {NodeKind::kNone, NodeKind::kEvent, NodeKind::kDocument, NodeKind::kTalk}) {
    EXPECT_FALSE(is_entity(kind)) << node_kind_name(kind);
    EXPECT_EQ(names.count(std::string(node_kind_name(kind))), 0u);
  }
}

}  // namespace
}  // namespace talkgraph
