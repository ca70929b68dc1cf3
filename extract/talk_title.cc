// A title is read by cutting parts off its range of the document's text, so that what was cut
// (speakers above all) keeps its offsets: the extractor masks speaker names out of entity matching.
//
// What is cut, and why:
//  - a time ("10:30 - ", "10h30 ", "오후 2시 ", "Tuesday morning : "): a timetable's, not the title's;
//  - a kind with an optional number and a separator ("Keynote: ", "Session 101 : ", "세션 3 - "): the
//    kind is kept apart; a kind in brackets after the title ("(workshop)") likewise;
//  - trailing segments that are a site or an event ("- YouTube", "- PyCon 2018"): video titles end so;
//  - speakers, where the shape says which part is a name: "Title - Speaker -" (a trailing dash),
//    "Speaker - Title" and "Title - Speaker" (one side names people, the other does not),
//    "Speaker: Title" in link labels, "Title by Speaker", "Speaker's Title", "홍길동님의 Title".
// A part is a person's name when its words are capitalized like names, or it is two to four Hangul
// syllables (with 님 or 씨, or three syllables at the end of a title), and no word of it is a known
// technology: "Python Packaging" is no one.
#include "extract/talk_title.h"

#include <cctype>

#include <re2/re2.h>

#include "base/text_util.h"
#include "base/utf8.h"
#include "extract/english.h"
#include "extract/entity_matcher.h"

namespace talkgraph {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

void trim_range(std::string_view text, uint32_t* b, uint32_t* e) {
  while (*b < *e && is_space(text[*b])) ++*b;
  while (*e > *b && is_space(text[*e - 1])) --*e;
}

bool all_hangul(std::string_view w, size_t* syllables) {
  size_t n = 0;
  for (size_t i = 0; i < w.size(); i += 3) {
    if (!is_hangul_syllable_at(w, i)) return false;
    ++n;
  }
  *syllables = n;
  return !w.empty();
}

// The separators between a title's parts: " - ", " – ", " — ", " | ".
size_t find_separator(std::string_view s, size_t from, size_t* length) {
  for (size_t i = s.find(' ', from); i != std::string_view::npos && i + 2 < s.size(); i = s.find(' ', i + 1)) {
    const char c = s[i + 1];
    if ((c == '-' || c == '|') && s[i + 2] == ' ') {
      *length = 3;
      return i;
    }
    if (c == '\xE2' && i + 4 < s.size() && s[i + 2] == '\x80' && (s[i + 3] == '\x93' || s[i + 3] == '\x94') && s[i + 4] == ' ') {
      *length = 5;
      return i;
    }
  }
  return std::string_view::npos;
}

// Calls f on each word of `s` (letters and digits of any script, apostrophes inside), no copies.
template <typename F>
void for_each_word_of(std::string_view s, F&& f) {
  size_t i = 0;
  while (i < s.size()) {
    const size_t start = i;
    size_t j = i;
    char32_t cp = decode_utf8(s, &j);
    if (!is_alnum(cp)) {
      i = j;
      continue;
    }
    i = j;
    while (i < s.size()) {
      j = i;
      cp = decode_utf8(s, &j);
      const bool apostrophe = (cp == '\'' || cp == 0x2019) && j < s.size() && static_cast<unsigned char>(s[j]) != ' ';
      if (!is_alnum(cp) && !apostrophe) break;
      i = j;
    }
    f(s.substr(start, i - start));
  }
}

size_t rfind_separator(std::string_view s, size_t* length) {
  size_t found = std::string_view::npos, pos = 0, len = 0;
  while ((pos = find_separator(s, pos, &len)) != std::string_view::npos) {
    found = pos;
    *length = len;
    pos += 1;
  }
  return found;
}

// " “ ' ‘ 「 『 « 《 〈 and their closing marks.
constexpr std::string_view kOpenQuotes[] = {"\"", "\xE2\x80\x9C", "'", "\xE2\x80\x98", "\xE3\x80\x8C", "\xE3\x80\x8E",
                                            "\xC2\xAB", "\xE3\x80\x8A", "\xE3\x80\x88"};
constexpr std::string_view kCloseQuotes[] = {"\"", "\xE2\x80\x9D", "'", "\xE2\x80\x99", "\xE3\x80\x8D", "\xE3\x80\x8F",
                                             "\xC2\xBB", "\xE3\x80\x8B", "\xE3\x80\x89"};

}  // namespace

TalkTitleReader::TalkTitleReader(const Vocabulary& v, std::function<bool(std::string_view)> is_technology)
    : is_technology_(std::move(is_technology)) {
  std::vector<std::string> kinds;
  for (const auto& [kind, entries] : v.family("talk-kinds")) {
    for (const VocabularyEntry& e : *entries) {
      kind_words_.emplace_back(e.key, kind);
      kinds.push_back(e.key);
    }
  }
  kinds_ = PhraseSet(kinds);
  generic_ = PhraseSet(v.keys("generic-labels"));
  stop_ = PhraseSet(v.keys("stop-words"));
  sentence_endings_ = PhraseSet(v.keys("sentence-endings"));
  particles_ = PhraseSet(v.keys("name-particles"));
  honorifics_ = PhraseSet(v.keys("honorifics"));
  series_ = PhraseSet(v.keys("series"));
  speaker_words_ = PhraseSet(v.keys("speaker-columns"));
}

std::string TalkTitleReader::kind_of(std::string_view words) const {
  std::string best;
  size_t best_size = 0;
  for (const auto& [phrase, kind] : kind_words_) {
    if (phrase.size() > best_size && phrase.size() == words.size() && starts_with_ci(words, phrase)) {
      best = kind;
      best_size = phrase.size();
    }
  }
  return best;
}

bool TalkTitleReader::is_generic(std::string_view text) const {
  bool generic_all = true, any = false;
  for_each_word_of(text, [&](std::string_view w) {
    any = true;
    if (generic_all && !is_generic_word(w)) generic_all = false;
  });
  return !any || generic_all;
}

bool TalkTitleReader::is_generic_word(std::string_view w) const {
  {
    bool digits = std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digits || generic_.is(w) || stop_.is(w) || kinds_.is(w) || series_.is(w)) return true;
    // A Hangul word with a particle on it: 영상을, 유튜브에서.
    size_t syllables = 0;
    bool generic = false;
    if (all_hangul(w, &syllables)) {
      for (size_t cut = 3; cut < w.size() && !generic; cut += 3) {
        std::string_view stem = w.substr(0, cut);
        generic = is_korean_particle(w.substr(cut)) &&
                  (generic_.is(stem) || stop_.is(stem) || kinds_.is(stem) || series_.is(stem));
      }
      // A word that starts with a generic one: 녹화영상, 발표자료들.
      if (!generic) generic = generic_.prefix(w) > 0 && is_korean_particle(w.substr(generic_.prefix(w)));
    }
    return generic;
  }
}

bool TalkTitleReader::is_person(std::string_view name) const {
  name = trim(name);
  if (name.empty() || name.size() > 60) return false;
  if (name[0] == '@') {  // a handle
    return name.size() > 1 && std::all_of(name.begin() + 1, name.end(), [](char c) {
             return is_ascii_alnum(c) || c == '_' || c == '-' || c == '.';
           });
  }
  // 준범님, 홍길동 님, 구동수씨
  bool honorific = false;
  if (size_t h = honorifics_.suffix(name); h > 0) {
    std::string_view stem = trim(name.substr(0, name.size() - h));
    size_t syllables = 0;
    if (!stem.empty() && (all_hangul(stem, &syllables) && syllables <= 4)) return !is_technology_(stem);
    honorific = true;
    name = stem;
  }
  size_t syllables = 0;
  if (all_hangul(name, &syllables)) return syllables >= 2 && syllables <= 4 && honorific && !is_technology_(name);
  // The shape first, cheaply: two to five words, each capitalized like a name (or a particle).
  std::string_view tokens[5];
  size_t count = 0;
  for (size_t i = 0; i < name.size();) {
    while (i < name.size() && name[i] == ' ') ++i;
    if (i == name.size()) break;
    size_t j = i;
    while (j < name.size() && name[j] != ' ') ++j;
    if (count == 5) return false;
    tokens[count++] = name.substr(i, j - i);
    i = j;
  }
  if (count < 2) return false;
  for (size_t k = 0; k < count; ++k) {
    const std::string_view t = tokens[k];
    if (t[0] >= 'a' && t[0] <= 'z' && !particles_.is(t)) return false;
    size_t i = 0;
    char32_t first = decode_utf8(t, &i);
    if (!is_upper(first) && !particles_.is(t)) return false;
    bool lower = false;
    while (i < t.size()) {
      char32_t cp = decode_utf8(t, &i);
      if (is_lower(cp)) {
        lower = true;
      } else if (!(cp == '\'' || cp == 0x2019 || cp == '-' || cp == '.')) {
        return false;  // digits, capitals inside (CamelCase), symbols
      }
    }
    // "T" and "T." are initials; "API" and "ML" are acronyms, not names.
    if (!lower && t.size() > 2 && is_upper(first)) return false;
  }
  // Then the words: no talk kind, stop word, generic word or technology, and not mostly English.
  int capitalized = 0, words = 0;
  for (size_t k = 0; k < count; ++k) {
    const std::string_view t = tokens[k];
    if (particles_.is(t)) continue;
    if (kinds_.is(t) || stop_.is(t) || generic_.is(t) || series_.is(t) || is_technology_(t)) return false;
    // Title Case is capitalized too: "Next Level Testing" is English words, "Amjith Ramanujam" and
    // "Carol Willing" are not, or are names as well.
    std::string_view stem = t;
    for (std::string_view suffix : {"'s", "\xE2\x80\x99s"}) {
      if (stem.size() > suffix.size() && stem.substr(stem.size() - suffix.size()) == suffix) stem.remove_suffix(suffix.size());
    }
    if (english_word(stem) == EnglishWord::kWord) ++words;
    ++capitalized;
  }
  return capitalized >= 2 && 2 * words <= capitalized && !is_technology_(name);
}

bool TalkTitleReader::is_people(std::string_view text) const {
  text = trim(text);
  if (text.empty()) return false;
  // "Ben Zaitlen, Matthew Rocklin and Olivier Grisel", "홍길동, 김철수 님": names apart.
  size_t start = 0;
  while (start <= text.size()) {
    size_t cut = text.find_first_of(",/&", start), cut_length = 1;
    const size_t word_and = text.find(" and ", start);
    if (word_and != std::string_view::npos && word_and < cut) {
      cut = word_and;
      cut_length = 5;
    }
    const std::string_view name = trim(text.substr(start, cut == std::string_view::npos ? std::string_view::npos : cut - start));
    if (name.empty() || !is_person(name)) return false;
    if (cut == std::string_view::npos) break;
    start = cut + cut_length;
  }
  return true;
}

bool TalkTitleReader::reads_as_title(std::string_view title, bool strict) const {
  // The cheap tests first: most lines that are no title fail one of them.
  title = trim(title);
  if (title.size() < 2 || title.size() > 800) return false;
  size_t letters = 0, length = 0;
  for (size_t i = 0; i < title.size();) {
    const auto c = static_cast<unsigned char>(title[i]);
    ++length;
    if (c < 0x80) {
      letters += (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
      ++i;
    } else if (is_hangul_syllable_at(title, i)) {
      ++letters;
      i += 3;
    } else {
      char32_t cp = decode_utf8(title, &i);
      letters += is_alnum(cp);
    }
  }
  if (letters < 2 || length > (strict ? 150u : 200u)) return false;
  if (title.find("://") != std::string_view::npos || starts_with_ci(title, "www.")) return false;
  const bool one_token = title.find(' ') == std::string_view::npos;
  // A heading that ends like a sentence (after any emoji) is prose: "그 외 3~4개는 메모를 못 했어요 🥲".
  {
    std::string_view core = title;
    while (!core.empty() && static_cast<unsigned char>(core.back()) >= 0x80) {
      size_t start = core.size() - 1;
      while (start > 0 && (static_cast<unsigned char>(core[start]) & 0xC0) == 0x80) --start;
      size_t i = start;
      const char32_t cp = decode_utf8(core, &i);
      if (is_alnum(cp)) break;
      core = trim(core.substr(0, start));
    }
    if (core.size() < title.size() && sentence_endings_.suffix(core) > 0) return false;
  }
  if (strict) {
    const char last = title.back();
    if (last == '.' || last == ',' || last == ';' || last == ':') return false;
    if (sentence_endings_.suffix(title) > 0) return false;
    // A line that opens with a bullet is a note, not a title.
    for (std::string_view bullet : {"\xE2\x80\xA2", "\xE2\x97\xA6", "\xE2\x96\xAA", "\xE2\x80\xA3", "- ", "* "}) {
      if (title.rfind(bullet, 0) == 0) return false;
    }
    // Two sentences are prose: "... good info. Some that I attended"; not "(Feat. Magenta)".
    for (size_t dot = title.find(". "); dot != std::string_view::npos; dot = title.find(". ", dot + 1)) {
      if (dot >= 3 && is_hangul_syllable_at(title, dot - 3)) return false;  // "...라이브러리. 문자열을..."
      size_t w = dot;
      while (w > 0 && is_ascii_alnum(title[w - 1])) --w;
      if (dot - w < 2) continue;
      std::string word(title.substr(w, dot - w));
      for (char& c : word) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      static constexpr std::string_view kAbbreviations[] = {"feat", "ft", "vs", "etc", "cf", "dr", "mr", "mrs", "ms",
                                                            "st", "jr", "sr", "no", "vol", "prof", "inc", "co"};
      if (std::find(std::begin(kAbbreviations), std::end(kAbbreviations), word) == std::end(kAbbreviations)) return false;
    }
    size_t words = 0, syllables = 0;
    std::string_view only;
    for_each_word_of(title, [&](std::string_view w) {
      if (words++ == 0) only = w;
    });
    if (words < 2 && !(words == 1 && all_hangul(only, &syllables) && syllables >= 4)) return false;
    if (words > 20) return false;
  }
  // Image captions and file names that blogs leave on a line: "IMG_4635", "screenshot-2019.png".
  const unsigned char lead = static_cast<unsigned char>(title[0]) | 0x20;
  const bool may_be_caption = lead == 'i' || lead == 'd' || lead == 'p' || lead == 's' || lead == 'l' ||
                              static_cast<unsigned char>(title[0]) >= 0x80 || title.find('.') != std::string_view::npos;
  if ((one_token || title.size() <= 16) && may_be_caption) {
    static const RE2 kCaption(
        "(?i)^(?:(?:img|dsc|dscn|pxl|image|screenshot|screen shot|photo|logo|사진|이미지|그림)[ _-]?[0-9_-]*|"
        "\\S+\\.(?:png|jpe?g|gif|webp|svg|heic))$");
    if (RE2::FullMatch(re2::StringPiece(title.data(), title.size()), kCaption)) return false;
  }
  return !is_generic(title) && !is_people(title);
}

size_t TalkTitleReader::prefix_length(std::string_view t, std::string* kind, std::string* room) const {
  size_t i = 0;
  char close = 0;
  if (!t.empty() && (t[0] == '[' || t[0] == '(')) {
    close = t[0] == '[' ? ']' : ')';
    i = 1;
  }
  const size_t k = kinds_.prefix(t.substr(i));
  if (k == 0) return 0;
  *kind = kind_of(t.substr(i, k));
  size_t j = i + k;
  while (j < t.size() && t[j] == ' ') ++j;
  // A number or room: 101, #3, A2, 3호
  size_t l = j;
  if (l < t.size() && t[l] == '#') ++l;
  if (l < t.size() && ((t[l] | 0x20) >= 'a' && (t[l] | 0x20) <= 'z') && l + 1 < t.size() && t[l + 1] >= '0' &&
      t[l + 1] <= '9') {
    ++l;
  }
  size_t digits = l;
  while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9' && digits - l < 4) ++digits;
  if (digits > l) {
    if (digits < t.size() && ((t[digits] | 0x20) >= 'a' && (t[digits] | 0x20) <= 'z') &&
        (digits + 1 == t.size() || !is_ascii_alnum(t[digits + 1]))) {
      ++digits;
    }
    if (t.compare(digits, 3, "호") == 0) digits += 3;
    *room = std::string(t.substr(j, digits - j));
    j = digits;
    while (j < t.size() && t[j] == ' ') ++j;
  } else {
    room->clear();
  }
  if (close != 0) {
    if (j >= t.size() || t[j] != close) return 0;
    ++j;
  } else {
    bool sep = false;
    for (std::string_view s : {":", "\xEF\xBC\x9A", "|", "-", "\xE2\x80\x93", "\xE2\x80\x94"}) {
      if (t.compare(j, s.size(), s) == 0) {
        j += s.size();
        sep = true;
        break;
      }
    }
    if (!sep) return 0;
  }
  while (j < t.size() && t[j] == ' ') ++j;
  return j < t.size() ? j : 0;  // a title must follow
}

size_t TalkTitleReader::time_length(std::string_view t) const {
  static const RE2 kTime(
      "((?:(?:오전|오후|[aApP][mM])\\s*)?\\d{1,2}\\s*(?:[:hH]\\s*\\d{2}|시(?:\\s*\\d{1,2}\\s*분|\\s*반)?)"
      "(?:\\s*[aApP]\\.?[mM]\\.?)?(?:\\s*[-~–—]\\s*(?:(?:오전|오후)\\s*)?\\d{1,2}\\s*(?:[:hH]\\s*\\d{2}|시(?:\\s*\\d{1,2}\\s*분|\\s*반)?)"
      "(?:\\s*[aApP]\\.?[mM]\\.?)?)?"
      "|(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day\\s+(?:morning|afternoon|evening)))"
      "\\s*(?:[-–—|:.)]\\s*)?");
  // The expression runs only on a line that can open with a time: a digit, 오전/오후, am/pm and a
  // digit, or a weekday's name.
  if (t.empty()) return 0;
  const bool digit = t[0] >= '0' && t[0] <= '9';
  const bool korean = t.rfind("오전", 0) == 0 || t.rfind("오후", 0) == 0;
  const bool meridiem = (starts_with_ci(t, "am") || starts_with_ci(t, "pm")) && t.size() > 3 &&
                        (std::isdigit(static_cast<unsigned char>(t[2])) || std::isdigit(static_cast<unsigned char>(t[3])));
  bool weekday = false;
  for (std::string_view day : {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}) {
    weekday = weekday || starts_with_ci(t, day);
  }
  if (!digit && !korean && !meridiem && !weekday) return 0;
  re2::StringPiece input(t.data(), t.size());
  if (!RE2::Consume(&input, kTime)) return 0;
  const size_t n = t.size() - input.size();
  // A time needs a title after it, and a space or separator before the title: "3시간" is a duration.
  if (n == 0 || n >= t.size()) return 0;
  const char before = t[n - 1];
  if (!(before == ' ' || before == '-' || before == ':' || before == '|' || before == '.' || before == ')' ||
        static_cast<unsigned char>(before) >= 0x80)) {
    return 0;
  }
  if (static_cast<unsigned char>(before) >= 0x80 && t.compare(n - 3, 3, "시") == 0) return 0;
  return n;
}

bool TalkTitleReader::has_talk_prefix(std::string_view text) const {
  std::string kind, room;
  return prefix_length(trim(text), &kind, &room) > 0;
}

bool TalkTitleReader::has_time_prefix(std::string_view text) const { return time_length(trim(text)) > 0; }

bool TalkTitleReader::is_time(std::string_view text) const {
  const std::string probe = std::string(trim(text)) + " x";
  return time_length(probe) == probe.size() - 1;
}

bool TalkTitleReader::is_event_segment(std::string_view segment) const {
  size_t words = 0;
  for_each_word_of(segment, [&](std::string_view) { ++words; });
  return series_.contains(segment) && words <= 4;
}

TalkTitle TalkTitleReader::read(const Document& doc, uint32_t b, uint32_t e, TitleSource source) const {
  const std::string_view text = doc.text;
  TalkTitle out;
  auto view = [&] { return text.substr(b, e - b); };
  auto speaker = [&](uint32_t sb, uint32_t se) {
    trim_range(text, &sb, &se);
    if (sb < se) out.speakers.emplace_back(sb, se);
  };
  trim_range(text, &b, &e);
  auto unquote = [&] {
    if (b >= e) return;
    const char first = text[b];
    if (first != '"' && first != '\'' && first != '\xE2' && first != '\xE3' && first != '\xC2') return;
    for (size_t q = 0; q < std::size(kOpenQuotes); ++q) {
      std::string_view v = view();
      if (v.size() > kOpenQuotes[q].size() + kCloseQuotes[q].size() && v.rfind(kOpenQuotes[q], 0) == 0 &&
          v.substr(v.size() - kCloseQuotes[q].size()) == kCloseQuotes[q]) {
        b += static_cast<uint32_t>(kOpenQuotes[q].size());
        e -= static_cast<uint32_t>(kCloseQuotes[q].size());
        trim_range(text, &b, &e);
        return;
      }
    }
  };
  unquote();

  if (source != TitleSource::kQuoted) {
    if (size_t n = time_length(view())) {
      out.timed = true;
      b += static_cast<uint32_t>(n);
      trim_range(text, &b, &e);
    }
    if (size_t n = prefix_length(view(), &out.kind, &out.room)) {
      out.prefixed = true;
      b += static_cast<uint32_t>(n);
      trim_range(text, &b, &e);
    }
  }
  // A kind in brackets after the title: "Parallel Data Analysis (workshop)".
  {
    std::string_view v = view();
    if (v.size() > 2 && (v.back() == ')' || v.back() == ']')) {
      size_t open = v.rfind(v.back() == ')' ? '(' : '[');
      if (open != std::string_view::npos && open > 0) {
        const std::string_view inner = trim(v.substr(open + 1, v.size() - open - 2));
        // "(발표: Jose Alvarado)", "(발표자 김태윤)", "(Speaker: Jane Doe)", "(Giulia Ferraro)": a credit.
        const uint32_t ib = b + static_cast<uint32_t>(inner.data() - v.data());
        size_t word = inner.find_first_of(": ");
        const std::string_view head = word == std::string_view::npos ? std::string_view() : trim(inner.substr(0, word));
        const bool credited = !head.empty() && (speaker_words_.is(head) || kinds_.is(head) || starts_with_ci(head, "by"));
        if (credited && word + 1 < inner.size()) {
          speaker(ib + static_cast<uint32_t>(word + 1), ib + static_cast<uint32_t>(inner.size()));
          e = b + static_cast<uint32_t>(open);
          trim_range(text, &b, &e);
        } else if (is_people(inner) && open > 0 && !starts_with_ci(inner, "feat") && !starts_with_ci(inner, "ft.")) {
          speaker(ib, ib + static_cast<uint32_t>(inner.size()));
          e = b + static_cast<uint32_t>(open);
          trim_range(text, &b, &e);
        }
        std::string kind = kind_of(inner);
        // "(workshop)" says the kind; "(slides)", "(video)", "(영상)" say what the link is.
        if (!kind.empty() || (!inner.empty() && is_generic(inner) && trim(v.substr(0, open)).size() > 0)) {
          if (out.kind.empty()) out.kind = kind;
          e = b + static_cast<uint32_t>(open);
          trim_range(text, &b, &e);
        }
      }
    }
  }

  if (source == TitleSource::kHeading || source == TitleSource::kLabel) {
    // Trailing segments that name a site or an event: "... - PyCon 2018 - YouTube".
    for (;;) {
      size_t len = 0;
      size_t sep = rfind_separator(view(), &len);
      if (sep == std::string_view::npos || sep == 0) break;
      std::string_view seg = trim(view().substr(sep + len));
      if (is_event_segment(seg)) {
        if (out.event.empty()) out.event = std::string(seg);
      } else if (!is_generic(seg)) {
        break;
      }
      e = b + static_cast<uint32_t>(sep);
      trim_range(text, &b, &e);
    }
    std::string_view v = view();
    size_t len = 0;
    if (!v.empty() && (v.back() == '-' || v.rfind("\xE2\x80\x93") == v.size() - 3 || v.rfind("\xE2\x80\x94") == v.size() - 3) &&
        v.size() > 3) {
      // "Title - Speaker -": a trailing dash closes a speaker's name.
      uint32_t cut = e - (v.back() == '-' ? 1 : 3);
      std::string_view inner = trim(text.substr(b, cut - b));
      size_t sep = rfind_separator(inner, &len);
      if (sep != std::string_view::npos && inner.size() - sep - len <= 40) {
        const uint32_t inner_b = b + static_cast<uint32_t>(inner.data() - text.substr(b).data());
        speaker(inner_b + static_cast<uint32_t>(sep + len), cut);
        e = inner_b + static_cast<uint32_t>(sep);
        trim_range(text, &b, &e);
      }
    } else if (size_t sep = find_separator(v, 0, &len); sep != std::string_view::npos) {
      const size_t first_len = len;
      std::string_view left = v.substr(0, sep), right = v.substr(sep + first_len);
      const size_t last = rfind_separator(v, &len);
      std::string_view tail = v.substr(last + len);
      auto korean_name = [&](std::string_view s) {
        size_t syllables = 0;
        return all_hangul(trim(s), &syllables) && syllables == 3 && !is_technology_(trim(s));
      };
      auto tokens = [](std::string_view s) { return std::count(s.begin(), s.end(), ' ') + 1; };
      // Both sides may look like names ("Sam Agnew - Hacking Classic Nintendo Games"): video titles
      // put the speaker first, and a name is the shorter side.
      const bool left_people = is_people(left), right_people = is_people(right);
      if (left_people && (!right_people || tokens(left) <= tokens(right) || left.find(',') != std::string_view::npos)) {
        speaker(b, b + static_cast<uint32_t>(sep));
        b += static_cast<uint32_t>(sep + first_len);
        trim_range(text, &b, &e);
      } else if ((is_people(tail) || korean_name(tail)) && !is_people(v.substr(0, last))) {
        speaker(b + static_cast<uint32_t>(last + len), e);
        e = b + static_cast<uint32_t>(last);
        trim_range(text, &b, &e);
      }
    }
    if (source == TitleSource::kLabel) {
      // "Speaker: Title", "신정규 : 어젯밤 이야기".
      v = view();
      size_t colon = v.find(':');
      size_t wide = v.find("\xEF\xBC\x9A");
      size_t clen = 1;
      if (wide != std::string_view::npos && wide < colon) {
        colon = wide;
        clen = 3;
      }
      if (colon != std::string_view::npos && colon <= 40) {
        std::string_view left = trim(v.substr(0, colon));
        size_t syllables = 0;
        bool korean = all_hangul(left, &syllables) && syllables >= 2 && syllables <= 4 && !is_technology_(left);
        if ((is_people(left) || korean) && colon + clen < v.size()) {
          speaker(b, b + static_cast<uint32_t>(colon));
          b += static_cast<uint32_t>(colon + clen);
          trim_range(text, &b, &e);
        }
      }
    }
    // "Title / Speaker".
    v = view();
    if (size_t slash = v.rfind(" / "); slash != std::string_view::npos && is_people(v.substr(slash + 3))) {
      speaker(b + static_cast<uint32_t>(slash + 3), e);
      e = b + static_cast<uint32_t>(slash);
      trim_range(text, &b, &e);
    }
    // "Title by Speaker".
    v = view();
    if (size_t by = v.rfind(" by "); by != std::string_view::npos && is_people(v.substr(by + 4))) {
      speaker(b + static_cast<uint32_t>(by + 4), e);
      e = b + static_cast<uint32_t>(by);
      trim_range(text, &b, &e);
    }
    // "Speaker's Title", "홍길동님의 Title".
    v = view();
    for (std::string_view s : {"'s ", "\xE2\x80\x99s "}) {
      size_t at = v.find(s);
      if (at != std::string_view::npos && at <= 40 && is_people(v.substr(0, at))) {
        speaker(b, b + static_cast<uint32_t>(at));
        b += static_cast<uint32_t>(at + s.size());
        trim_range(text, &b, &e);
        break;
      }
    }
    v = view();
    if (size_t at = v.find("의 "); at != std::string_view::npos && at <= 20 && honorifics_.suffix(v.substr(0, at)) > 0 &&
        is_person(v.substr(0, at))) {
      speaker(b, b + static_cast<uint32_t>(at));
      b += static_cast<uint32_t>(at + std::string_view("의 ").size());
      trim_range(text, &b, &e);
    }
  }
  // A colon or dash left at the end ("**Title**:", "Title -").
  while (e > b && (text[e - 1] == ':' || text[e - 1] == '-' || text[e - 1] == '|')) {
    --e;
    trim_range(text, &b, &e);
  }
  if (text.substr(b, e - b).size() >= 3 && text.substr(e - 3, 3) == "\xEF\xBC\x9A") {
    e -= 3;
    trim_range(text, &b, &e);
  }
  unquote();
  out.begin = b;
  out.end = e;
  out.title = doc.words(b, e);
  return out;
}

}  // namespace talkgraph
