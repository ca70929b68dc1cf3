// Workers take files in order from a shared counter and park their results in slots; the caller's
// thread hands slots to the sink strictly in file order. A worker waits before starting a file more
// than kAheadPerThread files past the sink, which bounds memory to a few extractions per thread
// whatever the corpus size. Output order never depends on timing, so any -j gives the same bytes.
#include "extract/batch.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

#include "extract/corpus.h"

namespace talkgraph {

namespace {
constexpr size_t kAheadPerThread = 8;
}  // namespace

void extract_stream(const std::vector<std::string>& files, const Extractor& extractor, const ExtractOptions& options,
                    int jobs, const std::function<void(DocumentExtraction&&)>& sink,
                    std::vector<std::string>* problems, const std::function<void(const BatchProgress&)>& progress) {
  size_t wanted = jobs > 0 ? static_cast<size_t>(jobs) : std::max(1u, std::thread::hardware_concurrency());
  size_t threads = std::max<size_t>(1, std::min(wanted, files.size()));
  const size_t window = kAheadPerThread * threads;

  struct Slot {
    bool done = false;
    bool ok = false;
    std::string error;
    DocumentExtraction doc;
  };
  std::mutex mu;
  std::condition_variable ready, room;
  std::deque<Slot> slots;  // slots[k] is file (consumed + k)
  size_t consumed = 0, next = 0;
  int room_waiters = 0;  // workers waiting for the sink to make room: woken one per slot freed

  auto work = [&] {
    while (true) {
      size_t i;
      {
        std::unique_lock<std::mutex> lock(mu);
        auto has_room = [&] { return next >= files.size() || next < consumed + window; };
        if (!has_room()) {
          ++room_waiters;
          room.wait(lock, has_room);
          --room_waiters;
        }
        if (next >= files.size()) return;
        i = next++;
        if (slots.size() < i - consumed + 1) slots.resize(i - consumed + 1);
      }
      if (i + 1 == files.size()) room.notify_all();  // workers waiting for room can stop now
      Slot result;
      SourceDocument source;
      if (read_document(files[i], &source, &result.error)) {
        result.doc = extractor.extract(source, files[i] == "-" ? "stdin" : files[i], options);
        result.ok = true;
      }
      result.done = true;
      bool front;
      {
        std::lock_guard<std::mutex> lock(mu);
        slots[i - consumed] = std::move(result);
        front = i == consumed;  // only the front slot can wake the sink
      }
      if (front) ready.notify_one();
    }
  };
  std::vector<std::thread> pool;
  for (size_t t = 0; t < threads; ++t) pool.emplace_back(work);

  std::vector<std::string> warnings;
  BatchProgress done;
  for (size_t i = 0; i < files.size(); ++i) {
    Slot slot;
    bool worker_waits;
    {
      std::unique_lock<std::mutex> lock(mu);
      ready.wait(lock, [&] { return !slots.empty() && slots.front().done; });
      slot = std::move(slots.front());
      slots.pop_front();
      worker_waits = room_waiters > 0;
      ++consumed;
    }
    if (worker_waits) room.notify_one();
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
  for (std::thread& t : pool) t.join();
  problems->insert(problems->end(), warnings.begin(), warnings.end());
}

std::vector<DocumentExtraction> extract_files(const std::vector<std::string>& files, const Extractor& extractor,
                                              const ExtractOptions& options, int jobs,
                                              std::vector<std::string>* problems) {
  std::vector<DocumentExtraction> docs;
  extract_stream(files, extractor, options, jobs, [&](DocumentExtraction&& d) { docs.push_back(std::move(d)); }, problems);
  return docs;
}

}  // namespace talkgraph
