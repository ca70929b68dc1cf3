// The evidence rules, strongest first. What counts depends on how much doubt the lexicon gives the
// name (lexicon.h, Doubt):
//  - cue-only names (six, build, future): code, a link to the project, a cue word beside the name;
//  - marked ordinary words (?Go, click, Ray, Wanted): also a list of names, the head of a title, a
//    capital that is not a title's or a person's (the word beside it is not capitalized too; for a
//    name that is no English word, any capital), a capital inside the word (cuML), a
//    capital in a Korean, Japanese or Chinese sentence, or a word glued to a particle there ("uv로");
//  - unmarked English words (Slack, Excel, Confluence): also a cue anywhere in the sentence, any other
//    technology in it, any capital but the one that starts an English sentence, a CJK sentence.
// A list is decided in rounds: "Ray and Dask" accepts Ray by Dask, and then "Ray, Modin" Modin by Ray.
#include "extract/evidence.h"

#include <algorithm>

#include "base/text_util.h"
#include "base/utf8.h"
#include "extract/links.h"

namespace talkgraph {

std::string_view evidence_kind_name(EvidenceKind kind) {
  static constexpr std::string_view kNames[kEvidenceKinds] = {
      "", "code", "link", "cue", "list", "title", "cooccurrence", "shape", "capitalized", "cjk", "rejected"};
  return kNames[static_cast<size_t>(kind)];
}

namespace {

bool is_ascii_alnum(char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// Hangul, kana and CJK ideographs: scripts in which an English word is not written by chance.
bool is_cjk(char32_t cp) { return is_hangul(cp) || is_kana_or_han(cp); }

bool has_cjk(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    if (is_cjk(decode_utf8(s, &i))) return true;
  }
  return false;
}

// A CJK character right after the name, or right before it: "requests로", "uv로".
bool glued_to_cjk(std::string_view text, size_t begin, size_t end) {
  if (end < text.size() && static_cast<unsigned char>(text[end]) >= 0x80) {
    size_t i = end;
    if (is_cjk(decode_utf8(text, &i))) return true;
  }
  size_t b = begin;
  while (b > 0 && (static_cast<unsigned char>(text[b - 1]) & 0xC0) == 0x80) --b;
  if (b > 0 && b < begin) --b;
  if (b < begin && static_cast<unsigned char>(text[b]) >= 0xC0) {
    size_t i = b;
    if (is_cjk(decode_utf8(text, &i)) && i == begin) return true;
  }
  return false;
}

// Where the words of a sentence start: past quotes, brackets and bullets.
size_t first_word(std::string_view text, const Sentence& s) {
  size_t i = s.begin;
  while (i < s.end && static_cast<unsigned char>(text[i]) < 0x80 && !is_ascii_alnum(text[i])) ++i;
  return i;
}

// The Latin word that ends at or before `end` (white space skipped), within [limit, end): its range.
bool word_before(std::string_view text, size_t limit, size_t end, size_t* b, size_t* e) {
  size_t i = end;
  while (i > limit && text[i - 1] == ' ') --i;
  size_t j = i;
  while (j > limit && (is_ascii_alnum(text[j - 1]) || text[j - 1] == '\'')) --j;
  if (j == i) return false;
  *b = j;
  *e = i;
  return true;
}

bool word_after(std::string_view text, size_t begin, size_t limit, size_t* b, size_t* e) {
  size_t i = begin;
  while (i < limit && text[i] == ' ') ++i;
  size_t j = i;
  while (j < limit && (is_ascii_alnum(text[j]) || text[j] == '\'')) ++j;
  if (j == i) return false;
  *b = i;
  *e = j;
  return true;
}

}  // namespace

EvidenceRules::EvidenceRules(const Vocabulary& vocabulary, const Lexicon& lexicon)
    : lexicon_(lexicon),
      joiners_(vocabulary.keys("list-joiners")),
      small_words_(vocabulary.keys("title-small-words")),
      cue_ties_(vocabulary.keys("cue-ties")) {}

bool EvidenceRules::beside_cue(const EvidenceInput& in, const AliasMatch& match, const Sentence& s, int max_words) const {
  const std::string_view text = in.doc.text;
  if (max_words < 0) {
    auto it = std::lower_bound(in.cues.begin(), in.cues.end(), TextRange{s.begin, 0});
    for (; it != in.cues.end() && it->first < s.end; ++it) {
      if (!(it->first < match.end && it->second > match.begin)) return true;  // not the name itself
    }
    return false;
  }
  // Only cues near the name can be beside it: a sentence of many cues and names stays linear.
  const uint32_t from = std::max<uint32_t>(s.begin, match.begin > 64 ? static_cast<uint32_t>(match.begin) - 64 : 0);
  auto it = std::lower_bound(in.cues.begin(), in.cues.end(), TextRange{from, 0});
  for (; it != in.cues.end() && it->first < s.end && it->first <= match.end + 48; ++it) {
    if (it->first < match.end && it->second > match.begin) continue;  // the name itself
    // Beside: at most `max_words` words between, no clause ending between.
    const size_t gb = it->second <= match.begin ? it->second : match.end;
    const size_t ge = it->second <= match.begin ? match.begin : it->first;
    if (ge - gb > 40) continue;
    const std::string_view gap = text.substr(gb, ge - gb);
    if (gap.find_first_of(".;!?") != std::string_view::npos) continue;
    int words = 0;
    size_t i = 0;
    while (i < gap.size()) {
      while (i < gap.size() && (gap[i] == ' ' || gap[i] == '\n')) ++i;
      const size_t b = i;
      while (i < gap.size() && gap[i] != ' ' && gap[i] != '\n') ++i;
      // Words that tie a name to its cue do not count: "a library called six", "six라는 라이브러리".
      if (i > b && std::find(cue_ties_.begin(), cue_ties_.end(), ascii_lower(gap.substr(b, i - b))) == cue_ties_.end()) {
        ++words;
      }
    }
    if (words <= max_words) return true;
  }
  return false;
}

// Between two names of a list: punctuation, white space and joining words only, and at least one
// of them: "Jupyter Frontend" is one name, "Jupyter, Frontend" two.
bool EvidenceRules::joins_names(std::string_view gap) const {
  if (gap.size() > 24) return false;
  size_t i = 0;
  bool joined = false;
  while (i < gap.size()) {
    const char c = gap[i];
    if (c == ' ' || c == '\n') {
      ++i;
      continue;
    }
    joined = true;
    if (c == ',' || c == '/' || c == '&' || c == '+' || c == '(' || c == ')' || c == '|') {
      ++i;
      continue;
    }
    if (gap.compare(i, 2, "\xC2\xB7") == 0) {  // ·
      i += 2;
      continue;
    }
    if (gap.compare(i, 3, "\xE3\x80\x81") == 0) {  // 、
      i += 3;
      continue;
    }
    size_t j = i;
    while (j < gap.size() && gap[j] != ' ' && gap[j] != '\n' && gap[j] != ',' && gap[j] != '/' && gap[j] != ')' &&
           gap[j] != '(') {
      ++j;
    }
    std::string word = ascii_lower(gap.substr(i, j - i));
    if (!word.empty() && word.back() == '.') word.pop_back();  // "vs."
    if (std::find(joiners_.begin(), joiners_.end(), word) == joiners_.end()) return false;
    i = j;
  }
  return joined;
}

bool EvidenceRules::in_list(const EvidenceInput& in, size_t m, const std::vector<EvidenceKind>& verdicts) const {
  const std::string_view text = in.doc.text;
  const AliasMatch& match = in.matches[m];
  auto partner = [&](size_t o) {
    if (in.match_sentence[o] != in.match_sentence[m]) return false;
    if (verdicts[o] == EvidenceKind::kRejected) return false;
    if (lexicon_.entries()[in.matches[o].entry].type == EntityType::kConcept) return false;
    const AliasMatch& other = in.matches[o];
    const size_t gb = other.end <= match.begin ? other.end : match.end;
    const size_t ge = other.end <= match.begin ? match.begin : other.begin;
    return ge >= gb && joins_names(text.substr(gb, ge - gb));
  };
  return (m > 0 && partner(m - 1)) || (m + 1 < in.matches.size() && partner(m + 1));
}

// Whether a capitalized word stands beside another capitalized word (small words between skipped),
// as in a title ("How to Accelerate an Existing Codebase") or a longer proper name ("Assembly Room").
// The sentence's first word is capitalized anyway and does not count, nor does a neighbour that is a
// name ("Go and Rust").
bool EvidenceRules::in_capitalized_run(const EvidenceInput& in, size_t m, const Sentence& s) const {
  const std::string_view text = in.doc.text;
  const AliasMatch& match = in.matches[m];
  const size_t start = first_word(text, s);
  // A capitalized neighbour that is a name too makes a list ("Go and Rust"), not a title.
  auto is_name = [&](size_t b) {
    return (m > 0 && in.matches[m - 1].begin <= b && b < in.matches[m - 1].end) ||
           (m + 1 < in.matches.size() && in.matches[m + 1].begin <= b && b < in.matches[m + 1].end);
  };
  auto capitalized = [&](size_t b, size_t e) { return b != start && is_upper(text[b]) && e > b && !is_name(b); };
  auto small = [&](size_t b, size_t e) {
    const std::string w = ascii_lower(text.substr(b, e - b));
    return std::find(small_words_.begin(), small_words_.end(), w) != small_words_.end();
  };
  size_t b = 0, e = 0, at = match.begin;
  for (int skipped = 0; skipped < 3 && word_before(text, s.begin, at, &b, &e); ++skipped, at = b) {
    if (e != at && text.substr(e, at - e).find_first_not_of(' ') != std::string_view::npos) break;
    if (!small(b, e)) {
      if (capitalized(b, e)) return true;
      break;
    }
  }
  at = match.end;
  for (int skipped = 0; skipped < 3 && word_after(text, at, s.end, &b, &e); ++skipped, at = e) {
    if (b != at && text.substr(at, b - at).find_first_not_of(' ') != std::string_view::npos) break;
    if (!small(b, e)) return capitalized(b, e);
  }
  return false;
}

EvidenceKind EvidenceRules::judge_one(const EvidenceInput& in, size_t m, const std::vector<EvidenceKind>& verdicts,
                                      const std::vector<const InlineSpan*>& links,
                                      std::vector<SentenceFacts>* sentence_facts) const {
  const std::string_view text = in.doc.text;
  const AliasMatch& match = in.matches[m];
  const Doubt doubt = match.doubt;
  const Sentence s = in.sentences.empty() ? Sentence{0, static_cast<uint32_t>(text.size()), -1}
                                          : in.sentences[in.match_sentence[m]];

  auto code = std::upper_bound(in.code.begin(), in.code.end(), TextRange{static_cast<uint32_t>(match.begin), UINT32_MAX});
  if (code != in.code.begin() && (code - 1)->first <= match.begin && match.end <= (code - 1)->second) {
    // Code holds comments and strings in English too ("# your numpy code"): an English word counts
    // there only as the whole span (`six`), in an import, or used as a module (six.moves, six()).
    if (!match.ordinary) return EvidenceKind::kCode;
    const std::string_view span = text.substr((code - 1)->first, (code - 1)->second - (code - 1)->first);
    const size_t lead = span.find_first_not_of(" \n");
    const size_t tail = span.find_last_not_of(" \n");
    if (lead != std::string_view::npos && (code - 1)->first + lead == match.begin && (code - 1)->first + tail + 1 == match.end) {
      return EvidenceKind::kCode;
    }
    const size_t line = text.rfind('\n', match.begin);
    const std::string_view before = text.substr(line == std::string_view::npos ? 0 : line + 1,
                                                match.begin - (line == std::string_view::npos ? 0 : line + 1));
    if (before.find("import ") != std::string_view::npos || before.find("from ") != std::string_view::npos ||
        (match.end < text.size() && (text[match.end] == '(' || text[match.end] == '.'))) {
      return EvidenceKind::kCode;
    }
  }
  // Written as code is: a module's attribute ("collections.Counter", "typing.Protocol").
  if (match.end + 1 < text.size() && text[match.end] == '.' &&
      ((text[match.end + 1] | 0x20) >= 'a' && (text[match.end + 1] | 0x20) <= 'z')) {
    return EvidenceKind::kCode;
  }
  auto link = std::upper_bound(links.begin(), links.end(), match.begin,
                               [](size_t off, const InlineSpan* sp) { return off < sp->begin; });
  if (link != links.begin() && match.end <= (*(link - 1))->end) {
    const LexiconEntry& entry = lexicon_.entries()[match.entry];
    const std::vector<std::string> keys = {url_key(text.substr(match.begin, match.end - match.begin)),
                                           url_key(entry.name), url_key(entry.pypi)};
    if (url_names((*(link - 1))->href, keys)) return EvidenceKind::kLink;
  }
  if (beside_cue(in, match, s, doubt == Doubt::kWord ? -1 : doubt == Doubt::kCueOnly ? 0 : 1)) return EvidenceKind::kCue;
  if (doubt == Doubt::kCueOnly) return EvidenceKind::kRejected;

  if (in_list(in, m, verdicts)) return EvidenceKind::kList;
  const size_t start = first_word(text, s);
  if (match.begin == start) {
    // "Trio: A pythonic way to do async programming", "Ray - distributed Python".
    size_t i = match.end;
    while (i < s.end && text[i] == ' ') ++i;
    const bool colon = text.compare(i, 1, ":") == 0 || text.compare(i, 3, "\xEF\xBC\x9A") == 0;
    const bool dash = i > match.end && (text.compare(i, 2, "- ") == 0 || text.compare(i, 4, "\xE2\x80\x93 ") == 0 ||
                                        text.compare(i, 4, "\xE2\x80\x94 ") == 0);
    if ((colon || dash) && s.end - i > 4) return EvidenceKind::kTitle;
  }
  SentenceFacts& facts = (*sentence_facts)[in.match_sentence[m]];
  if (doubt == Doubt::kWord && facts.names > 0) return EvidenceKind::kCooccurrence;

  // Written as no word is: a capital inside, after a lower-case letter (cuML, iOS, PyO3).
  for (size_t i = match.begin + 1; i < match.end; ++i) {
    if (is_upper(text[i]) && text[i - 1] >= 'a' && text[i - 1] <= 'z') return EvidenceKind::kShape;
  }
  // A name written in Hangul (플라스크, also lab glassware) is no less a word for it: the script rules
  // are for Latin names.
  if (static_cast<unsigned char>(text[match.begin]) >= 0x80) return EvidenceKind::kRejected;
  if (facts.cjk < 0) facts.cjk = has_cjk(text.substr(s.begin, s.end - s.begin));
  const bool cjk = facts.cjk > 0;
  const bool capital = is_upper(text[match.begin]);
  if (cjk) {
    if (doubt == Doubt::kWord) return EvidenceKind::kCjk;
    // In Korean, Japanese or Chinese a capital means a name, unless the word is a person's name or
    // one letter; a word glued to a particle ("requests로", "C로") is a name as well.
    if (glued_to_cjk(text, match.begin, match.end) || (capital && !match.name_like)) return EvidenceKind::kCjk;
    return EvidenceKind::kRejected;
  }
  if (!capital || match.name_like) return EvidenceKind::kRejected;
  // A name that is no English word (Nameko, Datashader) is a name when capitalized, wherever it stands.
  if (!match.ordinary) return EvidenceKind::kCapitalized;
  if (match.begin == start) return EvidenceKind::kRejected;
  if (doubt == Doubt::kAmbiguous && in_capitalized_run(in, m, s)) return EvidenceKind::kRejected;
  return EvidenceKind::kCapitalized;
}

std::vector<EvidenceKind> EvidenceRules::judge(const EvidenceInput& in) const {
  std::vector<EvidenceKind> verdicts(in.matches.size(), EvidenceKind::kNone);
  std::vector<size_t> doubtful;
  for (size_t m = 0; m < in.matches.size(); ++m) {
    if (in.matches[m].doubt != Doubt::kNone) doubtful.push_back(m);
  }
  if (doubtful.empty()) return verdicts;
  std::vector<const InlineSpan*> links;
  for (const InlineSpan& sp : in.doc.spans) {
    if (sp.kind == SpanKind::kLink && !sp.href.empty()) links.push_back(&sp);
  }
  // Round one: every rule, a list partner only when it needs no evidence (the rest start rejected).
  for (size_t m : doubtful) verdicts[m] = EvidenceKind::kRejected;
  // What a sentence says once for all its names, so that a sentence of many ordinary words is read
  // once, not once a word: how many names needing no evidence it holds, and whether it is CJK.
  std::vector<SentenceFacts> facts(in.sentences.size() + 1);
  for (size_t m = 0; m < in.matches.size(); ++m) {
    if (in.matches[m].doubt == Doubt::kNone) ++facts[in.match_sentence[m]].names;
  }
  for (size_t m : doubtful) verdicts[m] = judge_one(in, m, verdicts, links, &facts);
  // Further rounds: names accepted since are list partners too.
  for (int round = 0; round < 3; ++round) {
    bool changed = false;
    for (size_t m : doubtful) {
      if (verdicts[m] != EvidenceKind::kRejected || in.matches[m].doubt == Doubt::kCueOnly) continue;
      if (in_list(in, m, verdicts)) {
        verdicts[m] = EvidenceKind::kList;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return verdicts;
}

}  // namespace talkgraph
