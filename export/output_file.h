// OutputFile: writing a file so that readers only ever see the old or the complete new version.
#pragma once

#include <functional>
#include <ostream>
#include <string>

namespace talkgraph {

// Writes through `write` into a temporary file next to `path`, flushes and fsyncs it, then renames it
// over `path`. On any failure (no space, no permission, a writer that throws) the temporary file is
// removed, `path` is left as it was, and *error says "path: reason".
bool write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write,
                           std::string* error);

// The same for files another program writes: `produce` fills the temporary path it is given
// (returning false with a reason on failure), then the file is fsynced and renamed over `path`.
bool produce_file_atomically(const std::string& path,
                             const std::function<bool(const std::string& tmp_path, std::string* why)>& produce,
                             std::string* error);

// For a writer given a stream by write_file_atomically: appends a copy of the bytes it wrote between
// the positions `begin` and `end` (from tellp()), copied by the kernel instead of formatted again.
// False, with nothing written, when the stream is not such a file (a string stream): the caller then
// writes the bytes itself. A failed copy sets the stream's badbit and returns true.
bool repeat_output(std::ostream& out, std::streampos begin, std::streampos end);

// Removes every temporary file still being written; safe to call from a signal handler.
void remove_pending_temporary_files();

}  // namespace talkgraph
