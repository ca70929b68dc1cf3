// Shard: a DocumentExtraction as one line of JSON, so extraction can run anywhere and merge later.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "extract/extraction.h"

namespace talkgraph {

// Every field, so that merging shards builds the same graph as one `build` over the same files.
nlohmann::json shard_json(const DocumentExtraction& doc);

// The inverse; false with *error naming what is missing or malformed.
bool parse_shard(const nlohmann::json& j, DocumentExtraction* doc, std::string* error);

}  // namespace talkgraph
