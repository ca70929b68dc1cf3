// EventDetector: which conference a review is about (normalized name) and in which year.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"
#include "extract/extraction.h"
#include "extract/lexicon.h"
#include "extract/links.h"

namespace talkgraph {

// The names of conference series and their spellings (data/vocabulary/events.txt), with the series
// lexicon files add (`PyWeb Symposium | series | 파이웹`): what the functions below look for.
class EventVocabulary;
const EventVocabulary& builtin_event_vocabulary();
std::shared_ptr<const EventVocabulary> make_event_vocabulary(const std::vector<SeriesEntry>& extra);

struct EventMention {
  size_t offset = 0;
  size_t end = 0;
  std::string name;  // normalized: "PyCon KR", "PyCon US", "EuroPython"; "" for a bare date
  int year = kUnknownYear;
  bool qualified = false;  // the name said which PyCon (KR, US, ...) rather than a bare "PyCon"
  std::string series;      // the name without its qualifier: "PyCon"
};

struct EventInfo {
  std::string name;         // "" when no event is named
  int year = kUnknownYear;
  std::string year_source;  // where the year was read: event, front-matter, url, date; "" when unknown
};

// Every event name (with its qualifier, and its year when written next to it: "PyCon KR 2018",
// "PyCon2019", "2019년 파이콘", "PyCon US '23") in text. Series names and qualifiers are data
// (data/vocabulary/events.txt).
std::vector<EventMention> find_event_names(std::string_view text,
                                           const EventVocabulary& voc = builtin_event_vocabulary());
// The same, and every full date ("2019년 8월", "August 2019", "2019-08-15"), as mentions without a name.
std::vector<EventMention> find_event_mentions(std::string_view text,
                                              const EventVocabulary& voc = builtin_event_vocabulary());

// The document's event, from all the evidence, each piece weighed: the front matter's title and date,
// headings (the title above all), the body (less inside block quotes, which quote others or plans),
// links to a conference's site with a year (pycon.kr/2018/..., us.pycon.org/2018/), dates in blog
// links, and the events that talk titles end with (`talk_events`, "PyCon 2018" of a video title).
// An event written as another edition ("작년 파이콘", "last year's PyCon") is not evidence.
// The series with the most weight wins, then its year with the most weight; a bare "PyCon" takes its
// country from the evidence (a Korean text, a host city, the conference's site). The body past its
// first 8 KB is read only when nothing before (and no heading, link or title) names the event with
// a year; dates count only when no event is named with a year. Unknown stays unknown: never a guess.
EventInfo detect_event(const Document& doc, const LinkClassifier& links, const std::vector<std::string>& talk_events,
                       const EventVocabulary& voc = builtin_event_vocabulary());
// For a text on its own (tests, headings): parses it first.
EventInfo detect_event(std::string_view text);

}  // namespace talkgraph
