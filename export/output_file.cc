// Atomic replacement by rename(2), which POSIX guarantees to be atomic within one file system; the
// temporary file is therefore created in the target's own folder. Temporary names are registered in a
// fixed table that a signal handler can walk without allocating, so an interrupted run leaves
// neither a truncated output nor a stray temporary file; the children it started (Graphviz) are in a
// second table, so that they die with it instead of running on as orphans.
#include "export/output_file.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ostream>
#include <streambuf>
#include <vector>
#include <fcntl.h>
#include <signal.h>
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

constexpr int kMaxChildren = 16;
std::atomic<pid_t> g_children[kMaxChildren];

}  // namespace

TemporaryFile::TemporaryFile(std::string path) : path_(std::move(path)), slot_(register_pending(path_)) {}

TemporaryFile::~TemporaryFile() {
  ::unlink(path_.c_str());
  unregister_pending(slot_);
}

ChildGuard::ChildGuard(int pid) : slot_(-1) {
  for (int i = 0; i < kMaxChildren; ++i) {
    pid_t expected = 0;
    if (g_children[i].compare_exchange_strong(expected, pid)) {
      slot_ = i;
      return;
    }
  }
}

ChildGuard::~ChildGuard() {
  if (slot_ >= 0) g_children[slot_].store(0);
}

void abandon_pending_work() {
  for (int i = 0; i < kMaxChildren; ++i) {
    if (const pid_t pid = g_children[i].load(); pid > 0) ::kill(pid, SIGKILL);
  }
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

namespace {

// A stream buffer over a file descriptor: 1 MB of buffering, write(2) with EINTR and short writes
// handled, and the kernel asked to start writing back every 16 MB (sync_file_range), so that the
// disk works while the writer formats instead of all at once in the final fsync. The first failure
// is kept (errno) and every later write fails, which sets the stream's badbit.
class FileOutputBuffer : public std::streambuf {
 public:
  explicit FileOutputBuffer(int fd) : fd_(fd), buffer_(kBufferBytes) { setp(buffer_.data(), buffer_.data() + buffer_.size()); }
  int error() const { return error_; }

  // Appends a copy of the file's bytes [begin, end): copy_file_range(2), or pread and write where the
  // file system cannot copy within a file.
  bool repeat(off_t begin, off_t end) {
    if (!drain()) return false;
    if (begin < 0 || begin > end || end > written_) {
      error_ = EINVAL;
      return false;
    }
    off_t in = begin;
#ifdef __linux__
    while (in < end) {
      ssize_t n = ::copy_file_range(fd_, &in, fd_, nullptr, static_cast<size_t>(end - in), 0);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;  // not supported here, or an error the write path below will meet again
      advance(n);
    }
#endif
    while (in < end) {
      ssize_t n = ::pread(fd_, buffer_.data(), std::min(buffer_.size(), static_cast<size_t>(end - in)), in);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        error_ = n < 0 ? errno : EIO;
        return false;
      }
      in += n;
      if (!write_all(buffer_.data(), static_cast<size_t>(n))) return false;
    }
    return true;
  }

 protected:
  int_type overflow(int_type c) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    if (n < static_cast<std::streamsize>(buffer_.size() / 2)) return std::streambuf::xsputn(s, n);
    // Large pieces (writers hand over about 1 MB at a time) go straight to the file.
    if (!drain() || !write_all(s, static_cast<size_t>(n))) return 0;
    return n;
  }
  int sync() override { return drain() ? 0 : -1; }
  // tellp(): the file position the next byte goes to. Nothing else seeks.
  pos_type seekoff(off_type off, std::ios_base::seekdir dir, std::ios_base::openmode which) override {
    if (off != 0 || dir != std::ios_base::cur || !(which & std::ios_base::out)) return pos_type(off_type(-1));
    return pos_type(written_ + (pptr() - pbase()));
  }

 private:
  static constexpr size_t kBufferBytes = size_t{1} << 20;
  static constexpr off_t kWritebackBytes = off_t{16} << 20;

  bool drain() {
    const size_t pending = static_cast<size_t>(pptr() - pbase());
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return write_all(buffer_.data(), pending);
  }
  bool write_all(const char* data, size_t size) {
    if (error_ != 0) return false;
    while (size > 0) {
      ssize_t n = ::write(fd_, data, size);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        error_ = n < 0 ? errno : EIO;
        return false;
      }
      data += n;
      size -= static_cast<size_t>(n);
      advance(n);
    }
    return true;
  }
  void advance(ssize_t n) {
    written_ += n;
#ifdef __linux__
    if (written_ - flushed_ >= kWritebackBytes) {
      ::sync_file_range(fd_, flushed_, written_ - flushed_, SYNC_FILE_RANGE_WRITE);  // a hint: failure is harmless
      flushed_ = written_;
    }
#endif
  }

  int fd_;
  std::vector<char> buffer_;
  int error_ = 0;
  off_t written_ = 0;
  off_t flushed_ = 0;
};

}  // namespace

bool repeat_output(std::ostream& out, std::streampos begin, std::streampos end) {
  auto* file = dynamic_cast<FileOutputBuffer*>(out.rdbuf());
  if (file == nullptr || begin < 0 || end < 0) return false;
  if (!file->repeat(static_cast<off_t>(begin), static_cast<off_t>(end))) out.setstate(std::ios_base::badbit);
  return true;
}

bool write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write,
                           std::string* error) {
  return produce_file_atomically(
      path,
      [&](const std::string& tmp, std::string* why) {
        int fd = ::open(tmp.c_str(), O_RDWR | O_TRUNC | O_CLOEXEC);  // readable too: repeat_output()
        if (fd < 0) {
          *why = std::string("cannot write: ") + std::strerror(errno);
          return false;
        }
        FileOutputBuffer buffer(fd);
        std::ostream out(&buffer);
        bool ok = true;
        try {
          write(out);
        } catch (const std::exception& e) {
          *why = std::string("writer failed: ") + e.what();
          ok = false;
        }
        if (ok) {
          out.flush();
          if (!out || buffer.error() != 0) {
            *why = std::string("write failed: ") + std::strerror(buffer.error() != 0 ? buffer.error() : EIO);
            ok = false;
          }
        }
        ::close(fd);
        return ok;
      },
      error);
}

}  // namespace talkgraph
