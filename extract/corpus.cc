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
#include <map>
#include <set>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "base/byte_scan.h"
#include "base/text_util.h"
#include "base/utf8.h"

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

std::string kind_of(const fs::file_status& st) {
  switch (st.type()) {
    case fs::file_type::fifo: return "a FIFO";
    case fs::file_type::socket: return "a socket";
    case fs::file_type::block: return "a block device";
    case fs::file_type::character: return "a character device";
    default: return "not a regular file";
  }
}

// Whether `path` (canonical) is `root` (canonical) or inside it.
bool inside(const fs::path& path, const fs::path& root) {
  auto r = root.begin(), p = path.begin();
  for (; r != root.end() && p != path.end(); ++r, ++p) {
    if (*r != *p) return false;
  }
  return r == root.end();
}

// Walks one folder argument: the review files under it, each with its path as found; every entry
// left out says why in *problems.
class FolderWalk {
 public:
  FolderWalk(const fs::path& root, bool follow_links, std::vector<fs::path>* files, std::vector<std::string>* problems)
      : root_(root), follow_links_(follow_links), files_(files), problems_(problems) {
    std::error_code ec;
    canonical_root_ = fs::weakly_canonical(root, ec);
  }
  void walk(const fs::path& dir) {
    std::error_code ec;
    if (const fs::path canonical = fs::weakly_canonical(dir, ec); !visited_.insert(canonical.string()).second) return;
    fs::directory_iterator it(dir, ec);
    if (ec) {
      problems_->push_back(fmt::format("{}: cannot read folder: {}", dir.string(), ec.message()));
      return;
    }
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      if (ec) {
        problems_->push_back(fmt::format("{}: cannot read folder: {}", dir.string(), ec.message()));
        return;
      }
      visit(it->path());
    }
  }

 private:
  void visit(const fs::path& path) {
    std::error_code ec;
    const fs::file_status link = fs::symlink_status(path, ec);
    const bool is_link = fs::is_symlink(link);
    const bool review_name = is_review_file_name(path.filename().string());
    const fs::file_status target = fs::status(path, ec);
    if (is_link && (ec || !fs::exists(target))) {
      if (review_name) problems_->push_back(fmt::format("{}: {}", path.string(), ec ? ec.message() : "broken symbolic link"));
      return;
    }
    if (is_link && !follow_links_) {
      const fs::path resolved = fs::weakly_canonical(path, ec);
      if (ec || !inside(resolved, canonical_root_)) {
        if (review_name || fs::is_directory(target)) {
          problems_->push_back(fmt::format("{}: a symbolic link out of {}, not {} (--follow-links {} it)", path.string(),
                                           root_.string(), fs::is_directory(target) ? "followed" : "read",
                                           fs::is_directory(target) ? "follows" : "reads"));
        }
        return;
      }
    }
    if (fs::is_directory(target)) {
      walk(path);
    } else if (!review_name) {
      return;
    } else if (fs::is_regular_file(target)) {
      files_->push_back(path);
    } else {
      problems_->push_back(fmt::format("{}: {}, not read", path.string(), kind_of(target)));
    }
  }

  fs::path root_, canonical_root_;
  bool follow_links_;
  std::vector<fs::path>* files_;
  std::vector<std::string>* problems_;
  std::set<std::string> visited_;  // canonical folders: a link loop is walked once
};

// A folder argument's own name, for names that would clash: "b" for "a/b/", "reviews" for ".".
std::string folder_name(const std::string& folder) {
  std::error_code ec;
  fs::path p = fs::path(folder).lexically_normal();
  if (!p.has_filename()) p = p.parent_path();
  if (p.filename() == "." || p.filename() == ".." || p.empty()) p = fs::weakly_canonical(p.empty() ? "." : p, ec);
  return p.filename().string();
}

}  // namespace

std::vector<InputFile> collect_inputs(const std::vector<std::string>& paths, std::vector<std::string>* problems,
                                      bool follow_links) {
  // Every way a file was reached, then one name per file: a file reached below a folder argument
  // goes by its path below the first such folder, rather than by its bare file name; names are given
  // in sorted order, so that the same files give the same names whatever the order of the arguments.
  struct Reached {
    std::string path;      // as found
    std::string name;      // escaped: below its folder, or its file name
    std::string folder;    // the folder argument it was found under; "" for a file given alone
    size_t argument = 0;
  };
  std::map<std::string, Reached> by_file;  // canonical path -> the way it is named
  bool standard_input = false;
  auto reach = [&](const fs::path& file, const std::string& raw_name, const std::string& folder, size_t argument) {
    std::error_code ec;
    const fs::path canonical = fs::weakly_canonical(file, ec);
    const std::string key = ec ? file.lexically_normal().string() : canonical.string();
    Reached r{file.string(), escape_file_name(raw_name), folder, argument};
    auto [it, fresh] = by_file.emplace(key, r);
    if (!fresh && it->second.folder.empty() && !folder.empty()) it->second = r;  // a folder's name wins
  };
  for (size_t a = 0; a < paths.size(); ++a) {
    const std::string& path = paths[a];
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
      reach(path, fs::path(path).filename().string(), "", a);
      continue;
    }
    if (!fs::is_directory(st)) {
      problems->push_back(fmt::format("{}: {}, not read", path, kind_of(st)));
      continue;
    }
    std::vector<fs::path> files;
    FolderWalk(path, follow_links, &files, problems).walk(path);
    for (const fs::path& file : files) reach(file, file.lexically_relative(path).generic_string(), path, a);
    if (files.empty()) problems->push_back(fmt::format("{}: no .txt, .md or .markdown files in this folder", path));
  }
  std::vector<const Reached*> order;
  for (const auto& [key, r] : by_file) order.push_back(&r);
  std::sort(order.begin(), order.end(), [](const Reached* a, const Reached* b) {
    return a->name != b->name ? a->name < b->name : a->argument < b->argument;
  });
  std::set<std::string> names;  // names taken; standard input's first
  std::vector<InputFile> found;
  if (standard_input) {
    names.insert("stdin");
    found.push_back({"-", "stdin"});
  }
  for (const Reached* r : order) {
    std::string unique = r->name;
    if (names.count(unique) && !r->folder.empty()) unique = escape_file_name(folder_name(r->folder)) + "/" + r->name;
    for (int k = 2; names.count(unique); ++k) unique = fmt::format("{} ({})", r->name, k);
    names.insert(unique);
    found.push_back({r->path, unique});
  }
  std::sort(found.begin() + (standard_input ? 1 : 0), found.end(),
            [](const InputFile& a, const InputFile& b) { return a.name < b.name; });
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

// UTF-16 without a byte-order mark, told by its NUL bytes: in the first 4 kB, at least a quarter of
// the code units have a NUL on one side (ASCII, spaces and line ends do) and almost none on the other.
// "LE" or "BE", or nothing.
std::string_view utf16_without_bom(std::string_view raw) {
  const size_t units = std::min<size_t>(raw.size(), 4096) / 2;
  if (units < 8) return {};
  size_t even = 0, odd = 0;  // NULs at even and odd offsets
  for (size_t i = 0; i < units; ++i) {
    even += raw[2 * i] == '\0';
    odd += raw[2 * i + 1] == '\0';
  }
  if (odd * 4 >= units && even * 50 <= units) return "LE";
  if (even * 4 >= units && odd * 50 <= units) return "BE";
  return {};
}

// Control characters other than tab, line feed, carriage return and form feed (C0 and DEL).
bool is_control(unsigned char c) { return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F; }

// A file that is not text though it is valid UTF-8: nothing visible at all, or control characters
// making a quarter of its first 64 kB (a terminal capture, a binary format without NULs). The reason,
// or nothing. Control bytes are found 16 at a time (a review has none, and line ends and tabs, which
// are allowed, come every few dozen bytes); a visible byte is almost always the first one.
std::string not_text(std::string_view raw) {
  const std::string_view head = raw.substr(0, 64 * 1024);
  size_t controls = 0;
#ifdef __SSE2__
  auto block_test = [](__m128i v) {
    const __m128i allowed = _mm_or_si128(bytes_in_range(v, '\t', '\n'), bytes_in_range(v, '\f', '\r'));
    return _mm_or_si128(_mm_andnot_si128(allowed, bytes_in_range(v, 0, 0x1F)), _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)));
  };
#else
  auto block_test = nullptr;
#endif
  for_each_byte_where(block_test, is_control, head, [&](size_t i) {
    ++controls;
    return i + 1;
  });
  const bool visible = std::any_of(raw.begin(), raw.end(), [](char ch) {
    const auto c = static_cast<unsigned char>(ch);
    return c > 0x20 && c != 0x7F;
  });
  if (!visible) return fmt::format("no text: only control characters and white space ({} bytes)", raw.size());
  if (controls * 4 >= head.size()) {
    return fmt::format("binary content ({} control characters in its first {} bytes)", controls, head.size());
  }
  return {};
}

}  // namespace

bool prepare_text(std::string raw, std::string_view path, std::string* text, std::string* error) {
  if (raw.size() >= 2 && ((raw[0] == '\xFF' && raw[1] == '\xFE') || (raw[0] == '\xFE' && raw[1] == '\xFF'))) {
    *error = fmt::format("{}: UTF-16 text (byte-order mark {}); convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8",
                         path, raw[0] == '\xFF' ? "FF FE" : "FE FF");
    return false;
  }
  if (size_t nul = raw.find('\0'); nul != std::string_view::npos) {
    if (const std::string_view order = utf16_without_bom(raw); !order.empty()) {
      *error = fmt::format("{}: UTF-16{} text without a byte-order mark (told by its NUL bytes); convert it to UTF-8, "
                           "e.g. iconv -f UTF-16{} -t UTF-8",
                           path, order, order);
      return false;
    }
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
  if (const std::string why = not_text(raw); !why.empty()) {
    *error = fmt::format("{}: {}", path, why);
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
