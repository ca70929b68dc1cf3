// Atomic replacement by rename(2), which POSIX guarantees to be atomic within one file system; the
// temporary file is therefore created in the target's own folder. Temporary names are registered in a
// fixed table that a SIGINT/SIGTERM handler can walk without allocating, so an interrupted run leaves
// neither a truncated output nor a stray temporary file.
#include "export/output_file.h"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

namespace talkgraph {

namespace {

constexpr int kMaxPending = 16;
constexpr size_t kMaxPathBytes = 4096;
char g_pending[kMaxPending][kMaxPathBytes];
std::atomic<bool> g_used[kMaxPending];

int register_pending(const std::string& path) {
  if (path.size() >= kMaxPathBytes) return -1;
  for (int i = 0; i < kMaxPending; ++i) {
    bool expected = false;
    if (g_used[i].compare_exchange_strong(expected, true)) {
      std::memcpy(g_pending[i], path.c_str(), path.size() + 1);
      return i;
    }
  }
  return -1;
}

void unregister_pending(int slot) {
  if (slot >= 0) g_used[slot].store(false);
}

}  // namespace

void remove_pending_temporary_files() {
  for (int i = 0; i < kMaxPending; ++i) {
    if (g_used[i].load()) ::unlink(g_pending[i]);
  }
}

bool produce_file_atomically(const std::string& path,
                             const std::function<bool(const std::string& tmp_path, std::string* why)>& produce,
                             std::string* error) {
  std::string tmpl = path + ".tmp.XXXXXX";
  int fd = ::mkstemp(tmpl.data());
  if (fd < 0) {
    *error = fmt::format("{}: cannot create a temporary file: {}", path, std::strerror(errno));
    return false;
  }
  int slot = register_pending(tmpl);
  auto fail = [&](const std::string& why) {
    if (fd >= 0) ::close(fd);
    ::unlink(tmpl.c_str());
    unregister_pending(slot);
    *error = fmt::format("{}: {}", path, why);
    return false;
  };
  std::string why;
  if (!produce(tmpl, &why)) return fail(why);
  // fsync before rename, or a crash could leave the new name pointing at an empty file. The producer
  // may have replaced the file, so sync it by name.
  ::close(fd);
  fd = ::open(tmpl.c_str(), O_RDONLY);
  if (fd < 0 || ::fsync(fd) != 0) return fail(std::string("fsync failed: ") + std::strerror(errno));
  ::fchmod(fd, 0644);
  ::close(fd);
  fd = -1;
  if (std::rename(tmpl.c_str(), path.c_str()) != 0) return fail(std::string("rename failed: ") + std::strerror(errno));
  unregister_pending(slot);
  return true;
}

bool write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write,
                           std::string* error) {
  return produce_file_atomically(
      path,
      [&](const std::string& tmp, std::string* why) {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) {
          *why = std::string("cannot write: ") + std::strerror(errno);
          return false;
        }
        try {
          write(out);
        } catch (const std::exception& e) {
          *why = std::string("writer failed: ") + e.what();
          return false;
        }
        out.flush();
        if (!out) {
          *why = std::string("write failed: ") + std::strerror(errno ? errno : EIO);
          return false;
        }
        return true;
      },
      error);
}

}  // namespace talkgraph
