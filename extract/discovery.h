// Discovery: names the lexicon lacks, found by the way reviews introduce them.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/document.h"
#include "extract/lexicon.h"
#include "extract/links.h"
#include "extract/vocabulary.h"

namespace talkgraph {

// PyPI names and download ranks (data/pypi-index.txt), keyed by the PEP 503 normalized name.
class PypiIndex {
 public:
  bool load(const std::string& path, std::string* error);
  void add(std::string_view name, int rank);
  int rank(std::string_view name) const;  // 0 when unknown
  static std::string normalize(std::string_view name);  // lowercase, runs of -_. as one '-'
  size_t size() const { return ranks_.size(); }

 private:
  std::unordered_map<std::string, int> ranks_;
};

struct Discovery {
  std::string label;
  EntityType type = EntityType::kTool;  // guessed: library for PyPI names, concept or organization for acronyms, else tool
  std::string rule;  // pip-install, import, cue, code-span, name-shape, title-head, link-label, acronym-definition
  int pypi_rank = 0;
  std::vector<std::string> aliases;                  // an acronym's expansion
  std::vector<std::pair<size_t, size_t>> spans;      // byte spans of every mention in the text
};

// Finds names the lexicon lacks, in order of strength:
//   pip install X / uv add X / poetry add X / conda install X   -> library X (any name)
//   import X, from X import ... (at the start of a line)        -> library X (top-level module)
//   X 라이브러리 / X library / 라이브러리: X (the entity cue words) -> library X, if X is a PyPI name
//   `X` (a code span)                                           -> library X if a PyPI name; tool X if
//                                                                  capitalized and no English word
//   cuDF, PyCharm, KoNLP, CLion (a capital inside a word)        -> tool X (library if on PyPI)
//   ### Arkouda: Terascale Data Science (a heading's head)       -> tool X, if no English word
//   [Kestrel](https://github.com/acme/kestrel) (a link label its project's page names)
//                                                              -> tool X (library if on PyPI)
//   Global Interpreter Lock (GIL), ELT (Extract Load Transform), CoC가 Code Of Conduct임을
//                                                              -> concept, when the initials spell it;
//                                                                 organization when the expansion ends
//                                                                 in an organization word (Agency)
// Names the lexicon already knows (by name or alias), conference series (PyConFR) and names of people
// (McIver, @handles) are left out. Each discovery lists every whole-word occurrence of its name.
class Discoverer {
 public:
  Discoverer(const Vocabulary& vocabulary, const Lexicon& lexicon, const PypiIndex& pypi);
  // `cues`: the entity cue words' hits (data/vocabulary/entities.txt), as the matcher found them.
  std::vector<Discovery> find(const Document& doc, const std::vector<TextRange>& cues) const;

 private:
  bool is_series(std::string_view word) const;
  bool is_organization_word(std::string_view word) const;

  const Lexicon& lexicon_;
  const PypiIndex& pypi_;
  LinkClassifier links_;
  std::vector<std::string> series_;              // conference series, lowercase ASCII
  std::vector<std::string> organization_words_;  // last words of organizations' names
  std::vector<std::string> generic_labels_;      // link labels that name no thing ("slides", "PDF")
};

// True when `acronym` can be spelled by taking a leading part of each word in order (case-insensitive;
// "of", "and", "for", "the", "in", "on", "to" may be skipped): ALBERT = A Little BERT, CoC = Code of Conduct.
bool spells_acronym(std::string_view acronym, const std::vector<std::string_view>& words);

}  // namespace talkgraph
