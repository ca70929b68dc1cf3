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

#include "extract/talk_scan.h"
#include "extract/text_util.h"
#include "extract/utf8.h"

namespace talkgraph {

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
      title_columns_(v.keys("title-columns")),
      speaker_columns_(v.keys("speaker-columns")),
      days_(v.keys("sections.day")) {
  for (const auto& [name, entries] : v.family("sections")) {
    if (name == "day") continue;
    std::vector<std::string> keys;
    for (const VocabularyEntry& e : *entries) keys.push_back(e.key);
    categories_.emplace_back(name, PhraseSet(keys));
  }
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

// Whether a strike span covers [b, e).
bool struck(const TalkFinder::Scan& s, int32_t block, uint32_t b, uint32_t e);

}  // namespace

std::vector<TalkCandidate> TalkFinder::find(const Document& doc, const std::vector<Sentence>& sentences,
                                            const std::vector<uint32_t>& technology) const {
  Scan s{doc, sentences, technology, {}, {}, {}, {}, {}, {}, {}, {}, {}};
  titles_.talk_words().find_all(doc.text, [&](size_t at, size_t, size_t) { s.talk_words.push_back(static_cast<uint32_t>(at)); });
  review_words_.find_all(doc.text, [&](size_t at, size_t, size_t) { s.review_words.push_back(static_cast<uint32_t>(at)); });
  introductions_.find_all(doc.text, [&](size_t at, size_t, size_t) { s.introductions.push_back(static_cast<uint32_t>(at)); });
  verbs_.find_all(doc.text, [&](size_t at, size_t, size_t) { s.verbs.push_back(static_cast<uint32_t>(at)); });
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
  find_timetables(s);
  find_in_prose(s);
  decide_headings(s);

  std::stable_sort(s.out.begin(), s.out.end(), [](const TalkCandidate& a, const TalkCandidate& b) { return a.begin < b.begin; });
  uint32_t pos = 0, line = 1;
  for (TalkCandidate& c : s.out) {
    if (c.begin < pos) pos = 0, line = 1;
    line += static_cast<uint32_t>(count_byte(std::string_view(doc.text).substr(pos, c.begin - pos), '\n'));
    pos = c.begin;
    c.line = line;
  }
  return std::move(s.out);
}

namespace {

bool struck(const TalkFinder::Scan& s, int32_t block, uint32_t b, uint32_t e) {
  if (block < 0) return false;
  const auto [first, last] = s.block_spans[static_cast<size_t>(block)];
  for (uint32_t i = first; i < last; ++i) {
    const InlineSpan& sp = s.doc.spans[i];
    if (sp.kind == SpanKind::kStrike && sp.begin <= b && e <= sp.end) return true;
  }
  return false;
}

// How strongly a list's surroundings say its items are talks.
enum class ListContext { kNone, kTalky, kTalks };

}  // namespace

void TalkFinder::find_list_items(Scan& s) const {
  const Document& doc = s.doc;
  for (size_t li = 0; li < doc.blocks.size(); ++li) {
    const Block& item = doc.blocks[li];
    if (item.kind != BlockKind::kListItem || s.block_taken[li]) continue;
    if (li + 1 >= doc.blocks.size() || doc.blocks[li + 1].parent != static_cast<int32_t>(li) ||
        doc.blocks[li + 1].kind != BlockKind::kParagraph) {
      continue;
    }
    const int32_t lead_index = static_cast<int32_t>(li + 1);
    const Block& lead = doc.blocks[li + 1];
    const uint32_t lb = skip_spaces(doc.text, lead.begin, lead.end);
    const uint32_t le = line_end(doc.text, lb, lead.end);
    if (lb >= le) continue;

    // The list's surroundings: the nearest heading before it, and the block just before the list.
    const int32_t list = item.parent;
    ListContext context = ListContext::kNone;
    for (int32_t j = list - 1; j >= 0; --j) {
      const Block& h = doc.blocks[static_cast<size_t>(j)];
      if (h.kind != BlockKind::kHeading) continue;
      std::string words = doc.words(h);
      if (section_category(words) == "grouping") context = ListContext::kTalks;
      else if (titles_.talk_words().contains(words)) context = ListContext::kTalky;
      break;
    }
    for (int32_t j = list - 1; j >= 0 && context != ListContext::kTalks; --j) {
      const Block& p = doc.blocks[static_cast<size_t>(j)];
      if (p.parent != doc.blocks[static_cast<size_t>(list)].parent) continue;
      if (p.kind == BlockKind::kParagraph) {
        std::string_view t = trim(s.text(p.begin, p.end));
        const bool talky = Scan::any_in(s.talk_words, p.begin, p.end);
        if (talky && !t.empty() && (t.back() == ':' || t.size() >= 3 && t.substr(t.size() - 3) == "\xEF\xBC\x9A")) {
          context = ListContext::kTalks;
        } else if (talky && context == ListContext::kNone) {
          context = ListContext::kTalky;
        }
      }
      break;
    }
    const bool body_talky = Scan::any_in(s.talk_words, item.begin, item.end) || Scan::any_in(s.review_words, item.begin, item.end);

    TalkCandidate c;
    c.form = TalkForm::kListItem;
    c.block = lead_index;
    c.scope_begin = item.begin;
    c.scope_end = item.end;
    // The span the lead starts with: a link before a bold one that starts at the same place.
    const InlineSpan* lead_span = nullptr;
    uint32_t lead_span_index = 0;
    const auto [first, last] = s.block_spans[static_cast<size_t>(lead_index)];
    for (uint32_t k = first; k < last; ++k) {
      const InlineSpan& sp = doc.spans[k];
      if (sp.begin != lb || (sp.kind != SpanKind::kLink && sp.kind != SpanKind::kStrong)) continue;
      if (lead_span == nullptr || (lead_span->kind == SpanKind::kStrong && sp.kind == SpanKind::kLink)) {
        lead_span = &sp;
        lead_span_index = k;
      }
    }
    const bool has_children = std::any_of(doc.blocks.begin() + static_cast<long>(li) + 1,
                                          doc.blocks.begin() + static_cast<long>(li) + 1 +
                                              static_cast<long>(std::min<size_t>(doc.blocks.size() - li - 1, 64)),
                                          [&](const Block& b) { return b.parent == static_cast<int32_t>(li) && b.kind == BlockKind::kList; });

    // A link must be followed by nothing or a separator; a bold title by anything but a word part.
    const bool stands = lead_span != nullptr && lead_span->end <= le &&
                        (lead_span->kind == SpanKind::kLink ? separated(s.text(lead_span->end, le)) : !lead_span->glued);
    if (stands) {
      c.begin = lead_span->begin;
      c.end = lead_span->end;
      c.title = titles_.read(doc, c.begin, c.end, TitleSource::kLabel);
      const bool title = titles_.reads_as_title(c.title.title, false);
      if (lead_span->kind == SpanKind::kLink) {
        s.span_taken[lead_span_index] = true;
        const LinkTarget target = links_.classify(lead_span->href);
        if (!title) {
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
        if (!title || !titles_.reads_as_title(c.title.title, true)) {
          c.rule = "bold lead is not a title";
        } else if (context != ListContext::kNone || body_talky) {
          c.accepted = true;
          c.rule = "L3: led by a bold title, where the list speaks of talks";
        } else {
          c.rule = "bold lead, but nothing around it speaks of talks";
        }
      }
    } else {
      c.begin = lb;
      c.end = le;
      c.title = titles_.read(doc, lb, le, TitleSource::kLabel);
      const bool title = titles_.reads_as_title(c.title.title, c.title.prefixed || c.title.timed ? false : true);
      if (c.title.prefixed || c.title.timed) {
        if (!title) {
          c.rule = "not a title";
        } else if (!section_category(c.title.title).empty()) {
          c.rule = "names a non-talk section: " + section_category(c.title.title);
        } else {
          c.accepted = true;
          c.rule = c.title.prefixed ? "L4: opens with a talk kind" : "L4: timetable entry";
        }
      } else if (!title || trim(s.text(lb, le)).back() == ':') {
        continue;  // prose in a list, or the line that introduces a sub-list: no candidate worth listing
      } else if (context == ListContext::kTalks) {
        c.accepted = true;
        c.rule = "L5: a title in a list of talks";
      } else if (has_children && item.depth == 0 && doc.markdown_headings < 2 && context == ListContext::kTalky) {
        c.accepted = true;
        c.rule = "L5: heads sub-items, in notes that speak of talks";
      } else {
        continue;
      }
    }
    if (c.accepted && struck(s, lead_index, c.title.begin, c.title.end)) {
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
      if (!titles_.reads_as_title(c.title.title, false)) {
        c.rule = "title cell does not read as a title";
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
  for (size_t p = 0; p < doc.blocks.size(); ++p) {
    const Block& b = doc.blocks[p];
    if (b.kind != BlockKind::kParagraph || b.begin >= b.end) continue;
    std::vector<std::pair<uint32_t, uint32_t>> timed;
    for (uint32_t lb = b.begin; lb < b.end;) {
      const uint32_t le = line_end(doc.text, lb, b.end);
      if (titles_.has_time_prefix(s.text(lb, le))) timed.emplace_back(lb, le);
      lb = le + 1;
    }
    if (timed.size() < 2) continue;
    for (const auto& [lb, le] : timed) {
      TalkCandidate c;
      c.form = TalkForm::kTimetable;
      c.block = static_cast<int32_t>(p);
      c.begin = lb;
      c.end = le;
      c.scope_begin = lb;
      c.scope_end = le;
      c.title = titles_.read(doc, lb, le, TitleSource::kLabel);
      const std::string category = section_category(c.title.title);
      if (!titles_.reads_as_title(c.title.title, false)) {
        c.rule = "not a title";
      } else if (!category.empty()) {
        c.rule = "names a non-talk section: " + category;
      } else if (struck(s, c.block, c.title.begin, c.title.end)) {
        c.rule = "struck through: a talk the writer skipped";
      } else {
        c.accepted = true;
        c.rule = "T2: a line of a timetable";
      }
      s.add(std::move(c));
    }
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
    return Scan::any_in(s.talk_words, before, b) || Scan::any_in(s.verbs, before, b) ||
           Scan::any_in(s.introductions, s.back(b, 24, floor), b) || Scan::any_in(s.talk_words, e, after);
  };
  auto inside_found = [&](uint32_t b, uint32_t e) {
    return std::any_of(found.begin(), found.end(), [&](const TalkCandidate& c) { return c.begin <= b && e <= c.end; }) ||
           std::any_of(s.out.begin(), s.out.end(), [&](const TalkCandidate& c) { return c.accepted && c.begin <= b && e <= c.end; });
  };

  // Links (P1), then bold spans (P2).
  for (size_t k = 0; k < doc.spans.size(); ++k) {
    const InlineSpan& sp = doc.spans[k];
    if (s.span_taken[k] || sp.block < 0 || sp.begin >= sp.end) continue;
    const Block& block = doc.blocks[static_cast<size_t>(sp.block)];
    if (block.kind == BlockKind::kHeading || block.kind == BlockKind::kCode) continue;
    if (sp.kind != SpanKind::kLink && sp.kind != SpanKind::kStrong) continue;
    if (sp.kind == SpanKind::kStrong && inside_found(sp.begin, sp.end)) continue;
    TalkCandidate c;
    c.form = sp.kind == SpanKind::kLink ? TalkForm::kLink : TalkForm::kStrong;
    c.block = sp.block;
    c.begin = sp.begin;
    c.end = sp.end;
    c.title = titles_.read(doc, sp.begin, sp.end, TitleSource::kLabel);
    const bool title = titles_.reads_as_title(c.title.title, true);
    const bool cue = cue_around(sp.begin, sp.end);
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
      if (!title || !cue) continue;
      c.accepted = true;
      c.rule = "P2: a bold title next to a talk word";
    }
    found.push_back(std::move(c));
  }

  // Quotes (P2).
  static constexpr std::pair<std::string_view, std::string_view> kQuotes[] = {
      {"\xE2\x80\x9C", "\xE2\x80\x9D"}, {"\xE2\x80\x98", "\xE2\x80\x99"}, {"\"", "\""}, {"'", "'"},
      {"\xE3\x80\x8C", "\xE3\x80\x8D"}, {"\xE3\x80\x8E", "\xE3\x80\x8F"}, {"\xC2\xAB", "\xC2\xBB"}};
  for (size_t bi = 0; bi < doc.blocks.size(); ++bi) {
    const Block& b = doc.blocks[bi];
    if ((b.kind != BlockKind::kParagraph && b.kind != BlockKind::kTableCell) || b.begin >= b.end) continue;
    const std::string_view text = doc.text;
    for (uint32_t i = b.begin; i < b.end; ++i) {
      for (const auto& [open, close] : kQuotes) {
        if (text.compare(i, open.size(), open) != 0) continue;
        // A straight quote opens only after a space or punctuation: not the apostrophe of "didn't".
        if (open.size() == 1 && i > b.begin && (is_ascii_alnum(text[i - 1]) || static_cast<unsigned char>(text[i - 1]) >= 0x80)) break;
        const uint32_t cb = i + static_cast<uint32_t>(open.size());
        const uint32_t limit = std::min<uint32_t>(b.end, line_end(text, cb, b.end));
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
        if (!in_span && cue_around(i, end) && !inside_found(i, end)) {
          TalkCandidate c;
          c.form = TalkForm::kQuote;
          c.block = static_cast<int32_t>(bi);
          c.begin = i;
          c.end = end;
          c.title = titles_.read(doc, i, end, TitleSource::kQuoted);
          if (titles_.reads_as_title(c.title.title, true)) {
            c.accepted = true;
            c.rule = "P2: a quoted title next to a talk word";
          } else {
            c.rule = "quoted next to a talk word, but not a title";
          }
          found.push_back(std::move(c));
        }
        i = end - 1;
        break;
      }
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
