// Corpus: finding the review files under the paths a user gives, and reading each into clean text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace talkgraph {

// One review, ready for the extractors: valid UTF-8, NFC, '\n' line ends, no byte-order mark.
struct SourceDocument {
  std::string path;  // as the user gave it (or found under a folder); "-" is standard input
  std::string text;
};

// Largest file talkgraph reads; a bigger one is reported and skipped rather than exhausting memory.
inline constexpr size_t kMaxFileBytes = size_t{1} << 30;

// Extensions read when walking a folder; a file named explicitly is read whatever its extension.
bool is_review_file_name(std::string_view name);

// Expands files and folders (recursively, not following directory symlinks, so a symlink loop cannot
// trap it) into a sorted, de-duplicated list of files. Problems ("path: reason") are appended to
// *problems and the rest is still returned.
std::vector<std::string> collect_inputs(const std::vector<std::string>& paths,
                                        std::vector<std::string>* problems);

// Reads and prepares one file, or standard input for "-". On failure returns false and sets *error to
// a one-line message that names the file: "path: reason" or "path:line: reason".
bool read_document(const std::string& path, SourceDocument* doc, std::string* error);

// The preparation step alone, over bytes already read: detects binary and UTF-16 content, validates
// UTF-8 (reporting line, column and byte offset), strips a UTF-8 BOM, turns CRLF and lone CR into LF
// and normalizes to NFC. Takes the bytes by value: text that needs no change is moved, not copied.
bool prepare_text(std::string raw, std::string_view path, std::string* text, std::string* error);

}  // namespace talkgraph
