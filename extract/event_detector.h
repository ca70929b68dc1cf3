// EventDetector: which conference a review is about (normalized name) and in which year.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace talkgraph {

inline constexpr int kUnknownYear = 0;

struct EventMention {
  size_t offset = 0;
  std::string name;  // normalized: "PyCon KR", "PyCon US", "EuroPython"; "" for a bare date
  int year = kUnknownYear;
  bool qualified = false;  // the name said which PyCon (KR, US, ...) rather than a bare "PyCon"
};

struct EventInfo {
  std::string name;            // "" when no event is named
  int year = kUnknownYear;
  std::string year_source;     // "event" (written with the name), "date" (e.g. 2019년 8월), or ""
};

// Every event name (with its qualifier and year when written next to it) and every full date in text.
std::vector<EventMention> find_event_mentions(std::string_view text);
// Event names only, no dates: for headings, where a date names no event.
std::vector<EventMention> find_event_names(std::string_view text);

// The document's event. The name is the first qualified mention, else the bare name; a bare "PyCon"
// or "파이콘" in a mostly-Hangul review is PyCon KR. The year is the one written with the event
// name (the earliest such mention wins, as titles come first), else the most frequent year of full
// dates ("2019년 8월", "August 2019", "2019-08-15"), else unknown: never a guess.
EventInfo detect_event(std::string_view text);

// Share of letters that are Hangul, from 0 to 1.
double hangul_share(std::string_view text);

}  // namespace talkgraph
