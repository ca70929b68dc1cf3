// Lexicon: the editable list of technologies, concepts and organizations talkgraph recognizes.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace talkgraph {

enum class EntityType { kLibrary, kTool, kLanguage, kConcept, kOrganization };

std::string_view entity_type_name(EntityType type);
bool parse_entity_type(std::string_view name, EntityType* type);
const std::vector<std::string>& entity_type_names();
// An entity's id: its type and the slug of its name, "library:flask", "concept:pep-557". Lexicon
// entries and the entities extraction makes (numbered, versioned, discovered) are named alike.
std::string entity_id(EntityType type, std::string_view name);

// One line of a lexicon file:  name | type | alias, alias, ... | option option ...
// An alias written with a leading '?' (?Lambda) is an ordinary word on its own and needs evidence.
// Options: pypi=NAME, rank=N (PyPI download rank), ambiguous (an ordinary word: needs evidence),
// versioned ("Python 3.7" becomes its own node linked to Python), case (every alias matches only in
// the case written), cue (counts only beside a cue word or in code), name (an English word, but in a
// review the name: Python, pip), numbered ("PEP 557" is a concept of its own). See docs/lexicon.md.
struct LexiconEntry {
  std::string name;
  EntityType type = EntityType::kConcept;
  std::vector<std::string> aliases;  // not including name
  std::vector<std::string> ambiguous_aliases;  // aliases written "?Lambda": ordinary words alone
  std::string pypi;
  int pypi_rank = 0;
  bool ambiguous = false;
  bool versioned = false;
  bool exact_case = false;
  bool cue_only = false;  // counts only beside a cue (pip install, import, 라이브러리) or in code
  bool name_wins = false; // an English word too, but in a review the name (Python, pip, Flask)
  bool numbered = false;  // a number after the name makes another concept: PEP 557
  std::string file;
  int line = 0;

  // Stable node id: "library:flask", "concept:type-annotation" (computed once, when parsed).
  const std::string& id() const { return id_; }
  std::string id_;
};

// How much evidence a name needs before it counts (docs/lexicon.md, "Ordinary words"):
//  kNone       a name only (Django, 장고): always counts;
//  kWord       an English word too, found in the word list, not marked: weak evidence is enough (a
//              capital, any technology in the sentence, a Korean sentence around it);
//  kAmbiguous  marked an ordinary word (?Lambda, option ambiguous): strong evidence (a list of
//              names, code, a cue word beside it, a link to its project, a capital outside a title);
//  kCueOnly    option cue: only code, a cue word beside it or a link to its project.
enum class Doubt : uint8_t { kNone, kWord, kAmbiguous, kCueOnly };

// One surface form the matcher looks for, resolved to exactly one entry.
struct LexiconAlias {
  std::string text;
  uint32_t entry = 0;
  bool exact_case = false;  // acronyms written in capitals (GIL, ELT) and single letters (C, R)
  bool is_name = false;     // the canonical name rather than another alias
  Doubt doubt = Doubt::kNone;
  bool name_like = false;   // only a proper noun in the word list (Jose), or one letter: a capital proves nothing
  bool ordinary = false;    // an English word (or a word of data/vocabulary/entities.txt [ordinary-words])
  bool glued = false;       // a PyPI name with '-' or '_' (python-socks): never written with spaces
};

// A conference series a lexicon file adds to data/vocabulary/events.txt's: a line
// `PyCon Lithuania | series | pycon lt, 파이콘 리투아니아 | qualifier`. Each spelling (the name and every
// alias, lowercased) names the series; the options are those of events.txt's [series] (qualifier,
// needs-year, city).
struct SeriesEntry {
  std::string name;
  std::vector<std::string> spellings;  // lowercased
  bool qualifier = false;
  bool needs_year = false;
  bool city = false;
};

class Lexicon {
 public:
  // Parses lexicon text; `source` names it in messages. Lines that cannot be used are reported in
  // *errors ("file:line: what is wrong") and skipped. Duplicate names and aliases that already name
  // another entity are reported in *warnings; a later source overrides an earlier one (a user's
  // --lexicon wins over the built-in), and within one source the first line wins.
  void add_text(std::string_view text, std::string_view source, std::vector<std::string>* errors,
                std::vector<std::string>* warnings);
  bool add_file(const std::string& path, std::vector<std::string>* errors, std::vector<std::string>* warnings);

  const std::vector<LexiconEntry>& entries() const { return entries_; }
  // Conference series added by `series` lines, in the order read.
  const std::vector<SeriesEntry>& series() const { return series_; }
  // Every alias (names included) after conflicts are resolved, in a deterministic order.
  std::vector<LexiconAlias> aliases() const;
  // The entry a name or alias denotes (case-insensitive), or nullptr.
  const LexiconEntry* find(std::string_view name_or_alias) const;
  // Per entry, the entry its name starts with, or -1: "Django ORM", "Django Channels" and
  // "pytest-django" name a part of Django and pytest, so a mention of them mentions those too. Only
  // a library, tool or language is such a base, and an organization has none ("Django Girls").
  std::vector<int32_t> bases() const;

 private:
  struct AliasOwner {
    uint32_t entry;
    int generation;  // which add_text call defined it
  };
  void claim_alias(const std::string& alias, uint32_t entry, int generation, std::vector<std::string>* warnings);

  std::vector<LexiconEntry> entries_;
  std::vector<SeriesEntry> series_;
  std::vector<bool> replaced_;  // entries overridden by a later source
  std::unordered_map<std::string, uint32_t> by_name_;  // lowercased name -> entry
  std::unordered_map<std::string, AliasOwner> by_alias_;  // folded alias -> owner
  int generation_ = 0;
};

// Key under which aliases are compared: ASCII lowercased, runs of white space, '-' and '_' as one ' '.
std::string fold_alias(std::string_view alias);

// The built-in lexicon files, in load order: the hand-made lexicon.txt, then the generated
// python-stdlib.txt and pypi-top.txt. They live in data_dir() (base/resources.h).
std::vector<std::string> builtin_lexicon_paths();

}  // namespace talkgraph
