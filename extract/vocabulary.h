// Vocabulary: the word lists extraction decides with (talk kinds, cue words, non-talk sections, event
// series, link hosts), kept as data files in data/vocabulary/ and compiled into the program.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace talkgraph {

// A file holds lists: a line "[name]" opens one, and the lines after it hold its entries, separated
// by commas; '#' starts a comment line. An entry may map a key to a value ("pycon.kr = PyCon KR");
// the key is what is matched, ASCII letters in any case (keys are stored lowercased).
struct VocabularyEntry {
  std::string key;    // lowercased
  std::string value;  // as written; empty when the entry has no '='
  std::vector<std::string> flags;  // words after a '|' in the value: "PyCon | qualifier"
  bool has(std::string_view flag) const;
};

class Vocabulary {
 public:
  // The lists of data/vocabulary/*.txt as compiled in. A file that does not parse, or a list the
  // code asks for that is not there, is a startup failure (abort with a message), as a bad built-in
  // regular expression is: it can only come from an edit of the files.
  static const Vocabulary& builtin();

  // Parses one file; problems are "source:line: what is wrong".
  bool add_text(std::string_view text, std::string_view source, std::vector<std::string>* errors);

  const std::vector<VocabularyEntry>& list(std::string_view name) const;
  // The keys of a list.
  std::vector<std::string> keys(std::string_view name) const;
  bool has_list(std::string_view name) const { return lists_.count(std::string(name)) > 0; }
  // The lists named "<prefix>.<rest>", by rest: talk-kinds.keynote -> keynote.
  std::vector<std::pair<std::string, const std::vector<VocabularyEntry>*>> family(std::string_view prefix) const;

 private:
  std::map<std::string, std::vector<VocabularyEntry>, std::less<>> lists_;
};

// The text of data/vocabulary/*.txt, compiled in: vocabulary_data.cc, written by CMake.
struct EmbeddedFile {
  const char* name;
  const char* text;
};
extern const EmbeddedFile kVocabularyFiles[];
extern const size_t kVocabularyFileCount;

}  // namespace talkgraph
