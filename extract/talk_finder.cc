// Talks are named in many places, and each place has its own rule. Each candidate is decided on
// combined evidence: where it stands, what it links to, its shape and the words around it. The rules,
// with their reasons (headings are decided in talk_sections.cc):
//
//  List items (their scope is the item with its sub-items):
//   L1. Led by a link whose label reads as a title, to a talk's video, slides or page: reviews link
//       talks so ("[Speaker - Title](youtube)", "[Title](pycon.kr/2017/program/130)").
//   L2. Led by a link to anything but code, in a list of talks (under "Talks I attended", or after a
//       line that speaks of talks and ends with ':'): the list says what its items are.
//   L3. Led by a bold title, where the list or the item speaks of talks: notes lists write talks so
//       ("* **Unsafe At Any Speed** Rae Knowler made some great points...").
//   L4. Led by a talk kind ("Keynote: ...") or a time ("10:30 ..."): the writer said what it is. A
//       time entry that names lunch, a break or registration is not a talk.
//   L5. Plain text that reads as a title, in a list of talks, or heading sub-items in bullet-only
//       notes next to others doing the same.
//  A link led by text glued to it ("[backend](...)코드를 참고해서") is prose, not a title.
//
//  In prose (scope: the sentence, when it names no other talk):
//   P1. A link to a talk's video, slides or page whose label reads as a title and is not generic
//       ("[the Art of Testing](.../sessions/talks/...)"; not "[video](...)", "[a video of my talk]").
//   P2. A quoted or bold title next to a talk word or verb ("'캐시 패턴의 진화사' 발표",
//       "발표의 주제는 \"...\"", "talk on **How to ...**"); quotes without one are ordinary quotes.
//
//  Tables: T1. each row of a table whose header has a title column ("Title", "제목", "발표"); a
//  speaker column's cells are speakers. Timetables: T2. each line of a paragraph of lines that open
//  with times.
//
//  Everywhere: a candidate struck through (~~...~~) is a talk the writer skipped, and is dropped; a
//  title that names a non-talk section (lunch, registration) is none; speaker names are taken off.
#include "extract/talk_finder.h"

#include <algorithm>

#include "base/byte_scan.h"
#include "base/text_util.h"
#include "base/utf8.h"
#include "extract/talk_scan.h"

namespace talkgraph {

std::string_view TalkFinder::short_category(std::string_view title) const {
  // "Registration, coffee, a very long queue": the first of a list of things names it.
  title = trim(title);
  const size_t comma = title.find(',');
  if (comma != std::string_view::npos && title.substr(0, comma).find('(') == std::string_view::npos) {
    const std::string_view first = short_category(title.substr(0, comma));
    if (!first.empty()) return first;
  }
  size_t words = 1;
  for (char c : title) words += c == ' ';
  return words > 4 ? "" : section_category(title);
}

std::string_view talk_form_name(TalkForm form) {
  switch (form) {
    case TalkForm::kHeading: return "heading";
    case TalkForm::kListItem: return "list-item";
    case TalkForm::kLink: return "link";
    case TalkForm::kStrong: return "bold";
    case TalkForm::kQuote: return "quote";
    case TalkForm::kTableRow: return "table-row";
    case TalkForm::kTimetable: return "timetable";
  }
  return "?";
}

TalkFinder::TalkFinder(const Vocabulary& v, const TalkTitleReader& titles, const LinkClassifier& links)
    : vocabulary_(v),
      titles_(titles),
      links_(links),
      review_words_(v.keys("talk-review-words")),
      introductions_(v.keys("talk-introductions")),
      verbs_(v.keys("talk-verbs")),
      grouping_(v.keys("grouping-words")),
      stop_(v.keys("stop-words")),
      first_person_(v.keys("first-person")),
      series_(v.keys("series")),
      symbols_(v.keys("talk-symbols")),
      marks_(v.keys("heading-marks")),
      announcements_(v.keys("announcements")),
      own_(v.keys("talk-kinds.own")),
      other_works_(v.keys("other-works")),
      title_columns_(v.keys("title-columns")),
      speaker_columns_(v.keys("speaker-columns")),
      honorifics_(v.keys("honorifics")),
      days_(v.keys("sections.day")) {
  std::vector<std::string> section_words;
  for (const auto& [name, entries] : v.family("sections")) {
    if (name == "day") continue;
    for (const VocabularyEntry& e : *entries) {
      section_words.push_back(e.key);
      section_of_phrase_.push_back(categories_.size());
    }
    categories_.push_back(name);
  }
  sections_ = PhraseSet(section_words);
}

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The first line of a block's text.
uint32_t line_end(std::string_view text, uint32_t b, uint32_t e) {
  size_t nl = text.find('\n', b);
  return nl == std::string_view::npos || nl >= e ? e : static_cast<uint32_t>(nl);
}

uint32_t skip_spaces(std::string_view text, uint32_t b, uint32_t e) {
  while (b < e && is_space(text[b])) ++b;
  return b;
}

// What follows a lead link or bold title on its line: nothing, or a separator then a description.
// Text glued on ("를 많이들", "코드를") makes the link part of a sentence.
bool separated(std::string_view rest) {
  rest = trim(rest);
  if (rest.empty()) return true;
  for (std::string_view s : {":", "-", "\xE2\x80\x93", "\xE2\x80\x94", "(", "|", ",", ".", "\xEF\xBC\x9A", "by ", "with "}) {
    if (rest.rfind(s, 0) == 0) return true;
  }
  return false;
}

// Whether a line can open with a time: a digit, 오전/오후 (0xEC), am/pm, a weekday's initial.
bool may_open_with_time(char c) {
  const auto b = static_cast<unsigned char>(c);
  const char l = static_cast<char>(b | 0x20);
  return (b >= '0' && b <= '9') || b == 0xEC || l == 'a' || l == 'p' || l == 'm' || l == 't' || l == 'w' || l == 'f' ||
         l == 's';
}

// Whether a strike span covers [b, e).
bool struck(const TalkFinder::Scan& s, int32_t block, uint32_t b, uint32_t e);

}  // namespace

void TalkFinder::find_speaker_lines(Scan& s) const {
  const Document& doc = s.doc;
  // "발표자: 홍길동", "Speaker: Jane Doe", "登壇者: 森本 彩花": the name is a person's.
  for (const Block& b : doc.blocks) {
    if ((b.kind != BlockKind::kParagraph && b.kind != BlockKind::kTableCell) || b.begin >= b.end) continue;
    for (uint32_t lb = b.begin; lb < b.end;) {
      const uint32_t le = line_end(doc.text, lb, b.end);
      const uint32_t tb = skip_spaces(doc.text, lb, le);
      const std::string_view line = s.text(tb, le);
      if (const size_t k = line.find(':') == std::string_view::npos && line.find("\xEF\xBC\x9A") == std::string_view::npos
                               ? 0
                               : speaker_columns_.prefix(line);
          k > 0) {
        size_t at = k;
        while (at < line.size() && line[at] == ' ') ++at;
        size_t colon = line.compare(at, 1, ":") == 0 ? 1 : line.compare(at, 3, "\xEF\xBC\x9A") == 0 ? 3 : 0;
        if (colon > 0) {
          const uint32_t nb = skip_spaces(doc.text, tb + static_cast<uint32_t>(at + colon), le);
          if (le > nb && le - nb <= 80) s.speakers.emplace_back(nb, le);
        }
      }
      lb = le + 1;
    }
  }
}


std::vector<CuePhrase> TalkFinder::cue_phrases() const {
  std::vector<CuePhrase> out;
  const std::vector<std::string>* lists[] = {&titles_.talk_words().phrases(), &review_words_.phrases(),
                                             &introductions_.phrases(), &verbs_.phrases()};
  for (uint8_t l = 0; l < 4; ++l) {
    for (const std::string& p : *lists[l]) {
      // A Hangul cue is a stem: 발표 in 발표했다, 세션 in 세션에서.
      out.push_back({p, l, static_cast<unsigned char>(p.back()) >= 0x80});
    }
  }
  return out;
}

TalkFinding TalkFinder::find(const Document& doc, const std::vector<Sentence>& sentences,
                             const std::vector<uint32_t>& technology, const std::vector<CueHit>& cues, bool explain) const {
  Scan s{doc, explain, sentences, technology, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}};
  // The cue words of four lists, as the matcher found them. "홍길동님의 발표" introduces a talk by its
  // speaker: a talk word after an honorific and a particle.
  for (const CueHit& hit : cues) {
    if (hit.list > 3) continue;  // another pass's cue words
    std::vector<uint32_t>* lists[] = {&s.talk_words, &s.review_words, &s.introductions, &s.verbs};
    std::vector<uint32_t>& list = *lists[hit.list];
    if (list.empty() || list.back() != hit.begin) list.push_back(hit.begin);
    if (hit.list == 0) {
      const std::string_view before = std::string_view(doc.text).substr(0, hit.begin);
      for (std::string_view particle : {"의 ", "이 ", "께서 ", "가 "}) {
        if (before.size() > particle.size() + 3 &&
            before.substr(before.size() - particle.size()) == particle &&
            honorifics_.suffix(before.substr(0, before.size() - particle.size())) > 0) {
          s.introductions.push_back(hit.begin);
          break;
        }
      }
    }
  }
  for (std::vector<uint32_t>* list : {&s.talk_words, &s.review_words, &s.introductions, &s.verbs}) {
    if (!std::is_sorted(list->begin(), list->end())) std::sort(list->begin(), list->end());
  }
  s.block_spans.assign(doc.blocks.size(), {0, 0});
  for (size_t i = 0; i < doc.spans.size(); ++i) {
    const int32_t b = doc.spans[i].block;
    if (b < 0) continue;
    auto& r = s.block_spans[static_cast<size_t>(b)];
    if (r.first == r.second) r.first = static_cast<uint32_t>(i);
    r.second = static_cast<uint32_t>(i + 1);
  }
  s.span_taken.assign(doc.spans.size(), false);
  s.block_taken.assign(doc.blocks.size(), false);

  // Headings are decided last: a heading over talks found in its section groups them.
  collect_openers(s);
  find_tables(s);
  find_list_items(s);
  find_paragraph_leads(s);
  find_timetables(s);
  find_in_prose(s);
  decide_headings(s);
  find_speaker_lines(s);

  // Whatever rule took it, a talk has a title: "# Talk::" opens with a kind and names nothing (found
  // by fuzz_extractor; regression input in tests/fuzz/corpus/extractor/).
  for (TalkCandidate& c : s.out) {
    if (c.accepted && trim(c.title.title).empty()) {
      c.accepted = false;
      c.rule += ": no title left once the kind is taken off";
    }
  }
  if (!explain) std::erase_if(s.out, [](const TalkCandidate& c) { return !c.accepted; });
  std::stable_sort(s.out.begin(), s.out.end(), [](const TalkCandidate& a, const TalkCandidate& b) { return a.begin < b.begin; });
  uint32_t pos = 0, line = 1;
  for (TalkCandidate& c : s.out) {
    if (c.begin < pos) pos = 0, line = 1;
    line += static_cast<uint32_t>(count_byte(std::string_view(doc.text).substr(pos, c.begin - pos), '\n'));
    pos = c.begin;
    c.line = line;
  }
  return {std::move(s.out), std::move(s.speakers)};
}

namespace {

// Struck through: a strike span covers the title, or opens it ("~~Title~~ (room was full)").
bool struck(const TalkFinder::Scan& s, int32_t block, uint32_t b, uint32_t e) {
  if (block < 0) return false;
  const auto [first, last] = s.block_spans[static_cast<size_t>(block)];
  for (uint32_t i = first; i < last; ++i) {
    const InlineSpan& sp = s.doc.spans[i];
    if (sp.kind != SpanKind::kStrike) continue;
    if ((sp.begin <= b && e <= sp.end) || (sp.begin <= b + 3 && sp.begin >= b && sp.end > b)) return true;
  }
  return false;
}

// How strongly a list's surroundings say its items are talks.
enum class ListContext { kNone, kTalky, kTalks };

}  // namespace

// How a list's surroundings speak of its items: the nearest heading (or line standing as one)
// before it, and the paragraph just before it among its siblings.
TalkFinder::ListContext TalkFinder::context_of_list(const Scan& s, int32_t list, int32_t heading, int32_t previous) const {
  const Document& doc = s.doc;
  ListContext context = ListContext::kNone;
  // The nearest heading-like line: a Markdown heading, or an opener of a plain-text review.
  std::string_view words;
  const uint32_t at = doc.blocks[static_cast<size_t>(list)].begin;
  auto o = std::upper_bound(s.openers.begin(), s.openers.end(), at, [](uint32_t off, const Opener& op) { return off < op.start; });
  const uint32_t heading_begin = heading >= 0 ? doc.blocks[static_cast<size_t>(heading)].begin : 0;
  if (o != s.openers.begin() && (heading < 0 || (o - 1)->start >= heading_begin)) {
    words = trim(s.text((o - 1)->begin, (o - 1)->end));
  } else if (heading >= 0) {
    const Block& h = doc.blocks[static_cast<size_t>(heading)];
    words = trim(s.text(h.begin, h.end));
  }
  if (!words.empty()) {
    const std::string_view category = section_category(words);
    if (category == "grouping") context = ListContext::kTalks;
    else if (category == "day" || category == "event" || titles_.talk_words().contains(words)) context = ListContext::kTalky;
  }
  if (previous >= 0 && context != ListContext::kTalks) {
    const Block& p = doc.blocks[static_cast<size_t>(previous)];
    if (p.kind == BlockKind::kParagraph) {
      std::string_view t = trim(s.text(p.begin, p.end));
      const bool talky = Scan::any_in(s.talk_words, p.begin, p.end);
      const bool colon = !t.empty() && (t.back() == ':' || (t.size() >= 3 && t.substr(t.size() - 3) == "\xEF\xBC\x9A"));
      if (talky && colon) context = ListContext::kTalks;
      else if (talky) context = ListContext::kTalky;
    }
  }
  return context;
}

// The lead of a list item or paragraph: its first line, and the link, bold or emphasized span it
// opens with. Links to a talk's material at the end of the line ("Title [slides] [video]") are cut
// off the title and kept as evidence.
TalkFinder::Lead TalkFinder::read_lead(const Scan& s, int32_t block, uint32_t lb, uint32_t le) const {
  const Document& doc = s.doc;
  Lead lead;
  lead.begin = lb;
  lead.end = le;
  // Not a structured binding: clang 14 cannot capture one in the lambda below.
  const uint32_t first = s.block_spans[static_cast<size_t>(block)].first;
  const uint32_t last = s.block_spans[static_cast<size_t>(block)].second;
  // Trailing links whose labels are generic ("[slides]", "[video]", "[발표자료]").
  for (uint32_t k = last; k-- > first;) {
    const InlineSpan& sp = doc.spans[k];
    if (sp.begin >= le || sp.kind != SpanKind::kLink) continue;
    if (trim(s.text(sp.end, lead.end)).find_first_not_of(" []()|-,/") != std::string_view::npos) break;
    if (!titles_.is_generic(doc.words(sp.begin, sp.end))) break;
    lead.material |= is_talk_material(links_.classify(sp.href));
    lead.end = sp.begin;
    while (lead.end > lb && (doc.text[lead.end - 1] == ' ' || doc.text[lead.end - 1] == '[' || doc.text[lead.end - 1] == '(')) --lead.end;
  }
  auto styled_at = [&](uint32_t at) {
    int32_t found = -1;
    for (uint32_t k = first; k < last; ++k) {
      const InlineSpan& sp = doc.spans[k];
      if (sp.begin != at || (sp.kind != SpanKind::kLink && sp.kind != SpanKind::kStrong && sp.kind != SpanKind::kEmphasis)) continue;
      // A link before a bold one that starts at the same place, bold before emphasis.
      const auto rank = [](SpanKind kind) { return kind == SpanKind::kLink ? 3 : kind == SpanKind::kStrong ? 2 : 1; };
      if (found < 0 || rank(sp.kind) > rank(doc.spans[static_cast<size_t>(found)].kind)) found = static_cast<int32_t>(k);
    }
    return found;
  };
  lead.span = styled_at(lb);
  // A timetable line whose time is bold: "**10:30** — Marta Kowalczyk – *Parallel Computing*. Notes",
  // "**09:00** — Keynote: *Reproducibility Is a Social Problem* — Lena Okafor". The line starts after
  // the time, and the title is the styled span there, or the next one after a short prefix that
  // ends with a separator (a kind, a speaker).
  if (lead.span >= 0 && doc.spans[static_cast<size_t>(lead.span)].kind != SpanKind::kLink &&
      titles_.is_time(s.text(doc.spans[static_cast<size_t>(lead.span)].begin, doc.spans[static_cast<size_t>(lead.span)].end))) {
    const InlineSpan& time = doc.spans[static_cast<size_t>(lead.span)];
    uint32_t at = time.end;
    while (at < lead.end) {
      const std::string_view rest = s.text(at, lead.end);
      if (rest[0] == ' ' || rest[0] == '-' || rest[0] == ':' || rest[0] == '|') {
        ++at;
      } else if (rest.rfind("\xE2\x80\x94", 0) == 0 || rest.rfind("\xE2\x80\x93", 0) == 0) {
        at += 3;  // — –
      } else {
        break;
      }
    }
    lead.timed = true;
    lead.begin = at;
    lead.span = styled_at(at);
    for (uint32_t k = first; k < last && lead.span < 0; ++k) {
      const InlineSpan& sp = doc.spans[k];
      if (sp.begin <= at || sp.begin >= lead.end || sp.kind == SpanKind::kCode) continue;
      const std::string_view prefix = trim(s.text(at, sp.begin));
      const bool ends_with_separator = !prefix.empty() && (prefix.back() == ':' || prefix.back() == '-' ||
                                                           prefix.ends_with("\xE2\x80\x94") || prefix.ends_with("\xE2\x80\x93"));
      if (prefix.size() > 60 || !ends_with_separator || prefix.find_first_of(".!?") != std::string_view::npos) break;
      lead.span = static_cast<int32_t>(k);
    }
  }
  if (lead.span >= 0) {
    const InlineSpan& sp = doc.spans[static_cast<size_t>(lead.span)];
    if (sp.end > lead.end) {
      lead.span = -1;
    } else {
      const std::string_view rest = trim(s.text(sp.end, lead.end));
      lead.alone = rest.empty() || rest == ":" || rest == "\xEF\xBC\x9A";
      // A link must be followed by nothing or a separator; a bold title by anything but a word part.
      lead.stands = sp.kind == SpanKind::kLink ? separated(rest) : !sp.glued;
      lead.separated = separated(rest) && !rest.empty();
    }
  }
  return lead;
}

void TalkFinder::find_list_items(Scan& s) const {
  const Document& doc = s.doc;
  // Each list's surroundings, read when an item first needs them: the nearest heading before the
  // list and its previous sibling, both noted while walking the blocks in order.
  struct ListPlace {
    int32_t heading = -1, previous = -1;
    int8_t context = -1;  // a ListContext once read
  };
  std::vector<ListPlace> places(doc.blocks.size());
  {
    int32_t heading = -1;
    std::vector<int32_t> last_child(doc.blocks.size() + 1, -1);  // per parent (+1: the top)
    for (size_t i = 0; i < doc.blocks.size(); ++i) {
      const Block& b = doc.blocks[i];
      int32_t& previous = last_child[static_cast<size_t>(b.parent + 1)];
      if (b.kind == BlockKind::kList) places[i] = {heading, previous, -1};
      if (b.kind == BlockKind::kHeading) heading = static_cast<int32_t>(i);
      previous = static_cast<int32_t>(i);
    }
  }
  auto list_context = [&](int32_t list) {
    ListPlace& p = places[static_cast<size_t>(list)];
    if (p.context < 0) p.context = static_cast<int8_t>(context_of_list(s, list, p.heading, p.previous));
    return static_cast<ListContext>(p.context);
  };
  // Per list: items heading sub-lists (bullet notes make each talk such a group), and items led by
  // a bold or emphasized title (a list of them is a list of titles).
  std::vector<int> groups(doc.blocks.size(), 0), styled(doc.blocks.size(), 0);
  std::vector<bool> heads_list(doc.blocks.size(), false);  // list items with a sub-list
  for (size_t i = 0; i + 1 < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (b.kind == BlockKind::kList && b.parent >= 0 && doc.blocks[static_cast<size_t>(b.parent)].kind == BlockKind::kListItem) {
      const int32_t list = doc.blocks[static_cast<size_t>(b.parent)].parent;
      if (list >= 0 && !heads_list[static_cast<size_t>(b.parent)]) ++groups[static_cast<size_t>(list)];
      heads_list[static_cast<size_t>(b.parent)] = true;
    }
    if (b.kind == BlockKind::kListItem && doc.blocks[i + 1].parent == static_cast<int32_t>(i) &&
        doc.blocks[i + 1].kind == BlockKind::kParagraph) {
      const auto [first, last] = s.block_spans[i + 1];
      for (uint32_t k = first; k < last; ++k) {
        const InlineSpan& sp = doc.spans[k];
        if ((sp.kind == SpanKind::kStrong || sp.kind == SpanKind::kEmphasis) &&
            sp.begin == skip_spaces(doc.text, doc.blocks[i + 1].begin, doc.blocks[i + 1].end)) {
          ++styled[static_cast<size_t>(b.parent)];
          break;
        }
      }
    }
  }
  std::vector<bool> talk_items(doc.blocks.size(), false);
  for (size_t li = 0; li < doc.blocks.size(); ++li) {
    const Block& item = doc.blocks[li];
    if (item.kind != BlockKind::kListItem || s.block_taken[li]) continue;
    if (li + 1 >= doc.blocks.size() || doc.blocks[li + 1].parent != static_cast<int32_t>(li) ||
        doc.blocks[li + 1].kind != BlockKind::kParagraph) {
      continue;
    }
    const int32_t lead_index = static_cast<int32_t>(li + 1);
    const Block& para = doc.blocks[li + 1];
    const uint32_t lb = skip_spaces(doc.text, para.begin, para.end);
    const uint32_t le = line_end(doc.text, lb, para.end);
    if (lb >= le) continue;
    // A list nested in an item that is a talk holds that talk's notes: only its own links to a
    // talk's material can make one of them another talk.
    const int32_t outer = doc.blocks[static_cast<size_t>(item.parent)].parent;
    const bool in_talk = outer >= 0 && talk_items[static_cast<size_t>(outer)];
    const ListContext context = in_talk ? ListContext::kNone : list_context(item.parent);
    const bool group = heads_list[li] && !in_talk && groups[static_cast<size_t>(item.parent)] >= 2;
    const Lead lead = read_lead(s, lead_index, lb, le);
    const InlineSpan* span = lead.span >= 0 && lead.stands ? &doc.spans[static_cast<size_t>(lead.span)] : nullptr;
    const std::string_view lead_line = s.text(lb, lead.end);
    const bool prefixed = titles_.has_talk_prefix(lead_line) || titles_.has_time_prefix(lead_line);
    // Most list items are notes: those led by nothing, with no kind or time, outside a list of talks
    // and heading no sub-items, are left before their text is read.
    // A plain line may still credit a speaker ("Title / Speaker"), which counts under a heading that
    // speaks of talks.
    if (span == nullptr && !prefixed && !lead.material && context != ListContext::kTalks && !group &&
        (context == ListContext::kNone ||
         (lead_line.find(" / ") == std::string_view::npos && lead_line.find(" \xE2\x80\x94 ") == std::string_view::npos &&
          lead_line.find(" - ") == std::string_view::npos && lead_line.find(" by ") == std::string_view::npos &&
          lead_line.back() != ')'))) {
      continue;
    }

    TalkCandidate c;
    c.form = TalkForm::kListItem;
    c.block = lead_index;
    c.scope_begin = item.begin;
    c.scope_end = item.end;
    if (span != nullptr && span->kind == SpanKind::kLink) {
      s.span_taken[static_cast<size_t>(lead.span)] = true;
      c.begin = span->begin;
      c.end = span->end;
      c.title = titles_.read(doc, c.begin, c.end, TitleSource::kLabel);
      const LinkTarget target = links_.classify(span->href);
      if (!titles_.reads_as_title(c.title.title, false)) {
        c.rule = "not a title: " + std::string(titles_.is_generic(c.title.title) ? "a generic label" : "its shape");
      } else if (is_talk_material(target)) {
        c.accepted = true;
        c.rule = "L1: led by a link to a talk's " + std::string(link_target_name(target));
      } else if (context == ListContext::kTalks && target != LinkTarget::kCode) {
        c.accepted = true;
        c.rule = "L2: led by a link, in a list of talks";
      } else {
        c.rule = "led by a link to " + std::string(link_target_name(target)) + ", not a talk's material";
      }
    } else {
      // A bold or emphasized title, or the line itself ("Title / Speaker", "10:30 Title"); after a
      // bold time, from the end of the time, so that a kind or speaker before the title is read.
      c.begin = lead.timed ? lead.begin : span != nullptr ? span->begin : lb;
      c.end = span != nullptr ? span->end : lead.end;
      if (lead.timed && span == nullptr) {
        // No styled title after the time: the line's first sentence ("Lunch. Breakfast tacos were...").
        const std::string_view line = s.text(c.begin, c.end);
        for (size_t k = 0; k + 1 < line.size(); ++k) {
          if ((line[k] == '.' || line[k] == '!' || line[k] == '?') && line[k + 1] == ' ') {
            c.end = c.begin + static_cast<uint32_t>(k);
            break;
          }
        }
      }
      c.title = titles_.read(doc, c.begin, c.end, TitleSource::kLabel);
      c.title.timed = c.title.timed || lead.timed;
      // The rest of the line may credit a speaker: "**Title** — Giulia Ferraro".
      if (span != nullptr && lead.separated) {
        TalkTitle whole = titles_.read(doc, lb, lead.end, TitleSource::kLabel);
        for (const auto& sp : whole.speakers) c.title.speakers.push_back(sp);
      }
      const bool title = titles_.reads_as_title(c.title.title, !(c.title.prefixed || c.title.timed || span != nullptr));
      // Evidence, each with its weight; three make a talk.
      int score = 0;
      std::string why;
      auto add = [&](int w, const char* what) {
        score += w;
        why += why.empty() ? what : std::string(", ") + what;
      };
      if (span != nullptr) add(lead.alone || lead.separated ? 2 : 1, lead.alone || lead.separated ? "a bold title on its own" : "led by a bold title");
      if (!c.title.speakers.empty()) add(2, "credits a speaker");
      if (lead.material) add(3, "links its slides or video");
      if (context == ListContext::kTalks) add(2, "in a list of talks");
      if (context == ListContext::kTalky) add(1, "under a day, an event or talk words");
      if (group) add(1, "heads notes, as its siblings do");
      if (span != nullptr && styled[static_cast<size_t>(item.parent)] >= 2) add(1, "its siblings are titles too");
      if (!in_talk && (Scan::any_in(s.talk_words, item.begin, item.end) || Scan::any_in(s.review_words, item.begin, item.end))) {
        add(1, "its notes speak of a talk");
      }
      if (c.title.prefixed || c.title.timed) {
        if (!title) {
          c.rule = "not a title";
        } else if (!short_category(c.title.title).empty()) {
          c.rule = "names a non-talk section: " + std::string(short_category(c.title.title));
        } else {
          c.accepted = true;
          c.rule = c.title.prefixed ? "L4: opens with a talk kind" : "L4: timetable entry";
        }
      } else if (!title || (span == nullptr && trim(s.text(lb, le)).back() == ':')) {
        if (!s.explain) continue;
        c.rule = "not a title";
      } else if (!short_category(c.title.title).empty()) {
        c.rule = "names a non-talk section: " + std::string(short_category(c.title.title));
      } else if (span == nullptr && context == ListContext::kTalks) {
        c.accepted = true;
        c.rule = "L5: a title in a list of talks";
      } else if (span == nullptr && group && item.depth == 0 && doc.markdown_headings < 2) {
        c.accepted = true;
        c.rule = "L5: heads sub-items, as talks do in bullet notes";
      } else if (score >= 3 && !in_talk) {
        c.accepted = true;
        c.rule = "L3: evidence " + std::to_string(score) + " (" + why + ")";
      } else {
        if (!s.explain) continue;
        c.rule = "evidence " + std::to_string(score) + (why.empty() ? "" : " (" + why + ")") + ", three needed";
      }
    }
    if (c.accepted && struck(s, lead_index, c.title.begin, c.title.end)) {
      c.accepted = false;
      c.rule = "struck through: a talk the writer skipped";
    }
    if (c.accepted) talk_items[li] = true;
    s.add(std::move(c));
  }
}

void TalkFinder::find_paragraph_leads(Scan& s) const {
  // Paragraphs of more than one line led by a title: "**Title** [slides] [video]\ndescription",
  // "Title [slides]\n...", or a bold title alone on the first line over a description, when the
  // review writes two or more so or the heading above speaks of talks.
  const Document& doc = s.doc;
  struct Found {
    TalkCandidate c;
    bool material;
    int32_t heading;
  };
  std::vector<Found> found;
  int32_t heading = -1;
  for (size_t p = 0; p < doc.blocks.size(); ++p) {
    const Block& b = doc.blocks[p];
    if (b.kind == BlockKind::kHeading) heading = static_cast<int32_t>(p);
    if (b.kind != BlockKind::kParagraph || b.implicit || b.begin >= b.end) continue;
    if (b.parent >= 0 && doc.blocks[static_cast<size_t>(b.parent)].kind == BlockKind::kListItem) continue;
    const uint32_t lb = skip_spaces(doc.text, b.begin, b.end);
    const uint32_t le = line_end(doc.text, lb, b.end);
    const Lead lead = read_lead(s, static_cast<int32_t>(p), lb, le);
    const bool styled_alone = lead.span >= 0 && lead.alone && doc.spans[static_cast<size_t>(lead.span)].kind != SpanKind::kLink;
    if (!lead.material && !(styled_alone && le < b.end)) continue;
    if (lead.span >= 0 && doc.spans[static_cast<size_t>(lead.span)].kind == SpanKind::kLink) continue;  // the link rules'
    TalkCandidate c;
    c.form = TalkForm::kListItem;
    c.block = static_cast<int32_t>(p);
    c.begin = lead.span >= 0 ? doc.spans[static_cast<size_t>(lead.span)].begin : lb;
    c.end = lead.span >= 0 ? doc.spans[static_cast<size_t>(lead.span)].end : lead.end;
    c.title = titles_.read(doc, c.begin, c.end, TitleSource::kLabel);
    if (!titles_.reads_as_title(c.title.title, lead.span < 0)) continue;
    found.push_back({std::move(c), lead.material, heading});
  }
  if (found.empty()) return;
  std::vector<uint32_t> stops;
  for (const Found& f : found) stops.push_back(f.c.begin);
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kHeading) stops.push_back(b.begin);
  }
  for (const Opener& o : s.openers) stops.push_back(o.start);
  std::sort(stops.begin(), stops.end());
  for (Found& f : found) {
    TalkCandidate& c = f.c;
    c.scope_begin = doc.blocks[static_cast<size_t>(c.block)].begin;
    auto next = std::upper_bound(stops.begin(), stops.end(), c.begin);
    c.scope_end = next == stops.end() ? static_cast<uint32_t>(doc.text.size()) : *next;
    std::string_view around;
    std::string_view heading_text;
    if (f.heading >= 0) {
      const Block& h = doc.blocks[static_cast<size_t>(f.heading)];
      heading_text = s.text(h.begin, h.end);
      around = section_category(heading_text);
    }
    const bool talky_heading = f.heading >= 0 && (around == "grouping" || around == "day" || around == "event" ||
                                                 titles_.talk_words().contains(heading_text));
    if (!short_category(c.title.title).empty()) {
      c.rule = "names a non-talk section: " + std::string(short_category(c.title.title));
    } else if (f.material) {
      c.accepted = true;
      c.rule = "P3: a title with links to its slides or video";
    } else if (found.size() >= 2 || talky_heading) {
      c.accepted = true;
      c.rule = "P3: a bold title over its notes, as others in the review";
    } else {
      if (!s.explain) continue;
      c.rule = "a bold line over a paragraph, alone in the review";
    }
    if (c.accepted && struck(s, c.block, c.title.begin, c.title.end)) {
      c.accepted = false;
      c.rule = "struck through: a talk the writer skipped";
    }
    s.add(std::move(c));
  }
}

void TalkFinder::find_tables(Scan& s) const {
  const Document& doc = s.doc;
  for (size_t t = 0; t < doc.blocks.size(); ++t) {
    if (doc.blocks[t].kind != BlockKind::kTable) continue;
    int title_column = -1, speaker_column = -1;
    std::vector<size_t> rows;
    for (size_t r = t + 1; r < doc.blocks.size() && doc.inside(static_cast<int32_t>(r), static_cast<int32_t>(t)); ++r) {
      if (doc.blocks[r].kind != BlockKind::kTableRow) continue;
      if (!doc.blocks[r].header) {
        rows.push_back(r);
        continue;
      }
      int column = 0;
      for (size_t c = r + 1; c < doc.blocks.size() && doc.blocks[c].parent == static_cast<int32_t>(r); ++c, ++column) {
        std::string words = doc.words(doc.blocks[c]);
        if (title_column < 0 && title_columns_.is(words)) title_column = column;
        if (speaker_column < 0 && speaker_columns_.is(words)) speaker_column = column;
      }
    }
    if (title_column < 0) continue;
    for (size_t r : rows) {
      std::vector<size_t> cells;
      for (size_t c = r + 1; c < doc.blocks.size() && doc.blocks[c].parent == static_cast<int32_t>(r); ++c) cells.push_back(c);
      if (static_cast<size_t>(title_column) >= cells.size()) continue;
      const size_t cell = cells[static_cast<size_t>(title_column)];
      TalkCandidate c;
      c.form = TalkForm::kTableRow;
      c.block = static_cast<int32_t>(cell);
      c.begin = doc.blocks[cell].begin;
      c.end = doc.blocks[cell].end;
      c.scope_begin = doc.blocks[r].begin;
      c.scope_end = doc.blocks[r].end;
      // A cell that is one link: its label is the title.
      const auto [first, last] = s.block_spans[cell];
      for (uint32_t k = first; k < last; ++k) {
        if (doc.spans[k].kind == SpanKind::kLink) s.span_taken[k] = true;
      }
      c.title = titles_.read(doc, c.begin, c.end, TitleSource::kTitleCell);
      if (speaker_column >= 0 && static_cast<size_t>(speaker_column) < cells.size()) {
        const Block& sp = doc.blocks[cells[static_cast<size_t>(speaker_column)]];
        if (sp.begin < sp.end) c.title.speakers.emplace_back(sp.begin, sp.end);
      }
      // A row of three words or fewer may name a break ("휴식", "Coffee break"); a longer title that
      // ends with one of those words is a talk's ("... 만든 후기").
      const std::string_view category = short_category(c.title.title);
      if (!titles_.reads_as_title(c.title.title, false)) {
        c.rule = "title cell does not read as a title";
      } else if (!category.empty()) {
        c.rule = "names a non-talk section: " + std::string(category);
      } else if (struck(s, c.block, c.title.begin, c.title.end)) {
        c.rule = "struck through: a talk the writer skipped";
      } else {
        c.accepted = true;
        c.rule = "T1: a row of a table with a title column";
      }
      s.add(std::move(c));
    }
  }
}

void TalkFinder::find_timetables(Scan& s) const {
  const Document& doc = s.doc;
  // Every line of a paragraph that opens with a time, when the review has two or more: a timetable
  // written as lines. A list item's first line is the list rule's (L4); a line read as a heading is
  // the headings'.
  struct Timed {
    uint32_t begin, end;
    int32_t block;
  };
  std::vector<Timed> timed;
  std::vector<uint32_t> openers;
  for (const Opener& o : s.openers) openers.push_back(o.begin);
  std::sort(openers.begin(), openers.end());
  size_t all = 0;
  for (size_t p = 0; p < doc.blocks.size(); ++p) {
    const Block& b = doc.blocks[p];
    if (b.kind != BlockKind::kParagraph || b.begin >= b.end) continue;
    const bool item_lead = b.parent >= 0 && doc.blocks[static_cast<size_t>(b.parent)].kind == BlockKind::kListItem &&
                           static_cast<size_t>(b.parent) + 1 == p;
    for (uint32_t lb = b.begin; lb < b.end;) {
      const uint32_t le = line_end(doc.text, lb, b.end);
      const uint32_t tb = skip_spaces(doc.text, lb, le);
      if (tb < le && may_open_with_time(doc.text[tb]) && titles_.has_time_prefix(s.text(tb, le))) {
        ++all;
        const bool first_line = lb == b.begin;
        if (!(first_line && item_lead) && !std::binary_search(openers.begin(), openers.end(), tb)) {
          timed.push_back({tb, le, static_cast<int32_t>(p)});
        }
      }
      lb = le + 1;
    }
  }
  if (all < 2) return;
  // A timed line's notes run to the next timed line or heading, even where Markdown put them in a
  // list that the next line continues lazily.
  std::vector<uint32_t> stops;
  for (const Timed& t : timed) stops.push_back(t.begin);
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kHeading) stops.push_back(b.begin);
  }
  for (const Opener& o : s.openers) stops.push_back(o.start);
  std::sort(stops.begin(), stops.end());
  for (const Timed& t : timed) {
    TalkCandidate c;
    c.form = TalkForm::kTimetable;
    c.block = t.block;
    c.begin = t.begin;
    c.end = t.end;
    c.scope_begin = t.begin;
    auto next = std::upper_bound(stops.begin(), stops.end(), t.begin);
    c.scope_end = next == stops.end() ? static_cast<uint32_t>(doc.text.size()) : *next;
    c.title = titles_.read(doc, t.begin, t.end, TitleSource::kLabel);
    const std::string_view category = short_category(c.title.title);
    if (!titles_.reads_as_title(c.title.title, false)) {
      c.rule = "not a title";
    } else if (!category.empty()) {
      c.rule = "names a non-talk section: " + std::string(category);
    } else if (struck(s, c.block, c.title.begin, c.title.end)) {
      c.rule = "struck through: a talk the writer skipped";
    } else {
      c.accepted = true;
      c.rule = "T2: a line of a timetable";
    }
    s.add(std::move(c));
  }
}

void TalkFinder::find_in_prose(Scan& s) const {
  const Document& doc = s.doc;
  std::vector<TalkCandidate> found;
  // Whether a talk word, verb or introduction stands just before [b, e), or a talk word just after,
  // within its sentence.
  auto cue_around = [&](uint32_t b, uint32_t e) {
    const Sentence* sb = s.sentence_at(b);
    const uint32_t floor = sb != nullptr ? sb->begin : b;
    const Sentence* se = s.sentence_at(e > b ? e - 1 : e);
    const uint32_t ceiling = se != nullptr ? se->end : e;
    const uint32_t before = s.back(b, 16, floor);
    const uint32_t after = s.forward(e, 14, ceiling);
    if (Scan::any_in(s.talk_words, before, b) || Scan::any_in(s.verbs, s.back(b, 24, floor), b) ||
        Scan::any_in(s.introductions, s.back(b, 24, floor), b) || Scan::any_in(s.talk_words, e, after)) {
      return true;
    }
    // A speaker's name on either side: "Kenji Abara's "Title"", ""Title" by Ines Thorvaldsen".
    const std::string_view left = trim(s.text(s.back(b, 40, floor), b));
    for (std::string_view pos : {"'s", "\xE2\x80\x99s"}) {
      if (left.size() > pos.size() && left.substr(left.size() - pos.size()) == pos) {
        std::string_view name = left.substr(0, left.size() - pos.size());
        size_t cut = name.size();
        for (int words = 0; cut > 0 && words < 3;) {  // the last two or three words
          --cut;
          if (name[cut] == ' ') ++words;
        }
        name = trim(name.substr(name[cut] == ' ' ? cut + 1 : cut));
        for (size_t sp = 0; sp != std::string_view::npos && !name.empty(); sp = name.find(' ')) {
          if (titles_.is_people(name)) return true;
          if (name.find(' ') == std::string_view::npos) break;
          name = name.substr(name.find(' ') + 1);
        }
      }
    }
    std::string_view right = s.text(e, s.forward(e, 40, ceiling));
    if (right.rfind(" by ", 0) == 0) {
      right = right.substr(4);
      const size_t stop = right.find_first_of(".,;:!?()");
      right = trim(right.substr(0, stop));
      while (!right.empty()) {
        if (titles_.is_people(right)) return true;
        const size_t sp = right.rfind(' ');
        if (sp == std::string_view::npos) break;
        right = trim(right.substr(0, sp));
      }
    }
    return false;
  };
  // An English title is written in Title Case; quoted speech is not ("a dash of humor", "If you ever
  // wanted sync and async in one client, this is it"). Titles in other scripts are not cased.
  auto title_cased = [&](std::string_view title) {
    int words = 0, capitalized = 0, latin = 0, other = 0;
    for (std::string_view w : split(title, ' ')) {
      if (w.empty()) continue;
      const unsigned char c = static_cast<unsigned char>(w[0]);
      if (c >= 0x80) {
        ++other;
        continue;
      }
      if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) continue;
      ++latin;
      if (stop_.is(w) || w.size() <= 3) continue;
      ++words;
      capitalized += c >= 'A' && c <= 'Z';
    }
    if (other > latin) return true;
    return words > 0 && title[0] >= 'A' && title[0] <= 'Z' && 10 * capitalized >= 6 * words;
  };
  // Titles taken so far (list items, table rows, then links), by start: a bold span or a quote inside
  // one is part of it.
  std::vector<std::pair<uint32_t, uint32_t>> taken;
  for (const TalkCandidate& c : s.out) {
    if (c.accepted) taken.emplace_back(c.begin, c.end);
  }
  std::sort(taken.begin(), taken.end());
  auto inside_found = [&](uint32_t b, uint32_t e) {
    auto it = std::upper_bound(taken.begin(), taken.end(), std::pair<uint32_t, uint32_t>(b, UINT32_MAX));
    while (it != taken.begin()) {
      --it;
      if (it->first <= b && e <= it->second) return true;
      if (b - it->first > 4096) break;  // titles are short: an older one cannot hold this
    }
    return false;
  };
  auto take = [&](uint32_t b, uint32_t e) {
    taken.insert(std::upper_bound(taken.begin(), taken.end(), std::pair<uint32_t, uint32_t>(b, e)), {b, e});
  };

  // Links (P1), then bold spans (P2).
  for (size_t k = 0; k < doc.spans.size(); ++k) {
    const InlineSpan& sp = doc.spans[k];
    if (s.span_taken[k] || sp.block < 0 || sp.begin >= sp.end) continue;
    const Block& block = doc.blocks[static_cast<size_t>(sp.block)];
    if (block.kind == BlockKind::kHeading || block.kind == BlockKind::kCode) continue;
    if (sp.kind != SpanKind::kLink && sp.kind != SpanKind::kStrong && sp.kind != SpanKind::kEmphasis) continue;
    if (sp.kind != SpanKind::kLink && inside_found(sp.begin, sp.end)) continue;
    TalkCandidate c;
    c.form = sp.kind == SpanKind::kLink ? TalkForm::kLink : TalkForm::kStrong;
    c.block = sp.block;
    c.begin = sp.begin;
    c.end = sp.end;
    c.title = titles_.read(doc, sp.begin, sp.end, TitleSource::kLabel);
    const bool title = titles_.reads_as_title(c.title.title, true);
    const bool cue = cue_around(sp.begin, sp.end);
    // "*Hypermedia APIs with Django REST framework* by Lisa Marchetti": a title credited to its
    // speaker, whose name is masked like every speaker's.
    std::pair<uint32_t, uint32_t> credit{0, 0};
    if (sp.kind != SpanKind::kLink) {
      const uint32_t le = line_end(doc.text, sp.end, block.end);
      const std::string_view after = s.text(sp.end, le);
      size_t i = after.find_first_not_of(" ,");
      if (i != std::string_view::npos && after.compare(i, 3, "by ") == 0) {
        i += 3;
        // The name: capitalized words, up to four ("by Kwame Mensah covered Heroku").
        size_t e = i, words = 0;
        while (e < after.size() && words < 4 && after[e] >= 'A' && after[e] <= 'Z') {
          size_t w = e;
          while (w < after.size() && after[w] != ' ' && after[w] != ',' && after[w] != '.' && after[w] != ';' &&
                 after[w] != ':' && after[w] != '(') {
            ++w;
          }
          e = w;
          ++words;
          if (e + 1 < after.size() && after[e] == ' ' && after[e + 1] >= 'A' && after[e + 1] <= 'Z') ++e;
        }
        const std::string_view name = trim(after.substr(i, e - i));
        if (!name.empty() && titles_.is_people(name)) {
          credit = {sp.end + static_cast<uint32_t>(i), sp.end + static_cast<uint32_t>(i + name.size())};
        }
      }
    }
    if (!c.title.speakers.empty() && (c.title.title.empty() || titles_.is_generic(c.title.title))) {
      // "[Carol Willing's keynote](...)": a talk named by its speaker, without its title.
      c.refers = true;
      c.rule = "names a talk by its speaker only";
      found.push_back(std::move(c));
      continue;
    }
    if (sp.kind == SpanKind::kLink) {
      const LinkTarget target = links_.classify(sp.href);
      if (!title) {
        if (!is_talk_material(target) || titles_.is_generic(c.title.title)) continue;
        c.rule = "links a talk's " + std::string(link_target_name(target)) + ", but its label is not a title";
      } else if (is_talk_material(target)) {
        c.accepted = true;
        c.rule = "P1: a title linked to a talk's " + std::string(link_target_name(target));
      } else if (cue && target != LinkTarget::kCode) {
        c.accepted = true;
        c.rule = "P2: a linked title next to a talk word";
      } else {
        continue;
      }
    } else {
      const bool credited = credit.second > credit.first;
      if (!title || (!cue && !credited)) continue;
      if (!title_cased(c.title.title)) {
        c.rule = "bold next to a talk word, but not a title (not in Title Case)";
      } else {
        c.accepted = true;
        c.rule = credited ? "P2: a bold or italic title credited to its speaker" : "P2: a bold title next to a talk word";
        if (credited) c.title.speakers.push_back(credit);
      }
    }
    if (c.accepted) take(c.begin, c.end);
    found.push_back(std::move(c));
  }

  // Quotes (P2).
  std::vector<std::pair<int32_t, std::pair<uint32_t, uint32_t>>> bracketed;  // titles in brackets with no cue
  // Quotes, then the brackets East Asian writing titles works with (「」『』《》〈〉): a title in
  // those needs a talk word, a verb of hearing or the event anywhere in its sentence, not next to it.
  static constexpr std::pair<std::string_view, std::string_view> kQuotes[] = {
      {"\xE2\x80\x9C", "\xE2\x80\x9D"}, {"\xE2\x80\x98", "\xE2\x80\x99"}, {"\"", "\""}, {"'", "'"},
      {"\xC2\xAB", "\xC2\xBB"}, {"\xE3\x80\x8C", "\xE3\x80\x8D"}, {"\xE3\x80\x8E", "\xE3\x80\x8F"},
      {"\xE3\x80\x8A", "\xE3\x80\x8B"}, {"\xE3\x80\x88", "\xE3\x80\x89"}};
  constexpr size_t kFirstTitleBracket = 5;
  auto cue_in_sentence = [&](uint32_t b, uint32_t e) {
    const Sentence* sentence = s.sentence_at(b);
    const uint32_t sb = sentence != nullptr ? sentence->begin : b, se = sentence != nullptr ? std::max(sentence->end, e) : e;
    return Scan::any_in(s.talk_words, sb, b) || Scan::any_in(s.talk_words, e, se) || Scan::any_in(s.verbs, sb, b) ||
           Scan::any_in(s.verbs, e, se) || series_.contains(s.text(sb, se));
  };
  for (size_t bi = 0; bi < doc.blocks.size(); ++bi) {
    const Block& b = doc.blocks[bi];
    if ((b.kind != BlockKind::kParagraph && b.kind != BlockKind::kTableCell) || b.begin >= b.end) continue;
    const std::string_view text = doc.text;
    // Only bytes that can open a quote are looked at: '"', '\'', and the lead bytes of “ ‘ « and 「 『 《 〈.
    for_each_byte_of<'"', '\'', 0xE2, 0xE3, 0xC2>(text.substr(b.begin, b.end - b.begin), [&](size_t rel) -> size_t {
      const uint32_t i = b.begin + static_cast<uint32_t>(rel);
      size_t next = rel + 1;
      // Most lead bytes found open something else (•, —, 。): the quote's second byte says.
      const char lead = text[i];
      if (lead != '"' && lead != '\'' && !(lead == '\xC2' && text[i + 1] == '\xAB') &&
          !(lead == '\xE2' && text[i + 1] == '\x80' && (text[i + 2] == '\x9C' || text[i + 2] == '\x98')) &&
          !(lead == '\xE3' && text[i + 1] == '\x80' &&
            (text[i + 2] == '\x8C' || text[i + 2] == '\x8E' || text[i + 2] == '\x8A' || text[i + 2] == '\x88'))) {
        return next;
      }
      for (size_t q = 0; q < std::size(kQuotes); ++q) {
        const auto& [open, close] = kQuotes[q];
        if (text.compare(i, open.size(), open) != 0) continue;
        // A straight quote opens only after a space or punctuation: not the apostrophe of "didn't".
        if (open.size() == 1 && i > b.begin && (is_ascii_alnum(text[i - 1]) || static_cast<unsigned char>(text[i - 1]) >= 0x80)) break;
        const uint32_t cb = i + static_cast<uint32_t>(open.size());
        // The closing quote on the same line, at most 400 bytes on: never a scan to the end of a
        // 100 MB line for each stray quote.
        const uint32_t limit = line_end(text, cb, std::min<uint32_t>(b.end, cb + 404));
        size_t ce = text.substr(0, limit).find(close, cb);
        if (close == "'" || close == "\"") {
          while (ce != std::string_view::npos && ce + 1 < limit && is_ascii_alnum(text[ce + 1])) {
            ce = text.substr(0, limit).find(close, ce + 1);
          }
        }
        if (ce == std::string_view::npos || ce - cb > 400 || ce == cb) break;
        const uint32_t end = static_cast<uint32_t>(ce + close.size());
        bool in_span = false;
        const auto [first, last] = s.block_spans[bi];
        for (uint32_t k = first; k < last && !in_span; ++k) {
          const InlineSpan& sp = doc.spans[k];
          in_span = (sp.kind == SpanKind::kLink || sp.kind == SpanKind::kCode) && sp.begin <= i && end <= sp.end + 3;
        }
        const bool cue = q >= kFirstTitleBracket ? cue_in_sentence(i, end) : cue_around(i, end);
        if (!in_span && !cue && q >= kFirstTitleBracket && !inside_found(i, end)) {
          bracketed.emplace_back(static_cast<int32_t>(bi), std::pair<uint32_t, uint32_t>(i, end));
        }
        if (!in_span && cue && !inside_found(i, end)) {
          TalkCandidate c;
          c.form = TalkForm::kQuote;
          c.block = static_cast<int32_t>(bi);
          c.begin = i;
          c.end = end;
          c.title = titles_.read(doc, i, end, TitleSource::kQuoted);
          // Reported speech: "..."라고 말했다, "..." he said.
          const std::string_view after = text.substr(end, std::min<size_t>(12, text.size() - end));
          const bool speech = after.rfind("라고", 0) == 0 || after.rfind("이라고", 0) == 0 || after.rfind("고 말", 0) == 0 ||
                              starts_with_ci(after, " said") || starts_with_ci(after, ", said");
          if (speech) {
            c.rule = "quoted speech, not a title";
          } else if (!titles_.reads_as_title(c.title.title, true)) {
            c.rule = "quoted next to a talk word, but not a title";
          } else if (!title_cased(c.title.title)) {
            c.rule = "quoted next to a talk word, but speech, not a title (not in Title Case)";
          } else {
            c.accepted = true;
            c.rule = q >= kFirstTitleBracket ? "P2: a title in title brackets, in a sentence about a talk"
                                             : "P2: a quoted title next to a talk word or its speaker";
          }
          found.push_back(std::move(c));
        }
        next = end - b.begin;
        break;
      }
      return next;
    });
  }

  // A review that puts two or more talks in title brackets names its other bracketed titles so too,
  // unless their sentence says they are another kind of work ("『전문가를 위한 파이썬』 책").
  const auto bracket_talks = std::count_if(found.begin(), found.end(), [](const TalkCandidate& c) {
    return c.accepted && c.rule.rfind("P2: a title in title brackets", 0) == 0;
  });
  if (bracket_talks >= 2) {
    for (const auto& [bi, range] : bracketed) {
      const Sentence* sentence = s.sentence_at(range.first);
      if (sentence != nullptr && other_works_.contains(s.text(sentence->begin, sentence->end))) continue;
      TalkCandidate c;
      c.form = TalkForm::kQuote;
      c.block = bi;
      c.begin = range.first;
      c.end = range.second;
      c.title = titles_.read(doc, c.begin, c.end, TitleSource::kQuoted);
      if (!titles_.reads_as_title(c.title.title, true)) continue;
      c.accepted = true;
      c.rule = "P2: a title in title brackets, as the review's other talks";
      found.push_back(std::move(c));
    }
  }

  // Scopes: a row for a table cell; the sentence when it names one talk; else the title alone.
  for (TalkCandidate& c : found) {
    c.scope_begin = c.title.begin;
    c.scope_end = c.title.end;
    const int32_t row = c.block >= 0 ? doc.blocks[static_cast<size_t>(c.block)].parent : -1;
    if (doc.blocks[static_cast<size_t>(c.block)].kind == BlockKind::kTableCell && row >= 0) {
      c.scope_begin = doc.blocks[static_cast<size_t>(row)].begin;
      c.scope_end = doc.blocks[static_cast<size_t>(row)].end;
    } else if (const Sentence* sentence = s.sentence_at(c.begin)) {
      const bool alone = std::none_of(found.begin(), found.end(), [&](const TalkCandidate& o) {
        return &o != &c && o.accepted && o.begin >= sentence->begin && o.begin < sentence->end;
      });
      if (alone) {
        c.scope_begin = sentence->begin;
        c.scope_end = sentence->end;
      }
    }
    if (c.accepted && struck(s, c.block, c.title.begin, c.title.end)) {
      c.accepted = false;
      c.rule = "struck through: a talk the writer skipped";
    }
    s.add(std::move(c));
  }
}

}  // namespace talkgraph
