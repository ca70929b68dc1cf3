// Workers claim files a few at a time, in order, from a shared counter and park their results in
// slots; the caller's thread hands slots to the sink strictly in file order. A worker waits before
// claiming files more than kAheadPerThread files past the sink, which bounds memory to a few
// extractions per thread whatever the corpus size. Claiming and handing over in groups keeps the
// threads from waking each other once per file (a futex round trip per file was a tenth of the CPU
// time on a corpus of 9 KB reviews). Output order never depends on timing, so any -j gives the same
// bytes.
//
// The caller's thread is the one serial stage (it merges, or writes a shard), and with -j equal to the
// cores it shares them with the workers. So the workers run at a lower priority (nice +5 on Linux,
// where the nice value is per thread): the scheduler then gives the caller most of a core whenever it
// has work, and the workers the rest, instead of a third of the machine each.
#include "extract/batch.h"

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <new>
#include <optional>
#include <thread>

#if defined(__linux__)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "extract/corpus.h"

namespace talkgraph {

namespace {
constexpr size_t kFilesPerClaim = 8;
constexpr size_t kAheadPerThread = 4 * kFilesPerClaim;
// Five steps of nice: a weight about a third of the caller's. At +19 the workers were no faster and
// would starve behind any other busy process on a shared machine.
constexpr int kWorkerNiceness = 5;

// Lowers the calling thread's priority by kWorkerNiceness; a failure changes nothing but speed.
void lower_this_thread_priority() {
#if defined(__linux__)
  const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
  errno = 0;
  const int current = ::getpriority(PRIO_PROCESS, tid);
  if (errno == 0) ::setpriority(PRIO_PROCESS, tid, std::min(current + kWorkerNiceness, 19));
#endif
}
}  // namespace

void extract_stream(const std::vector<InputFile>& files, const Extractor& extractor, const ExtractOptions& options,
                    int jobs, const std::function<void(DocumentExtraction&&)>& sink,
                    std::vector<std::string>* problems, const std::function<void(const BatchProgress&)>& progress) {
  size_t wanted = jobs > 0 ? static_cast<size_t>(jobs) : std::max(1u, std::thread::hardware_concurrency());
  size_t threads = std::max<size_t>(1, std::min(wanted, files.size()));
  const size_t window = kAheadPerThread * threads;

  struct Slot {
    bool done = false;
    bool ok = false;
    size_t worker = 0;
    std::string error;
    DocumentExtraction doc;
  };
  std::mutex mu;
  std::condition_variable ready, room;
  std::deque<Slot> slots;  // slots[k] is file (consumed + k)
  size_t consumed = 0, next = 0;
  int room_waiters = 0;  // workers waiting for the sink to make room
  bool sink_waits = false;
  // Extractions the sink is done with, by the worker that made them: that worker frees them. A
  // thread freeing memory another thread allocated takes the allocator's slow path (the other
  // thread's arena and its lock), and the merging thread is the one every worker waits for.
  std::vector<std::vector<Slot>> spent(threads);

  auto work = [&](size_t worker) {
    lower_this_thread_priority();
    std::vector<Slot> results, mine;
    while (true) {
      size_t first, count;
      mine.clear();  // outside the lock
      {
        std::unique_lock<std::mutex> lock(mu);
        mine.swap(spent[worker]);
        auto has_room = [&] { return next >= files.size() || next < consumed + window; };
        if (!has_room()) {
          ++room_waiters;
          room.wait(lock, has_room);
          --room_waiters;
        }
        if (next >= files.size()) return;
        first = next;
        count = std::min({kFilesPerClaim, files.size() - next, consumed + window - next});
        next += count;
        if (slots.size() < next - consumed) slots.resize(next - consumed);
      }
      if (next >= files.size()) room.notify_all();  // workers waiting for room can stop now
      results.assign(count, Slot{});
      for (size_t k = 0; k < count; ++k) {
        const size_t i = first + k;
        results[k].worker = worker;
        SourceDocument source;
        // A throw in a worker would end the process (std::terminate): it becomes this file's
        // problem, and the other files go on.
        try {
          if (read_document(files[i].path, &source, &results[k].error)) {
            results[k].doc = extractor.extract(source, files[i].name, options);
            results[k].ok = true;
          }
        } catch (const std::bad_alloc&) {
          // Its text and what it found are freed as the stack unwinds; the other files go on.
          results[k].ok = false;
          results[k].error = files[i].path + ": out of memory while reading it; skipped (a smaller file, fewer jobs "
                                             "(-j), or more memory)";
        } catch (const std::exception& e) {
          results[k].ok = false;
          results[k].error = files[i].path + ": internal error: " + e.what();
        }
        results[k].done = true;
      }
      bool wake;
      {
        std::lock_guard<std::mutex> lock(mu);
        for (size_t k = 0; k < count; ++k) slots[first + k - consumed] = std::move(results[k]);
        wake = sink_waits && first == consumed;  // only the front slots can let the sink go on
      }
      if (wake) ready.notify_one();
    }
  };
  std::vector<std::thread> pool;
  for (size_t t = 0; t < threads; ++t) pool.emplace_back(work, t);

  std::vector<std::string> warnings;
  BatchProgress done;
  std::vector<Slot> batch;
  while (done.files < files.size()) {
    bool worker_waits;
    {
      std::unique_lock<std::mutex> lock(mu);
      for (Slot& slot : batch) spent[slot.worker].push_back(std::move(slot));
      batch.clear();
      if (slots.empty() || !slots.front().done) {
        sink_waits = true;
        ready.wait(lock, [&] { return !slots.empty() && slots.front().done; });
        sink_waits = false;
      }
      while (!slots.empty() && slots.front().done) {
        batch.push_back(std::move(slots.front()));
        slots.pop_front();
      }
      consumed += batch.size();
      worker_waits = room_waiters > 0;
    }
    if (worker_waits) room.notify_all();
    for (Slot& slot : batch) {
      ++done.files;
      if (!slot.ok) {
        problems->push_back(slot.error);
      } else {
        done.bytes += slot.doc.bytes;
        warnings.insert(warnings.end(), slot.doc.warnings.begin(), slot.doc.warnings.end());
        sink(std::move(slot.doc));
      }
      if (progress) progress(done);
    }
  }
  for (std::thread& t : pool) t.join();
  problems->insert(problems->end(), warnings.begin(), warnings.end());
}

std::vector<DocumentExtraction> extract_files(const std::vector<InputFile>& files, const Extractor& extractor,
                                              const ExtractOptions& options, int jobs,
                                              std::vector<std::string>* problems) {
  std::vector<DocumentExtraction> docs;
  extract_stream(files, extractor, options, jobs, [&](DocumentExtraction&& d) { docs.push_back(std::move(d)); }, problems);
  return docs;
}

}  // namespace talkgraph
