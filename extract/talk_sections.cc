// Which headings are talks. Headings form a tree by level; each heading is decided in the light of
// its parent, its siblings and its section. The rules, in the order they apply, with their reasons:
//
//  H1. The first heading is the review's title when it names an event ("PyCon 2020 후기") or sits
//      alone above every other heading: a title describes the whole review, not one talk.
//  H2. Under a talk, a heading is a subsection of it ("### 느낀 점" under a talk), unless it opens
//      with a talk kind: an author who nests a heading means it to belong to the one above.
//  H3. A heading that opens with a talk kind ("Keynote: ...", "Session 101 : ...", "내 발표 - ...")
//      is a talk, whatever else it says: the author has told us.
//  H4. A heading whose first or last words name a day, a track or a room ("Day 2", "8월 17일
//      금요일", "High Performance Python Track") groups talks; one made of talk words alone ("Other
//      talks", "들은 세션", "Talks / workshops") does too, and so does a short one that names an
//      event ("## PyCon US 2023"): the talks below are that event's; one that names a non-talk topic (후기,
//      lunch, travel, booths, "Impressions", "기타") or speaks in the writer's voice ("I gave a
//      talk!") is the writer's own section. Reviews name their topic with their first or last word.
//  H5. A heading that is a link to a talk's video, slides or page is that talk.
//  H6. A heading whose section holds talks found in lists, links, quotes or tables groups them
//      ("## Science / Data" over a list of talk links), and so does one whose text names a talk by
//      its speaker only ("[Carol Willing's keynote](...)"): there the heading is the writer's.
//  H7. Otherwise a heading is a talk on evidence, scored: standing right under a day, a track, a
//      list of talks or an event, or at the top of a review whose opening announces its talks (2), a talk mark such as 🎤 (2), a link to a talk's video or slides
//      in its text (2), words about the talk's speaker or slides (2), a speaker credited in the heading
//      ("Title - 홍길동 -", "(발표: Name)") (2), talk words (1), the heading
//      naming a technology (1), its text naming two or more (1). Two or more make a talk (three under
//      the writer's own section). With one, it is a talk when talks are at least half of its siblings
//      at its level; with none, when two thirds of them are talks, or some are on strong evidence
//      (H3, H5, a link to its video, a talk mark): a review that reviews talks under headings does so
//      throughout. Below a heading that is not a talk, headings are judged on
//      their own (an author's levels are not always a tree: "## 점심" then "### 3. Talk").
// Lines that stand as headings in plain-text reviews (a bold line, "Keynote: ..." on its own, a
// lone numbered line, a line marked "■ Title", a short line alone between blank lines or over a
// list of "•" bullets) go through the same rules, one level below every Markdown heading; lines
// alone are looked for only when the review marks fewer than two headings in Markdown.
#include <algorithm>
#include <functional>

#include <re2/re2.h>

#include "base/text_util.h"
#include "base/utf8.h"
#include "extract/entity_matcher.h"
#include "extract/talk_finder.h"
#include "extract/talk_scan.h"

namespace talkgraph {

namespace {

bool is_single_line(std::string_view text, uint32_t b, uint32_t e) {
  const std::string_view t = trim(text.substr(b, e - b));
  return !t.empty() && t.find('\n') == std::string_view::npos;
}

// A heading's text for matching categories: list numbers and decoration around it gone.
std::string_view normalized(std::string_view heading) {
  std::string_view h = trim(heading);
  size_t b = 0, e = h.size();
  // "1. ", "2) "
  size_t d = b;
  while (d < e && h[d] >= '0' && h[d] <= '9') ++d;
  if (d > b && d < e && (h[d] == '.' || h[d] == ')') && d + 1 < e && h[d + 1] == ' ') b = d + 2;
  auto alnum_at = [&](size_t pos) {
    const auto c = static_cast<unsigned char>(h[pos]);
    if (c < 0x80) return is_ascii_alnum(static_cast<char>(c));
    size_t i = pos;
    return is_alnum(decode_utf8(h, &i));
  };
  while (b < e && !alnum_at(b)) {
    ++b;
    while (b < e && (static_cast<unsigned char>(h[b]) & 0xC0) == 0x80) ++b;
  }
  while (e > b) {
    size_t s = e - 1;
    while (s > b && (static_cast<unsigned char>(h[s]) & 0xC0) == 0x80) --s;
    if (alnum_at(s)) break;
    e = s;
  }
  return h.substr(b, e - b);
}

// Calls f on each word of `s` (runs of letters and digits of any script, apostrophes inside).
template <typename F>
void for_each_word(std::string_view s, F&& f) {
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    char32_t cp = decode_utf8(s, &j);
    if (!is_alnum(cp) && cp != '\'') {
      i = j;
      continue;
    }
    const size_t start = i;
    while (i < s.size()) {
      j = i;
      cp = decode_utf8(s, &j);
      if (!is_alnum(cp) && cp != '\'') break;
      i = j;
    }
    f(s.substr(start, i - start));
  }
}

size_t count_words(std::string_view s) {
  size_t n = 0;
  for_each_word(s, [&](std::string_view) { ++n; });
  return n;
}

// Words of a heading: runs of letters and digits of any script.
std::vector<std::string_view> heading_words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    char32_t cp = decode_utf8(s, &j);
    if (!is_alnum(cp) && cp != '\'') {
      i = j;
      continue;
    }
    size_t start = i;
    while (i < s.size()) {
      j = i;
      cp = decode_utf8(s, &j);
      if (!is_alnum(cp) && cp != '\'') break;
      i = j;
    }
    out.push_back(s.substr(start, i - start));
  }
  return out;
}

bool is_hangul_at(std::string_view s, size_t i) { return is_hangul_syllable_at(s, i); }

// A line of a plain-text bullet list: •, ◦, ▪, ‣, ·, or "- " and "* " that Markdown did not take.
bool is_bullet_line(std::string_view line) {
  for (std::string_view b : {"\xE2\x80\xA2", "\xE2\x97\xA6", "\xE2\x96\xAA", "\xE2\x80\xA3", "\xC2\xB7", "- ", "* "}) {
    if (line.rfind(b, 0) == 0) return true;
  }
  return false;
}

// A phrase at the start of `h` that is a whole word: ASCII by PhraseSet's rule, Hangul when no
// syllable follows ("등록" opens "등록 후기", not "등록된 패키지"). `f(index)` filters.
template <typename F>
bool opens_with(const PhraseSet& set, std::string_view h, F&& f) {
  return set.any_prefix(h, [&](size_t i) {
    const std::string& p = set.phrases()[i];
    const bool whole = is_ascii_alnum(p.back()) ? (p.size() == h.size() || !is_ascii_alnum(h[p.size()])) : !is_hangul_at(h, p.size());
    return whole && f(i);
  });
}
bool opens_with(const PhraseSet& set, std::string_view h) {
  return opens_with(set, h, [](size_t) { return true; });
}

// A phrase at the end of `h`: an ASCII one as a whole word; a Hangul one may close a word, as a head
// noun does ("개발자모임").
template <typename F>
bool closes_with(const PhraseSet& set, std::string_view h, F&& f) {
  return set.any_suffix(h, [&](size_t i) {
    const std::string& p = set.phrases()[i];
    const size_t at = h.size() - p.size();
    return (!is_ascii_alnum(p.front()) || at == 0 || !is_ascii_alnum(h[at - 1])) && f(i);
  });
}
bool closes_with(const PhraseSet& set, std::string_view h) {
  return closes_with(set, h, [](size_t) { return true; });
}

}  // namespace

std::string_view TalkFinder::section_category(std::string_view heading) const {
  // Matching ignores ASCII case: no lowercased copy is made.
  const std::string_view h = normalized(heading);
  if (h.empty()) return "";
  // Days, tracks and rooms: "day 2", "2일차", "8월 17일 금요일", "july 7", "high performance python track".
  {
    static const RE2 kDate(
        "(?i)^(?:\\d{1,2}\\s*월\\s*\\d{1,2}\\s*일?|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|"
        "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?)(?:\\s|$|[,(])");
    std::string_view d = h;
    while (!d.empty() && ((d.back() >= '0' && d.back() <= '9') || d.back() == ' ')) d.remove_suffix(1);
    // "1일차", "2일째": a number glued to the day word.
    size_t digits = 0;
    while (digits < h.size() && h[digits] >= '0' && h[digits] <= '9') ++digits;
    // The date pattern needs a digit, and opens with one or with a month.
    const char first = static_cast<char>(h[0] | 0x20);
    const bool may_be_date = h.find_first_of("0123456789") != std::string_view::npos &&
                             ((h[0] >= '0' && h[0] <= '9') || (first >= 'a' && first <= 's'));
    if ((may_be_date && RE2::PartialMatch(re2::StringPiece(h.data(), h.size()), kDate)) ||
        (!d.empty() && (opens_with(days_, d) || closes_with(days_, d))) ||
        (digits > 0 && opens_with(days_, trim(h.substr(digits))))) {
      return "day";
    }
  }
  // An event's name, with a year or a word or two ("## PyCon US 2023", "EuroPython 2018 Recap"):
  // the talks under it are that event's.
  if (series_.contains(h) && count_words(h) <= 4) return "event";
  // Groupings: talk kinds with words that qualify them ("other talks", "들은 세션").
  if (titles_.talk_words().is(h)) return "grouping";
  {
    bool kind = false, all = true;
    for_each_word(h, [&](std::string_view w) {
      if (!all) return;
      // A Hangul word may carry a suffix: 발표별 (per talk), 세션들, 발표를.
      bool is_kind = titles_.talk_words().is(w);
      if (!is_kind && is_hangul_at(w, 0)) {
        const size_t k = titles_.talk_words().prefix(w);
        is_kind = k > 0 && (is_korean_particle(w.substr(k)) || w.substr(k) == "별");
      }
      kind |= is_kind;
      const bool number = std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (!(is_kind || number || grouping_.is(w) || stop_.is(w) || first_person_.is(w) || series_.is(w))) all = false;
    });
    if (kind && all) return "grouping";
  }
  // Every category's words in one set: the first category (in file order) among the phrases the
  // heading opens or closes with.
  size_t best = categories_.size();
  auto take = [&](size_t i) {
    best = std::min<size_t>(best, section_of_phrase_[i]);
    return false;  // look at them all: another may be of an earlier category
  };
  opens_with(sections_, h, take);
  closes_with(sections_, h, take);
  if (best < categories_.size()) return categories_[best];
  if (opens_with(first_person_, h)) return "own";
  return "";
}

void TalkFinder::collect_openers(Scan& s) const {
  const Document& doc = s.doc;
  const std::string_view text = doc.text;
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    Opener o;
    o.block = static_cast<int32_t>(i);
    o.begin = b.begin;
    o.end = b.end;
    const uint32_t first = s.block_spans[i].first, last = s.block_spans[i].second;  // captured below
    // The span that covers the whole text, if any: a heading or line that is one link, or bold.
    auto whole = [&](SpanKind kind) -> int32_t {
      std::string_view t = trim(text.substr(b.begin, b.end - b.begin));
      while (!t.empty() && (t.back() == ':' || t.back() == ' ')) t.remove_suffix(1);
      const uint32_t tb = static_cast<uint32_t>(t.data() - text.data());
      for (uint32_t k = first; k < last; ++k) {
        const InlineSpan& sp = doc.spans[k];
        if (sp.kind == kind && sp.begin <= tb && sp.end >= tb + t.size()) return static_cast<int32_t>(k);
      }
      return -1;
    };
    if (b.kind == BlockKind::kHeading) {
      if (b.begin >= b.end) continue;
      o.level = b.level;
      o.style = "markdown";
      o.link = whole(SpanKind::kLink);
    } else if (b.kind == BlockKind::kParagraph && b.parent < 0 && !b.implicit && is_single_line(text, b.begin, b.end)) {
      const std::string_view words = trim(text.substr(b.begin, b.end - b.begin));
      o.level = 7;
      if ((o.link = whole(SpanKind::kLink)) >= 0) {
        o.style = "link";
        if (!titles_.reads_as_title(words, false)) continue;  // "[video](...)", "[발표자료](...)" on a line
      } else if (whole(SpanKind::kStrong) >= 0) {
        o.style = "bold";
      } else if (titles_.has_talk_prefix(words)) {
        o.style = "prefixed";
      } else if (titles_.has_time_prefix(words)) {
        continue;  // a timetable's line: the timetable rule reads it with the lines around it
      } else if (doc.markdown_headings < 2 && (titles_.reads_as_title(words, true) ||
                                               (words.size() <= 40 && !section_category(words).empty()))) {
        o.level = 8;  // a day or a non-talk topic ("2일차", "후기") stands as a heading even in one word
        o.style = "standalone";
      } else {
        continue;
      }
    } else if (b.kind == BlockKind::kList && b.parent < 0 && b.ordered && b.items == 1 && doc.markdown_headings < 2 &&
               i + 2 < doc.blocks.size() && doc.blocks[i + 2].parent == static_cast<int32_t>(i + 1) &&
               doc.blocks[i + 2].kind == BlockKind::kParagraph &&
               is_single_line(text, doc.blocks[i + 2].begin, doc.blocks[i + 2].end)) {
      // A numbered line standing apart ("1. Keynote: ...", then notes, then "2. ..."): list items
      // follow each other; a list of one item between other blocks is a heading.
      o.block = static_cast<int32_t>(i + 1);
      o.begin = doc.blocks[i + 2].begin;
      o.end = doc.blocks[i + 2].end;
      o.level = 7;
      o.style = "numbered";
      s.block_taken[i + 1] = true;
    } else {
      continue;
    }
    if (o.link >= 0) s.span_taken[static_cast<size_t>(o.link)] = true;
    o.start = doc.blocks[static_cast<size_t>(o.block)].begin;
    s.openers.push_back(o);
  }
  // Lines inside a paragraph that stand as headings: a line marked with a heading symbol ("■ Title",
  // "▶ Title"), and in a plain-text review a title line over lines of bullets ("Title\n• note").
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (b.kind != BlockKind::kParagraph || b.parent >= 0 || b.implicit || b.begin >= b.end) continue;
    // Only a paragraph of several lines holding a mark or a bullet can: most are prose.
    const std::string_view body = text.substr(b.begin, b.end - b.begin);
    if (body.find('\n') == std::string_view::npos) continue;
    if (body.find("\xE2") == std::string_view::npos && body.find("\xE3\x80\x90") == std::string_view::npos &&
        body.find("\n- ") == std::string_view::npos && body.find("\n* ") == std::string_view::npos &&
        body.find("\xC2\xB7") == std::string_view::npos) {
      continue;
    }
    std::vector<std::pair<uint32_t, uint32_t>> lines;
    for (uint32_t lb = b.begin; lb < b.end;) {
      size_t nl = text.find('\n', lb);
      const uint32_t le = nl == std::string_view::npos || nl > b.end ? b.end : static_cast<uint32_t>(nl);
      uint32_t tb = lb, te = le;
      while (tb < te && (text[tb] == ' ' || text[tb] == '\t')) ++tb;
      while (te > tb && (text[te - 1] == ' ' || text[te - 1] == '\t')) --te;
      if (tb < te) lines.emplace_back(tb, te);
      lb = le + 1;
    }
    if (lines.size() < 2) continue;
    for (size_t k = 0; k < lines.size(); ++k) {
      const std::string_view line = text.substr(lines[k].first, lines[k].second - lines[k].first);
      Opener o;
      o.block = static_cast<int32_t>(i);
      o.begin = lines[k].first;
      o.end = lines[k].second;
      o.start = lines[k].first;
      if (const size_t mark = marks_.prefix(line); mark > 0 && titles_.reads_as_title(line.substr(mark), false)) {
        o.level = 7;
        o.style = "marked";
        o.begin += static_cast<uint32_t>(mark);
      } else if (doc.markdown_headings < 2 && !is_bullet_line(line) && k + 1 < lines.size() &&
                 is_bullet_line(text.substr(lines[k + 1].first, lines[k + 1].second - lines[k + 1].first)) &&
                 (k == 0 || is_bullet_line(text.substr(lines[k - 1].first, lines[k - 1].second - lines[k - 1].first))) &&
                 titles_.reads_as_title(line, true)) {
        o.level = 8;
        o.style = "standalone";
      } else {
        continue;
      }
      s.openers.push_back(o);
    }
  }
  std::stable_sort(s.openers.begin(), s.openers.end(), [](const Opener& a, const Opener& b) { return a.start < b.start; });
}

void TalkFinder::decide_headings(Scan& s) const {
  const Document& doc = s.doc;
  const std::vector<Opener>& op = s.openers;
  const size_t n = op.size();
  if (n == 0) return;
  const uint32_t text_end = static_cast<uint32_t>(doc.text.size());
  auto start_of = [&](size_t i) { return op[i].start; };

  // A line standing alone that names a non-talk topic ("후기" after the last talk of a plain-text
  // review) ends the talk above it: its level was a guess, while its words are evidence. It is read
  // one level up, as a line marked as a heading.
  std::vector<Opener>& openers = s.openers;
  for (Opener& o : openers) {
    if (o.level == 8 && !section_category(s.text(o.begin, o.end)).empty()) o.level = 7;
  }
  std::vector<int> parent(n, -1);
  std::vector<uint32_t> section_end(n, text_end), body_end(n, text_end);
  {
    std::vector<size_t> stack;
    for (size_t i = 0; i < n; ++i) {
      while (!stack.empty() && op[stack.back()].level >= op[i].level) {
        section_end[stack.back()] = start_of(i);
        stack.pop_back();
      }
      parent[i] = stack.empty() ? -1 : static_cast<int>(stack.back());
      stack.push_back(i);
    }
    // A heading's own text runs to the next Markdown heading: lines that stand as headings inside it
    // are its content for the evidence, though they open sections of their own.
    for (size_t i = 0; i < n; ++i) {
      for (size_t j = i + 1; j < n; ++j) {
        if (op[j].level <= 6 || op[i].level >= 7) {
          body_end[i] = start_of(j);
          break;
        }
      }
    }
  }
  std::vector<std::vector<size_t>> children(n);
  std::vector<size_t> roots;
  for (size_t i = 0; i < n; ++i) (parent[i] < 0 ? roots : children[static_cast<size_t>(parent[i])]).push_back(i);

  // What each heading's text and section say.
  struct Facts {
    bool prefixed = false;
    std::string_view category;
    bool material_link = false;  // the heading is a link to a talk's material
    bool material_body = false;  // its text links a talk's video, slides or page
    int holds = 0;               // talks found in its section
    int refers = 0;              // talks its section names by their speakers only
    bool review = false, talky = false, technology = false, title_like = false, symbol = false;
    bool technical = false;      // its text names two technologies or more
    bool credited = false;       // it credits a speaker
  };
  std::vector<Facts> f(n);
  // Offsets of links to talk material and of talks found so far, sorted: each section counts its own
  // by two binary searches, so a review of thousands of headings stays linear.
  std::vector<uint32_t> material, talks, references;
  for (const InlineSpan& sp : doc.spans) {
    if (sp.kind == SpanKind::kLink && is_talk_material(links_.classify(sp.href))) material.push_back(sp.begin);
  }
  for (const TalkCandidate& c : s.out) {
    if (c.accepted) talks.push_back(c.begin);
    if (c.refers) references.push_back(c.begin);
  }
  std::sort(material.begin(), material.end());
  std::sort(talks.begin(), talks.end());
  std::sort(references.begin(), references.end());
  // Facts are read when a heading is judged, not for the subsections of talks.
  std::vector<bool> known(n, false);
  auto facts = [&](size_t i) -> Facts& {
    Facts& x = f[i];
    if (known[i]) return x;
    known[i] = true;
    const Opener& o = op[i];
    // The heading's own words, as a view: no copy for the tests below. Its title is read (cut of
    // kind and speakers) only for the talks that are written out.
    const std::string_view words = trim(s.text(o.begin, o.end));
    x.prefixed = titles_.has_talk_prefix(words);
    if (!x.prefixed) x.category = section_category(words);
    x.title_like = x.prefixed || (x.category.empty() && titles_.reads_as_title(words, false));
    if (o.link >= 0) x.material_link = is_talk_material(links_.classify(doc.spans[static_cast<size_t>(o.link)].href));
    const uint32_t body = o.end, bend = body_end[i];
    x.material_body = Scan::any_in(material, body, bend);
    x.holds = static_cast<int>(std::lower_bound(talks.begin(), talks.end(), section_end[i]) -
                               std::lower_bound(talks.begin(), talks.end(), body));
    x.refers = static_cast<int>(std::lower_bound(references.begin(), references.end(), section_end[i]) -
                                std::lower_bound(references.begin(), references.end(), body));
    x.symbol = symbols_.prefix(s.text(o.begin, o.end)) > 0;
    x.review = Scan::any_in(s.review_words, body, bend);
    x.talky = Scan::any_in(s.talk_words, body, bend);
    x.technology = Scan::any_in(s.technology, o.begin, o.end);
    x.technical = std::lower_bound(s.technology.begin(), s.technology.end(), bend) -
                      std::lower_bound(s.technology.begin(), s.technology.end(), body) >= 2;
    return x;
  };

  // kOther: the writer's own section, whose subsections are the writer's too; kPlain: a heading with
  // no evidence either way, whose subsections are judged on their own.
  enum class Role { kTitle, kContainer, kTalk, kSubsection, kOther, kPlain, kUndecided };
  std::vector<Role> role(n, Role::kUndecided);
  std::vector<std::string> why(n);
  std::vector<bool> strong(n, false);

  std::vector<int> score(n, 0);
  std::function<void(const std::vector<size_t>&, Role, bool)> decide = [&](const std::vector<size_t>& group, Role above,
                                                                           bool under_talks) {
    for (size_t i : group) {
      if (above == Role::kTalk || above == Role::kSubsection) {
        if (titles_.has_talk_prefix(s.text(op[i].begin, op[i].end))) {
          role[i] = Role::kTalk;
          why[i] = "H3: opens with a talk kind (inside the talk above)";
        } else {
          role[i] = Role::kSubsection;
          why[i] = "H2: a subsection of the talk above";
        }
        continue;
      }
      Facts& x = facts(i);
      if (i == 0 && !x.prefixed) {
        const bool names_event = series_.contains(s.text(op[i].begin, op[i].end));
        const bool alone_on_top = n > 1 && std::all_of(op.begin() + 1, op.end(), [&](const Opener& o) { return o.level > op[0].level; });
        if (names_event || alone_on_top) {
          role[i] = Role::kTitle;
          why[i] = names_event ? "H1: the first heading names the event" : "H1: the first heading stands above all others";
          continue;
        }
      }
      if (x.prefixed) {
        role[i] = Role::kTalk;
        strong[i] = true;
        why[i] = "H3: opens with a talk kind";
      } else if (x.category == "day" || x.category == "grouping" || x.category == "event") {
        role[i] = Role::kContainer;
        why[i] = "H4: groups talks (" + std::string(x.category) + ")";
      } else if (!x.category.empty()) {
        role[i] = Role::kOther;
        why[i] = "H4: the writer's own section (" + std::string(x.category) + ")";
      } else if (x.material_link && x.title_like) {
        role[i] = Role::kTalk;
        strong[i] = true;
        why[i] = "H5: links to a talk's page";
      } else if (!x.title_like) {
        role[i] = Role::kPlain;
        why[i] = "not a title";
      } else if (x.holds > 0) {
        role[i] = Role::kContainer;
        why[i] = "H6: its section holds " + std::to_string(x.holds) + " talk(s)";
      } else if (x.refers > 0) {
        role[i] = Role::kContainer;
        why[i] = "H6: its text refers to a talk by its speaker";
      } else {
        score[i] = 2 * x.material_body + 2 * x.review + 2 * x.symbol + 2 * under_talks + x.talky + x.technology +
                   x.technical;
        // A heading that credits a speaker ("Title - 홍길동 -", "(발표: Name)") names a talk; its title is
        // read for that only when the rest of the evidence falls short.
        if (score[i] < 2 && !titles_.read(doc, op[i].begin, op[i].end, TitleSource::kHeading).speakers.empty()) {
          score[i] += 2;
          x.credited = true;
        }
        // Under the writer's own section ("## 점심" over "### 3. Talk") a talk needs more evidence.
        if (score[i] >= (above == Role::kOther ? 3 : 2)) {
          role[i] = Role::kTalk;
          strong[i] = x.material_body || x.symbol;
          why[i] = "H7: evidence " + std::to_string(score[i]) + " (" + (under_talks ? "under a day, track or list of talks, " : "") +
                   (x.credited ? "credits a speaker, " : "") +
                   (x.symbol ? "marked as a talk, " : "") + (x.material_body ? "links its video or slides, " : "") +
                   (x.review ? "speaks of its speaker or slides, " : "") + (x.talky ? "talk words, " : "") +
                   (x.technology ? "names a technology, " : "") + (x.technical ? "its text names technologies, " : "");
          why[i].resize(why[i].size() - 2);
          why[i] += ")";
        }
      }
    }
    // Siblings: headings at one level under one parent. A heading with some evidence (1) is a talk
    // when talks are at least half of its undecided and talk siblings; one with none, when some
    // siblings are talks on strong evidence.
    for (size_t i : group) {
      if (role[i] != Role::kUndecided) continue;
      int talks_here = 0, strong_talks = 0, open = 0;
      for (size_t j : group) {
        if (op[j].level != op[i].level) continue;
        talks_here += role[j] == Role::kTalk;
        strong_talks += role[j] == Role::kTalk && strong[j];
        open += role[j] == Role::kUndecided || role[j] == Role::kTalk;
      }
      if ((score[i] >= 1 && talks_here >= 1 && 2 * talks_here >= open) || (talks_here >= 2 && 3 * talks_here >= 2 * open) ||
          strong_talks >= 2 || (strong_talks >= 1 && 2 * strong_talks >= open)) {
        role[i] = Role::kTalk;
        why[i] = "H7: beside talks at its level";
      } else {
        role[i] = Role::kPlain;
        why[i] = "H7: no evidence that it reviews a talk";
      }
    }
    for (size_t i : group) {
      const bool groups_talks = (role[i] == Role::kContainer && known[i] &&
                                 (f[i].category == "day" || f[i].category == "grouping" || f[i].category == "event")) ||
                                (role[i] == Role::kTitle && under_talks);
      decide(children[i], role[i], groups_talks);
    }
  };
  // A review whose opening announces its talks ("Here are the five sessions that stuck with me",
  // "들은 발표 위주로 적어 둡니다") has them under the headings that follow: the headings at the top,
  // or under the title, stand as under a list of talks. Its own talk ("a recording of my talk") is
  // no announcement.
  bool announced = false;
  {
    const uint32_t intro_end = op[0].level < 7 || n == 1 ? start_of(std::min<size_t>(1, n - 1)) : start_of(0);
    const uint32_t intro_begin = op[0].level < 7 ? op[0].end : 0;
    for (const Sentence& sentence : s.sentences) {
      if (sentence.begin < intro_begin) continue;
      if (sentence.end > intro_end) break;
      const std::string_view t = s.text(sentence.begin, sentence.end);
      if (Scan::any_in(s.talk_words, sentence.begin, sentence.end) && announcements_.contains(t) && !own_.contains(t)) {
        announced = true;
        break;
      }
    }
  }
  decide(roots, Role::kContainer, announced);

  // A bold or quoted title inside a talk's section names that talk or its topic, not another talk
  // ("## 내 발표 - Django RBAC" ... "**Django RBAC 설계 및 개발**에 관해 발표했다").
  for (TalkCandidate& c : s.out) {
    if (!c.accepted || (c.form != TalkForm::kStrong && c.form != TalkForm::kQuote)) continue;
    for (size_t i = 0; i < n; ++i) {
      if (role[i] == Role::kTalk && start_of(i) <= c.begin && c.begin < section_end[i]) {
        c.accepted = false;
        c.rule = "inside the section of the talk \"" + doc.words(op[i].begin, op[i].end) + "\": taken as that talk's topic";
        break;
      }
    }
  }
  // A talk's kind, when its title does not say, from the group above it ("## Keynotes"), when the
  // group names one kind only ("Talks and workshops" names two).
  auto group_kind = [&](uint32_t offset) -> std::string {
    for (size_t i = n; i-- > 0;) {
      if (start_of(i) > offset || offset >= section_end[i] || role[i] != Role::kContainer) continue;
      std::string kind;
      const std::string heading = doc.words(op[i].begin, op[i].end);
      for (std::string_view w : heading_words(heading)) {
        std::string k = titles_.kind_of(w);
        if (k.empty()) continue;
        if (!kind.empty() && k != kind) return "";
        kind = k;
      }
      return kind == "session" ? "" : kind;
    }
    return "";
  };
  for (TalkCandidate& c : s.out) {
    if (c.accepted && c.title.kind.empty()) c.title.kind = group_kind(c.begin);
  }
  for (size_t i = 0; i < n; ++i) {
    if (role[i] != Role::kTalk && !s.explain) continue;  // only --explain lists what was not taken
    TalkCandidate c;
    c.form = TalkForm::kHeading;
    c.block = op[i].block;
    c.begin = op[i].begin;
    c.end = op[i].end;
    c.scope_begin = start_of(i);
    c.scope_end = section_end[i];
    c.title = titles_.read(doc, op[i].begin, op[i].end, TitleSource::kHeading);
    c.accepted = role[i] == Role::kTalk;
    c.rule = std::string(op[i].style) + " heading: " + why[i];
    if (c.accepted && c.title.kind.empty()) c.title.kind = group_kind(c.begin);
    s.add(std::move(c));
  }
}

}  // namespace talkgraph
