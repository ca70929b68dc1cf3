// Document: one review parsed once into metadata, blocks and inline spans, with offsets into its text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace talkgraph {

enum class BlockKind : uint8_t {
  kHeading,    // # Title, or Title over ===
  kParagraph,  // also the text of a tight list item (implicit) and a plain-text paragraph
  kList,       // holds list items
  kListItem,   // holds paragraphs and nested lists
  kQuote,      // > ...
  kTable,
  kTableRow,
  kTableCell,
  kCode,       // fenced, or indented and reading as code
  kHtml,       // a raw HTML block: its tags are masked, the text between them kept
  kRule,       // ---
};

std::string_view block_kind_name(BlockKind kind);

// Offsets are bytes into the review's text (after the reader's normalization); 32 bits, since a
// review is at most 1 GiB (extract/corpus.h).
struct Block {
  BlockKind kind = BlockKind::kParagraph;
  uint8_t level = 0;      // headings: 1 to 6
  bool ordered = false;   // lists and their items: numbered
  bool header = false;    // table rows and cells of the table's head
  bool implicit = false;  // a paragraph the Markdown did not open: the text of a tight list item
  bool fenced = false;    // code blocks
  uint16_t depth = 0;     // list items: how many list items enclose it; quotes: how many quotes
  int32_t parent = -1;    // the enclosing block, -1 at the top
  uint32_t number = 0;    // ordered lists: the first number; ordered list items: their number
  uint32_t items = 0;     // lists: how many items; table rows: how many cells
  uint32_t begin = 0;     // first byte of the block's text (its markup before it excluded)
  uint32_t end = 0;       // one past its last byte of text, children included
  uint32_t line = 0;      // 1-based line of `begin`
};

enum class SpanKind : uint8_t {
  kLink,      // [label](destination): begin/end hold the label
  kAutolink,  // <https://...>, or a bare URL: its text is the URL, masked like a destination
  kImage,     // ![alt](path): the alt text, masked
  kStrong,
  kEmphasis,
  kCode,      // `code`
  kStrike,    // ~~text~~
};

std::string_view span_kind_name(SpanKind kind);

// A range of the text: a code span, a cue word's hit, a speaker's name.
using TextRange = std::pair<uint32_t, uint32_t>;

struct InlineSpan {
  SpanKind kind = SpanKind::kLink;
  int32_t block = -1;  // the leaf block that holds it
  uint32_t begin = 0;  // its content: a link's label, a strong span's text
  uint32_t end = 0;
  std::string href;    // links and autolinks: the destination, entities decoded
  bool glued = false;  // a letter follows its closing markup with no space: "**Flask**를" is part of a word
};

// What a review says about itself outside its content: YAML (---) or TOML (+++) front matter, or
// Pelican/MultiMarkdown header lines ("Title: ...", "Date: ...") at the top.
struct Metadata {
  std::string title;
  std::string date;
  std::vector<std::pair<std::string, std::string>> fields;  // every key (lowercased) and value, in order
  uint32_t end = 0;  // where the content starts
};

struct Document {
  // The text as a reader sees it, byte for byte the length of the source: markup, link destinations,
  // image alt text, HTML tags, template directives ({{ }}, {% %}) and metadata are spaces; line
  // breaks stay. Matching and sentence splitting read it, so every offset is an offset into the source.
  std::string text;
  Metadata meta;
  std::vector<Block> blocks;      // in document order, a container before what it holds
  std::vector<InlineSpan> spans;  // in document order of their start
  int markdown_headings = 0;      // headings written with # or underlines

  bool is_leaf(const Block& b) const {
    return b.kind == BlockKind::kHeading || b.kind == BlockKind::kParagraph || b.kind == BlockKind::kTableCell ||
           b.kind == BlockKind::kCode || b.kind == BlockKind::kHtml;
  }
  // The visible text of a range with runs of white space made one space, and trimmed: a heading's
  // words, a link's label, an evidence sentence.
  std::string words(uint32_t begin, uint32_t end) const;
  std::string words(const Block& b) const { return words(b.begin, b.end); }
  // Whether block `b` lies inside block `ancestor` (or is it).
  bool inside(int32_t b, int32_t ancestor) const;
};

// Parses a review (valid UTF-8, NFC) once: front matter or header lines, then CommonMark with the GitHub
// dialect (tables, strikethrough, autolinks) through md4c. Plain text with no Markdown comes out as
// paragraphs separated by blank lines.
Document parse_document(std::string_view source);

// Collapses white space of any text as Document::words does.
std::string collapse_spaces(std::string_view text);

}  // namespace talkgraph
