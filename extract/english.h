// English words: whether a word is ordinary English, a proper noun, or neither (SCOWL's word list).
#pragma once

#include <string_view>

namespace talkgraph {

// From the list as Debian's wamerican installs it (/usr/share/dict/american-english), compiled in.
// It tells a title's words from a person's name ("Next Level Testing" against "Amjith Ramanujam":
// "Carol" is both a word and a name, "Willing" only a word), and a technology whose name is an
// ordinary word (flask, click, wanted) from one whose name is not (Django, NumPy).
enum class EnglishWord {
  kUnknown,     // in neither list: a foreign name, a coined word (Django, Ramanujam)
  kWord,        // only an ordinary word (next, willing, flask)
  kProperNoun,  // only a proper noun (Raymond, Olivier)
  kBoth,        // both (Carol, Mike, Grace, Python)
};

// `word` in any ASCII case; words with other characters are unknown.
EnglishWord english_word(std::string_view word);

inline bool is_english_word(std::string_view word) {
  const EnglishWord w = english_word(word);
  return w == EnglishWord::kWord || w == EnglishWord::kBoth;
}

}  // namespace talkgraph
