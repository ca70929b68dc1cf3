// The extractor runs the passes in a fixed order over one NFC text: event and year, structure (which
// sections are talks), sentences, then one matcher pass. Each mention is attributed to the talk whose
// section contains it, or to the document; ordinary-word aliases are kept only with evidence; a
// version written after a versioned name ("Python 3.7") adds a mention of that version.
#include "extract/extractor.h"

#include <algorithm>
#include <array>
#include <mutex>
#include <set>
#include <unordered_map>

#include <fmt/format.h>
#include <re2/re2.h>

#include "extract/document_parser.h"
#include "extract/event_detector.h"
#include "extract/sentences.h"
#include "extract/talk_classifier.h"
#include "extract/text_util.h"
#include "extract/utf8.h"

namespace talkgraph {

namespace {

// Cuts a sentence to at most `limit` bytes on a code point boundary.
std::string evidence_text(std::string_view sentence, size_t limit) {
  if (sentence.size() <= limit) return std::string(sentence);
  size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(sentence[cut]) & 0xC0) == 0x80) --cut;
  return std::string(sentence.substr(0, cut)) + "…";
}

bool contains_hangul(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    if (is_hangul(decode_utf8(s, &i))) return true;
  }
  return false;
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

// "name" or "alias", "+particle" when one followed, "+evidence:<kind>" for an ordinary word: all
// twenty combinations made once.
std::string_view matcher_rule(bool is_name, bool particle, EvidenceKind kind) {
  static const std::array<std::string_view, 20> kRules = [] {
    static constexpr std::string_view kKinds[] = {"", "+evidence:code", "+evidence:cue", "+evidence:cooccurrence",
                                                  "+evidence:capitalized"};
    std::array<std::string_view, 20> rules;
    for (int n = 0; n < 2; ++n) {
      for (int p = 0; p < 2; ++p) {
        for (int k = 0; k < 5; ++k) {
          rules[(n * 2 + p) * 5 + k] =
              intern_rule(std::string(n ? "name" : "alias") + (p ? "+particle" : "") + std::string(kKinds[k]));
        }
      }
    }
    return rules;
  }();
  return kRules[(static_cast<int>(is_name) * 2 + static_cast<int>(particle)) * 5 + static_cast<int>(kind)];
}

const std::string_view kVersionRule = intern_rule("version");

}  // namespace

std::string_view intern_rule(std::string_view rule) {
  static std::mutex mu;
  static std::set<std::string, std::less<>> rules;  // nodes never move: views into them stay valid
  std::lock_guard<std::mutex> lock(mu);
  auto it = rules.find(rule);
  if (it == rules.end()) it = rules.emplace(rule).first;
  return *it;
}

bool ambiguous_mention_has_evidence(std::string_view text, size_t begin, size_t end, std::string_view sentence,
                                    bool other_unambiguous_in_sentence, bool cue_only, SentenceFacts* facts,
                                    EvidenceKind* kind) {
  static const RE2 kCue(
      "(?i)라이브러리|프레임워크|패키지|모듈|오픈소스|\\blibrar(?:y|ies)\\b|\\bframeworks?\\b|\\bpackages?\\b|"
      "\\bmodules?\\b|pip3? install|\\bimport\\b|\\bopen[- ]source\\b|\\bpypi\\b|\\bconda install\\b");
  if (begin > 0 && end < text.size() && text[begin - 1] == '`' && text[end] == '`') {
    *kind = EvidenceKind::kCode;
    return true;
  }
  if (facts->has_cue < 0) facts->has_cue = RE2::PartialMatch(re2::StringPiece(sentence.data(), sentence.size()), kCue);
  if (facts->has_cue) {
    *kind = EvidenceKind::kCue;
    return true;
  }
  if (cue_only) return false;
  if (other_unambiguous_in_sentence) {
    *kind = EvidenceKind::kCooccurrence;
    return true;
  }
  // Written as a name: a capital where an ordinary word would be lower case. At the start of an
  // English sentence every word is capitalized, so a capital there proves nothing.
  char first = text[begin];
  if (first >= 'A' && first <= 'Z') {
    bool sentence_start = begin == static_cast<size_t>(sentence.data() - text.data());
    if (!sentence_start) {
      *kind = EvidenceKind::kCapitalized;
      return true;
    }
    if (facts->has_hangul < 0) facts->has_hangul = contains_hangul(sentence);
    if (facts->has_hangul) {
      *kind = EvidenceKind::kCapitalized;
      return true;
    }
  }
  return false;
}

Extractor::Extractor(const Lexicon& lexicon, const PypiIndex* pypi) : lexicon_(lexicon), pypi_(pypi), matcher_(lexicon) {}

DocumentExtraction Extractor::extract(const SourceDocument& doc, const std::string& name,
                                      const ExtractOptions& options) const {
  std::string_view text = doc.text;
  DocumentExtraction out;
  out.path = doc.path;
  out.name = name;
  out.bytes = text.size();

  EventInfo event = detect_event(text);
  out.event.name = event.name.empty() ? "Unknown event" : event.name;
  out.event.year = event.year;
  out.event.year_source = event.year_source;
  if (out.event.year == 0 && options.default_year != 0) {
    out.event.year = options.default_year;
    out.event.year_source = "option";
  }

  ParsedDocument parsed = parse_document(text);
  DocumentStructure structure = classify_sections(text, parsed);
  // A review can cover several events: a heading that names one ("## PyCon US 2023") sets the event
  // of the talks after it, until another heading names another.
  EventRef current = out.event;
  size_t next_talk = 0;
  for (size_t h = 0; h < parsed.headings.size(); ++h) {
    if (structure.decisions[h].role != SectionRole::kSubsection) {
      for (const EventMention& m : find_event_names(parsed.headings[h].text)) {
        if (m.name.empty()) continue;
        bool same_series = out.event.name.rfind(m.name, 0) == 0;
        current.name = m.qualified || !same_series ? m.name : out.event.name;
        current.year = m.year != kUnknownYear ? m.year : (current.name == out.event.name ? out.event.year : kUnknownYear);
        current.year_source = m.year != kUnknownYear ? "event" : (current.year != kUnknownYear ? out.event.year_source : "");
        if (current.year == kUnknownYear && options.default_year != 0) {
          current.year = options.default_year;
          current.year_source = "option";
        }
        break;
      }
    }
    while (next_talk < structure.talks.size() && structure.talks[next_talk].heading == h) {
      const TalkSection& t = structure.talks[next_talk++];
      out.talks.push_back({t.title.title, t.title.kind.empty() ? "talk" : t.title.kind, t.title.label, t.line, current});
    }
  }

  std::vector<Span> sentences = split_sentences(text);
  std::vector<AliasMatch> matches = matcher_.find(text);

  // Names the lexicon lacks. An acronym's written-out expansion is one name, so lexicon matches
  // inside it ("Python" in "Python Steering Council") give way to it: the longest match wins.
  std::vector<Discovery> discoveries;
  if (pypi_ != nullptr) discoveries = discover(text, lexicon_, *pypi_);
  std::vector<std::pair<size_t, size_t>> expansions;
  for (const Discovery& d : discoveries) {
    for (const auto& span : d.spans) {
      if (span.second - span.first > d.label.size()) expansions.push_back(span);
    }
  }
  auto inside_expansion = [&](const AliasMatch& m) {
    return std::any_of(expansions.begin(), expansions.end(),
                       [&](const auto& e) { return e.first <= m.begin && m.end <= e.second; });
  };
  std::erase_if(matches, inside_expansion);

  auto sentence_of = [&](size_t offset) -> size_t {
    auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                               [](size_t off, const Span& s) { return off < s.begin; });
    return it == sentences.begin() ? 0 : static_cast<size_t>(it - sentences.begin() - 1);
  };
  // Talk sections are in text order and do not overlap: binary search, so a document with thousands
  // of talks stays linear in its mentions.
  auto talk_of = [&](size_t offset) -> int {
    auto it = std::upper_bound(structure.talks.begin(), structure.talks.end(), offset,
                               [](size_t off, const TalkSection& t) { return off < t.begin; });
    if (it == structure.talks.begin()) return -1;
    --it;
    return offset < it->end ? static_cast<int>(it - structure.talks.begin()) : -1;
  };

  // Sentences that hold an unambiguous match, for the co-occurrence evidence rule.
  std::vector<size_t> match_sentence(matches.size());
  std::vector<int> unambiguous_in_sentence(sentences.size() + 1, 0);
  std::vector<SentenceFacts> sentence_facts(sentences.size() + 1);
  // Matches come in text order: the sentence of each is found by walking the sentences along.
  for (size_t m = 0, sentence = 0; m < matches.size(); ++m) {
    while (sentence + 1 < sentences.size() && sentences[sentence + 1].begin <= matches[m].begin) ++sentence;
    match_sentence[m] = sentence;
    if (!matches[m].ambiguous) ++unambiguous_in_sentence[match_sentence[m]];
  }

  std::unordered_map<std::string, uint32_t> entity_index;
  auto entity_for = [&](const std::string& id, const std::string& label, const std::string& type,
                        const std::string& version_of, int rank) {
    auto [it, inserted] = entity_index.try_emplace(id, static_cast<uint32_t>(out.entities.size()));
    if (inserted) out.entities.push_back({id, label, type, false, version_of, rank, {}, {}});
    return it->second;
  };
  // Lexicon entry -> index into out.entities, kNone when not seen yet: a table per thread, reset
  // entry by entry after the document, instead of a hash map filled per document.
  constexpr uint32_t kNone = UINT32_MAX;
  thread_local std::vector<uint32_t> lexicon_entity;
  thread_local std::vector<uint32_t> entries_seen;
  if (lexicon_entity.size() < lexicon_.entries().size()) lexicon_entity.assign(lexicon_.entries().size(), kNone);
  struct Reset {
    ~Reset() {
      for (uint32_t e : entries_seen) lexicon_entity[e] = kNone;
      entries_seen.clear();
    }
  } reset;
  std::vector<uint32_t> evidence_index(sentences.size() + 1, kNone);  // sentence -> index into out.sentences
  auto evidence_for = [&](size_t s) {
    if (evidence_index[s] == kNone) {
      evidence_index[s] = static_cast<uint32_t>(out.sentences.size());
      const Span& sp = s < sentences.size() ? sentences[s] : Span{0, text.size()};
      out.sentences.push_back(evidence_text(text.substr(sp.begin, sp.end - sp.begin), options.max_evidence_bytes));
    }
    return evidence_index[s];
  };


  for (size_t m = 0; m < matches.size(); ++m) {
    const AliasMatch& match = matches[m];
    const LexiconEntry& entry = lexicon_.entries()[match.entry];
    size_t s = match_sentence[m];
    EvidenceKind kind = EvidenceKind::kNone;
    if (match.ambiguous) {
      Span sp = sentences.empty() ? Span{0, text.size()} : sentences[s];
      std::string_view sentence = text.substr(sp.begin, sp.end - sp.begin);
      int others = unambiguous_in_sentence[s];
      if (!ambiguous_mention_has_evidence(text, match.begin, match.end, sentence, others > 0, match.cue_only,
                                          &sentence_facts[s], &kind)) {
        continue;
      }
    }
    MentionRecord mention;
    const std::string& id = entry.id();
    if (lexicon_entity[match.entry] == kNone) {
      lexicon_entity[match.entry] = entity_for(id, entry.name, std::string(entity_type_name(entry.type)), "", entry.pypi_rank);
      entries_seen.push_back(match.entry);
    }
    mention.entity = lexicon_entity[match.entry];
    mention.talk = talk_of(match.begin);
    mention.offset = match.begin;
    mention.sentence = evidence_for(s);
    mention.surface = std::string(text.substr(match.begin, match.end - match.begin));
    mention.rule = matcher_rule(match.is_name, match.particle, kind);
    out.mentions.push_back(std::move(mention));

    std::string version;
    if (entry.versioned && !match.particle && version_after(text, match.end, &version)) {
      std::string label = entry.name + " " + version;
      MentionRecord vm = out.mentions.back();
      vm.entity = entity_for(std::string(entity_type_name(entry.type)) + ":" + slugify(label), label,
                             std::string(entity_type_name(entry.type)), id, 0);
      size_t vend = text.find(version, match.end) + version.size();
      vm.surface = std::string(text.substr(match.begin, vend - match.begin));
      vm.rule = kVersionRule;
      out.mentions.push_back(std::move(vm));
    }
  }

  // Discovered mentions; a span the matcher still claims stays the matcher's.
  {
    for (const Discovery& d : discoveries) {
      std::string id = d.type + ":" + slugify(d.label);
      const std::string_view rule = intern_rule("discovered:" + d.rule);
      uint32_t index = 0;
      bool created = false;
      for (const auto& span : d.spans) {
        const size_t begin = span.first, end = span.second;  // clang 14 cannot capture structured bindings
        bool overlaps = std::any_of(matches.begin(), matches.end(),
                                    [&](const AliasMatch& m) { return m.begin < end && begin < m.end; });
        if (overlaps) continue;
        if (!created) {
          index = entity_for(id, d.label, d.type, "", d.pypi_rank);
          out.entities[index].discovered = true;
          out.entities[index].discovered_by = d.rule;
          out.entities[index].expansions = d.aliases;
          created = true;
        }
        MentionRecord mention;
        mention.entity = index;
        mention.talk = talk_of(begin);
        mention.offset = begin;
        mention.sentence = evidence_for(sentence_of(begin));
        mention.surface = std::string(text.substr(begin, end - begin));
        mention.rule = rule;
        out.mentions.push_back(std::move(mention));
      }
    }
  }

  // Matcher mentions are in text order already, and so are each discovery's; merge rather than sort.
  auto by_offset = [](const MentionRecord& a, const MentionRecord& b) { return a.offset < b.offset; };
  if (!std::is_sorted(out.mentions.begin(), out.mentions.end(), by_offset)) {
    std::stable_sort(out.mentions.begin(), out.mentions.end(), by_offset);
  }
  if (out.mentions.size() > options.max_mentions) {
    out.warnings.push_back(fmt::format("{}: {} entity mentions, more than the limit of {}; the rest are ignored",
                                       doc.path, out.mentions.size(), options.max_mentions));
    out.mentions.resize(options.max_mentions);
  }
  size_t line = 1, line_pos = 0;
  for (MentionRecord& m : out.mentions) {
    line += count_byte(text.substr(line_pos, m.offset - line_pos), '\n');
    line_pos = m.offset;
    m.line = static_cast<int>(line);
  }
  return out;
}

}  // namespace talkgraph
