// KnowledgeBase: the built-in lexicon, the PyPI index and a user's lexicon files, loaded together.
#pragma once

#include <string>
#include <vector>

#include "extract/discovery.h"
#include "extract/lexicon.h"

namespace talkgraph {

struct KnowledgeBase {
  Lexicon lexicon;
  PypiIndex pypi;
};

// Loads the built-in files, then `user_lexicons` over them. Errors ("file:line: ...") make the
// result unusable; warnings (duplicates, conflicting aliases) do not.
bool load_knowledge_base(const std::vector<std::string>& user_lexicons, KnowledgeBase* kb,
                         std::vector<std::string>* errors, std::vector<std::string>* warnings);

}  // namespace talkgraph
