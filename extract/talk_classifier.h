// TalkClassifier: decides which sections of a review review a talk, and cleans their titles.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/document_parser.h"

namespace talkgraph {

// A talk title with its prefix and speaker taken off.
struct TalkTitle {
  std::string title;
  std::string kind;    // keynote, session, lightning, tutorial, sprint; "" when the heading did not say
  std::string label;   // room or session label when given ("101" in "Session 101 : ...")
  bool prefixed = false;
};

// "Keynote: X" -> {X, keynote}; "Session 101 : X" -> {X, session, 101}; "X - Name -" -> {X};
// "Speaker: X" in link text -> {X}.
TalkTitle clean_talk_title(std::string_view heading, HeadingStyle style);

enum class SectionRole {
  kTitle,       // the document's own title
  kTalk,        // reviews one talk
  kSubsection,  // inside the talk above it (GIL, 성능, 미래 under a GIL talk)
  kOther,       // travel, food, meetups, conclusions, booths, days: not a talk
};

std::string_view section_role_name(SectionRole role);

struct SectionDecision {
  size_t heading = 0;  // index into ParsedDocument::headings
  SectionRole role = SectionRole::kOther;
  std::string reason;  // which rule decided, for `talkgraph sections` and for tests
  int talk = -1;       // index into DocumentStructure::talks for talks and their subsections
};

struct TalkSection {
  TalkTitle title;
  size_t begin = 0;  // heading start
  size_t end = 0;    // where the talk's text ends (next talk or non-talk section, or end of text)
  int line = 0;
  size_t heading = 0;
};

struct DocumentStructure {
  std::vector<TalkSection> talks;
  std::vector<SectionDecision> decisions;  // one per heading, in order
};

DocumentStructure classify_sections(std::string_view text, const ParsedDocument& parsed);

// The non-talk category a heading names ("conclusion", "travel", "food", "social", "logistics",
// "day", "intro"), or "" when it names none.
std::string non_talk_category(std::string_view heading);

}  // namespace talkgraph
