// Reading the corpus. Every check here runs before any extractor sees the text, so extractors can rely
// on valid NFC UTF-8 with '\n' line ends. A bad file is described precisely (line, column, byte) and
// left to the caller to skip: one broken file never stops a run.
#include "extract/corpus.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "extract/text_util.h"
#include "extract/utf8.h"

namespace talkgraph {

namespace fs = std::filesystem;

bool is_review_file_name(std::string_view name) {
  std::string lower = ascii_lower(name);
  for (std::string_view ext : {".txt", ".md", ".markdown"}) {
    if (lower.size() > ext.size() && lower.compare(lower.size() - ext.size(), ext.size(), ext) == 0) {
      return true;
    }
  }
  return false;
}

namespace {

// A folder argument's own name, for names that would clash: "b" for "a/b/", "reviews" for ".".
std::string folder_name(const std::string& folder) {
  std::error_code ec;
  fs::path p = fs::path(folder).lexically_normal();
  if (!p.has_filename()) p = p.parent_path();
  if (p.filename() == "." || p.filename() == ".." || p.empty()) p = fs::weakly_canonical(p.empty() ? "." : p, ec);
  return p.filename().string();
}

}  // namespace

std::vector<InputFile> collect_inputs(const std::vector<std::string>& paths, std::vector<std::string>* problems) {
  std::vector<InputFile> found;
  std::set<std::string> seen;   // canonical paths of the files taken
  std::set<std::string> names;  // names taken
  bool standard_input = false;
  auto add = [&](const fs::path& file, const std::string& name, const std::string& folder) {
    std::error_code ec;
    const fs::path canonical = fs::weakly_canonical(file, ec);
    if (!seen.insert(ec ? file.lexically_normal().string() : canonical.string()).second) return;
    std::string unique = name;
    if (names.count(unique) && !folder.empty()) unique = folder_name(folder) + "/" + name;
    for (int k = 2; names.count(unique); ++k) unique = fmt::format("{} ({})", name, k);
    names.insert(unique);
    found.push_back({file.string(), unique});
  };
  for (const std::string& path : paths) {
    if (path == "-") {
      standard_input = true;
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      problems->push_back(fmt::format("{}: no such file or directory", path));
      continue;
    }
    if (fs::is_regular_file(st)) {
      add(path, fs::path(path).filename().string(), "");
      continue;
    }
    if (!fs::is_directory(st)) {
      problems->push_back(fmt::format("{}: not a regular file or directory", path));
      continue;
    }
    size_t before = found.size();
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      problems->push_back(fmt::format("{}: cannot read directory: {}", path, ec.message()));
      continue;
    }
    std::vector<fs::path> files;  // this folder's, sorted: names are given in the same order every run
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) {
        problems->push_back(fmt::format("{}: {}", it->path().string(), ec.message()));
        break;
      }
      std::error_code fec;
      if (!is_review_file_name(it->path().filename().string())) continue;
      if (it->is_regular_file(fec)) {
        files.push_back(it->path());
      } else if (fec || (it->is_symlink(fec) && !fs::exists(it->path(), fec))) {
        // A review-named entry that cannot be resolved: a symbolic link loop or a dangling link.
        problems->push_back(fmt::format("{}: {}", it->path().string(),
                                        fec ? fec.message() : std::string("broken symbolic link")));
      }
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) add(file, file.lexically_relative(path).generic_string(), path);
    if (found.size() == before && files.empty()) {
      problems->push_back(fmt::format("{}: no .txt, .md or .markdown files in this folder", path));
    }
  }
  std::sort(found.begin(), found.end(), [](const InputFile& a, const InputFile& b) { return a.name < b.name; });
  if (standard_input) found.insert(found.begin(), InputFile{"-", "stdin"});
  return found;
}

namespace {

// 1-based line and column (in bytes) of a byte offset, for messages.
std::pair<size_t, size_t> line_and_column(std::string_view text, size_t offset) {
  size_t line = 1 + static_cast<size_t>(std::count(text.begin(), text.begin() + offset, '\n'));
  size_t line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  size_t column = (line_start == std::string_view::npos || offset == 0) ? offset + 1 : offset - line_start;
  return {line, column};
}

std::string normalize_line_ends(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

}  // namespace

bool prepare_text(std::string raw, std::string_view path, std::string* text, std::string* error) {
  if (raw.size() >= 2 && ((raw[0] == '\xFF' && raw[1] == '\xFE') || (raw[0] == '\xFE' && raw[1] == '\xFF'))) {
    *error = fmt::format("{}: UTF-16 text (byte-order mark {}); convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8",
                         path, raw[0] == '\xFF' ? "FF FE" : "FE FF");
    return false;
  }
  if (size_t nul = raw.find('\0'); nul != std::string_view::npos) {
    auto [line, column] = line_and_column(raw, nul);
    *error = fmt::format("{}:{}:{}: binary content (NUL byte at offset {})", path, line, column, nul);
    return false;
  }
  bool may_need_nfc = false;
  if (size_t bad = find_invalid_utf8(raw, &may_need_nfc); bad != kNoInvalidByte) {
    auto [line, column] = line_and_column(raw, bad);
    *error = fmt::format("{}:{}:{}: invalid UTF-8 (byte 0x{:02X} at offset {})", path, line, column,
                         static_cast<unsigned char>(raw[bad]), bad);
    return false;
  }
  if (raw.compare(0, 3, "\xEF\xBB\xBF") == 0) raw.erase(0, 3);
  if (trim(raw).empty()) {
    *error = fmt::format("{}: empty file", path);
    return false;
  }
  *text = to_nfc(raw.find('\r') == std::string::npos ? std::move(raw) : normalize_line_ends(raw), may_need_nfc);
  return true;
}

bool read_document(const std::string& path, SourceDocument* doc, std::string* error) {
  std::string raw;
  if (path == "-") {
    raw.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    if (std::cin.bad()) {
      *error = "-: cannot read standard input";
      return false;
    }
  } else {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) {
      *error = fmt::format("{}: {}", path, std::strerror(errno));
      return false;
    }
    if (!S_ISREG(st.st_mode)) {
      *error = fmt::format("{}: not a regular file", path);
      return false;
    }
    if (static_cast<size_t>(st.st_size) > kMaxFileBytes) {
      *error = fmt::format("{}: file of {} bytes is larger than the limit of {} bytes", path,
                           static_cast<size_t>(st.st_size), kMaxFileBytes);
      return false;
    }
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      *error = fmt::format("{}: {}", path, std::strerror(errno));
      return false;
    }
    raw.resize(static_cast<size_t>(st.st_size));
    size_t got = 0;
    int read_errno = 0;
    while (got < raw.size()) {
      ssize_t n = ::read(fd, raw.data() + got, raw.size() - got);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) read_errno = errno;
      if (n <= 0) break;  // an error, or the file shrank since stat
      got += static_cast<size_t>(n);
    }
    ::close(fd);
    if (got != raw.size()) {
      *error = read_errno != 0 ? fmt::format("{}: read error: {}", path, std::strerror(read_errno))
                               : fmt::format("{}: read error (the file changed while being read)", path);
      return false;
    }
  }
  doc->path = path;
  return prepare_text(std::move(raw), path, &doc->text, error);
}

}  // namespace talkgraph
