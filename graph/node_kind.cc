#include "graph/node_kind.h"

namespace talkgraph {

std::string_view node_kind_name(NodeKind kind) {
  switch (kind) {
    case NodeKind::kNone: return "";
    case NodeKind::kEvent: return "event";
    case NodeKind::kDocument: return "document";
    case NodeKind::kTalk: return "talk";
    case NodeKind::kLibrary:
    case NodeKind::kTool:
    case NodeKind::kLanguage:
    case NodeKind::kConcept:
    case NodeKind::kOrganization:
      return entity_type_name(static_cast<EntityType>(static_cast<int>(kind) - static_cast<int>(NodeKind::kLibrary)));
  }
  return "?";
}

}  // namespace talkgraph
