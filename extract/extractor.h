// Extractor: turns one review into a DocumentExtraction (event, talks, entity mentions with evidence).
#pragma once

#include <string>

#include "extract/corpus.h"
#include "extract/discovery.h"
#include "extract/entity_matcher.h"
#include "extract/extraction.h"
#include "extract/lexicon.h"
#include "extract/links.h"
#include "extract/talk_finder.h"
#include "extract/talk_title.h"

namespace talkgraph {

struct ExtractOptions {
  int default_year = 0;               // --year: used when a document states no year
  size_t max_evidence_bytes = 400;    // longest sentence kept as evidence (longer ones are cut)
  size_t max_mentions = 200000;       // per document; beyond it mentions are dropped with a warning
  bool explain_talks = false;         // keep every talk candidate with its decision (talkgraph talks)
};

// Needs evidence before an ordinary word counts as a technology (see docs/lexicon.md):
// a cue word in the sentence, code (`in_code`), an unambiguous technology in the same sentence, or
// the word written as a name (capitalized where a common word would not be).
// With cue_only, only the first two kinds count. `facts` caches what was learnt about the sentence
// (a cue word, Hangul), so a long sentence with many ordinary words is scanned once, not per word.
struct SentenceFacts {
  int8_t has_cue = -1;     // -1: not computed yet
  int8_t has_hangul = -1;
};
enum class EvidenceKind : uint8_t { kNone, kCode, kCue, kCooccurrence, kCapitalized };
bool ambiguous_mention_has_evidence(std::string_view text, size_t begin, std::string_view sentence, bool in_code,
                                    bool other_unambiguous_in_sentence, bool cue_only, SentenceFacts* facts,
                                    EvidenceKind* kind);

class Extractor {
 public:
  // `pypi` (optional) lets discovery recognize package names and give their rank.
  explicit Extractor(const Lexicon& lexicon, const PypiIndex* pypi = nullptr);
  // Thread-safe: one Extractor serves every worker.
  DocumentExtraction extract(const SourceDocument& doc, const std::string& name, const ExtractOptions& options) const;

 private:
  const Lexicon& lexicon_;
  const PypiIndex* pypi_;
  LinkClassifier links_;
  TalkTitleReader titles_;
  TalkFinder talks_;
  EntityMatcher matcher_;  // the lexicon's names and the talk finder's cue words, in one scan
};

}  // namespace talkgraph
