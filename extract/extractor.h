// Extractor: turns one review into a DocumentExtraction (event, talks, entity mentions with evidence).
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "extract/corpus.h"
#include "extract/discovery.h"
#include "extract/entity_matcher.h"
#include "extract/event_detector.h"
#include "extract/evidence.h"
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

// The matcher's cue list for the entity cue words (data/vocabulary/entities.txt, [entity-cues]); the
// talk finder's lists come first.
inline constexpr uint8_t kEntityCueList = 8;

class Extractor {
 public:
  // `pypi` (optional) lets discovery recognize package names and give their rank.
  explicit Extractor(const Lexicon& lexicon, const PypiIndex* pypi = nullptr);
  // Thread-safe: one Extractor serves every worker.
  DocumentExtraction extract(const SourceDocument& doc, const std::string& name, const ExtractOptions& options) const;

 private:
  // extract()'s stages, in order, over one review (extractor.cc).
  struct Pass;
  TalkFinding find_talks(Pass& p) const;
  void detect_review_event(Pass& p, const std::vector<TalkCandidate>& candidates) const;
  void record_talks(Pass& p, TalkFinding* finding) const;
  void discover(Pass& p) const;
  void add_lexicon_mentions(Pass& p) const;
  void add_discovered_mentions(Pass& p) const;
  void finish_mentions(Pass& p) const;

  const Lexicon& lexicon_;
  const PypiIndex* pypi_;
  LinkClassifier links_;
  TalkTitleReader titles_;
  TalkFinder talks_;
  EntityMatcher matcher_;  // the lexicon's names and every cue word, in one scan
  EvidenceRules evidence_;
  std::vector<int32_t> bases_;            // Lexicon::bases()
  std::optional<Discoverer> discoverer_;  // with a PyPI index only
  std::shared_ptr<const EventVocabulary> events_;  // the built-in series and the lexicon's
};

}  // namespace talkgraph
