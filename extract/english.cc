// The lists are compiled in as two strings of lines (english_words.cc, written by CMake) and hashed
// into sets once, on first use: some 74,000 words, a few milliseconds.
#include "extract/english.h"

#include <string>
#include <unordered_set>

#include "base/text_util.h"

namespace talkgraph {

extern const char kEnglishWords[];
extern const char kEnglishProperNouns[];

namespace {

std::unordered_set<std::string_view> lines_of(std::string_view text) {
  std::unordered_set<std::string_view> set;
  for (std::string_view line : split(text, '\n')) {
    if (!line.empty()) set.insert(line);
  }
  return set;
}

}  // namespace

EnglishWord english_word(std::string_view word) {
  static const std::unordered_set<std::string_view> kWords = lines_of(kEnglishWords);
  // Proper nouns are stored lowercased on first use, so that one lookup serves any case.
  // Proper nouns lowercased once, kept for the life of the process: the set holds views into them.
  static const std::string kNamesLower = ascii_lower(kEnglishProperNouns);
  static const std::unordered_set<std::string_view> kNames = lines_of(kNamesLower);
  if (word.empty() || word.size() > 40) return EnglishWord::kUnknown;
  char buffer[40];
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) return EnglishWord::kUnknown;
    buffer[i] = static_cast<char>(c | 0x20);
  }
  const std::string_view lower(buffer, word.size());
  const bool is_word = kWords.count(lower) > 0, is_name = kNames.count(lower) > 0;
  if (is_word && is_name) return EnglishWord::kBoth;
  if (is_word) return EnglishWord::kWord;
  if (is_name) return EnglishWord::kProperNoun;
  return EnglishWord::kUnknown;
}

}  // namespace talkgraph
