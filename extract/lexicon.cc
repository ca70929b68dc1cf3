// Lexicon parsing and conflict resolution. The format is line-based so that a person can add a
// technology with one line in any editor and a diff shows exactly what changed; '|' separates fields
// because it occurs in no technology name we know of, while ',' separates aliases.
#include "extract/lexicon.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <initializer_list>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "base/resources.h"
#include "base/text_util.h"
#include "extract/corpus.h"
#include "extract/english.h"
#include "extract/knowledge_base.h"
#include "extract/vocabulary.h"

namespace talkgraph {

namespace {

const std::vector<std::string> kTypeNames = {"library", "tool", "language", "concept", "organization"};

// A lexicon line's option that is a flag: sets the one named `option` and says whether there was one.
bool set_flag(std::string_view option, std::initializer_list<std::pair<std::string_view, bool*>> flags) {
  for (const auto& [name, flag] : flags) {
    if (option == name) {
      *flag = true;
      return true;
    }
  }
  return false;
}

// An alias written in capitals (two to six letters, digits allowed: GIL, ELT, ORM, K8S) is an
// acronym; in lower case the same letters are usually an ordinary word or part of one.
bool looks_like_acronym(std::string_view alias) {
  int upper = 0;
  for (char c : alias) {
    if (c >= 'A' && c <= 'Z') {
      ++upper;
    } else if (!(c >= '0' && c <= '9')) {
      return false;
    }
  }
  return upper >= 2 && alias.size() <= 6;
}

// One word of ASCII letters: what the English word list can judge.
bool is_latin_word(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) return false;
  }
  return true;
}

}  // namespace

std::string_view entity_type_name(EntityType type) { return kTypeNames[static_cast<size_t>(type)]; }

const std::vector<std::string>& entity_type_names() { return kTypeNames; }

std::string entity_id(EntityType type, std::string_view name) {
  return std::string(entity_type_name(type)) + ":" + slugify(name);
}

bool parse_entity_type(std::string_view name, EntityType* type) {
  for (size_t i = 0; i < kTypeNames.size(); ++i) {
    if (name == kTypeNames[i]) {
      *type = static_cast<EntityType>(i);
      return true;
    }
  }
  return false;
}


std::string fold_alias(std::string_view alias) {
  std::string out;
  bool sep = false;
  for (char c : trim(alias)) {
    if (c == ' ' || c == '\t' || c == '-' || c == '_') {
      sep = true;
      continue;
    }
    if (sep && !out.empty()) out.push_back(' ');
    sep = false;
    out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

void Lexicon::claim_alias(const std::string& alias, uint32_t entry, int generation,
                          std::vector<std::string>* warnings) {
  std::string key = fold_alias(alias);
  if (key.empty()) return;
  auto [it, inserted] = by_alias_.try_emplace(key, AliasOwner{entry, generation});
  if (inserted || it->second.entry == entry) return;
  const LexiconEntry& here = entries_[entry];
  const LexiconEntry& there = entries_[it->second.entry];
  if (!replaced_[it->second.entry]) {
    warnings->push_back(fmt::format("{}:{}: alias '{}' of '{}' already names '{}' ({}:{}); {}", here.file, here.line,
                                    alias, here.name, there.name, there.file, there.line,
                                    generation > it->second.generation ? "this line wins" : "the first one wins"));
  }
  if (generation > it->second.generation || replaced_[it->second.entry]) it->second = {entry, generation};
}

void Lexicon::add_text(std::string_view text, std::string_view source, std::vector<std::string>* errors,
                       std::vector<std::string>* warnings) {
  int generation = ++generation_;
  int line_no = 0;
  for (std::string_view raw : split(text, '\n')) {
    ++line_no;
    std::string_view line = trim(raw);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> fields = split(line, '|');
    for (auto& f : fields) f = trim(f);
    if (fields.size() < 2 || fields[0].empty()) {
      errors->push_back(fmt::format("{}:{}: expected 'name | type | aliases | options'", source, line_no));
      continue;
    }
    if (fields[1] == "series") {  // a conference series for the event detector, not an entity
      SeriesEntry series;
      series.name = std::string(fields[0]);
      series.spellings.push_back(ascii_lower(fields[0]));
      if (fields.size() > 2) {
        for (std::string_view a : split(fields[2], ',')) {
          if (!trim(a).empty()) series.spellings.push_back(ascii_lower(trim(a)));
        }
      }
      bool bad = false;
      if (fields.size() > 3) {
        std::istringstream opts{std::string(fields[3])};
        std::string opt;
        while (opts >> opt) {
          if (!set_flag(opt, {{"qualifier", &series.qualifier}, {"needs-year", &series.needs_year}, {"city", &series.city}})) {
            errors->push_back(fmt::format("{}:{}: unknown series option '{}' (qualifier, needs-year, city)", source, line_no, opt));
            bad = true;
          }
        }
      }
      if (!bad) series_.push_back(std::move(series));
      continue;
    }
    LexiconEntry e;
    e.name = std::string(fields[0]);
    e.file = std::string(source);
    e.line = line_no;
    if (!parse_entity_type(fields[1], &e.type)) {
      std::vector<std::string> types = kTypeNames;
      types.push_back("series");
      std::string hint = suggest(fields[1], types);
      errors->push_back(fmt::format("{}:{}: unknown type '{}'{}", source, line_no, fields[1],
                                    hint.empty() ? fmt::format(" (one of: {})", fmt::join(types, ", "))
                                                 : fmt::format(", did you mean '{}'?", hint)));
      continue;
    }
    if (fields.size() > 2) {
      for (std::string_view a : split(fields[2], ',')) {
        a = trim(a);
        bool ambiguous = !a.empty() && a[0] == '?';
        if (ambiguous) a = trim(a.substr(1));
        if (a.empty()) continue;
        if (ambiguous) e.ambiguous_aliases.emplace_back(a);  // "?C" marks the name itself too
        if (a != e.name) e.aliases.emplace_back(a);
      }
    }
    bool bad_option = false;
    if (fields.size() > 3) {
      std::istringstream opts{std::string(fields[3])};
      std::string opt;
      while (opts >> opt) {
        if (opt.rfind("pypi=", 0) == 0) {
          e.pypi = opt.substr(5);
        } else if (opt.rfind("rank=", 0) == 0) {
          e.pypi_rank = std::atoi(opt.c_str() + 5);
        } else if (!set_flag(opt, {{"ambiguous", &e.ambiguous},
                                   {"versioned", &e.versioned},
                                   {"case", &e.exact_case},
                                   {"cue", &e.cue_only},
                                   {"name", &e.name_wins},
                                   {"numbered", &e.numbered}})) {
          errors->push_back(fmt::format("{}:{}: unknown option '{}'", source, line_no, opt));
          bad_option = true;
        }
      }
    }
    if (bad_option) continue;

    std::string name_key = ascii_lower(e.name);
    auto existing = by_name_.find(name_key);
    if (existing != by_name_.end()) {
      const LexiconEntry& old = entries_[existing->second];
      if (old.file == e.file) {
        warnings->push_back(fmt::format("{}:{}: duplicate entry '{}' (first at line {}); this line is ignored",
                                        source, line_no, e.name, old.line));
        continue;
      }
      replaced_[existing->second] = true;  // a later file overrides: the user's lexicon wins
    }
    e.id_ = entity_id(e.type, e.name);
    auto index = static_cast<uint32_t>(entries_.size());
    entries_.push_back(std::move(e));
    replaced_.push_back(false);
    by_name_[name_key] = index;
    const LexiconEntry& added = entries_.back();
    claim_alias(added.name, index, generation, warnings);
    for (const std::string& a : added.aliases) claim_alias(a, index, generation, warnings);
  }
}

bool Lexicon::add_file(const std::string& path, std::vector<std::string>* errors,
                       std::vector<std::string>* warnings) {
  SourceDocument doc;
  std::string error;
  if (!read_document(path, &doc, &error)) {
    errors->push_back(error);
    return false;
  }
  add_text(doc.text, path, errors, warnings);
  return true;
}

std::vector<LexiconAlias> Lexicon::aliases() const {
  std::vector<LexiconAlias> out;
  std::set<std::string> ordinary_words;
  for (const std::string& w : Vocabulary::builtin().keys("ordinary-words")) ordinary_words.insert(w);
  for (uint32_t i = 0; i < entries_.size(); ++i) {
    if (replaced_[i]) continue;
    const LexiconEntry& e = entries_[i];
    auto add = [&](const std::string& text, bool is_name) {
      auto it = by_alias_.find(fold_alias(text));
      if (it == by_alias_.end() || it->second.entry != i) return;  // lost a conflict
      const bool marked = e.ambiguous || std::find(e.ambiguous_aliases.begin(), e.ambiguous_aliases.end(), text) !=
                                             e.ambiguous_aliases.end();
      const bool acronym = looks_like_acronym(text);
      const bool latin = is_latin_word(text);
      const EnglishWord word = latin && !acronym ? english_word(text) : EnglishWord::kUnknown;
      const bool ordinary = word == EnglishWord::kWord || word == EnglishWord::kBoth ||
                            (latin && !acronym && ordinary_words.count(ascii_lower(text)) > 0);
      LexiconAlias alias;
      alias.text = text;
      alias.entry = i;
      alias.exact_case = e.exact_case || acronym || (latin && text.size() == 1);
      alias.is_name = is_name;
      // A concept's name is its words ("Decorator", "Profiling"): only other types can be mistaken
      // for an ordinary word.
      const bool common = e.type != EntityType::kConcept && !e.name_wins && ordinary;
      alias.ordinary = ordinary;
      // A concept marked ambiguous ("Thread", also a thread of messages) needs only weak evidence:
      // in a sentence about technology the word is the concept.
      alias.doubt = e.cue_only ? Doubt::kCueOnly
                    : marked   ? (e.type == EntityType::kConcept ? Doubt::kWord : Doubt::kAmbiguous)
                    : common   ? Doubt::kWord
                               : Doubt::kNone;
      alias.name_like = (latin && text.size() == 1) || word == EnglishWord::kProperNoun;
      alias.glued = !e.pypi.empty() && fold_alias(text) == fold_alias(e.pypi) &&
                    text.find_first_of("-_") != std::string::npos && e.pypi_rank > 0;
      out.push_back(std::move(alias));
    };
    add(e.name, true);
    for (const std::string& a : e.aliases) add(a, false);
  }
  return out;
}

const LexiconEntry* Lexicon::find(std::string_view name_or_alias) const {
  auto it = by_alias_.find(fold_alias(name_or_alias));
  if (it == by_alias_.end() || replaced_[it->second.entry]) return nullptr;
  return &entries_[it->second.entry];
}

std::vector<int32_t> Lexicon::bases() const {
  std::vector<int32_t> out(entries_.size(), -1);
  for (uint32_t i = 0; i < entries_.size(); ++i) {
    const LexiconEntry& e = entries_[i];
    if (replaced_[i] || e.type == EntityType::kOrganization) continue;
    const std::string key = fold_alias(e.name);
    // The longest run of leading words that names another entry.
    for (size_t cut = key.rfind(' '); cut != std::string::npos && cut > 0; cut = key.rfind(' ', cut - 1)) {
      auto it = by_alias_.find(key.substr(0, cut));
      if (it == by_alias_.end() || replaced_[it->second.entry] || it->second.entry == i) continue;
      // The base must be a name wherever it stands: not "C" in "C Extension", "time" in "Time Series".
      const LexiconEntry& b = entries_[it->second.entry];
      const bool word = b.ambiguous || b.cue_only || !b.ambiguous_aliases.empty() ||
                        (!b.name_wins && is_latin_word(b.name) && is_english_word(b.name));
      // "python-socks", "py-spy": a language's name glued to a package's is a naming habit.
      const bool glued = key.size() > cut && e.name.size() > cut && (e.name[cut] == '-' || e.name[cut] == '_');
      if (b.type == EntityType::kLanguage && glued) break;
      if (!word && (b.type == EntityType::kLibrary || b.type == EntityType::kTool || b.type == EntityType::kLanguage)) {
        out[i] = static_cast<int32_t>(it->second.entry);
      }
      break;
    }
  }
  return out;
}

std::vector<std::string> builtin_lexicon_paths() {
  std::string base = data_dir();
  return {base + "/lexicon.txt", base + "/python-stdlib.txt", base + "/pypi-top.txt"};
}

}  // namespace talkgraph
