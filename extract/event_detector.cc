// Event detection scans for conference names and reads what stands around them: a qualifier after
// (KR, Korea, 한국, US, ...), a year after ("PyCon KR 2018", "PyCon2019", "PyCon US '23") or before
// ("2019 PyCon", "2019년 파이콘"). Years are taken only where the text ties them to the event or
// writes a full date; a lone number such as "Data Trend 2022" or "2021년부터" says nothing about
// when the conference took place. Then every piece of evidence in the document votes, with a weight
// for where it stands (detect_event below).
#include "extract/event_detector.h"

#include <algorithm>
#include <map>
#include <memory>

#include <re2/re2.h>

#include "base/text_util.h"
#include "base/utf8.h"
#include "extract/phrases.h"
#include "extract/vocabulary.h"

namespace talkgraph {

namespace {

bool is_ascii_letter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

struct Series {
  std::string match;  // lowercase ASCII or Hangul, as written
  std::string name;   // normalized
  bool takes_qualifier = false;
  bool needs_year = false;
  bool city = false;  // PyData Seoul
};

struct Qualifier {
  std::string word;  // lowercase
  std::string code;
  bool needs_capitals = false;
};

}  // namespace

// The series, qualifiers and other-edition words of data/vocabulary/events.txt, and the series a
// lexicon file adds (SeriesEntry).
class EventVocabulary {
 public:
  explicit EventVocabulary(const std::vector<SeriesEntry>& extra) {
    const Vocabulary& voc = Vocabulary::builtin();
    for (const VocabularyEntry& x : voc.list("series")) {
      series.push_back({x.key, x.value, x.has("qualifier"), x.has("needs-year"), x.has("city")});
    }
    for (const SeriesEntry& e : extra) {
      for (const std::string& spelling : e.spellings) {
        if (spelling.size() >= 2) series.push_back({spelling, e.name, e.qualifier, e.needs_year, e.city});
      }
    }
    for (const VocabularyEntry& x : voc.list("qualifiers")) qualifiers.push_back({x.key, x.value, x.has("capitals")});
    std::vector<std::string_view> needles;
    for (const Series& s : series) needles.push_back(s.match);
    finder = std::make_unique<MultiFinder>(needles);
    other_edition = PhraseSet(voc.keys("other-edition"));
    for (const VocabularyEntry& x : voc.list("venues")) venues.emplace_back(x.key, x.value);
    venue_words = PhraseSet(voc.keys("venues"));
  }

  std::vector<Series> series;
  std::vector<Qualifier> qualifiers;
  std::unique_ptr<MultiFinder> finder;
  PhraseSet other_edition;
  std::vector<std::pair<std::string, std::string>> venues;
  PhraseSet venue_words;
};

const EventVocabulary& builtin_event_vocabulary() {
  static const EventVocabulary* v = new EventVocabulary({});
  return *v;
}

std::shared_ptr<const EventVocabulary> make_event_vocabulary(const std::vector<SeriesEntry>& extra) {
  return std::make_shared<const EventVocabulary>(extra);
}

namespace {

// Reads a word (ASCII letters or Hangul syllables) at text[pos].
std::string_view word_at(std::string_view text, size_t pos) {
  size_t i = pos;
  if (i < text.size() && is_ascii_letter(text[i])) {
    while (i < text.size() && is_ascii_letter(text[i])) ++i;
  } else {
    while (is_hangul_syllable_at(text, i)) i += 3;
  }
  return text.substr(pos, i - pos);
}

size_t skip_spaces(std::string_view text, size_t pos) {
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  return pos;
}

// A year written at text[pos]: 1990..2099, or '19 style. Returns the year and moves *pos past it.
int year_at(std::string_view text, size_t* pos) {
  size_t p = *pos;
  if (p < text.size() && (text[p] == '\'' || text.compare(p, 3, "\xE2\x80\x99") == 0)) {
    size_t q = p + (text[p] == '\'' ? 1 : 3);
    if (q + 2 <= text.size() && is_digit(text[q]) && is_digit(text[q + 1]) && (q + 2 == text.size() || !is_digit(text[q + 2]))) {
      *pos = q + 2;
      return 2000 + (text[q] - '0') * 10 + (text[q + 1] - '0');
    }
    return kUnknownYear;
  }
  if (p + 4 > text.size()) return kUnknownYear;
  for (size_t k = 0; k < 4; ++k) {
    if (!is_digit(text[p + k])) return kUnknownYear;
  }
  if (p + 4 < text.size() && (is_digit(text[p + 4]) || (text[p + 4] == '.' && p + 5 < text.size() && is_digit(text[p + 5])))) {
    return kUnknownYear;  // a longer number, or a version such as 2023.1
  }
  int year = (text[p] - '0') * 1000 + (text[p + 1] - '0') * 100 + (text[p + 2] - '0') * 10 + (text[p + 3] - '0');
  if (year < 1990 || year > 2099) return kUnknownYear;
  *pos = p + 4;
  return year;
}

// A year written just before text[pos]: "2019 PyCon", "2019년 파이콘".
int year_before(std::string_view text, size_t pos) {
  size_t p = pos;
  while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t')) --p;
  if (p >= 3 && text.compare(p - 3, 3, "년") == 0) {
    p -= 3;
    while (p > 0 && text[p - 1] == ' ') --p;
  }
  if (p < 4 || (p > 4 && is_digit(text[p - 5]))) return kUnknownYear;
  size_t at = p - 4;
  const int year = year_at(text, &at);
  return at == p ? year : kUnknownYear;
}

const Qualifier* qualifier_for(std::string_view word, bool glued, const EventVocabulary& voc) {
  const std::string lower = ascii_lower(word);
  for (const Qualifier& q : voc.qualifiers) {
    if (lower != q.word) continue;
    const bool capitals = std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (q.needs_capitals && !glued && !capitals) return nullptr;  // "PyCon in 2019", "PyCon my ..."
    return &q;
  }
  return nullptr;
}

void find_series_mentions(std::string_view text, std::vector<EventMention>* out, const EventVocabulary& voc) {
  voc.finder->find_all_ignoring_ascii_case(text, [&](size_t at, size_t index) {
    const Series& s = voc.series[index];
    const bool latin = is_ascii_letter(s.match[0]);
    if (latin && at > 0 && is_ascii_letter(text[at - 1])) return;  // "mypycon" is not PyCon
    size_t p = at + s.match.size();
    if (latin && p < text.size() && is_ascii_letter(text[p]) && !s.takes_qualifier) return;  // "europythonista"
    EventMention m;
    m.offset = at;
    m.name = s.name;
    m.series = s.name;
    if (s.takes_qualifier) {
      const bool glued = p < text.size() && text[p] != ' ';
      if (glued && latin && is_ascii_letter(text[p])) {
        // "PyConKR" is PyCon KR; "pyconista" is nothing.
        std::string_view word = word_at(text, p);
        if (qualifier_for(word, true, voc) == nullptr) return;
      }
      size_t q = skip_spaces(text, p);
      std::string_view word = word_at(text, q);
      if (ascii_lower(word) == "in" || ascii_lower(word) == "of") {  // "PyCon in 2019"
        p = q + word.size();
        word = {};
      }
      if (!word.empty()) {
        if (const Qualifier* qual = qualifier_for(word, glued, voc)) {
          m.name += " " + qual->code;
          m.qualified = true;
          p = q + word.size();
        } else if (s.city && word[0] >= 'A' && word[0] <= 'Z') {
          m.name += " " + std::string(word);  // PyData is named after its city: PyData Seoul
          m.qualified = true;
          p = q + word.size();
        }
      }
    }
    size_t y = skip_spaces(text, p);
    m.year = year_at(text, &y);
    if (m.year != kUnknownYear) p = y;
    if (m.year == kUnknownYear) m.year = year_before(text, at);
    if (s.needs_year && m.year == kUnknownYear) return;
    // A normalized name that is already qualified ("PyCon KR" from "파이콘 한국") counts as such.
    m.qualified = m.qualified || m.name.find(' ') != std::string::npos;
    m.end = p;
    out->push_back(std::move(m));
  });
}

void find_dates(std::string_view text, std::vector<EventMention>* out) {
  // 2019년 8월, August 2019, Aug 15, 2019, 2019-08-15, 2019.08.15, 15-08-2019: one expression, one
  // pass over the text, the year in whichever group matched.
  static const RE2 kDate(
      "((?:19|20)\\d\\d)년\\s*\\d{1,2}월|"
      "\\b(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-zA-Z]*\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?"
      "((?:19|20)\\d\\d)\\b|"
      "\\b((?:19|20)\\d\\d)[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\\d|3[01])\\b|"
      "\\b(?:0?[1-9]|[12]\\d|3[01])[-./](?:0?[1-9]|1[0-2])[-./]((?:19|20)\\d\\d)\\b");
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece years[4];
  while (RE2::FindAndConsume(&input, kDate, &years[0], &years[1], &years[2], &years[3])) {
    for (const re2::StringPiece& year : years) {
      if (year.empty()) continue;
      EventMention m;
      m.offset = static_cast<size_t>(year.data() - text.data());
      m.end = m.offset + 4;
      m.year = (year[0] - '0') * 1000 + (year[1] - '0') * 100 + (year[2] - '0') * 10 + (year[3] - '0');
      // A date before Python conferences existed (a birth date in an example) says nothing about the
      // event. Found by fuzz_document_parser; regression input in tests/fuzz/corpus/parser/.
      if (m.year >= 1990) out->push_back(std::move(m));
    }
    for (re2::StringPiece& year : years) year = re2::StringPiece();
  }
}

// Whether an event mention is written as another edition: "작년 파이콘", "last year's PyCon".
bool other_edition(std::string_view text, size_t offset, const EventVocabulary& voc) {
  size_t b = offset;
  for (int n = 0; n < 16 && b > 0; ++n) {
    --b;
    while (b > 0 && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
    if (text[b] == '\n' || text[b] == '.') {
      ++b;
      break;
    }
  }
  bool found = false;
  voc.other_edition.find_all(text.substr(b, offset - b), [&](size_t, size_t, size_t) { found = true; });
  return found;
}

}  // namespace

std::vector<EventMention> find_event_names(std::string_view text, const EventVocabulary& voc) {
  std::vector<EventMention> out;
  find_series_mentions(text, &out, voc);
  std::stable_sort(out.begin(), out.end(), [](const EventMention& a, const EventMention& b) { return a.offset < b.offset; });
  return out;
}

std::vector<EventMention> find_event_mentions(std::string_view text, const EventVocabulary& voc) {
  std::vector<EventMention> out;
  find_series_mentions(text, &out, voc);
  find_dates(text, &out);
  std::stable_sort(out.begin(), out.end(), [](const EventMention& a, const EventMention& b) { return a.offset < b.offset; });
  return out;
}

namespace {

struct Vote {
  std::string name;    // "" for a date
  std::string series;  // "PyCon"
  bool qualified = false;
  int year = kUnknownYear;
  double weight = 0;
  std::string source;
};

int year_in_text(std::string_view s) {
  for (size_t i = 0; i + 4 <= s.size(); ++i) {
    if (i > 0 && is_digit(s[i - 1])) continue;
    size_t p = i;
    if (int y = year_at(s, &p); y != kUnknownYear) return y;
  }
  return kUnknownYear;
}

}  // namespace

EventInfo detect_event(const Document& doc, const LinkClassifier& links, const std::vector<std::string>& talk_events,
                       const EventVocabulary& voc) {
  std::vector<Vote> votes;
  auto vote = [&](const EventMention& m, double weight, std::string_view source) {
    votes.push_back({m.name, m.series, m.qualified, m.year, weight, std::string(m.name.empty() ? "date" : source)});
  };
  // The front matter's title and date.
  for (const EventMention& m : find_event_names(doc.meta.title, voc)) vote(m, 3, "front-matter");
  if (int y = year_in_text(doc.meta.date); y != kUnknownYear) votes.push_back({"", "", false, y, 2, "front-matter"});

  // The text, each mention weighed by the block it stands in.
  std::vector<const Block*> leaves;
  for (const Block& b : doc.blocks) {
    if (doc.is_leaf(b) && b.begin < b.end) leaves.push_back(&b);
  }
  auto weight_at = [&](size_t offset) -> double {
    auto it = std::upper_bound(leaves.begin(), leaves.end(), offset, [](size_t off, const Block* b) { return off < b->begin; });
    if (it == leaves.begin()) return 1;
    const Block* b = *(it - 1);
    if (offset >= b->end || b->kind == BlockKind::kCode) return 0;
    if (b->kind == BlockKind::kHeading) return b == leaves.front() ? 3 : 2;
    for (int32_t p = b->parent; p >= 0; p = doc.blocks[static_cast<size_t>(p)].parent) {
      if (doc.blocks[static_cast<size_t>(p)].kind == BlockKind::kQuote) return 0.5;
    }
    return 2;
  };
  // Reviews name their event in the title and the first paragraphs, and in headings when they
  // cover several: the head of the text and every heading are read first, the rest of the body only
  // when they name no event with a year (a corpus of long reviews is not read twice over).
  bool named_year = false;
  const std::string_view text = doc.text;
  constexpr size_t kHead = 8192;
  size_t head = std::min(text.size(), kHead);
  while (head < text.size() && (static_cast<unsigned char>(text[head]) & 0xC0) == 0x80) ++head;
  auto read_names = [&](size_t from, size_t to) {
    for (EventMention m : find_event_names(text.substr(from, to - from), voc)) {
      m.offset += from;
      if (other_edition(text, m.offset, voc)) continue;
      vote(m, weight_at(m.offset), "event");
      named_year |= m.year != kUnknownYear;
    }
  };
  read_names(0, head);
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kHeading && b.begin >= head) read_names(b.begin, b.end);
  }
  // Links: a conference site with a year, and the year a blog's own links are dated with.
  for (const InlineSpan& sp : doc.spans) {
    if (sp.kind != SpanKind::kLink && sp.kind != SpanKind::kAutolink) continue;
    std::string series;
    int year = 0;
    if (links.event_of(sp.href, &series, &year)) {
      EventMention m;
      m.name = series;
      m.series = series.substr(0, series.find(' '));
      m.qualified = series.find(' ') != std::string::npos;
      m.year = year;
      vote(m, 2, "url");
      named_year = true;
      continue;
    }
    const Url url = parse_url(sp.href);
    for (size_t i = 0; i + 2 < url.segments; ++i) {
      const std::string_view y = url.path[i];
      size_t p = 0;
      if (y.size() == 4 && url.path[i + 1].size() <= 2 && is_digit(url.path[i + 1][0])) {
        if (int year_ = year_at(y, &p); year_ != kUnknownYear) votes.push_back({"", "", false, year_, 0.5, "url"});
        break;
      }
    }
  }
  for (const std::string& e : talk_events) {
    for (const EventMention& m : find_event_names(e, voc)) vote(m, 2, "event");
  }
  if (!named_year && head < text.size()) read_names(head, text.size());
  if (!named_year) {
    for (const EventMention& m : find_event_mentions(doc.text, voc)) {
      if (m.name.empty()) vote(m, weight_at(m.offset) / 2, "date");
    }
  }

  EventInfo info;
  // The series with the most weight; then its qualified name with the most weight.
  std::map<std::string, double> series_weight, name_weight;
  std::vector<std::string> order;  // first seen first, for ties
  for (const Vote& v : votes) {
    if (v.name.empty() || v.weight <= 0) continue;
    if (!series_weight.count(v.series)) order.push_back(v.series);
    series_weight[v.series] += v.weight;
    if (v.qualified) name_weight[v.name] += v.weight;
  }
  std::string series;
  for (const std::string& s : order) {
    if (series.empty() || series_weight[s] > series_weight[series]) series = s;
  }
  if (!series.empty()) {
    double best = 0;
    for (const Vote& v : votes) {
      if (v.qualified && v.series == series && name_weight[v.name] > best) {
        best = name_weight[v.name];
        info.name = v.name;
      }
    }
    if (info.name.empty()) {
      info.name = series;
      if (series == "PyCon" && hangul_share(text.substr(0, head)) > 0.3) {
        info.name = "PyCon KR";  // a Korean review that says only "PyCon" or "파이콘" means the Korean PyCon
      } else {
        voc.venue_words.find_all(doc.text, [&](size_t, size_t, size_t i) {
          const std::string& name = voc.venues[i].second;
          if (info.name == series && name.rfind(series + " ", 0) == 0) info.name = name;
        });
      }
    }
  }
  // The year: votes for the chosen series count whole, dates and other events' votes less.
  std::map<int, double> year_weight;
  std::map<int, std::string> year_source;
  std::vector<int> year_order;
  for (const Vote& v : votes) {
    if (v.year == kUnknownYear || v.weight <= 0) continue;
    const double w = v.name.empty() || v.series == series ? v.weight : v.weight / 4;
    if (!year_weight.count(v.year)) year_order.push_back(v.year);
    year_weight[v.year] += w;
    if (!year_source.count(v.year) || (v.name.empty() ? false : year_source[v.year] == "date")) year_source[v.year] = v.source;
  }
  for (int y : year_order) {
    if (info.year == kUnknownYear || year_weight[y] > year_weight[info.year]) info.year = y;
  }
  if (info.year != kUnknownYear) info.year_source = year_source[info.year];
  return info;
}

EventInfo detect_event(std::string_view text) {
  static const LinkClassifier links(Vocabulary::builtin());
  return detect_event(parse_document(text), links, {});
}

}  // namespace talkgraph
