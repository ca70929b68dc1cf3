// Discovery: names the lexicon lacks, found by the way reviews introduce them.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/document.h"
#include "extract/lexicon.h"

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
  std::string type;  // guessed: library for packages, concept for acronyms
  std::string rule;  // pip-install, import, cue, code-span, acronym-definition
  int pypi_rank = 0;
  std::vector<std::string> aliases;                  // an acronym's expansion
  std::vector<std::pair<size_t, size_t>> spans;      // byte spans of every mention in the text
};

// Finds, in order of strength:
//   pip install X / uv add X / poetry add X / conda install X   -> library X (any name)
//   import X, from X import ... (at the start of a line)        -> library X (top-level module)
//   X 라이브러리 / X library / X 프레임워크 / X framework / X 패키지 / X package / 라이브러리: X
//                                                              -> library X, if X is a PyPI name
//   `X` (a code span of the document)                          -> library X, if X is a PyPI name
//   Global Interpreter Lock (GIL), ELT (Extract Load Transform), CoC가 Code Of Conduct임을
//                                                              -> concept, when the initials spell it
// Names the lexicon already knows (by name or alias) are left to the matcher. Each discovery lists
// every whole-word occurrence of its name in the text.
// Reads the document's visible text and its code spans.
std::vector<Discovery> discover(const Document& doc, const Lexicon& lexicon, const PypiIndex& pypi);

// True when `acronym` can be spelled by taking a leading part of each word in order (case-insensitive;
// "of", "and", "for", "the", "in", "on", "to" may be skipped): ALBERT = A Little BERT, CoC = Code of Conduct.
bool spells_acronym(std::string_view acronym, const std::vector<std::string_view>& words);

}  // namespace talkgraph
