// The extractor parses a review once into the document model (extract/document.h) and runs small
// passes over it and the matcher's hits: sentences, one matcher pass over the visible text (so no name
// is ever read inside a link's destination or an HTML tag) that finds the cue words too, talks
// (extract/talk_finder.h), the event, discovery of unlisted names (extract/discovery.h) and the
// evidence an ordinary word needs (extract/evidence.h). Each mention is attributed to the innermost
// talk whose scope (section, list item, table row, sentence) holds it, or to the document; speaker
// names are never matched. A version after a versioned name ("Python 3.7", "Python3") adds a mention of
// that version, a number after a numbered one ("PEP 557") is a concept of its own, and a compound
// ("Django ORM") mentions its base too. Every mention keeps the rule that accepted it.
#include "extract/extractor.h"

#include <algorithm>
#include <array>
#include <deque>
#include <mutex>
#include <set>
#include <unordered_map>

#include <fmt/format.h>
#include <re2/re2.h>

#include "base/text_util.h"
#include "base/utf8.h"
#include "extract/document.h"
#include "extract/event_detector.h"
#include "extract/sentences.h"
#include "extract/vocabulary.h"

namespace talkgraph {

namespace {

// A sentence as evidence: white space collapsed (masked markup is spaces), cut to at most `limit`
// bytes on a code point boundary.
std::string evidence_text(std::string_view sentence, size_t limit) {
  std::string s = collapse_spaces(sentence);
  if (s.size() <= limit) return s;
  s.resize(utf8_prefix(s, limit).size());
  return s + "…";
}

// "3.7", "v4", "3.10.2" right after a versioned name, and not a quantity ("Lambda 8달러", "Python 3개").
bool version_after(std::string_view text, size_t end, std::string* version) {
  static const RE2 kVersion("^ ?[vV]?(\\d{1,2}(?:\\.\\d{1,3}){0,2})");
  re2::StringPiece rest(text.data() + end, text.size() - end);
  std::string v;
  if (!RE2::Consume(&rest, kVersion, &v)) return false;
  if (!rest.empty()) {
    char c = rest[0];
    if ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '%') return false;
    std::string_view after(rest.data(), rest.size());
    for (std::string_view unit : {"달러", "원", "개", "년", "월", "일", "명", "시간", "분", "초", "배", "가지", "번",
                                  "차", "주", "장", "권", "줄", "위", "등"}) {
      if (after.rfind(unit, 0) == 0 || (after.size() > 1 && after[0] == ' ' && after.substr(1).rfind(unit, 0) == 0)) {
        return false;
      }
    }
  }
  *version = v;
  return true;
}

// "name" or "alias", "+particle" when one followed, "+evidence:<kind>" for an ordinary word: every
// combination made once.
std::string_view matcher_rule(bool is_name, bool particle, EvidenceKind kind) {
  static const std::array<std::string_view, 4 * kEvidenceKinds> kRules = [] {
    std::array<std::string_view, 4 * kEvidenceKinds> rules;
    for (int n = 0; n < 2; ++n) {
      for (int p = 0; p < 2; ++p) {
        for (int k = 0; k < kEvidenceKinds; ++k) {
          const std::string_view kind_name = evidence_kind_name(static_cast<EvidenceKind>(k));
          rules[static_cast<size_t>((n * 2 + p) * kEvidenceKinds + k)] =
              intern_rule(std::string(n ? "name" : "alias") + (p ? "+particle" : "") +
                          (kind_name.empty() ? "" : "+evidence:" + std::string(kind_name)));
        }
      }
    }
    return rules;
  }();
  return kRules[static_cast<size_t>((static_cast<int>(is_name) * 2 + static_cast<int>(particle)) * kEvidenceKinds +
                                    static_cast<int>(kind))];
}

const std::string_view kVersionRule = intern_rule("version");
const std::string_view kNumberRule = intern_rule("number");
const std::string_view kPartOfRule = intern_rule("part-of");

// A number after a numbered name: "PEP 557", "PEP-8". Not a version ("3.7") nor part of a longer number.
bool number_after(std::string_view text, size_t end, std::string* number) {
  static const RE2 kNumber("^[ -]?(\\d{1,4})\\b");
  re2::StringPiece rest(text.data() + end, text.size() - end);
  if (!RE2::Consume(&rest, kNumber, number)) return false;
  return rest.empty() || !(rest[0] == '.' && rest.size() > 1 && rest[1] >= '0' && rest[1] <= '9');
}

// A version glued to the alias matched ("Python3", "py3") and its minor part after it ("Python3.12").
bool version_glued(std::string_view text, size_t begin, size_t end, std::string* version, size_t* vend) {
  size_t d = end;
  while (d > begin && text[d - 1] >= '0' && text[d - 1] <= '9') --d;
  if (d == end || d == begin || end - d > 2 || !((text[d - 1] | 0x20) >= 'a' && (text[d - 1] | 0x20) <= 'z')) return false;
  *version = std::string(text.substr(d, end - d));
  *vend = end;
  if (end + 1 < text.size() && text[end] == '.' && text[end + 1] >= '0' && text[end + 1] <= '9') {
    size_t e = end + 1;
    while (e < text.size() && e - end <= 3 && text[e] >= '0' && text[e] <= '9') ++e;
    if (e - end <= 3) {
      *version += std::string(text.substr(end, e - end));
      *vend = e;
    }
  }
  return true;
}

}  // namespace

std::string_view intern_rule(std::string_view rule) {
  static std::mutex mu;
  static std::set<std::string, std::less<>> rules;  // nodes never move: views into them stay valid
  std::lock_guard<std::mutex> lock(mu);
  auto it = rules.find(rule);
  if (it == rules.end()) it = rules.emplace(rule).first;
  return *it;
}

namespace {

// Talks' scopes nest or are apart (a section holds list items, an item its sentences): the innermost
// scope holding an offset is found by a binary search and a walk up the scopes that enclose it.
class TalkScopes {
 public:
  void add(uint32_t begin, uint32_t end, int talk) { scopes_.push_back({begin, end, talk, -1}); }
  void finish() {
    std::sort(scopes_.begin(), scopes_.end(), [](const Scope& a, const Scope& b) {
      return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    std::vector<int> stack;
    for (size_t i = 0; i < scopes_.size(); ++i) {
      while (!stack.empty() && scopes_[static_cast<size_t>(stack.back())].end <= scopes_[i].begin) stack.pop_back();
      scopes_[i].parent = stack.empty() ? -1 : stack.back();
      stack.push_back(static_cast<int>(i));
    }
  }
  int talk_of(size_t offset) const {
    auto it = std::upper_bound(scopes_.begin(), scopes_.end(), offset, [](size_t off, const Scope& s) { return off < s.begin; });
    for (int i = static_cast<int>(it - scopes_.begin()) - 1; i >= 0; i = scopes_[static_cast<size_t>(i)].parent) {
      if (offset < scopes_[static_cast<size_t>(i)].end) return scopes_[static_cast<size_t>(i)].talk;
    }
    return -1;
  }

 private:
  struct Scope {
    uint32_t begin, end;
    int talk;
    int parent;
  };
  std::vector<Scope> scopes_;
};

// A title as a key: case and everything but letters and digits ignored, so that the same talk named
// twice in a review ("## Title" and "'Title' 발표") is one.
std::string title_key(std::string_view title) {
  std::string key;
  size_t i = 0;
  while (i < title.size()) {
    const size_t start = i;
    const char32_t cp = decode_utf8(title, &i);
    if (!is_alnum(cp)) continue;
    if (cp < 0x80) key.push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
    else key.append(title.substr(start, i - start));
  }
  return key;
}

// A title's first part, before a colon or a dash: "Async Python in Production".
std::string_view main_title(std::string_view title) {
  size_t cut = title.find(": ");
  const size_t dash = title.find(" - ");
  if (dash != std::string_view::npos && dash < cut) cut = dash;
  return cut == std::string_view::npos || cut < 8 ? title : title.substr(0, cut);
}

std::string record_kind(const std::string& kind) {
  if (kind.empty() || kind == "own") return "talk";
  return kind;
}

// The event a name found in a heading or a title's tail stands for, given the document's.
EventRef event_named(const EventMention& m, const EventRef& doc_event, int default_year) {
  EventRef e;
  const bool same_series = doc_event.name.rfind(m.name, 0) == 0;
  e.name = m.qualified || !same_series ? m.name : doc_event.name;
  e.year = m.year != kUnknownYear ? m.year : (e.name == doc_event.name ? doc_event.year : kUnknownYear);
  e.year_source = m.year != kUnknownYear ? "event" : (e.year != kUnknownYear ? doc_event.year_source : "");
  if (e.year == kUnknownYear && default_year != 0) {
    e.year = default_year;
    e.year_source = "option";
  }
  return e;
}

// A name that is a technology wherever it stands: not an ordinary word (ambiguous, cue-only), so not a
// person's name either ("Maya" is a PyPI package, but needs a cue).
bool is_technology_name(const Lexicon& lexicon, std::string_view word) {
  const LexiconEntry* e = lexicon.find(word);
  return e != nullptr && !e->ambiguous && !e->cue_only;
}

// The talk finder's cue words and the entity cue words, for the matcher's one scan: the entity cues
// are list kEntityCueList.
std::vector<CuePhrase> all_cue_phrases(const TalkFinder& talks, const Vocabulary& vocabulary) {
  std::vector<CuePhrase> cues = talks.cue_phrases();
  for (const std::string& word : vocabulary.keys("entity-cues")) {
    cues.push_back({word, kEntityCueList, static_cast<unsigned char>(word.back()) >= 0x80});
  }
  return cues;
}

}  // namespace

Extractor::Extractor(const Lexicon& lexicon, const PypiIndex* pypi)
    : lexicon_(lexicon),
      pypi_(pypi),
      links_(Vocabulary::builtin()),
      titles_(Vocabulary::builtin(), [&lexicon](std::string_view w) { return is_technology_name(lexicon, w); }),
      talks_(Vocabulary::builtin(), titles_, links_),
      matcher_(lexicon, all_cue_phrases(talks_, Vocabulary::builtin()), Vocabulary::builtin().keys("compound-suffixes"),
               Vocabulary::builtin().keys("compound-prefixes")),
      evidence_(Vocabulary::builtin(), lexicon),
      bases_(lexicon.bases()),
      events_(make_event_vocabulary(lexicon.series())) {
  if (pypi != nullptr) discoverer_.emplace(Vocabulary::builtin(), lexicon, *pypi);
}

// One review on its way through extract()'s stages: the model, the matcher's hits, the talks' scopes,
// and the entities and evidence sentences the mentions point to.
struct Extractor::Pass {
  Pass(const SourceDocument& source, const ExtractOptions& options, DocumentExtraction* out)
      : source(source), options(options), out(*out), doc(parse_document(source.text)), text(doc.text),
        sentences(split_sentences(doc)) {}
  ~Pass() {  // the per-thread table of entries back to kNone, entry by entry
    for (uint32_t e : entries_seen()) lexicon_entity()[e] = kNone;
    entries_seen().clear();
  }

  static constexpr uint32_t kNone = UINT32_MAX;
  // Lexicon entry -> index into out.entities, kNone when not seen yet: a table per thread, reset
  // entry by entry after the document, instead of a hash map filled per document.
  static std::vector<uint32_t>& lexicon_entity() {
    thread_local std::vector<uint32_t> table;
    return table;
  }
  static std::vector<uint32_t>& entries_seen() {
    thread_local std::vector<uint32_t> seen;
    return seen;
  }

  // The entity with this id, added to out.entities the first time. `id` must outlive the Pass (a
  // lexicon entry's id, or a string in owned_ids): the index is keyed by views, so that finding an
  // entity seen before copies nothing. Called through entity_of_entry and made_entity only.
  uint32_t entity(std::string_view id, std::string_view label, EntityType type, std::string_view version_of, int rank) {
    auto [it, inserted] = entity_index.try_emplace(id, static_cast<uint32_t>(out.entities.size()));
    if (inserted) {
      EntityRecord& e = out.entities.emplace_back();
      e.id = id;
      e.label = label;
      e.type = type;
      e.version_of = version_of;
      e.pypi_rank = rank;
    }
    return it->second;
  }
  // The same for an entity made here ("PEP 557", "Python 3.7", a discovered name): its id
  // (entity_id) is kept for the life of the Pass.
  uint32_t made_entity(std::string_view label, EntityType type, std::string_view version_of, int rank) {
    std::string id = entity_id(type, label);
    if (auto it = entity_index.find(id); it != entity_index.end()) return it->second;
    return entity(owned_ids.emplace_back(std::move(id)), label, type, version_of, rank);
  }
  uint32_t entity_of_entry(const Lexicon& lexicon, uint32_t e) {
    std::vector<uint32_t>& table = lexicon_entity();
    if (table.size() < lexicon.entries().size()) table.assign(lexicon.entries().size(), kNone);
    if (table[e] == kNone) {
      const LexiconEntry& entry = lexicon.entries()[e];
      table[e] = entity(entry.id(), entry.name, entry.type, "", entry.pypi_rank);
      entries_seen().push_back(e);
    }
    return table[e];
  }
  // The index in out.sentences of sentence `s` as evidence, added the first time.
  uint32_t evidence(size_t s) {
    if (evidence_index.empty()) evidence_index.assign(sentences.size() + 1, kNone);
    if (evidence_index[s] == kNone) {
      evidence_index[s] = static_cast<uint32_t>(out.sentences.size());
      const Sentence sp = s < sentences.size() ? sentences[s] : Sentence{0, static_cast<uint32_t>(text.size()), -1};
      out.sentences.push_back(evidence_text(text.substr(sp.begin, sp.end - sp.begin), options.max_evidence_bytes));
    }
    return evidence_index[s];
  }
  size_t sentence_of(size_t offset) const {
    auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                               [](size_t off, const Sentence& s) { return off < s.begin; });
    return it == sentences.begin() ? 0 : static_cast<size_t>(it - sentences.begin() - 1);
  }
  // Speakers are people: nothing matched in their names is an entity.
  bool in_speaker(size_t b, size_t e) const {
    auto it = std::upper_bound(speakers.begin(), speakers.end(),
                               std::pair<uint32_t, uint32_t>(static_cast<uint32_t>(b), UINT32_MAX));
    return it != speakers.begin() && (it - 1)->second > b && (it - 1)->first < e;
  }
  MentionRecord mention(uint32_t entity, size_t begin, size_t end, size_t sentence, std::string_view rule) {
    MentionRecord m;
    m.entity = entity;
    m.talk = scopes.talk_of(begin);
    m.offset = begin;
    m.sentence = evidence(sentence);
    m.surface = std::string(text.substr(begin, end - begin));
    m.rule = rule;
    return m;
  }

  const SourceDocument& source;
  const ExtractOptions& options;
  DocumentExtraction& out;
  const Document doc;
  const std::string_view text;
  const std::vector<Sentence> sentences;
  std::vector<CueHit> cues;
  std::vector<AliasMatch> matches;      // the matcher's, then those that stand
  std::vector<TextRange> entity_cues;   // entity cue words ("library", "라이브러리")
  TalkScopes scopes;
  std::vector<std::pair<uint32_t, uint32_t>> speakers;  // sorted
  std::vector<Discovery> discoveries;
  std::deque<std::string> owned_ids;  // ids made for this review: a deque never moves its strings
  std::unordered_map<std::string_view, uint32_t> entity_index;  // keys: lexicon ids, owned_ids
  std::vector<uint32_t> evidence_index;  // sentence -> index into out.sentences
};

DocumentExtraction Extractor::extract(const SourceDocument& source, const std::string& name,
                                      const ExtractOptions& options) const {
  DocumentExtraction out;
  out.name = name;
  out.bytes = source.text.size();
  out.content_hash = content_hash(source.text);
  Pass pass(source, options, &out);
  pass.matches = matcher_.find(pass.text, &pass.cues);
  for (const CueHit& hit : pass.cues) {
    if (hit.list == kEntityCueList) pass.entity_cues.emplace_back(hit.begin, hit.end);
  }
  TalkFinding finding = find_talks(pass);
  detect_review_event(pass, finding.candidates);
  record_talks(pass, &finding);
  std::erase_if(pass.matches, [&](const AliasMatch& m) { return pass.in_speaker(m.begin, m.end); });
  discover(pass);
  add_lexicon_mentions(pass);
  add_discovered_mentions(pass);
  finish_mentions(pass);
  return out;
}

// Talks. A heading that names a technology is likelier a talk's: the offsets of unambiguous
// technologies (not concepts, which any heading may name) are evidence for the finder.
TalkFinding Extractor::find_talks(Pass& p) const {
  std::vector<uint32_t> technology;
  for (const AliasMatch& m : p.matches) {
    const LexiconEntry& e = lexicon_.entries()[m.entry];
    if (m.doubt <= Doubt::kWord && e.type != EntityType::kConcept) technology.push_back(static_cast<uint32_t>(m.begin));
  }
  return talks_.find(p.doc, p.sentences, technology, p.cues, p.options.explain_talks);
}

// The review's event and year, from all of the review's evidence and its accepted talks' titles.
void Extractor::detect_review_event(Pass& p, const std::vector<TalkCandidate>& candidates) const {
  std::vector<std::string> title_events;
  for (const TalkCandidate& c : candidates) {
    if (c.accepted && !c.title.event.empty()) title_events.push_back(c.title.event);
  }
  const EventInfo event = detect_event(p.doc, links_, title_events, *events_);
  p.out.event.name = event.name.empty() ? std::string(kUnknownEvent) : event.name;
  p.out.event.year = event.year;
  p.out.event.year_source = event.year_source;
  if (p.out.event.year == 0 && p.options.default_year != 0) {
    p.out.event.year = p.options.default_year;
    p.out.event.year_source = "option";
  }
}

// Talk records: one per distinct title. A review can cover several events: a heading that names
// one ("## PyCon US 2023") sets the event of the talks after it, until another names another; a
// title that ends with an event (a video's "- PyCon 2018") has that one. Also gathers the speakers.
void Extractor::record_talks(Pass& p, TalkFinding* finding) const {
  DocumentExtraction& out = p.out;
  const ExtractOptions& options = p.options;
  p.speakers = std::move(finding->speakers);
  std::vector<std::pair<uint32_t, EventRef>> heading_events;  // offset -> event from there on
  for (const Block& b : p.doc.blocks) {
    if (b.kind != BlockKind::kHeading) continue;
    for (const EventMention& m : find_event_names(p.doc.words(b), *events_)) {
      heading_events.emplace_back(b.begin, event_named(m, out.event, options.default_year));
      break;
    }
  }
  std::unordered_map<std::string, int> by_title;
  for (TalkCandidate& c : finding->candidates) {
    for (const auto& sp : c.title.speakers) p.speakers.push_back(sp);
    int index = -1;
    if (c.accepted) {
      EventRef ev = out.event;
      auto it = std::upper_bound(heading_events.begin(), heading_events.end(), c.begin,
                                 [](uint32_t off, const auto& h) { return off < h.first; });
      if (it != heading_events.begin()) ev = (it - 1)->second;
      if (!c.title.event.empty()) {
        for (const EventMention& m : find_event_names(c.title.event, *events_)) {
          ev = event_named(m, out.event, options.default_year);
          break;
        }
      }
      // A talk named again by the first part of its title ("Async Python in Production (slides)"
      // for "Async Python in Production: Lessons from ...") is the same talk.
      const std::string event_key = "\n" + ev.name + "\n" + std::to_string(ev.year);
      const std::string key = title_key(c.title.title) + event_key;
      const std::string main_key = title_key(main_title(c.title.title)) + event_key;
      auto found = by_title.find(key);
      if (found == by_title.end()) found = by_title.find(main_key);
      if (found == by_title.end()) {
        found = by_title.emplace(key, static_cast<int>(out.talks.size())).first;
        by_title.emplace(main_key, found->second);
        out.talks.push_back({c.title.title, record_kind(c.title.kind), c.title.room, static_cast<int>(c.line), ev, c.rule});
      }
      index = found->second;
      p.scopes.add(c.scope_begin, c.scope_end, index);
    }
    if (options.explain_talks) {
      out.talk_candidates.push_back({std::string(talk_form_name(c.form)), c.title.title, record_kind(c.title.kind),
                                     static_cast<int>(c.line), c.accepted, c.rule, index});
    }
  }
  p.scopes.finish();
  std::sort(p.speakers.begin(), p.speakers.end());
}

// Names the lexicon lacks. An acronym's written-out expansion is one name, so lexicon matches
// inside it ("Python" in "Python Steering Council") give way to it: the longest match wins.
void Extractor::discover(Pass& p) const {
  if (discoverer_) p.discoveries = discoverer_->find(p.doc, p.entity_cues);
  std::vector<std::pair<size_t, size_t>> expansions;
  for (const Discovery& d : p.discoveries) {
    for (const auto& span : d.spans) {
      if (span.second - span.first > d.label.size()) expansions.push_back(span);
    }
  }
  std::sort(expansions.begin(), expansions.end());
  auto inside_expansion = [&](const AliasMatch& m) {
    auto it = std::upper_bound(expansions.begin(), expansions.end(), std::pair<size_t, size_t>(m.begin, SIZE_MAX));
    return it != expansions.begin() && (it - 1)->first <= m.begin && m.end <= (it - 1)->second;
  };
  std::erase_if(p.matches, inside_expansion);
}

// The matcher's names that the evidence rules accept, each with its rule; with the base of a
// compound, a version after a versioned name and a number after a numbered one.
void Extractor::add_lexicon_mentions(Pass& p) const {
  const std::string_view text = p.text;
  DocumentExtraction& out = p.out;
  // Code: spans and blocks, where an ordinary word counts as a name.
  std::vector<TextRange> code;
  for (const InlineSpan& sp : p.doc.spans) {
    if (sp.kind == SpanKind::kCode) code.emplace_back(sp.begin, sp.end);
  }
  for (const Block& b : p.doc.blocks) {
    if (b.kind == BlockKind::kCode) code.emplace_back(b.begin, b.end);
  }
  std::sort(code.begin(), code.end());
  std::vector<size_t> match_sentence(p.matches.size());
  for (size_t m = 0, sentence = 0; m < p.matches.size(); ++m) {
    while (sentence + 1 < p.sentences.size() && p.sentences[sentence + 1].begin <= p.matches[m].begin) ++sentence;
    match_sentence[m] = sentence;
  }
  const std::vector<EvidenceKind> verdicts =
      evidence_.judge({p.doc, p.sentences, p.matches, match_sentence, code, p.entity_cues});
  // Room for the entities at once (a review names a few dozen; records moved on each growth cost
  // more than making them).
  out.entities.reserve(out.entities.size() + std::min<size_t>(p.matches.size(), 256));

  for (size_t m = 0; m < p.matches.size(); ++m) {
    const AliasMatch& match = p.matches[m];
    const LexiconEntry& entry = lexicon_.entries()[match.entry];
    const size_t s = match_sentence[m];
    const EvidenceKind kind = verdicts[m];
    if (kind == EvidenceKind::kRejected) continue;
    std::string number;
    if (entry.numbered && !match.particle && number_after(text, match.end, &number)) {
      // "PEP 557" is a concept of its own, not a mention of PEPs in general.
      const std::string label = entry.name + " " + number;
      const size_t nend = text.find(number, match.end) + number.size();
      const uint32_t entity = p.made_entity(label, entry.type, "", 0);
      out.mentions.push_back(p.mention(entity, match.begin, nend, s, kNumberRule));
      continue;
    }
    out.mentions.push_back(p.mention(p.entity_of_entry(lexicon_, match.entry), match.begin, match.end, s,
                                     matcher_rule(match.is_name, match.particle, kind)));
    if (const int32_t base = bases_[match.entry]; base >= 0) {
      // "Django ORM" mentions Django as well, by its first word(s) as written; "QuerySet", another
      // name of the Django ORM, does not.
      const std::string& base_name = lexicon_.entries()[static_cast<size_t>(base)].name;
      const size_t words = 1 + static_cast<size_t>(std::count(base_name.begin(), base_name.end(), ' '));
      const std::string& surface = out.mentions.back().surface;
      size_t cut = 0;
      for (size_t w = 0; w < words && cut < surface.size(); ++w) {
        if (w > 0) ++cut;
        while (cut < surface.size() && surface[cut] != ' ' && surface[cut] != '-' && surface[cut] != '_') ++cut;
      }
      if (cut < surface.size() && fold_alias(surface.substr(0, cut)) == fold_alias(base_name)) {
        MentionRecord bm = out.mentions.back();
        bm.entity = p.entity_of_entry(lexicon_, static_cast<uint32_t>(base));
        bm.rule = kPartOfRule;
        bm.surface.resize(cut);
        out.mentions.push_back(std::move(bm));
      }
    }

    std::string version;
    size_t vend = 0;
    if (entry.versioned && !match.particle && version_glued(text, match.begin, match.end, &version, &vend)) {
      // "Python3", "py3.12": an alias with its major version glued on.
    } else if (entry.versioned && !match.particle && version_after(text, match.end, &version)) {
      vend = text.find(version, match.end) + version.size();
    }
    if (!version.empty()) {
      std::string label = entry.name + " " + version;
      MentionRecord vm = out.mentions.back();
      vm.entity = p.made_entity(label, entry.type, entry.id(), 0);
      vm.surface = std::string(text.substr(match.begin, vend - match.begin));
      vm.rule = kVersionRule;
      out.mentions.push_back(std::move(vm));
    }
  }
}

// Discovered mentions; a span the matcher still claims stays the matcher's. Both lists are in text
// order, so the overlap test walks the matches along with each discovery's spans.
void Extractor::add_discovered_mentions(Pass& p) const {
  for (const Discovery& d : p.discoveries) {
    const std::string_view rule = intern_rule("discovered:" + d.rule);
    uint32_t index = 0;
    bool created = false;
    size_t next_match = 0;
    for (const auto& span : d.spans) {
      const size_t begin = span.first, end = span.second;
      while (next_match < p.matches.size() && p.matches[next_match].end <= begin) ++next_match;
      if (next_match < p.matches.size() && p.matches[next_match].begin < end) continue;
      if (p.in_speaker(begin, end)) continue;
      if (!created) {
        index = p.made_entity(d.label, d.type, "", d.pypi_rank);
        p.out.entities[index].discovered = true;
        p.out.entities[index].discovered_by = d.rule;
        p.out.entities[index].expansions = d.aliases;
        created = true;
      }
      p.out.mentions.push_back(p.mention(index, begin, end, p.sentence_of(begin), rule));
    }
  }
}

// Mentions in text order, at most options.max_mentions, each with its line.
void Extractor::finish_mentions(Pass& p) const {
  DocumentExtraction& out = p.out;
  // Matcher mentions are in text order, and so are each discovery's: one stable sort puts them together.
  auto by_offset = [](const MentionRecord& a, const MentionRecord& b) { return a.offset < b.offset; };
  if (!std::is_sorted(out.mentions.begin(), out.mentions.end(), by_offset)) {
    std::stable_sort(out.mentions.begin(), out.mentions.end(), by_offset);
  }
  if (out.mentions.size() > p.options.max_mentions) {
    out.warnings.push_back(fmt::format("{}: {} entity mentions, more than the limit of {}; the rest are ignored",
                                       p.source.path, out.mentions.size(), p.options.max_mentions));
    out.mentions.resize(p.options.max_mentions);
  }
  size_t line = 1, line_pos = 0;
  for (MentionRecord& m : out.mentions) {
    line += count_byte(p.text.substr(line_pos, m.offset - line_pos), '\n');
    line_pos = m.offset;
    m.line = static_cast<int>(line);
  }
}

}  // namespace talkgraph
