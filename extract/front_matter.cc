// Front matter is read with a few lines of code rather than a YAML or TOML library: only flat
// "key: value" pairs matter (the title and the date say which event a review is about), and a block
// that does not parse must still be recognized as metadata and kept out of the content.
#include "extract/front_matter.h"

#include <array>

#include "base/text_util.h"

namespace talkgraph {

namespace {

// Header keys Pelican and MultiMarkdown documents use; one of them must be present.
constexpr std::array<std::string_view, 14> kHeaderKeys = {"title",   "date",     "tags",    "category", "slug",
                                                          "author",  "authors",  "summary", "lang",     "modified",
                                                          "status",  "keywords", "subtitle", "categories"};

// The line starting at `pos` (without its '\n') and where the next starts.
std::string_view line_at(std::string_view text, size_t pos, size_t* next) {
  size_t nl = text.find('\n', pos);
  if (nl == std::string_view::npos) nl = text.size();
  *next = nl < text.size() ? nl + 1 : nl;
  std::string_view line = text.substr(pos, nl - pos);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

bool is_fence_line(std::string_view line, std::string_view fence) {
  std::string_view t = trim(line);
  return t == fence;
}

std::string unquote(std::string_view v) {
  v = trim(v);
  if (v.size() >= 2 && ((v.front() == '"' && v.back() == '"') || (v.front() == '\'' && v.back() == '\''))) {
    v = v.substr(1, v.size() - 2);
  }
  return std::string(v);
}

bool is_key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == ' ';
}

// "key: value" or "key = value"; the key a word of at most 30 characters starting with a letter.
bool split_pair(std::string_view line, char sep, std::string* key, std::string_view* value) {
  size_t at = line.find(sep);
  if (at == std::string_view::npos || at == 0 || at > 30) return false;
  std::string_view k = line.substr(0, at);
  if (!((k[0] >= 'a' && k[0] <= 'z') || (k[0] >= 'A' && k[0] <= 'Z'))) return false;
  for (char c : k) {
    if (!is_key_char(c)) return false;
  }
  *key = ascii_lower(trim(k));
  *value = line.substr(at + 1);
  return true;
}

void add_field(Metadata* meta, std::string key, std::string value) {
  if (key == "title" && meta->title.empty()) meta->title = value;
  if (key == "date" && meta->date.empty()) meta->date = value;
  meta->fields.emplace_back(std::move(key), std::move(value));
}

// A fenced block: YAML or TOML. `sep` is ':' or '='.
bool read_fenced(std::string_view text, std::string_view fence, char sep, Metadata* meta) {
  size_t pos = 0;
  line_at(text, 0, &pos);
  std::string list_key;  // YAML: the key whose "- item" lines follow
  std::string list_value;
  auto flush_list = [&] {
    if (!list_key.empty()) add_field(meta, list_key, list_value);
    list_key.clear();
    list_value.clear();
  };
  // A block longer than this is no front matter: a review that opens with a thematic break.
  constexpr size_t kMaxLines = 500;
  for (size_t n = 0; n < kMaxLines && pos < text.size(); ++n) {
    size_t next = 0;
    std::string_view line = line_at(text, pos, &next);
    if (is_fence_line(line, fence) || (fence == "---" && is_fence_line(line, "..."))) {
      flush_list();
      meta->end = static_cast<uint32_t>(next);
      return true;
    }
    std::string key;
    std::string_view value;
    std::string_view t = trim(line);
    if (sep == ':' && !list_key.empty() && t.size() > 1 && t[0] == '-' && t[1] == ' ') {
      if (!list_value.empty()) list_value += ", ";
      list_value += unquote(t.substr(2));
    } else if (line.size() > 0 && line[0] != ' ' && split_pair(line, sep, &key, &value)) {
      flush_list();
      std::string v = unquote(value);
      if (v.empty() && sep == ':') {
        list_key = key;  // a list or a nested map may follow
      } else {
        add_field(meta, std::move(key), std::move(v));
      }
    } else if (!t.empty() && t[0] != '#' && t[0] != '-' && line[0] != ' ' && line[0] != '\t' && t[0] != '[' &&
               t[0] != ']' && t[0] != '}') {
      break;  // prose between two rules: a thematic break, not metadata
    }
    pos = next;
  }
  meta->fields.clear();
  meta->title.clear();
  meta->date.clear();
  return false;
}

bool read_header_lines(std::string_view text, Metadata* meta) {
  size_t pos = 0;
  bool known = false;
  Metadata found;
  while (pos < text.size()) {
    size_t next = 0;
    std::string_view line = line_at(text, pos, &next);
    if (trim(line).empty()) break;
    std::string key;
    std::string_view value;
    if ((line[0] == ' ' || line[0] == '\t') && !found.fields.empty()) {  // a continuation line
      found.fields.back().second += " " + std::string(trim(line));
    } else if (split_pair(line, ':', &key, &value) && !trim(value).empty() && value[0] == ' ') {
      for (std::string_view k : kHeaderKeys) known |= key == k;
      add_field(&found, std::move(key), unquote(value));
    } else {
      return false;
    }
    pos = next;
  }
  if (!known || found.fields.empty()) return false;
  found.end = static_cast<uint32_t>(pos);
  *meta = std::move(found);
  return true;
}

}  // namespace

bool read_front_matter(std::string_view text, Metadata* meta) {
  meta->end = 0;
  size_t first_end = 0;
  std::string_view first = line_at(text, 0, &first_end);
  if (first_end < text.size()) {
    if (is_fence_line(first, "---") && first.substr(0, 3) == "---") return read_fenced(text, "---", ':', meta);
    if (is_fence_line(first, "+++") && first.substr(0, 3) == "+++") return read_fenced(text, "+++", '=', meta);
  }
  return read_header_lines(text, meta);
}

}  // namespace talkgraph
