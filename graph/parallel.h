// run_in_parallel: a fixed number of independent tasks on a few threads, for work whose results are
// combined in a fixed order afterwards (so output does not depend on the number of threads).
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace talkgraph {

// Calls task(i) for every i in [0, count), each once, on up to `jobs` threads (0: one per core), the
// caller's thread included; returns when all are done. The first exception a task throws is
// rethrown here once every thread has stopped.
template <typename Task>
void run_in_parallel(size_t count, int jobs, Task&& task) {
  size_t threads = jobs > 0 ? static_cast<size_t>(jobs) : std::max(1u, std::thread::hardware_concurrency());
  threads = std::min(threads, count);
  if (threads <= 1) {
    for (size_t i = 0; i < count; ++i) task(i);
    return;
  }
  std::atomic<size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto work = [&] {
    for (size_t i = next++; i < count; i = next++) {
      try {
        task(i);
      } catch (...) {
        std::lock_guard<std::mutex> lock(failure_mutex);
        if (!failure) failure = std::current_exception();
      }
    }
  };
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace talkgraph
