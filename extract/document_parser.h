// DocumentParser: the headings of a review, in every style reviews use, with byte spans.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/sentences.h"

namespace talkgraph {

enum class HeadingStyle {
  kAtx,         // # Title ... ###### Title
  kSetext,      // Title / ===== or -----
  kNumbered,    // 1. Keynote: Title   (a numbered line that is not part of a list)
  kPrefixed,    // Keynote: Title, Session 101 : Title, Lightning talk: Title
  kBold,        // **Title**
  kLink,        // [Speaker: Title](https://...)
  kTimetable,   // 10h30 - Title, 14:00 Title
  kBullet,      // - Title, with nested bullets below it (bullet-only notes)
  kStandalone,  // a short line alone between blank lines, as prose posts write titles
};

std::string_view heading_style_name(HeadingStyle style);

// Heading levels: markdown levels as written (1-6); every other explicit style is 7, below any
// markdown level; a standalone line is 8, the weakest guess.
inline constexpr int kExplicitLevel = 7;
inline constexpr int kStandaloneLevel = 8;

struct Heading {
  size_t begin = 0;  // start of the heading line
  size_t end = 0;    // end of the heading (after its last line, before the newline)
  int line = 0;      // 1-based
  int level = 0;
  HeadingStyle style = HeadingStyle::kStandalone;
  std::string text;  // without markup: no '#', '**', list number or link target
};

struct ParsedDocument {
  std::vector<Heading> headings;
  std::vector<Span> code_blocks;  // fenced code: not structure, but still searched for entities
};

// A heading that opens with the kind of talk it is ("Keynote: ...", "Session 101 : ...", "세션 3 -
// ...", "Opening keynote | ..."): the kind as written, the number or code after it, and what follows
// the separator and the spaces after it (never empty). The parser marks such headings kPrefixed; the
// classifier takes the kind and the title from them.
struct TalkPrefix {
  std::string_view kind;   // "Keynote", "opening keynote", "세션", "Lightning talks"
  std::string_view label;  // "101", "#3", "A2", or empty
  std::string_view rest;
};
bool split_talk_prefix(std::string_view heading, TalkPrefix* out);

// Finds headings. Fenced code is skipped. A document that marks at least two headings in markdown
// (# or setext) is taken at its word: numbered lines, bullets and standalone lines are then content.
ParsedDocument parse_document(std::string_view text);

}  // namespace talkgraph
