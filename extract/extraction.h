// DocumentExtraction: everything talkgraph takes from one review, before any graph exists.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/lexicon.h"

namespace talkgraph {

// The year of what has none known. Never written as a year: outputs leave the attribute out (JSON
// null), and per-year counts and weights keep it in a bucket of its own, written "unknown", so that
// the parts add up to the whole (issue 26).
inline constexpr int kUnknownYear = 0;
// The name of the event of a review that names none.
inline constexpr std::string_view kUnknownEvent = "Unknown event";

struct EventRef {
  std::string name;  // normalized ("PyCon KR"); kUnknownEvent when none is named
  int year = kUnknownYear;
  std::string year_source;  // event, date, option (--year), or "" when unknown
};

struct TalkRecord {
  std::string title;
  std::string kind;   // keynote, session, lightning, tutorial, sprint, panel, poster, or "talk" when not stated
  std::string room;   // the room or session number when given: "101" in "Session 101 : ..."
  int line = 0;
  EventRef event;
  std::string rule;   // the rule that found it (extract/talk_finder.cc, talk_sections.cc)
};

// A place a review may name a talk, and what was decided there: `talkgraph talks --explain`.
struct TalkCandidateRecord {
  std::string form;   // heading, list-item, link, bold, quote, table-row, timetable
  std::string title;  // as read, kind and speakers taken off
  std::string kind;
  int line = 0;
  bool accepted = false;
  std::string rule;   // the rule that took it, or why it was not taken
  int talk = -1;      // index into DocumentExtraction::talks when taken
};

struct EntityRecord {
  std::string id;     // "library:flask"
  std::string label;  // canonical name
  EntityType type = EntityType::kConcept;
  bool discovered = false;
  std::string version_of;  // for "Python 3.7": the id of Python
  int pypi_rank = 0;
  std::string discovered_by;  // the discovery rule, for discovered entities
  std::vector<std::string> expansions;  // a discovered acronym's expansion
};

struct MentionRecord {
  uint32_t entity = 0;    // index into DocumentExtraction::entities
  int talk = -1;          // index into DocumentExtraction::talks; -1 outside any talk
  size_t offset = 0;      // byte offset in the NFC text
  int line = 0;
  uint32_t sentence = 0;  // index into DocumentExtraction::sentences
  std::string surface;    // as written, particle excluded
  std::string_view rule;  // name, alias, alias+particle, version, evidence:<kind> ...: from intern_rule
};

// Rule names are a few dozen strings shared by millions of mentions: each is stored once, for the
// life of the process, and mentions point to it. Thread-safe.
std::string_view intern_rule(std::string_view rule);

struct DocumentExtraction {
  std::string name;            // the review's name below its input folder (InputFile::name): ids, evidence
  uint64_t content_hash = 0;   // of the prepared text (content_hash): `merge` counts a review once
  EventRef event;
  std::vector<TalkRecord> talks;
  std::vector<EntityRecord> entities;
  std::vector<MentionRecord> mentions;  // in text order
  std::vector<std::string> sentences;   // evidence sentences that mentions point to
  size_t bytes = 0;
  std::vector<std::string> warnings;    // limits hit, and the like: "path: ..."
  std::vector<TalkCandidateRecord> talk_candidates;  // only when ExtractOptions::explain_talks
};

}  // namespace talkgraph
