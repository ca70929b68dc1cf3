// Evidence: whether a name that is also an ordinary word ("click", "Go", "wanted") is a name where it
// stands. One small pass over the matcher's hits and the document model; the rules, and why, are in
// docs/lexicon.md ("Ordinary words").
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/document.h"
#include "extract/entity_matcher.h"
#include "extract/lexicon.h"
#include "extract/sentences.h"
#include "extract/vocabulary.h"

namespace talkgraph {

enum class EvidenceKind : uint8_t {
  kNone,           // the name needs none
  kCode,           // in a code span or block
  kLink,           // in the label of a link whose destination names it (github.com/pallets/click)
  kCue,            // beside a cue word ("the click library", "pip install six")
  kList,           // in a list of names ("Dask/Spark", "Rust instead of C")
  kTitle,          // heads a title ("Trio: A pythonic way to do async")
  kCooccurrence,   // another technology in the sentence (weak: English words not marked ambiguous)
  kShape,          // a capital inside the word, after a lower-case letter (cuML, iOS)
  kCapitalized,    // a capital where the word would be lower case
  kCjk,            // a Latin word in a Korean, Japanese or Chinese sentence, where English is rarely by chance
  kRejected,       // not enough: the mention is dropped
};
inline constexpr int kEvidenceKinds = 11;
std::string_view evidence_kind_name(EvidenceKind kind);

struct EvidenceInput {
  const Document& doc;
  const std::vector<Sentence>& sentences;
  const std::vector<AliasMatch>& matches;   // in text order
  const std::vector<size_t>& match_sentence;  // index into sentences, per match
  const std::vector<TextRange>& code;         // sorted, apart
  const std::vector<TextRange>& cues;         // the entity cue words' hits, sorted
};

class EvidenceRules {
 public:
  EvidenceRules(const Vocabulary& vocabulary, const Lexicon& lexicon);
  // One verdict per match: kNone for a name that needs no evidence, the kind that accepted it, or
  // kRejected.
  std::vector<EvidenceKind> judge(const EvidenceInput& in) const;

 private:
  struct SentenceFacts {
    uint32_t names = 0;  // matches that need no evidence
    int8_t cjk = -1;     // Korean, Japanese or Chinese in it; -1 until read
  };
  EvidenceKind judge_one(const EvidenceInput& in, size_t m, const std::vector<EvidenceKind>& verdicts,
                         const std::vector<const InlineSpan*>& links, std::vector<SentenceFacts>* sentence_facts) const;
  // A cue word in the sentence with at most `max_words` words between it and the name (-1: anywhere).
  bool beside_cue(const EvidenceInput& in, const AliasMatch& match, const Sentence& s, int max_words) const;
  bool in_list(const EvidenceInput& in, size_t m, const std::vector<EvidenceKind>& verdicts) const;
  bool joins_names(std::string_view gap) const;
  bool in_capitalized_run(const EvidenceInput& in, size_t m, const Sentence& s) const;

  const Lexicon& lexicon_;
  std::vector<std::string> joiners_;
  std::vector<std::string> small_words_;
  std::vector<std::string> cue_ties_;
};

}  // namespace talkgraph
