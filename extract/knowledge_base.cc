#include "extract/knowledge_base.h"

#include <filesystem>

#include <fmt/format.h>

#include "base/resources.h"

namespace talkgraph {

bool load_knowledge_base(const std::vector<std::string>& user_lexicons, KnowledgeBase* kb,
                         std::vector<std::string>* errors, std::vector<std::string>* warnings) {
  size_t errors_before = errors->size();
  for (const std::string& path : builtin_lexicon_paths()) {
    if (!std::filesystem::exists(path)) {
      errors->push_back(fmt::format("{}: built-in lexicon not found: install talkgraph with 'cmake --install', or set TALKGRAPH_DATA_DIR to the folder holding it", path));
      return false;
    }
    kb->lexicon.add_file(path, errors, warnings);
  }
  std::string error;
  if (!kb->pypi.load(data_dir() + "/pypi-index.txt", &error)) errors->push_back(error);
  for (const std::string& path : user_lexicons) kb->lexicon.add_file(path, errors, warnings);
  return errors->size() == errors_before;
}

}  // namespace talkgraph
