#include "extract/knowledge_base.h"

#include <cstdlib>
#include <filesystem>

#include <fmt/format.h>

namespace talkgraph {

std::string builtin_data_dir() {
  const char* dir = std::getenv("TALKGRAPH_DATA_DIR");
  return std::string(dir && *dir ? dir : TALKGRAPH_DATA_DIR);
}

bool load_knowledge_base(const std::vector<std::string>& user_lexicons, KnowledgeBase* kb,
                         std::vector<std::string>* errors, std::vector<std::string>* warnings) {
  size_t errors_before = errors->size();
  for (const std::string& path : builtin_lexicon_paths()) {
    if (!std::filesystem::exists(path)) {
      errors->push_back(fmt::format("{}: built-in lexicon not found (set TALKGRAPH_DATA_DIR to its folder)", path));
      return false;
    }
    kb->lexicon.add_file(path, errors, warnings);
  }
  std::string error;
  if (!kb->pypi.load(builtin_data_dir() + "/pypi-index.txt", &error)) errors->push_back(error);
  for (const std::string& path : user_lexicons) kb->lexicon.add_file(path, errors, warnings);
  return errors->size() == errors_before;
}

}  // namespace talkgraph
