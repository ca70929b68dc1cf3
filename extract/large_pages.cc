#include "extract/large_pages.h"

#include <cstdlib>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace talkgraph {

namespace {
constexpr size_t kLargeBytes = size_t{4} << 20;
}

void* allocate_zeroed(size_t bytes) {
#if defined(__linux__)
  if (bytes >= kLargeBytes) {
    void* p = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) throw std::bad_alloc();
#if defined(MADV_HUGEPAGE)
    ::madvise(p, bytes, MADV_HUGEPAGE);  // a hint: without huge pages the table works the same
#endif
    return p;
  }
#endif
  void* p = std::calloc(bytes == 0 ? 1 : bytes, 1);
  if (p == nullptr) throw std::bad_alloc();
  return p;
}

void free_zeroed(void* block, size_t bytes) {
  if (block == nullptr) return;
#if defined(__linux__)
  if (bytes >= kLargeBytes) {
    ::munmap(block, bytes);
    return;
  }
#endif
  std::free(block);
}

}  // namespace talkgraph
