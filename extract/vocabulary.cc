// The vocabulary files are compiled in (CMake writes their text into vocabulary_data.cc) rather than
// read at run time: they are the tool's grammar, not the user's data, so a binary copied elsewhere
// reads reviews exactly as the tests saw it. The lexicon, which users extend, stays a file.
#include "extract/vocabulary.h"

#include <cstdio>
#include <cstdlib>

#include <fmt/format.h>

#include "base/text_util.h"

namespace talkgraph {

bool VocabularyEntry::has(std::string_view flag) const {
  for (const std::string& f : flags) {
    if (f == flag) return true;
  }
  return false;
}

bool Vocabulary::add_text(std::string_view text, std::string_view source, std::vector<std::string>* errors) {
  std::vector<VocabularyEntry>* current = nullptr;
  int line_number = 0;
  const size_t errors_before = errors->size();
  for (std::string_view raw : split(text, '\n')) {
    ++line_number;
    std::string_view line = trim(raw);
    if (line.empty() || line[0] == '#') continue;
    if (line.front() == '[') {
      if (line.back() != ']' || line.size() < 3) {
        errors->push_back(fmt::format("{}:{}: a list name is written [name]", source, line_number));
        continue;
      }
      current = &lists_[std::string(trim(line.substr(1, line.size() - 2)))];
      continue;
    }
    if (current == nullptr) {
      errors->push_back(fmt::format("{}:{}: an entry before any [list]", source, line_number));
      continue;
    }
    for (std::string_view item : split(line, ',')) {
      item = trim(item);
      if (item.empty()) continue;
      VocabularyEntry e;
      size_t eq = item.find(" = ");
      std::string_view key = eq == std::string_view::npos ? item : trim(item.substr(0, eq));
      if (eq != std::string_view::npos) {
        std::string_view value = trim(item.substr(eq + 3));
        size_t bar = value.find('|');
        if (bar != std::string_view::npos) {
          for (std::string_view f : split(value.substr(bar + 1), ' ')) {
            if (!trim(f).empty()) e.flags.emplace_back(trim(f));
          }
          value = trim(value.substr(0, bar));
        }
        e.value = std::string(value);
      }
      if (key.empty()) {
        errors->push_back(fmt::format("{}:{}: an entry with no key", source, line_number));
        continue;
      }
      e.key = ascii_lower(key);
      current->push_back(std::move(e));
    }
  }
  return errors->size() == errors_before;
}

const std::vector<VocabularyEntry>& Vocabulary::list(std::string_view name) const {
  auto it = lists_.find(name);
  if (it == lists_.end()) {
    std::fprintf(stderr, "talkgraph: internal error: the vocabulary has no list [%.*s] (data/vocabulary/)\n",
                 static_cast<int>(name.size()), name.data());
    std::abort();
  }
  return it->second;
}

std::vector<std::string> Vocabulary::keys(std::string_view name) const {
  std::vector<std::string> out;
  for (const VocabularyEntry& e : list(name)) out.push_back(e.key);
  return out;
}

std::vector<std::pair<std::string, const std::vector<VocabularyEntry>*>> Vocabulary::family(std::string_view prefix) const {
  std::vector<std::pair<std::string, const std::vector<VocabularyEntry>*>> out;
  const std::string start = std::string(prefix) + ".";
  for (auto it = lists_.lower_bound(start); it != lists_.end() && it->first.rfind(start, 0) == 0; ++it) {
    out.emplace_back(it->first.substr(start.size()), &it->second);
  }
  return out;
}

const Vocabulary& Vocabulary::builtin() {
  static const Vocabulary* vocabulary = [] {
    auto* v = new Vocabulary;
    std::vector<std::string> errors;
    for (size_t i = 0; i < kVocabularyFileCount; ++i) {
      v->add_text(kVocabularyFiles[i].text, std::string("data/vocabulary/") + kVocabularyFiles[i].name, &errors);
    }
    if (!errors.empty()) {
      for (const std::string& e : errors) std::fprintf(stderr, "talkgraph: internal error: %s\n", e.c_str());
      std::abort();
    }
    return v;
  }();
  return *vocabulary;
}

}  // namespace talkgraph
