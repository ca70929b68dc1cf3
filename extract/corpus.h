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

// A review to read, and the name it goes by in every output (ids, labels, `path`, evidence, shards):
// its path below the folder argument it was found under, '/'-separated ("2019/day1.md"); a file given
// by itself goes by its file name, standard input by "stdin". Never the path as typed: that may name a
// home folder, and `reviews`, `./reviews`, `/home/jane/reviews` and a symbolic link to it must all
// give the same bytes. `path` is for opening the file and for messages on the terminal.
struct InputFile {
  std::string path;
  std::string name;
};

// Expands files and folders (recursively) into a list of files sorted by name, "-" first. A file
// reached twice (two arguments, or two spellings of one path) is read once. Two files that would share
// a name (x.md below two folder arguments) keep them apart with their folder's name in front
// ("b/x.md"). Names are escaped file names (escape_file_name): valid UTF-8 whatever the bytes.
// Inside a folder, a symbolic link is followed only when it stays inside that folder argument (a
// review.txt -> ~/.bash_history in a downloaded folder is not read), unless `follow_links`; each
// folder is walked once, so a link loop cannot trap the walk. Nothing is left out silently: a link
// out of the folder, a broken link, a FIFO or device with a review's name, an unreadable folder each
// append "path: reason" to *problems, and the rest is still returned.
std::vector<InputFile> collect_inputs(const std::vector<std::string>& paths, std::vector<std::string>* problems,
                                      bool follow_links = false);

// Reads and prepares one file, or standard input for "-". On failure returns false and sets *error to
// a one-line message that names the file: "path: reason" or "path:line: reason".
bool read_document(const std::string& path, SourceDocument* doc, std::string* error);

// The preparation step alone, over bytes already read: detects binary and UTF-16 content, validates
// UTF-8 (reporting line, column and byte offset), strips a UTF-8 BOM, turns CRLF and lone CR into LF
// and normalizes to NFC. Takes the bytes by value: text that needs no change is moved, not copied.
bool prepare_text(std::string raw, std::string_view path, std::string* text, std::string* error);

}  // namespace talkgraph
