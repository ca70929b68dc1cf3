// Which sections are talks. The rules, in the order they apply, each with its reason:
//
//  1. The first heading is the document's title when it names an event ("PyCon 2020 후기") or sits
//     alone above every other heading level: a title describes the whole review, not one talk.
//  2. An explicit talk prefix (Keynote:, Session 101 :, Lightning talk:, 세션, 튜토리얼) makes a talk,
//     whatever else the heading says: the author has told us.
//  3. A heading that begins or ends with a non-talk word (후기, 마무리, conclusion, 점심, lunch, 도착,
//     travel, 모임, meetup, 부스, sponsor, 1일차, Day 2) is not a talk: reviews put travel, food,
//     meetups, booths and their own conclusions under such headings, and Korean and English headings
//     name their topic with their first or last word.
//  4. The "talk level" is the shallowest heading level at which some heading is not a container (day,
//     track) or non-talk section. Shallower headings are containers; deeper ones are subsections of the
//     talk above them, because an author who nests a heading means it to belong to the one above.
//  5. At the talk level, an explicit heading (markdown, numbered, bold, link, timetable, bullet group)
//     is a talk by default: in a conference review that is what such headings are for. A standalone
//     line (rule of prose posts, the weakest signal) is a talk only if its text speaks of a talk
//     (세션, 발표, 강연, 들었, talk, session, speaker, slides): prose posts put every paragraph topic on
//     such lines, travel and food included.
//  6. A standalone line that names a non-talk topic ends the talk above it even below the talk level:
//     its level was a guess, while its words are evidence. An explicit subheading (### 느낀 점) stays
//     inside its talk, because there the nesting was written by the author.
#include "extract/talk_classifier.h"

#include <algorithm>
#include <array>
#include <unordered_map>

#include <re2/re2.h>

#include "extract/event_detector.h"
#include "extract/text_util.h"
#include "extract/utf8.h"

namespace talkgraph {

namespace {

struct Category {
  std::string_view name;
  std::vector<std::string_view> words;  // lowercase; matched at the start or the end of a heading
};

const std::vector<Category>& categories() {
  static const std::vector<Category> kCategories = {
      {"conclusion",
       {"후기", "총평", "소감", "마무리", "마치며", "맺음말", "결론", "정리하며", "회고", "느낀 점", "느낀점",
        "배운 점", "배운점", "끝으로", "마지막으로", "남은 것", "남긴 것", "아쉬운 점", "좋았던 점", "conclusion",
        "conclusions", "summary", "wrap-up", "wrap up", "wrapping up", "final thoughts", "closing thoughts",
        "takeaways", "key takeaways", "lessons learned", "retrospective", "thoughts", "epilogue", "afterword"}},
      {"intro",
       {"들어가며", "시작하며", "서론", "개요", "목차", "intro", "introduction", "overview", "table of contents",
        "contents", "about me", "prologue", "preface"}},
      {"travel",
       {"도착", "출발", "이동", "숙소", "호텔", "비행기", "기차", "공항", "집으로", "귀가", "여행", "가는 길",
        "오는 길", "travel", "trip", "flight", "hotel", "arrival", "getting there", "venue", "accommodation"}},
      {"food",
       {"점심", "저녁", "아침", "식사", "맛집", "냉면", "커피", "카페", "간식", "lunch", "dinner", "breakfast",
        "food", "coffee", "drinks", "snacks"}},
      {"social",
       {"모임", "만남", "뒷풀이", "뒤풀이", "네트워킹", "밋업", "파티", "친목", "meetup", "networking", "party",
        "social", "hallway track", "after party", "open space", "오픈 스페이스", "열린공간"}},
      {"logistics",
       {"부스", "스폰서", "굿즈", "경품", "이벤트", "등록", "신청", "티켓", "자원봉사", "봉사", "준비", "booth",
        "booths", "sponsor", "sponsors", "swag", "registration", "ticket", "tickets", "volunteer", "volunteering",
        "cfp", "call for proposals", "schedule", "timetable", "agenda", "일정", "시간표"}},
  };
  return kCategories;
}

bool is_ascii_word_char(char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

// Strips decoration around a heading: punctuation, brackets, emoji.
std::string normalized_heading(std::string_view heading) {
  std::string lower = ascii_lower(trim(heading));
  size_t b = 0, e = lower.size();
  auto edge = [&](size_t pos) {
    size_t i = pos;
    char32_t cp = decode_utf8(lower, &i);
    return std::pair<char32_t, size_t>{cp, i - pos};
  };
  while (b < e) {
    auto [cp, len] = edge(b);
    if (is_alnum(cp)) break;
    b += len;
  }
  while (e > b) {
    size_t s = e - 1;
    while (s > b && (static_cast<unsigned char>(lower[s]) & 0xC0) == 0x80) --s;
    auto [cp, len] = edge(s);
    if (is_alnum(cp)) break;
    e = s;
  }
  return lower.substr(b, e - b);
}

bool starts_or_ends_with_word(const std::string& h, std::string_view w) {
  bool ascii = static_cast<unsigned char>(w[0]) < 0x80;
  if (h.size() < w.size()) return false;
  if (h.compare(0, w.size(), w) == 0) {
    if (h.size() == w.size()) return true;
    char next = h[w.size()];
    if (ascii ? !is_ascii_word_char(next) : (next == ' ' || next == ':' || next == '-' || next == '(')) return true;
  }
  if (h.compare(h.size() - w.size(), w.size(), w) == 0) {
    if (!ascii) return true;  // Korean: the head noun ends the phrase ("부산지역 개발자 모임")
    char prev = h[h.size() - w.size() - 1];
    return !is_ascii_word_char(prev);
  }
  return false;
}

bool is_day_marker(std::string_view heading) {
  static const RE2 kDay(
      "(?i)^(?:day\\s*\\d+|day (?:one|two|three|four)|\\d+\\s*일\\s*차|\\d+일째|첫\\s*날|첫째\\s*날|둘째\\s*날|"
      "셋째\\s*날|넷째\\s*날|마지막\\s*날|[월화수목금토일]요일|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
      "(?:morning|afternoon|오전|오후)(?:\\s+(?:session|sessions|세션))?|track(?:\\s+|\\s*\\d)\\w*|트랙\\s*\\w+)(?:$|[\\s:：(-])");
  // The first words of the alternatives above: most headings start with none of them.
  static const InitialFilter kInitials({"day", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "첫", "둘", "셋", "넷",
                                        "마지막", "월", "화", "수", "목", "금", "토", "일", "mon", "tues", "wednes",
                                        "thurs", "fri", "satur", "sun", "morning", "afternoon", "오전", "오후", "track",
                                        "트랙"});
  if (!kInitials.may_start(heading)) return false;
  return RE2::PartialMatch(re2::StringPiece(heading.data(), heading.size()), kDay);
}

bool body_speaks_of_talk(std::string_view body) {
  static const RE2 kEvidence(
      "(?i)세션|발표|강연|연사|키노트|슬라이드|들었|듣고|들은|청중|\\btalks?\\b|\\bsessions?\\b|\\bspeakers?\\b|"
      "\\bslides?\\b|\\bpresent(?:er|ed|ation)\\b|\\bkeynote\\b|\\blecture\\b");
  return RE2::PartialMatch(re2::StringPiece(body.data(), body.size()), kEvidence);
}

}  // namespace

std::string non_talk_category(std::string_view heading) {
  std::string h = normalized_heading(heading);
  if (h.empty()) return "";
  if (is_day_marker(h)) return "day";
  // Keywords are one or a few words: only a heading's first and last words can hold them, so look
  // those up instead of trying every keyword (headings are many in a large corpus).
  static const std::unordered_map<std::string_view, std::string_view> kByWord = [] {
    std::unordered_map<std::string_view, std::string_view> m;
    for (const Category& c : categories()) {
      for (std::string_view w : c.words) {
        size_t sp = w.find(' ');
        m.emplace(w.substr(0, sp), c.name);                                  // first word
        if (sp != std::string_view::npos) m.emplace(w.substr(w.rfind(' ') + 1), c.name);  // last word
      }
    }
    return m;
  }();
  size_t first_end = h.find_first_of(" :-(");
  size_t last_start = h.find_last_of(' ');
  std::string_view first = std::string_view(h).substr(0, first_end);
  std::string_view last = last_start == std::string::npos ? std::string_view(h) : std::string_view(h).substr(last_start + 1);
  bool candidate = kByWord.count(first) || kByWord.count(last);
  if (!candidate) {
    // Korean keywords may close a heading without a space before them ("개발자모임"). Such a keyword
    // ends with the heading's last byte, so only the keywords ending with that byte are tried.
    static const std::array<std::vector<std::string_view>, 256> kKoreanByLastByte = [] {
      std::array<std::vector<std::string_view>, 256> by_last{};
      for (const auto& [word, name] : kByWord) {
        if (static_cast<unsigned char>(word[0]) >= 0x80) by_last[static_cast<unsigned char>(word.back())].push_back(word);
      }
      return by_last;
    }();
    for (std::string_view word : kKoreanByLastByte[static_cast<unsigned char>(h.back())]) {
      if (h.size() >= word.size() && h.compare(h.size() - word.size(), word.size(), word) == 0) {
        candidate = true;
        break;
      }
    }
  }
  if (!candidate) return "";
  for (const Category& c : categories()) {
    for (std::string_view w : c.words) {
      if (starts_or_ends_with_word(h, w)) return std::string(c.name);
    }
  }
  return "";
}

TalkTitle clean_talk_title(std::string_view heading, HeadingStyle style) {
  static const RE2 kTrailingSpeaker("^(.*\\S)\\s+[-–—]\\s+[^-–—]{1,40}?\\s*[-–—]\\s*$");
  static const RE2 kKoreanSpeaker("^(.*\\S)\\s+[-–—]\\s+\\p{Hangul}{2,4}(?:\\s*님)?\\s*$");
  static const RE2 kEnglishSpeaker("^(.*\\S)\\s+(?:by|with|–|—)\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{Ll}.'-]*){1,3}\\s*$");
  static const RE2 kLinkSpeaker("^([^:：]{1,40})[:：]\\s*(.+)$");

  // Each pattern needs a separator; most headings have none, and then no pattern runs.
  auto has_dash = [](std::string_view t) {
    return t.find('-') != std::string_view::npos || t.find("\xE2\x80\x93") != std::string_view::npos ||
           t.find("\xE2\x80\x94") != std::string_view::npos;  // – —
  };
  auto has_colon = [](std::string_view t) {
    return t.find_first_of(":|") != std::string_view::npos || t.find("\xEF\xBC\x9A") != std::string_view::npos;  // ：
  };

  TalkTitle out;
  std::string text(trim(heading));
  std::string rest;
  if (TalkPrefix prefix; split_talk_prefix(text, &prefix) && prefix.rest.find('\n') == std::string_view::npos) {
    std::string p = ascii_lower(prefix.kind);
    if (p.find("keynote") != std::string::npos || p.find("키노트") != std::string::npos ||
        p.find("기조") != std::string::npos) {
      out.kind = "keynote";
    } else if (p.find("lightning") != std::string::npos || p.find("라이트닝") != std::string::npos) {
      out.kind = "lightning";
    } else if (p.find("tutorial") != std::string::npos || p.find("workshop") != std::string::npos ||
               p.find("튜토리얼") != std::string::npos || p.find("워크") != std::string::npos) {
      out.kind = "tutorial";
    } else if (p.find("sprint") != std::string::npos || p.find("스프린트") != std::string::npos) {
      out.kind = "sprint";
    } else {
      out.kind = "session";
    }
    out.label = std::string(prefix.label);
    out.prefixed = true;
    text = std::string(trim(prefix.rest));
  } else if (style == HeadingStyle::kLink && has_colon(text)) {
    std::string speaker;
    // "[Speaker: Title](url)": a short name before a colon is the speaker, not part of the title.
    if (RE2::FullMatch(text, kLinkSpeaker, &speaker, &rest) &&
        std::count(speaker.begin(), speaker.end(), ' ') <= 3) {
      text = std::string(trim(rest));
    }
  }
  std::string title;
  const bool dash = has_dash(text);
  if ((dash && (RE2::FullMatch(text, kTrailingSpeaker, &title) || RE2::FullMatch(text, kKoreanSpeaker, &title))) ||
      ((dash || text.find("by") != std::string::npos || text.find("with") != std::string::npos) &&
       RE2::FullMatch(text, kEnglishSpeaker, &title))) {
    text = title;
  }
  // Markdown emphasis left inside a title is decoration.
  std::erase(text, '*');
  out.title = std::string(trim(text));
  return out;
}

std::string_view section_role_name(SectionRole role) {
  switch (role) {
    case SectionRole::kTitle: return "title";
    case SectionRole::kTalk: return "talk";
    case SectionRole::kSubsection: return "subsection";
    case SectionRole::kOther: return "other";
  }
  return "?";
}

DocumentStructure classify_sections(std::string_view text, const ParsedDocument& parsed) {
  const std::vector<Heading>& hs = parsed.headings;
  DocumentStructure out;
  out.decisions.resize(hs.size());
  if (hs.empty()) return out;

  // Rule 2 is needed by rule 1: a prefixed heading is a talk even when it comes first.
  std::vector<TalkTitle> titles(hs.size());
  for (size_t i = 0; i < hs.size(); ++i) titles[i] = clean_talk_title(hs[i].text, hs[i].style);

  // Rule 1: the title.
  std::vector<bool> is_title(hs.size(), false);
  {
    bool names_event = false;
    for (const EventMention& m : find_event_names(hs[0].text)) names_event |= !m.name.empty();
    bool alone_on_top = std::all_of(hs.begin() + 1, hs.end(), [&](const Heading& h) { return h.level > hs[0].level; });
    is_title[0] = (names_event || (alone_on_top && hs.size() > 1)) && !titles[0].prefixed;
  }

  // Rules 2 and 3 per heading.
  std::vector<std::string> category(hs.size());
  for (size_t i = 0; i < hs.size(); ++i) {
    if (!titles[i].prefixed) category[i] = non_talk_category(hs[i].text);
  }

  // Rule 4: the talk level.
  int talk_level = 0;
  {
    std::vector<int> levels;
    for (size_t i = 0; i < hs.size(); ++i) {
      if (!is_title[i]) levels.push_back(hs[i].level);
    }
    std::sort(levels.begin(), levels.end());
    levels.erase(std::unique(levels.begin(), levels.end()), levels.end());
    for (int level : levels) {
      bool has_candidate = false;
      for (size_t i = 0; i < hs.size(); ++i) {
        if (is_title[i] || hs[i].level != level) continue;
        if (titles[i].prefixed || category[i].empty()) has_candidate = true;
      }
      if (has_candidate) {
        talk_level = level;
        break;
      }
    }
  }

  int current_talk = -1;
  for (size_t i = 0; i < hs.size(); ++i) {
    SectionDecision& d = out.decisions[i];
    d.heading = i;
    const Heading& h = hs[i];
    auto close_talk = [&] {
      if (current_talk >= 0) out.talks[static_cast<size_t>(current_talk)].end = h.begin;
      current_talk = -1;
    };
    if (is_title[i]) {
      close_talk();
      d.role = SectionRole::kTitle;
      d.reason = "first heading names the event or stands above all others";
      continue;
    }
    if (talk_level == 0 || h.level < talk_level) {
      close_talk();
      d.role = SectionRole::kOther;
      d.reason = category[i].empty() ? "container above the talk level" : "container: " + category[i];
      continue;
    }
    if (h.level > talk_level) {
      if (h.style == HeadingStyle::kStandalone && !category[i].empty()) {  // rule 6
        close_talk();
        d.role = SectionRole::kOther;
        d.reason = "standalone line names a non-talk topic: " + category[i];
        continue;
      }
      d.role = current_talk >= 0 ? SectionRole::kSubsection : SectionRole::kOther;
      d.talk = current_talk;
      d.reason = current_talk >= 0 ? "nested under the talk above" : "nested under a non-talk section";
      continue;
    }
    close_talk();
    std::string why;
    bool talk = false;
    if (titles[i].prefixed) {
      talk = true;
      why = "explicit talk prefix";
    } else if (!category[i].empty()) {
      why = "non-talk topic: " + category[i];
    } else if (h.style != HeadingStyle::kStandalone) {
      talk = true;
      why = std::string("explicit ") + std::string(heading_style_name(h.style)) + " heading at the talk level";
    } else {
      // The body up to the next heading at the talk level or above.
      size_t j = i + 1;
      while (j < hs.size() && hs[j].level > talk_level) ++j;
      std::string_view body = text.substr(h.end, (j < hs.size() ? hs[j].begin : text.size()) - h.end);
      talk = body_speaks_of_talk(body);
      why = talk ? "standalone line whose text speaks of a talk" : "standalone line whose text does not speak of a talk";
    }
    d.reason = why;
    if (!talk) {
      d.role = SectionRole::kOther;
      continue;
    }
    TalkSection t;
    t.title = std::move(titles[i]);
    if (t.title.title.empty()) {
      d.role = SectionRole::kOther;
      d.reason = "empty title";
      continue;
    }
    t.begin = h.begin;
    t.end = text.size();
    t.line = h.line;
    t.heading = i;
    d.role = SectionRole::kTalk;
    current_talk = static_cast<int>(out.talks.size());
    d.talk = current_talk;
    out.talks.push_back(std::move(t));
  }
  return out;
}

}  // namespace talkgraph
