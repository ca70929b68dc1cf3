// Event detection scans for conference names and reads what follows them: a qualifier (KR, Korea,
// 한국, US, APAC, ...) and a year ("PyCon KR 2018", "PyCon2019", "파이콘 한국 2019", "PyCon US '23").
// Years are taken only where the text ties them to the event or writes a full date; a lone number such
// as "Data Trend 2022" or "2021년부터" says nothing about when the conference took place.
#include "extract/event_detector.h"

#include <algorithm>
#include <map>

#include <re2/re2.h>

#include "extract/text_util.h"
#include "extract/utf8.h"

namespace talkgraph {

namespace {

struct Series {
  std::string_view match;  // lowercase ASCII or Hangul, as written
  std::string_view name;   // normalized
  bool takes_qualifier;    // PyCon KR, DjangoCon US, PyData Seoul
  bool needs_year;         // "SciPy" alone is the library; "SciPy 2023" is the conference
};

constexpr Series kSeries[] = {
    {"pycon", "PyCon", true, false},         {"파이콘", "PyCon", true, false},
    {"europython", "EuroPython", false, false}, {"euroscipy", "EuroSciPy", false, false},
    {"djangocon", "DjangoCon", true, false}, {"pydata", "PyData", true, false},
    {"pycascades", "PyCascades", false, false}, {"pyohio", "PyOhio", false, false},
    {"pytexas", "PyTexas", false, false},    {"pygotham", "PyGotham", false, false},
    {"pybay", "PyBay", false, false},        {"kiwi pycon", "Kiwi PyCon", false, false},
    {"fosdem", "FOSDEM", false, false},      {"scipy", "SciPy", false, true},
    {"플라스크콘", "FlaskCon", false, false}, {"장고콘", "DjangoCon", true, false},
};

struct Qualifier {
  std::string_view word;  // lowercase
  std::string_view code;
  bool needs_capitals;    // two-letter codes that are also English words must be written in capitals
};

constexpr Qualifier kQualifiers[] = {
    {"kr", "KR", false},      {"korea", "KR", false},    {"한국", "KR", false},   {"코리아", "KR", false},
    {"us", "US", true},       {"usa", "US", false},      {"미국", "US", false},   {"apac", "APAC", false},
    {"jp", "JP", false},      {"japan", "JP", false},    {"일본", "JP", false},   {"au", "AU", false},
    {"australia", "AU", false}, {"tw", "TW", false},     {"taiwan", "TW", false}, {"대만", "TW", false},
    {"uk", "UK", false},      {"de", "DE", true},        {"germany", "DE", false}, {"ca", "CA", true},
    {"canada", "CA", false},  {"india", "India", false}, {"sg", "SG", false},     {"singapore", "SG", false},
    {"my", "MY", true},       {"malaysia", "MY", false}, {"ph", "PH", false},     {"philippines", "PH", false},
    {"id", "ID", true},       {"indonesia", "ID", false}, {"th", "TH", false},    {"thailand", "TH", false},
    {"africa", "Africa", false}, {"italia", "Italia", false}, {"italy", "Italia", false},
    {"fr", "FR", false},      {"france", "FR", false},   {"es", "ES", true},      {"spain", "ES", false},
    {"pl", "PL", false},      {"poland", "PL", false},   {"cz", "CZ", false},     {"hk", "HK", false},
    {"nz", "NZ", false},      {"lt", "LT", false},       {"lithuania", "LT", false}, {"ie", "IE", false},
    {"ireland", "IE", false}, {"colombia", "CO", false}, {"latam", "LatAm", false}, {"brasil", "BR", false},
    {"brazil", "BR", false},  {"mx", "MX", false},       {"china", "China", false}, {"cn", "China", false},
    {"sweden", "SE", false},  {"se", "SE", true},        {"europe", "Europe", false}, {"eu", "Europe", false},
    {"uganda", "Uganda", false}, {"nigeria", "Nigeria", false}, {"ghana", "Ghana", false},
};

bool is_ascii_letter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads a word (ASCII letters or Hangul syllables) at text[pos].
std::string_view word_at(std::string_view text, size_t pos) {
  size_t i = pos;
  if (i < text.size() && is_ascii_letter(text[i])) {
    while (i < text.size() && is_ascii_letter(text[i])) ++i;
  } else {
    while (i < text.size()) {
      size_t j = i;
      if (static_cast<unsigned char>(text[i]) < 0x80) break;
      char32_t cp = decode_utf8(text, &j);
      if (!is_hangul_syllable(cp)) break;
      i = j;
    }
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
    if (q + 2 <= text.size() && is_digit(text[q]) && is_digit(text[q + 1]) &&
        (q + 2 == text.size() || !is_digit(text[q + 2]))) {
      *pos = q + 2;
      return 2000 + (text[q] - '0') * 10 + (text[q + 1] - '0');
    }
    return kUnknownYear;
  }
  if (p + 4 > text.size()) return kUnknownYear;
  for (size_t k = 0; k < 4; ++k) {
    if (!is_digit(text[p + k])) return kUnknownYear;
  }
  if (p + 4 < text.size() && is_digit(text[p + 4])) return kUnknownYear;
  int year = std::stoi(std::string(text.substr(p, 4)));
  if (year < 1990 || year > 2099) return kUnknownYear;
  *pos = p + 4;
  return year;
}

const Qualifier* qualifier_for(std::string_view word, bool glued) {
  std::string lower = ascii_lower(word);
  for (const Qualifier& q : kQualifiers) {
    if (lower != q.word) continue;
    bool capitals = std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (q.needs_capitals && !glued && !capitals) return nullptr;  // "PyCon in 2019", "PyCon my ..."
    return &q;
  }
  return nullptr;
}

void find_series_mentions(std::string_view text, std::vector<EventMention>* out) {
  static const MultiFinder kFinder = [] {
    std::vector<std::string_view> names;
    for (const Series& s : kSeries) names.push_back(s.match);
    return MultiFinder(names);
  }();
  kFinder.find_all_ignoring_ascii_case(text, [&](size_t at, size_t series) {
    const Series& s = kSeries[series];
    size_t start = at;
    size_t pos = at + s.match.size();
    if (start > 0 && is_ascii_letter(text[start - 1])) return;  // "mypycon" is not PyCon
    size_t p = pos;
    EventMention m;
    m.offset = start;
    m.name = std::string(s.name);
    if (s.takes_qualifier) {
      bool glued = p < text.size() && text[p] != ' ';
      size_t q = skip_spaces(text, p);
      std::string_view word = word_at(text, q);
      if (ascii_lower(word) == "in" || ascii_lower(word) == "of") {  // "PyCon in 2019"
        p = q + word.size();
        word = {};
      }
      if (!word.empty()) {
        if (const Qualifier* qual = qualifier_for(word, glued)) {
          m.name += " " + std::string(qual->code);
          m.qualified = true;
          p = q + word.size();
        } else if (s.name == "PyData" && word[0] >= 'A' && word[0] <= 'Z') {
          m.name += " " + std::string(word);  // PyData is named after its city: PyData Seoul
          m.qualified = true;
          p = q + word.size();
        }
      }
    } else if (p < text.size() && is_ascii_letter(text[p]) && static_cast<unsigned char>(s.match[0]) < 0x80) {
      return;  // "europythonista" is not EuroPython
    }
    size_t y = skip_spaces(text, p);
    m.year = year_at(text, &y);
    if (s.needs_year && m.year == kUnknownYear) return;
    out->push_back(std::move(m));
  });
}

void find_dates(std::string_view text, std::vector<EventMention>* out) {
  // 2019년 8월, August 2019, Aug 15, 2019, 2019-08-15, 2019.08.15
  static const RE2 kKoreanDate("((?:19|20)\\d\\d)년\\s*\\d{1,2}월");
  static const RE2 kEnglishDate(
      "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?"
      "((?:19|20)\\d\\d)\\b");
  static const RE2 kIsoDate("\\b((?:19|20)\\d\\d)[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\\d|3[01])\\b");
  for (const RE2* re : {&kKoreanDate, &kEnglishDate, &kIsoDate}) {
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece year;
    while (RE2::FindAndConsume(&input, *re, &year)) {
      EventMention m;
      m.offset = static_cast<size_t>(year.data() - text.data());
      m.year = std::stoi(std::string(year));
      // A date before Python conferences existed (a birth date in an example) says nothing about the
      // event. Found by fuzz_document_parser; regression input in tests/fuzz/corpus/parser/.
      if (m.year < 1990) continue;
      out->push_back(std::move(m));
    }
  }
}

}  // namespace

double hangul_share(std::string_view text) {
  size_t hangul = 0, letters = 0;
  size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {  // ASCII and Hangul syllables, nearly all of a review, without decoding
      letters += is_ascii_letter(static_cast<char>(c)) ? 1 : 0;
      ++i;
      continue;
    }
    if (is_hangul_syllable_at(text, i)) {
      ++hangul;
      ++letters;
      i += 3;
      continue;
    }
    char32_t cp = decode_utf8(text, &i);
    if (is_hangul(cp)) {
      ++hangul;
      ++letters;
    } else if (cp < 0x80 ? is_ascii_letter(static_cast<char>(cp)) : is_alnum(cp)) {
      ++letters;
    }
  }
  return letters == 0 ? 0.0 : static_cast<double>(hangul) / static_cast<double>(letters);
}

std::vector<EventMention> find_event_names(std::string_view text) {
  std::vector<EventMention> out;
  find_series_mentions(text, &out);
  std::sort(out.begin(), out.end(), [](const EventMention& a, const EventMention& b) { return a.offset < b.offset; });
  return out;
}

std::vector<EventMention> find_event_mentions(std::string_view text) {
  std::vector<EventMention> out;
  find_series_mentions(text, &out);
  find_dates(text, &out);
  std::sort(out.begin(), out.end(), [](const EventMention& a, const EventMention& b) { return a.offset < b.offset; });
  return out;
}

namespace {

EventInfo detect_in(std::string_view text, bool with_dates) {
  std::vector<EventMention> mentions = with_dates ? find_event_mentions(text) : find_event_names(text);
  EventInfo info;
  std::string bare;
  for (const EventMention& m : mentions) {
    if (m.name.empty()) continue;
    if (m.qualified && info.name.empty()) info.name = m.name;
    if (!m.qualified && bare.empty()) bare = m.name;
    if (info.year == kUnknownYear && m.year != kUnknownYear) {
      info.year = m.year;
      info.year_source = "event";
    }
  }
  if (info.name.empty() && !bare.empty()) {
    // A Korean review that says only "PyCon" or "파이콘" means the Korean PyCon.
    info.name = (bare == "PyCon" && hangul_share(text) > 0.3) ? "PyCon KR" : bare;
  }
  if (info.year == kUnknownYear) {
    std::map<int, int> counts;
    for (const EventMention& m : mentions) {
      if (m.name.empty()) ++counts[m.year];
    }
    int best = 0;
    for (const auto& [year, count] : counts) {
      if (count > best) {
        best = count;
        info.year = year;
        info.year_source = "date";
      }
    }
  }
  return info;
}

}  // namespace

EventInfo detect_event(std::string_view text) {
  // Reviews name their event in the title and first lines: look there first, and read the whole text
  // (dates included) only when the head does not give both the event and its year.
  constexpr size_t kHead = 4096;
  if (text.size() > kHead) {
    size_t cut = text.find('\n', kHead);
    EventInfo head = detect_in(text.substr(0, cut), false);
    if (!head.name.empty() && head.year != kUnknownYear) return head;
  }
  EventInfo info = detect_in(text, false);
  if (info.year == kUnknownYear) info = detect_in(text, true);
  return info;
}

}  // namespace talkgraph
