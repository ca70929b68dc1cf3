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

// A temporary file of our own (a child's input or log), removed when the guard goes and by
// abandon_pending_work() if a signal ends the run first.
class TemporaryFile {
 public:
  explicit TemporaryFile(std::string path);
  ~TemporaryFile();
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  int slot_;
};

// A child process (Graphviz) that must not outlive the run: killed by abandon_pending_work().
class ChildGuard {
 public:
  explicit ChildGuard(int pid);
  ~ChildGuard();  // unregisters only: the owner waits for the child
  ChildGuard(const ChildGuard&) = delete;
  ChildGuard& operator=(const ChildGuard&) = delete;

 private:
  int slot_;
};

// Kills every registered child and removes every temporary file still being written. Safe to call
// from a signal handler (no allocation, no locks): what SIGINT, SIGTERM and SIGHUP do before the
// process dies of the signal.
void abandon_pending_work();

}  // namespace talkgraph
