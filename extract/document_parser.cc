// The parser works line by line and is deliberately permissive about what can be a heading; deciding
// which headings are talks is the classifier's job (talk_classifier.cc). Styles are tried from the
// most explicit (markdown) to the weakest guess (a short line standing alone), and the weaker styles
// are only used when the document does not mark its headings itself.
#include "extract/document_parser.h"

#include <algorithm>

#include <re2/re2.h>

#include "extract/text_util.h"
#include "extract/utf8.h"

namespace talkgraph {

namespace {

struct Line {
  size_t begin;
  size_t end;
  size_t indent;
  std::string_view text;  // trimmed
};

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view raw = text.substr(start, end - start);
    size_t indent = 0;
    while (indent < raw.size() && (raw[indent] == ' ' || raw[indent] == '\t')) indent += 1;
    lines.push_back({start, end, indent, trim(raw)});
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return lines;
}

size_t count_code_points(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool is_fence(std::string_view t) { return t.rfind("```", 0) == 0 || t.rfind("~~~", 0) == 0; }

bool is_rule_of(std::string_view t, char c, size_t min) {
  if (t.size() < min) return false;
  return std::all_of(t.begin(), t.end(), [c](char x) { return x == c || x == ' '; });
}

// Bullet markers: -, *, +, •, ◦, ▪, ‣ followed by a space.
size_t bullet_marker_length(std::string_view t) {
  if (t.size() >= 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ') return 2;
  for (std::string_view m : {"\xE2\x80\xA2", "\xE2\x97\xA6", "\xE2\x96\xAA", "\xE2\x80\xA3"}) {
    if (t.rfind(m, 0) == 0 && t.size() > m.size() && t[m.size()] == ' ') return m.size() + 1;
  }
  return 0;
}

// RE2's \s, in the byte form lines are in.
bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

// "1. Title", "12) Title": one to three digits, '.' or ')', white space, then text. Returns where the
// text starts, or 0 when `t` is no numbered item. Hand-written: headings are tested line by line,
// and a regular expression call costs more than the whole line's scan.
size_t numbered_item_text(std::string_view t) {
  size_t digits = 0;
  while (digits < t.size() && digits < 4 && t[digits] >= '0' && t[digits] <= '9') ++digits;
  if (digits == 0 || digits > 3 || digits >= t.size() || (t[digits] != '.' && t[digits] != ')')) return 0;
  size_t i = digits + 1;
  if (i >= t.size() || !is_space_byte(t[i])) return 0;
  while (i < t.size() && is_space_byte(t[i])) ++i;
  return i < t.size() ? i : 0;
}

bool is_numbered_item(std::string_view t) { return numbered_item_text(t) != 0; }

// An ATX heading, as CommonMark reads it: one to six '#', then white space and the text, or nothing;
// a closing run of '#' counts only after white space ("## C#" keeps its '#'). Returns false when `t`
// is no ATX heading; `text` may come back empty ("##").
bool atx_heading(std::string_view t, int* level, std::string_view* text) {
  size_t n = 0;
  while (n < t.size() && t[n] == '#') ++n;
  if (n == 0 || n > 6) return false;
  if (n < t.size() && !is_space_byte(t[n])) return false;
  std::string_view rest = t.substr(n);
  size_t end = rest.size();
  while (end > 0 && is_space_byte(rest[end - 1])) --end;
  size_t hashes = end;
  while (hashes > 0 && rest[hashes - 1] == '#') --hashes;
  if (hashes < end && (hashes == 0 || is_space_byte(rest[hashes - 1]))) end = hashes;
  *level = static_cast<int>(n);
  *text = trim(rest.substr(0, end));
  return true;
}

// A standalone line reads as a title, not a sentence: short, without closing punctuation, and without
// the polite or past endings that close Korean sentences (했습니다, 좋았다, 있어요).
bool reads_as_title(std::string_view t) {
  // More than 100 code points: at once beyond 400 bytes (a paragraph), counted up to 400.
  if (t.empty() || t.size() > 400 || (t.size() > 100 && count_code_points(t) > 100)) return false;
  char last = t.back();
  if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!' || last == '?') return false;
  if (t[0] == '|' || t[0] == '>' || t[0] == '<' || t[0] == '!' || t[0] == '[') return false;
  for (std::string_view ending : {"니다", "어요", "아요", "세요", "였다", "었다", "았다", "했다", "이다", "한다",
                                  "된다", "있다", "없다", "겠다", "네요", "군요", "해요", "에요", "예요"}) {
    if (t.size() >= ending.size() && t.substr(t.size() - ending.size()) == ending) return false;
  }
  return true;
}

// Image captions and file names that blogs leave on their own line ("IMG_4635", "logo", "chart.png").
bool is_caption(std::string_view t) {
  static const RE2 kCaption(
      "(?i)^(?:(?:img|dsc|dscn|pxl|image|screenshot|screen shot|photo|logo|사진|이미지|그림)[ _-]?[0-9_-]*|"
      "\\S+\\.(?:png|jpe?g|gif|webp|svg|heic))$");
  return RE2::FullMatch(re2::StringPiece(t.data(), t.size()), kCaption);
}

// Talk prefixes end with one of these separators: ':', '|', '-', '：', '–' or '—'. One pass over the
// bytes (a find per separator was four).
bool has_prefix_separator(std::string_view t) {
  for (size_t i = 0; i < t.size(); ++i) {
    switch (t[i]) {
      case ':': case '|': case '-':
        return true;
      case '\xEF':
        if (t.compare(i, 3, "\xEF\xBC\x9A") == 0) return true;
        break;
      case '\xE2':
        if (t.compare(i, 3, "\xE2\x80\x93") == 0 || t.compare(i, 3, "\xE2\x80\x94") == 0) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

// The kinds of talk a heading can open with, as alternatives of a regular expression; "opening " or
// "closing " may come before any of them.
constexpr std::string_view kTalkKinds =
    "keynote|키노트|기조\\s*연설|session|세션|talk|토크|lightning\\s*talks?|라이트닝\\s*토크|tutorial|튜토리얼|"
    "workshop|워크샵|워크숍|sprint|스프린트|poster|포스터|panel|패널";

bool is_talk_prefixed(std::string_view t) {
  TalkPrefix prefix;
  return split_talk_prefix(t, &prefix);
}

}  // namespace

bool split_talk_prefix(std::string_view heading, TalkPrefix* out) {
  static const RE2 kPrefix("(?i)((?:opening |closing )?(?:" + std::string(kTalkKinds) +
                           "))\\s*(#?[A-Za-z]?\\d+[A-Za-z]?)?\\s*[:：|\\-–—]\\s*");
  // A kind's first character, then a separator, then the expression: most lines stop at the first.
  static const InitialFilter kInitials = [] {
    std::vector<std::string_view> words = split(kTalkKinds, '|');
    words.push_back("opening");
    words.push_back("closing");
    return InitialFilter(words);
  }();
  if (!kInitials.may_start(heading) || !has_prefix_separator(heading)) return false;
  re2::StringPiece input(heading.data(), heading.size()), kind, label;
  // Anchored at the start, and only over the prefix: the title after it is what is left.
  if (!RE2::Consume(&input, kPrefix, &kind, &label) || input.empty()) return false;
  out->kind = std::string_view(kind.data(), kind.size());
  out->label = std::string_view(label.data(), label.size());
  out->rest = std::string_view(input.data(), input.size());
  return true;
}

std::string_view heading_style_name(HeadingStyle style) {
  switch (style) {
    case HeadingStyle::kAtx: return "markdown";
    case HeadingStyle::kSetext: return "setext";
    case HeadingStyle::kNumbered: return "numbered";
    case HeadingStyle::kPrefixed: return "prefixed";
    case HeadingStyle::kBold: return "bold";
    case HeadingStyle::kLink: return "link";
    case HeadingStyle::kTimetable: return "timetable";
    case HeadingStyle::kBullet: return "bullet";
    case HeadingStyle::kStandalone: return "standalone";
  }
  return "?";
}

ParsedDocument parse_document(std::string_view text) {
  static const RE2 kBold("^(?:\\*\\*|__)(.+?)(?:\\*\\*|__)\\s*:?$");
  static const RE2 kLink("^(?:[-*+]\\s+)?\\[([^\\]]+)\\]\\([^)]*\\)\\s*$");
  static const RE2 kTimetable("^(?:[01]?\\d|2[0-3])\\s*(?:[:hH시]\\s*[0-5]\\d\\s*분?)\\s*(?:[-–~|]\\s*)?(\\S.*)$");

  ParsedDocument doc;
  std::vector<Line> lines = split_lines(text);
  std::vector<bool> in_code(lines.size(), false);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].indent <= 3 && is_fence(lines[i].text)) {
      size_t j = i + 1;
      while (j < lines.size() && !(lines[j].indent <= 3 && is_fence(lines[j].text))) ++j;
      size_t last = std::min(j, lines.size() - 1);
      doc.code_blocks.push_back({lines[i].begin, lines[last].end});
      for (size_t k = i; k <= last; ++k) in_code[k] = true;
      i = last;
    }
  }
  auto blank = [&](size_t i) { return i >= lines.size() || lines[i].text.empty(); };

  std::vector<Heading> markdown, other;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (in_code[i] || lines[i].text.empty()) continue;
    const Line& ln = lines[i];
    std::string_view t = ln.text;
    re2::StringPiece sp(t.data(), t.size());
    std::string captured;
    Heading h;
    h.begin = ln.begin;
    h.end = ln.end;
    h.line = static_cast<int>(i) + 1;

    const char first = t[0];
    const bool digit_first = first >= '0' && first <= '9';
    std::string_view atx_text;
    if (ln.indent <= 3 && first == '#') {
      if (atx_heading(t, &h.level, &atx_text)) {
        h.style = HeadingStyle::kAtx;
        h.text = std::string(atx_text);
        if (!h.text.empty()) markdown.push_back(h);
        continue;
      }
      if (t.find_first_not_of("# \t") == std::string_view::npos) continue;  // a line of '#', no heading
    }
    if (ln.indent <= 3 && i + 1 < lines.size() && !in_code[i + 1] && (i == 0 || blank(i - 1)) &&
        bullet_marker_length(t) == 0 && (is_rule_of(lines[i + 1].text, '=', 2) || is_rule_of(lines[i + 1].text, '-', 3))) {
      h.level = lines[i + 1].text[0] == '=' ? 1 : 2;
      h.style = HeadingStyle::kSetext;
      h.end = lines[i + 1].end;
      h.text = std::string(t);
      markdown.push_back(h);
      ++i;
      continue;
    }
    if (ln.indent > 1) continue;  // an indented line is content (nested bullets, code)
    h.level = kExplicitLevel;
    if ((first == '*' || first == '_') && RE2::FullMatch(sp, kBold, &captured)) {
      h.style = HeadingStyle::kBold;
      h.text = std::string(trim(captured));
    } else if (t.find("](") != std::string_view::npos && RE2::FullMatch(sp, kLink, &captured)) {
      h.style = HeadingStyle::kLink;
      h.text = std::string(trim(captured));
    } else if (digit_first && is_numbered_item(t)) {
      // A numbered line is a heading only when it stands apart: list items sit on adjacent lines.
      bool in_list = (i > 0 && !blank(i - 1) && is_numbered_item(lines[i - 1].text)) ||
                     (i + 1 < lines.size() && !blank(i + 1) && is_numbered_item(lines[i + 1].text));
      if (in_list) continue;
      std::string_view item = trim(t.substr(numbered_item_text(t)));
      h.style = is_talk_prefixed(item) ? HeadingStyle::kPrefixed : HeadingStyle::kNumbered;
      h.text = std::string(item);
      if (count_code_points(h.text) > 150) continue;
    } else if (size_t marker = bullet_marker_length(t); marker > 0) {
      std::string_view item = trim(t.substr(marker));
      // A top-level bullet with nested bullets under it heads a group, as talks do in bullet notes;
      // one that says "Keynote:" or "Session:" heads a talk even without children.
      bool has_children = i + 1 < lines.size() && !blank(i + 1) && lines[i + 1].indent > ln.indent &&
                          bullet_marker_length(lines[i + 1].text) > 0;
      if (!is_talk_prefixed(item) && (!has_children || !reads_as_title(item))) continue;
      h.style = HeadingStyle::kBullet;
      h.text = std::string(item);
    } else if (t.size() < 300 && is_talk_prefixed(t)) {  // the first character, then the separator, then the regex
      h.style = HeadingStyle::kPrefixed;
      h.text = std::string(t);
    } else if (digit_first && RE2::FullMatch(sp, kTimetable, &captured)) {
      h.style = HeadingStyle::kTimetable;
      h.text = std::string(trim(captured));
    } else if ((i == 0 || blank(i - 1)) && blank(i + 1) && reads_as_title(t) && !is_caption(t) &&
               i + 1 < lines.size()) {
      h.level = kStandaloneLevel;
      h.style = HeadingStyle::kStandalone;
      h.text = std::string(t);
    } else {
      continue;
    }
    if (!h.text.empty()) other.push_back(h);
  }

  if (markdown.size() >= 2) {
    // The author marked headings; only explicit talk markers among the rest still count.
    std::erase_if(other, [](const Heading& h) {
      return h.style == HeadingStyle::kStandalone || h.style == HeadingStyle::kNumbered ||
             h.style == HeadingStyle::kBullet;
    });
  }
  bool has_strong = !markdown.empty() || std::any_of(other.begin(), other.end(), [](const Heading& h) {
    return h.style != HeadingStyle::kBullet && h.style != HeadingStyle::kStandalone;
  });
  if (has_strong) {
    std::erase_if(other, [](const Heading& h) { return h.style == HeadingStyle::kBullet; });
  }
  doc.headings = std::move(markdown);
  doc.headings.insert(doc.headings.end(), other.begin(), other.end());
  std::sort(doc.headings.begin(), doc.headings.end(),
            [](const Heading& a, const Heading& b) { return a.begin < b.begin; });
  return doc;
}

}  // namespace talkgraph
