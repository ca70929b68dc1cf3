// The document model is built from md4c's callbacks in one pass. md4c hands every piece of text as a
// pointer into the buffer it parses, so a piece's offset in the review is a subtraction; what md4c
// never hands as text (markup, link destinations) lies in the gaps between pieces, and the visible
// text is the source with those gaps blanked. Soft line breaks come as a static "\n" and are skipped:
// the source's own line breaks are never blanked, so lines keep their numbers.
//
// Blocks get their extent from the text they hold: a leaf from its first to its last piece, a
// container from its children. A tight list item's text arrives with no paragraph around it; it is
// given one (implicit), so that every piece of text sits in a leaf block.
//
// Indented code blocks are a trap for plain text: a review pasted with four spaces of indentation is
// not code. Such a block is code only when most of its lines look like code; otherwise a paragraph.
#include "extract/document.h"

#include <algorithm>
#include <climits>

#include <md4c.h>

#include "base/byte_scan.h"
#include "base/text_util.h"
#include "base/utf8.h"
#include "extract/front_matter.h"

namespace talkgraph {

std::string_view block_kind_name(BlockKind kind) {
  switch (kind) {
    case BlockKind::kHeading: return "heading";
    case BlockKind::kParagraph: return "paragraph";
    case BlockKind::kList: return "list";
    case BlockKind::kListItem: return "list-item";
    case BlockKind::kQuote: return "quote";
    case BlockKind::kTable: return "table";
    case BlockKind::kTableRow: return "table-row";
    case BlockKind::kTableCell: return "table-cell";
    case BlockKind::kCode: return "code";
    case BlockKind::kHtml: return "html";
    case BlockKind::kRule: return "rule";
  }
  return "?";
}

std::string_view span_kind_name(SpanKind kind) {
  switch (kind) {
    case SpanKind::kLink: return "link";
    case SpanKind::kAutolink: return "autolink";
    case SpanKind::kImage: return "image";
    case SpanKind::kStrong: return "strong";
    case SpanKind::kEmphasis: return "emphasis";
    case SpanKind::kCode: return "code";
    case SpanKind::kStrike: return "strike";
  }
  return "?";
}

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Blanks text[b, e) but its line breaks.
void blank(std::string& text, size_t b, size_t e) {
  for (size_t i = b; i < e; ++i) {
    if (text[i] != '\n') text[i] = ' ';
  }
}

// The few named entities reviews use, and numeric ones, written over the entity in place (the
// character is never longer than its entity) and padded with spaces. Others are blanked.
void decode_entity(std::string& text, size_t b, size_t e) {
  std::string_view ent(text.data() + b, e - b);
  std::string out;
  if (ent.size() > 3 && ent[1] == '#') {
    unsigned long cp = 0;
    bool hex = ent[2] == 'x' || ent[2] == 'X';
    for (size_t i = hex ? 3 : 2; i + 1 < ent.size() && cp <= 0x10FFFF; ++i) {
      char c = ent[i];
      int d = (c >= '0' && c <= '9') ? c - '0' : hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
      if (d < 0) {
        cp = 0x110000;
        break;
      }
      cp = cp * (hex ? 16 : 10) + static_cast<unsigned long>(d);
    }
    // Control characters and surrogates are never written: they would be invalid in the exports.
    if (cp >= 0x20 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF) && !(cp >= 0x7F && cp < 0xA0)) {
      append_utf8(&out, static_cast<char32_t>(cp));
    }
  } else {
    static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
        {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&nbsp;", " "},
        {"&middot;", "\xC2\xB7"}, {"&hellip;", "\xE2\x80\xA6"}, {"&ndash;", "\xE2\x80\x93"},
        {"&mdash;", "\xE2\x80\x94"}, {"&lsquo;", "\xE2\x80\x98"}, {"&rsquo;", "\xE2\x80\x99"},
        {"&ldquo;", "\xE2\x80\x9C"}, {"&rdquo;", "\xE2\x80\x9D"}};
    for (const auto& [name, value] : kNamed) {
      if (ent == name) out = value;
    }
  }
  blank(text, b, e);
  if (out.size() <= e - b) std::copy(out.begin(), out.end(), text.begin() + static_cast<long>(b));
}

// Tags of raw HTML, followed across the pieces of one HTML block: a tag may span lines.
struct HtmlScanner {
  enum State { kText, kTag, kComment, kRaw } state = kText;
  char quote = 0;
  std::string_view raw_end;  // "</script" or "</style" while in kRaw

  void reset() {
    state = kText;
    quote = 0;
  }
  // Blanks the tags, comments and script or style content of text[b, e); keeps the text between.
  void scan(std::string& text, size_t b, size_t e) {
    for (size_t i = b; i < e; ++i) {
      char c = text[i];
      switch (state) {
        case kText:
          if (c == '<' && i + 1 < text.size()) {
            char n = text[i + 1];
            if (text.compare(i, 4, "<!--") == 0) {
              state = kComment;
            } else if ((n | 0x20) >= 'a' && (n | 0x20) <= 'z') {
              state = kTag;
              if (starts_with_ci(std::string_view(text).substr(i + 1), "script")) raw_end = "</script";
              else if (starts_with_ci(std::string_view(text).substr(i + 1), "style")) raw_end = "</style";
              else raw_end = {};
            } else if (n == '/' || n == '!' || n == '?') {
              state = kTag;
              raw_end = {};
            }
          }
          break;
        case kTag:
          if (quote != 0) {
            if (c == quote) quote = 0;
          } else if (c == '"' || c == '\'') {
            quote = c;
          } else if (c == '>') {
            state = raw_end.empty() ? kText : kRaw;
            if (c != '\n') text[i] = ' ';
            continue;
          }
          break;
        case kComment:
          if (c == '>' && i >= 2 && text[i - 1] == '-' && text[i - 2] == '-') {
            state = kText;
            text[i] = ' ';
            continue;
          }
          break;
        case kRaw:
          if (c == '<' && starts_with_ci(std::string_view(text).substr(i), raw_end)) {
            state = kTag;
            raw_end = {};
          }
          break;
      }
      if (state != kText && c != '\n') text[i] = ' ';
    }
  }
};

// Whether an indented block reads as code: most of its lines hold code punctuation or start like a
// shell or Python prompt, and it is not mostly Hangul prose.
bool reads_as_code(std::string_view body) {
  size_t lines = 0, code = 0;
  for (std::string_view line : split(body, '\n')) {
    std::string_view t = trim(line);
    if (t.empty()) continue;
    ++lines;
    bool like = t.find_first_of("=(){}[];<>") != std::string_view::npos || t.rfind(">>>", 0) == 0 ||
                t.rfind("$ ", 0) == 0 || t.rfind("import ", 0) == 0 || t.rfind("from ", 0) == 0 ||
                t.rfind("def ", 0) == 0 || t.rfind("//", 0) == 0 || t.back() == ':';
    code += like;
  }
  return lines > 0 && code * 2 >= lines && !(hangul_share(body) > 0.3);
}

struct Builder {
  std::string_view src;
  Document* doc;
  std::vector<int32_t> open;        // open blocks, innermost last
  int32_t implicit = -1;            // the open implicit paragraph
  std::vector<int32_t> open_spans;  // open inline spans, innermost last
  std::vector<int32_t> closed;      // spans closed since the last piece of text: is the next glued on?
  size_t cursor = 0;                // end of the last piece of text: what follows up to the next is markup
  int images = 0;                   // inside an image: its alt text is masked
  int list_items = 0, quotes = 0;
  bool in_head = false;             // inside a table's head
  HtmlScanner html;

  Block& at(int32_t i) { return doc->blocks[static_cast<size_t>(i)]; }

  int32_t push(Block b) {
    b.parent = open.empty() ? -1 : open.back();
    b.begin = UINT32_MAX;
    b.end = 0;
    doc->blocks.push_back(b);
    int32_t index = static_cast<int32_t>(doc->blocks.size() - 1);
    if (b.parent >= 0 && at(b.parent).kind == BlockKind::kList) ++at(b.parent).items;
    if (b.parent >= 0 && at(b.parent).kind == BlockKind::kTableRow) ++at(b.parent).items;
    open.push_back(index);
    return index;
  }

  // Closes the innermost block: an empty one takes the place where it stood; a container extends
  // over what it holds, and its parent over it.
  void pop() {
    int32_t index = open.back();
    open.pop_back();
    Block& b = at(index);
    if (b.begin == UINT32_MAX) b.begin = b.end = static_cast<uint32_t>(cursor);
    if (b.parent >= 0) {
      Block& p = at(b.parent);
      p.begin = std::min(p.begin, b.begin);
      p.end = std::max(p.end, b.end);
    }
  }

  void close_implicit() {
    if (implicit >= 0 && !open.empty() && open.back() == implicit) pop();
    implicit = -1;
  }

  void enter(MD_BLOCKTYPE type, void* detail) {
    if (type == MD_BLOCK_DOC) return;
    close_implicit();
    Block b;
    switch (type) {
      case MD_BLOCK_QUOTE:
        b.kind = BlockKind::kQuote;
        b.depth = static_cast<uint16_t>(std::min(quotes++, 65535));
        break;
      case MD_BLOCK_UL:
      case MD_BLOCK_OL:
        b.kind = BlockKind::kList;
        b.ordered = type == MD_BLOCK_OL;
        if (b.ordered) b.number = static_cast<MD_BLOCK_OL_DETAIL*>(detail)->start;
        break;
      case MD_BLOCK_LI: {
        b.kind = BlockKind::kListItem;
        b.depth = static_cast<uint16_t>(std::min(list_items++, 65535));
        const Block& list = at(open.back());
        b.ordered = list.ordered;
        b.number = list.ordered ? list.number + list.items : 0;
        break;
      }
      case MD_BLOCK_HR: b.kind = BlockKind::kRule; break;
      case MD_BLOCK_H:
        b.kind = BlockKind::kHeading;
        b.level = static_cast<uint8_t>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
        ++doc->markdown_headings;
        break;
      case MD_BLOCK_CODE:
        b.kind = BlockKind::kCode;
        b.fenced = static_cast<MD_BLOCK_CODE_DETAIL*>(detail)->fence_char != 0;
        break;
      case MD_BLOCK_HTML:
        b.kind = BlockKind::kHtml;
        html.reset();
        break;
      case MD_BLOCK_P: b.kind = BlockKind::kParagraph; break;
      case MD_BLOCK_TABLE: b.kind = BlockKind::kTable; break;
      case MD_BLOCK_THEAD: in_head = true; return;
      case MD_BLOCK_TBODY: in_head = false; return;
      case MD_BLOCK_TR: b.kind = BlockKind::kTableRow; b.header = in_head; break;
      case MD_BLOCK_TH:
      case MD_BLOCK_TD: b.kind = BlockKind::kTableCell; b.header = in_head; break;
      default: return;
    }
    push(b);
  }

  void leave(MD_BLOCKTYPE type) {
    closed.clear();
    if (type == MD_BLOCK_DOC || type == MD_BLOCK_THEAD || type == MD_BLOCK_TBODY) return;
    close_implicit();
    if (open.empty()) return;
    Block& b = at(open.back());
    if (b.kind == BlockKind::kListItem) --list_items;
    if (b.kind == BlockKind::kQuote) --quotes;
    if (b.kind == BlockKind::kCode && !b.fenced && b.begin != UINT32_MAX &&
        !reads_as_code(src.substr(b.begin, b.end - b.begin))) {
      b.kind = BlockKind::kParagraph;
    }
    if (b.kind == BlockKind::kHtml && b.begin != UINT32_MAX) read_html_table(open.back());
    pop();
  }

  // A raw HTML block that is a table (<table><tr><th>Talk</th>...) becomes a table of rows and cells,
  // as a Markdown table would: reviews paste the programme so.
  void read_html_table(int32_t index) {
    const Block html = at(index);
    const std::string_view body = src.substr(html.begin, html.end - html.begin);
    const size_t lead = body.find_first_not_of(" \t\n");
    if (lead == std::string_view::npos || !starts_with_ci(body.substr(lead), "<table")) return;
    at(index).kind = BlockKind::kTable;
    const std::string_view text = doc->text;
    auto find_ci = [&](std::string_view needle, size_t from) {
      for (size_t i = from; i + needle.size() <= body.size(); ++i) {
        if (body[i] == '<' && starts_with_ci(body.substr(i), needle)) return i;
      }
      return std::string_view::npos;
    };
    bool in_head = false;
    for (size_t tr = find_ci("<tr", 0); tr != std::string_view::npos; tr = find_ci("<tr", tr + 3)) {
      const size_t row_end = std::min(find_ci("</tr", tr), find_ci("<tr", tr + 3));
      const size_t thead = find_ci("<thead", 0), tbody = find_ci("<tbody", 0);
      in_head = thead != std::string_view::npos && thead < tr && (tbody == std::string_view::npos || tbody > tr);
      Block row;
      row.kind = BlockKind::kTableRow;
      const int32_t r = push(row);
      for (size_t cell = tr; (cell = std::min(find_ci("<td", cell + 1), find_ci("<th", cell + 1))) < row_end;) {
        const bool header = starts_with_ci(body.substr(cell), "<th") && !starts_with_ci(body.substr(cell), "<thead");
        const size_t open_end = body.find('>', cell);
        if (open_end == std::string_view::npos || open_end >= row_end) break;
        const size_t close = std::min({find_ci("</t", open_end), find_ci("<td", open_end), find_ci("<th", open_end), row_end});
        // The cell's visible text: tags inside are blanked already.
        size_t b = html.begin + open_end + 1, e = html.begin + std::min(close, row_end);
        while (b < e && (text[b] == ' ' || text[b] == '\n' || text[b] == '\t')) ++b;
        while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\t')) --e;
        Block c;
        c.kind = BlockKind::kTableCell;
        c.header = header || in_head;
        const int32_t ci = push(c);
        at(ci).begin = static_cast<uint32_t>(b);
        at(ci).end = static_cast<uint32_t>(std::max(b, e));
        if (c.header) at(r).header = true;
        pop();
        cell = open_end;
      }
      if (at(r).begin == UINT32_MAX) at(r).begin = at(r).end = static_cast<uint32_t>(html.begin + tr);
      pop();
      if (row_end == std::string_view::npos) break;
    }
  }

  void enter_span(MD_SPANTYPE type, void* detail) {
    InlineSpan s;
    switch (type) {
      case MD_SPAN_A: {
        s.kind = SpanKind::kLink;
        const MD_ATTRIBUTE& href = static_cast<MD_SPAN_A_DETAIL*>(detail)->href;
        for (unsigned k = 0; href.substr_offsets != nullptr && href.substr_offsets[k] < href.size; ++k) {
          const MD_OFFSET b = href.substr_offsets[k], e = href.substr_offsets[k + 1];
          std::string part(href.text + b, e - b);
          if (href.substr_types[k] == MD_TEXT_ENTITY) {
            decode_entity(part, 0, part.size());
            while (!part.empty() && part.back() == ' ') part.pop_back();
          }
          s.href += part;
        }
        break;
      }
      case MD_SPAN_IMG: s.kind = SpanKind::kImage; ++images; break;
      case MD_SPAN_STRONG: s.kind = SpanKind::kStrong; break;
      case MD_SPAN_EM: s.kind = SpanKind::kEmphasis; break;
      case MD_SPAN_CODE: s.kind = SpanKind::kCode; break;
      case MD_SPAN_DEL: s.kind = SpanKind::kStrike; break;
      default: return;
    }
    s.begin = UINT32_MAX;
    doc->spans.push_back(std::move(s));
    open_spans.push_back(static_cast<int32_t>(doc->spans.size() - 1));
  }

  void leave_span(MD_SPANTYPE type) {
    switch (type) {
      case MD_SPAN_A: case MD_SPAN_IMG: case MD_SPAN_STRONG: case MD_SPAN_EM: case MD_SPAN_CODE: case MD_SPAN_DEL:
        break;
      default: return;
    }
    if (open_spans.empty()) return;
    InlineSpan& s = doc->spans[static_cast<size_t>(open_spans.back())];
    open_spans.pop_back();
    if (type == MD_SPAN_IMG) --images;
    if (s.begin == UINT32_MAX) s.begin = s.end = static_cast<uint32_t>(cursor);
    closed.push_back(static_cast<int32_t>(&s - doc->spans.data()));
    if (s.kind == SpanKind::kLink && is_autolink(s)) {
      s.kind = SpanKind::kAutolink;
      blank(doc->text, s.begin, s.end);
    }
  }

  // A link whose label is its destination: <https://...>, www.x.org, a bare URL or e-mail address.
  bool is_autolink(const InlineSpan& s) const {
    std::string_view label = src.substr(s.begin, s.end - s.begin);
    std::string_view href = s.href;
    if (label == href) return true;
    for (std::string_view scheme : {"http://", "https://", "mailto:"}) {
      if (href.size() == label.size() + scheme.size() && href.substr(0, scheme.size()) == scheme &&
          href.substr(scheme.size()) == label) {
        return true;
      }
    }
    return false;
  }

  void on_text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size) {
    // Soft and hard breaks and NUL replacements are static strings, not in the source.
    if (text < src.data() || text + size > src.data() + src.size() || size == 0) return;
    const size_t b = static_cast<size_t>(text - src.data()), e = b + size;
    if (open.empty() || !doc->is_leaf(at(open.back()))) {
      Block p;
      p.kind = BlockKind::kParagraph;
      p.implicit = true;
      implicit = push(p);
    }
    if (b >= cursor) blank(doc->text, cursor, b);
    // Glued: a letter or digit follows the closing markup, on the same line, with no space between
    // ("**Flask**를"); punctuation ("*Title*.") leaves the span standing.
    for (int32_t c : closed) {
      InlineSpan& sp = doc->spans[static_cast<size_t>(c)];
      bool space = is_space(src[b]);
      for (size_t k = sp.end; k < b && !space; ++k) space = is_space(src[k]);
      size_t next = b;
      sp.glued = !space && b < src.size() && is_alnum(decode_utf8(src, &next));
    }
    closed.clear();
    Block& leaf = at(open.back());
    if (images > 0) {
      blank(doc->text, b, e);
    } else if (type == MD_TEXT_ENTITY) {
      decode_entity(doc->text, b, e);
    } else if (type == MD_TEXT_HTML) {
      if (leaf.kind == BlockKind::kHtml) {
        html.scan(doc->text, b, e);
      } else {
        blank(doc->text, b, e);  // an inline tag
      }
    }
    leaf.begin = std::min(leaf.begin, static_cast<uint32_t>(b));
    leaf.end = std::max(leaf.end, static_cast<uint32_t>(e));
    for (int32_t s : open_spans) {
      InlineSpan& span = doc->spans[static_cast<size_t>(s)];
      if (span.begin == UINT32_MAX) span.begin = static_cast<uint32_t>(b);
      span.end = static_cast<uint32_t>(e);
      if (span.block < 0) span.block = open.back();
    }
    cursor = std::max(cursor, e);
  }
};

int on_enter_block(MD_BLOCKTYPE type, void* detail, void* user) {
  static_cast<Builder*>(user)->enter(type, detail);
  return 0;
}
int on_leave_block(MD_BLOCKTYPE type, void*, void* user) {
  static_cast<Builder*>(user)->leave(type);
  return 0;
}
int on_enter_span(MD_SPANTYPE type, void* detail, void* user) {
  static_cast<Builder*>(user)->enter_span(type, detail);
  return 0;
}
int on_leave_span(MD_SPANTYPE type, void*, void* user) {
  static_cast<Builder*>(user)->leave_span(type);
  return 0;
}
int on_text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* user) {
  static_cast<Builder*>(user)->on_text(type, text, size);
  return 0;
}

// Template directives of static site generators, {{ site.url }}, {{< image ... >}}, {% raw %}, are
// not prose: blanked where they open and close on one line.
void blank_template_directives(std::string& text) {
  size_t i = text.find('{');
  while (i != std::string::npos && i + 1 < text.size()) {
    const char open = text[i + 1];
    if (open == '{' || open == '%') {
      const char close[3] = {open == '{' ? '}' : '%', '}', 0};
      const size_t eol = text.find('\n', i);
      const size_t end = text.find(close, i + 2);
      if (end != std::string::npos && (eol == std::string::npos || end < eol)) {
        blank(text, i, end + 2);
        i = text.find('{', end + 2);
        continue;
      }
    }
    i = text.find('{', i + 1);
  }
}

// Lines of blocks, counted forward: blocks come nearly in text order.
void number_lines(std::string_view text, std::vector<Block>* blocks) {
  size_t pos = 0, line = 1;
  for (Block& b : *blocks) {
    if (b.begin < pos) {
      pos = 0;
      line = 1;
    }
    line += count_byte(text.substr(pos, b.begin - pos), '\n');
    pos = b.begin;
    b.line = static_cast<uint32_t>(line);
  }
}

// The copy of the text md4c parses, where it differs from the review, byte for byte the same length
// so that offsets hold; false when no byte needs it:
//  - "##" then a no-break space (Option-Space on a Mac keyboard) opens a heading, as Python-Markdown
//    and other renderers take it and CommonMark does not: the copy has two spaces there;
//  - a tilde alone is no strikethrough: Korean writes ranges with it ("2~3주", "10시~12시"), and
//    GitHub's single-tilde strikethrough would strike the text between two of them. Only "~~"
//    strikes; the copy has an 'x' for a lone '~' (the review keeps its tilde).
bool patch_for_parsing(std::string_view text, std::string* patched) {
  bool any = false;
  for (size_t t = text.find('~'); t != std::string_view::npos; t = text.find('~', t + 1)) {
    if ((t > 0 && text[t - 1] == '~') || (t + 1 < text.size() && text[t + 1] == '~')) continue;
    if (!any) patched->assign(text);
    any = true;
    (*patched)[t] = 'x';
  }
  if (text.find("#\xC2\xA0") == std::string_view::npos) return any;
  for (size_t pos = 0; pos < text.size();) {
    size_t i = pos;
    while (i < text.size() && i - pos < 3 && text[i] == ' ') ++i;
    size_t hashes = i;
    while (hashes < text.size() && text[hashes] == '#' && hashes - i < 7) ++hashes;
    if (hashes > i && hashes - i <= 6 && text.compare(hashes, 2, "\xC2\xA0") == 0) {
      if (!any) patched->assign(text);
      any = true;
      (*patched)[hashes] = ' ';
      (*patched)[hashes + 1] = ' ';
    }
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return any;
}

}  // namespace

// Runs of white space become one space, eagerly: the first of a run is written, the rest skipped, and
// a space left at the end is taken back. Most 16-byte blocks of prose hold single spaces only and are
// copied as they are.
std::string collapse_spaces(std::string_view text) {
  std::string out(text.size(), '\0');
  char* w = out.data();
  const char* const start = w;
  const size_t n = text.size();
  size_t i = 0;
  while (i < n && is_space(text[i])) ++i;  // leading white space goes
  bool after_space = false;                // the last byte written is a space
  auto put = [&](char c) {
    const bool space = is_space(c);
    if (space && after_space) return;
    *w++ = space ? ' ' : c;
    after_space = space;
  };
#ifdef __SSE2__
  const __m128i blank = _mm_set1_epi8(' ');
  while (i + 16 <= n) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const auto other = static_cast<unsigned>(_mm_movemask_epi8(bytes_in_range(v, '\t', '\r')));
    const auto single = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, blank)));
    // As it is: no white space but ' ', no two spaces together, none right after a space written.
    if (other == 0 && (single & (single >> 1)) == 0 && !(after_space && (single & 1))) {
      _mm_storeu_si128(reinterpret_cast<__m128i*>(w), v);
      w += 16;
      i += 16;
      after_space = (single >> 15) & 1;
      continue;
    }
    for (const size_t end = i + 16; i < end; ++i) put(text[i]);
  }
#endif
  for (; i < n; ++i) put(text[i]);
  if (after_space) --w;
  out.resize(static_cast<size_t>(w - start));
  return out;
}

std::string Document::words(uint32_t begin, uint32_t end) const {
  if (begin >= end || end > text.size()) return "";
  return collapse_spaces(std::string_view(text).substr(begin, end - begin));
}

bool Document::inside(int32_t b, int32_t ancestor) const {
  while (b >= 0) {
    if (b == ancestor) return true;
    b = blocks[static_cast<size_t>(b)].parent;
  }
  return false;
}

Document parse_document(std::string_view source) {
  Document doc;
  doc.text.assign(source);
  read_front_matter(source, &doc.meta);
  blank(doc.text, 0, doc.meta.end);

  std::string patched;
  const std::string_view parsed = patch_for_parsing(source, &patched) ? std::string_view(patched) : source;
  Builder builder;
  builder.src = parsed;
  builder.doc = &doc;
  builder.cursor = doc.meta.end;
  MD_PARSER parser{};
  parser.flags = MD_DIALECT_GITHUB;
  parser.enter_block = on_enter_block;
  parser.leave_block = on_leave_block;
  parser.enter_span = on_enter_span;
  parser.leave_span = on_leave_span;
  parser.text = on_text;
  const std::string_view content = parsed.substr(doc.meta.end);
  md_parse(content.data(), static_cast<MD_SIZE>(content.size()), &parser, &builder);
  while (!builder.open.empty()) builder.pop();
  blank(doc.text, builder.cursor, doc.text.size());
  blank_template_directives(doc.text);
  number_lines(source, &doc.blocks);
  return doc;
}

}  // namespace talkgraph
