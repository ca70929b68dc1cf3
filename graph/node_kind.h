// NodeKind: what a knowledge graph node is, and the one name every output gives it.
#pragma once

#include <cstdint>
#include <string_view>

#include "extract/lexicon.h"

namespace talkgraph {

// What a node is: an event, a review (document), a talk, or an entity of one of the lexicon's types,
// which follow in EntityType's order. kNone is a node GraphBuilder has made and not yet filled in.
enum class NodeKind : uint8_t { kNone, kEvent, kDocument, kTalk, kLibrary, kTool, kLanguage, kConcept, kOrganization };

constexpr NodeKind node_kind(EntityType type) {
  return static_cast<NodeKind>(static_cast<int>(NodeKind::kLibrary) + static_cast<int>(type));
}
static_assert(node_kind(EntityType::kLibrary) == NodeKind::kLibrary &&
              node_kind(EntityType::kOrganization) == NodeKind::kOrganization);
constexpr bool is_entity(NodeKind kind) { return kind >= NodeKind::kLibrary; }
// The node's `type` in every output (GraphML, GEXF, JSON, DOT, Cytoscape, HTML, trace): "event",
// "document", "talk", or the entity type's name from the lexicon's table (entity_type_name); "" for
// kNone.
std::string_view node_kind_name(NodeKind kind);

}  // namespace talkgraph
