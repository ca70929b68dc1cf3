// TalkFinder: every place a review may name a talk (a talk candidate), and the decision on each.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"
#include "extract/entity_matcher.h"
#include "extract/links.h"
#include "extract/phrases.h"
#include "extract/sentences.h"
#include "extract/talk_title.h"
#include "extract/vocabulary.h"

namespace talkgraph {

enum class TalkForm {
  kHeading,    // a heading, or a line standing as one (bold, numbered, prefixed, alone)
  kListItem,   // a list item led by a link, a bold title, a kind or a time, or under a list of talks
  kLink,       // a link in prose to a talk's video, slides or page
  kStrong,     // a bold title in prose next to a talk word ("talk on **Title**")
  kQuote,      // a quoted title in prose next to a talk word ("'Title' 발표")
  kTableRow,   // a row of a table with a title column
  kTimetable,  // a line of a timetable ("10:30 Title")
};

std::string_view talk_form_name(TalkForm form);

struct TalkCandidate {
  TalkForm form = TalkForm::kHeading;
  TalkTitle title;
  uint32_t begin = 0;        // the text the title was read from
  uint32_t end = 0;
  uint32_t scope_begin = 0;  // the text that reviews it: mentions in here are the talk's
  uint32_t scope_end = 0;
  int32_t block = -1;
  uint32_t line = 0;
  bool accepted = false;
  bool refers = false;       // names a talk by its speaker only ("Carol Willing's keynote")
  std::string rule;          // the rule that took it, or why it was not taken
};

// What the finder found in one review: the candidates, and the names on speaker lines ("발표자:
// 홍길동", "Speaker: Jane Doe"), which are people and never entities.
struct TalkFinding {
  std::vector<TalkCandidate> candidates;  // in text order
  std::vector<std::pair<uint32_t, uint32_t>> speakers;
};

class TalkFinder {
 public:
  TalkFinder(const Vocabulary& vocabulary, const TalkTitleReader& titles, const LinkClassifier& links);

  // The cue words the finder reads (talk words, words about a talk's speaker or slides, phrases
  // that introduce a talk, verbs), for the matcher to find in its one scan (EntityMatcher).
  std::vector<CuePhrase> cue_phrases() const;

  // The talks in text order, and with `explain` every candidate not taken too. `technology` holds
  // the offsets where the lexicon matched, sorted: a heading that names a technology is likelier a
  // talk's. `cues` are the matcher's hits of cue_phrases(), in text order.
  TalkFinding find(const Document& doc, const std::vector<Sentence>& sentences, const std::vector<uint32_t>& technology,
                   const std::vector<CueHit>& cues, bool explain = false) const;

  // The non-talk category of a heading ("conclusion", "travel", "day", "grouping", "own", ...), or "".
  std::string_view section_category(std::string_view heading) const;

  // The category of a short title (four words or fewer), for timetable lines and table rows, where
  // "Lunch" or "휴식" is a break and "... 만든 후기" a talk's title.
  std::string_view short_category(std::string_view title) const;

  struct Scan;  // one document's state while its talks are found (talk_scan.h); internal

  // How strongly a list's surroundings say its items are talks.
  enum class ListContext { kNone, kTalky, kTalks };
  // A list item's or paragraph's first line, read for a title.
  struct Lead {
    uint32_t begin = 0, end = 0;  // the line, without the links to material it ends with
    int32_t span = -1;            // the link, bold or emphasized span it opens with
    bool stands = false;          // the span is not part of a word or a sentence
    bool alone = false;           // nothing follows the span on the line
    bool separated = false;       // a separator follows it: "**Title** — Speaker"
    bool material = false;        // the line ends with links to slides or a video
    bool timed = false;           // a bold time opened the line ("**10:30** — ..."): begin is after it
  };

 private:
  ListContext context_of_list(const Scan& s, int32_t list, int32_t heading, int32_t previous) const;
  Lead read_lead(const Scan& s, int32_t block, uint32_t lb, uint32_t le) const;
  void find_paragraph_leads(Scan& s) const;
  void find_list_items(Scan& s) const;
  void find_tables(Scan& s) const;
  void find_timetables(Scan& s) const;
  void find_in_prose(Scan& s) const;
  void find_speaker_lines(Scan& s) const;
  void collect_openers(Scan& s) const;  // talk_sections.cc
  void decide_headings(Scan& s) const;  // talk_sections.cc

  const Vocabulary& vocabulary_;
  const TalkTitleReader& titles_;
  const LinkClassifier& links_;
  PhraseSet review_words_, introductions_, verbs_, grouping_, stop_, first_person_, series_, symbols_, marks_;
  PhraseSet announcements_, own_, other_works_;
  PhraseSet title_columns_, speaker_columns_;
  PhraseSet honorifics_;
  std::vector<std::string> categories_;  // sections.<name>, without day, in file order
  PhraseSet sections_;                   // their words together
  std::vector<size_t> section_of_phrase_;  // per word: its category
  PhraseSet days_;
};

}  // namespace talkgraph
