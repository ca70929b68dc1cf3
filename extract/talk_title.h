// TalkTitleReader: a talk's title as written, with its kind, room, time and speakers taken off.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/document.h"
#include "extract/phrases.h"
#include "extract/vocabulary.h"

namespace talkgraph {

// Where a title stands, which decides what may be taken off it.
enum class TitleSource {
  kHeading,     // a heading or heading-like line: prefixes, speakers
  kLabel,       // a link label or a list item's lead: prefixes, speakers, "- YouTube" suffixes
  kTitleCell,   // a table cell under a "Title" header: only prefixes (the speaker has a column)
  kQuoted,      // a quoted title in prose: only its quotes
};

struct TalkTitle {
  std::string title;
  std::string kind;   // keynote, session, lightning, tutorial, sprint, panel, poster, own; "" when unsaid
  std::string room;   // the room or number: "101" in "Session 101 : ..."
  bool prefixed = false;  // opened with its kind: "Keynote: ..."
  bool timed = false;     // opened with a time: "10:30 - ...", "오후 2시 ..."
  uint32_t begin = 0;     // the title's bytes in the document's text after cleaning
  uint32_t end = 0;
  std::vector<std::pair<uint32_t, uint32_t>> speakers;  // bytes of speaker names taken off
  std::string event;  // a trailing event segment ("PyCon 2018" of "... - PyCon 2018 - YouTube")
};

class TalkTitleReader {
 public:
  // `is_technology` tells whether a word or name is a known technology (the lexicon): such a name is
  // never taken for a person's.
  TalkTitleReader(const Vocabulary& vocabulary, std::function<bool(std::string_view)> is_technology);

  TalkTitle read(const Document& doc, uint32_t begin, uint32_t end, TitleSource source) const;

  // The kind a word or phrase names ("Keynote" -> keynote, "라이트닝 토크" -> lightning), or "".
  std::string kind_of(std::string_view words) const;
  // Whether every word of `text` is a talk kind, a generic label word ("slides", "영상"), a stop word,
  // an event name or a number: "a video of my talk", "발표자료", "PyCon 2018 slides".
  bool is_generic(std::string_view text) const;
  // Whether `text` is one or more people's names: "Raymond Hettinger", "Ben Zaitlen, Matthew Rocklin",
  // "신정규", "준범님", "@AlSweigart".
  bool is_people(std::string_view text) const;
  // Whether `title` has a title's shape: letters, not too long, not a URL, not generic, not a name;
  // with `strict` (quoted text, plain list items, lines standing alone), also two words or more and
  // no sentence ending.
  bool reads_as_title(std::string_view title, bool strict) const;
  // Whether a line opens with a talk kind and a separator ("Keynote: ...", "Session 101 : ...").
  bool has_talk_prefix(std::string_view text) const;
  // Whether a line opens with a time ("10:30 ...", "10h30 - ...", "오후 2시 ...", "Tuesday morning : ...").
  bool has_time_prefix(std::string_view text) const;
  // The whole text is a time or a slot ("08:45", "10:30–11:00", "오후 2시").
  bool is_time(std::string_view text) const;

  const PhraseSet& talk_words() const { return kinds_; }

 private:
  // Each returns the bytes of `t` the part takes, 0 when there is none.
  size_t prefix_length(std::string_view t, std::string* kind, std::string* room) const;
  size_t time_length(std::string_view t) const;
  bool is_person(std::string_view name) const;
  bool is_generic_word(std::string_view word) const;
  bool is_event_segment(std::string_view segment) const;

  std::vector<std::pair<std::string, std::string>> kind_words_;  // phrase -> kind
  PhraseSet kinds_, generic_, stop_, sentence_endings_, particles_, honorifics_, series_, speaker_words_;
  std::function<bool(std::string_view)> is_technology_;
};

}  // namespace talkgraph
