#include "extract/review_meta.h"

#include <charconv>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "base/text_util.h"

namespace talkgraph {

namespace fs = std::filesystem;

namespace {

// One CSV line into fields: commas separate, a field in double quotes may hold commas and "" for a
// quote. False on an unterminated quote.
bool split_csv(std::string_view line, std::vector<std::string>* fields) {
  fields->assign(1, "");
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields->back().push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields->back().push_back(c);
      }
    } else if (c == '"' && trim(fields->back()).empty()) {
      fields->back().clear();
      quoted = true;
    } else if (c == ',') {
      fields->emplace_back();
    } else {
      fields->back().push_back(c);
    }
  }
  return !quoted;
}

std::string path_key(std::string_view path) { return fs::path(path).lexically_normal().generic_string(); }

std::string canonical_key(const std::string& path) {
  std::error_code ec;
  const fs::path p = fs::weakly_canonical(path, ec);
  return ec ? std::string() : p.generic_string();
}

}  // namespace

bool ReviewMetaTable::load(const std::string& file, std::string* error) {
  file_ = file;
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    *error = fmt::format("{}: cannot read the metadata file", file);
    return false;
  }
  std::string line;
  std::vector<std::string> fields;
  for (int n = 1; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (n == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);  // a spreadsheet's byte-order mark
    const std::string_view text = trim(line);
    if (text.empty() || text[0] == '#' || (n == 1 && starts_with_ci(text, "path"))) continue;
    if (!split_csv(line, &fields) || fields.size() != 3) {
      *error = fmt::format("{}:{}: expected path,event,year", file, n);
      return false;
    }
    ReviewMeta meta;
    meta.line = n;
    meta.event = std::string(trim(fields[1]));
    const std::string_view year = trim(fields[2]);
    if (!year.empty()) {
      const auto [end, ec] = std::from_chars(year.data(), year.data() + year.size(), meta.year);
      if (ec != std::errc() || end != year.data() + year.size() || meta.year < 1900 || meta.year > 2100) {
        *error = fmt::format("{}:{}: the year '{}' is not a year from 1900 to 2100", file, n, year);
        return false;
      }
    }
    const std::string path(trim(fields[0]));
    if (path.empty()) {
      *error = fmt::format("{}:{}: no path", file, n);
      return false;
    }
    by_path_[path_key(path)] = meta;
  }
  return true;
}

std::vector<const ReviewMeta*> ReviewMetaTable::match(const std::vector<InputFile>& files,
                                                      std::vector<std::string>* unmatched) const {
  // A line's path, resolved from the current folder, against each file's; then against each name.
  std::map<std::string, const ReviewMeta*> by_canonical;
  for (const auto& [path, meta] : by_path_) {
    if (const std::string key = canonical_key(path); !key.empty()) by_canonical.emplace(key, &meta);
  }
  std::vector<const ReviewMeta*> out(files.size(), nullptr);
  std::map<const ReviewMeta*, bool> used;
  for (size_t i = 0; i < files.size(); ++i) {
    if (files[i].path == "-") continue;
    if (auto it = by_canonical.find(canonical_key(files[i].path)); it != by_canonical.end()) {
      out[i] = it->second;
    } else if (auto named = by_path_.find(path_key(files[i].name)); named != by_path_.end()) {
      out[i] = &named->second;
    }
    if (out[i] != nullptr) used[out[i]] = true;
  }
  for (const auto& [path, meta] : by_path_) {
    if (!used.count(&meta)) unmatched->push_back(fmt::format("{}:{}: no review '{}' among the inputs", file_, meta.line, path));
  }
  return out;
}

void apply_review_meta(const ReviewMeta& meta, DocumentExtraction* doc) {
  const EventRef before = doc->event;
  EventRef& event = doc->event;
  if (!meta.event.empty() && event.name == kUnknownEvent) event.name = meta.event;
  if (meta.year != 0 && (event.year == 0 || event.year_source == "option")) {
    event.year = meta.year;
    event.year_source = "meta";
  }
  for (TalkRecord& t : doc->talks) {
    if (t.event.name == before.name && t.event.year == before.year) t.event = event;
  }
}

}  // namespace talkgraph
