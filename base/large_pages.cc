#include "base/large_pages.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace talkgraph {

namespace {
constexpr size_t kLargeBytes = size_t{4} << 20;
constexpr size_t kHugePage = size_t{2} << 20;

// `bytes` rounded up to whole huge pages.
size_t huge_pages_for(size_t bytes) { return (bytes + kHugePage - 1) & ~(kHugePage - 1); }
}  // namespace

void* allocate_zeroed(size_t bytes) {
#if defined(__linux__)
  if (bytes >= kLargeBytes) {
    // Whole huge pages, mapped with one to spare, then trimmed to start on a 2 MB boundary: a huge
    // page must be aligned, and the kernel aligns mappings only to 4 KB.
    const size_t length = huge_pages_for(bytes);
    const size_t mapped = length + kHugePage;
    void* p = ::mmap(nullptr, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) throw std::bad_alloc();
    const auto start = reinterpret_cast<uintptr_t>(p);
    const uintptr_t aligned = (start + kHugePage - 1) & ~uintptr_t{kHugePage - 1};
    if (aligned > start) ::munmap(p, aligned - start);
    if (aligned + length < start + mapped) ::munmap(reinterpret_cast<void*>(aligned + length), start + mapped - aligned - length);
#if defined(MADV_HUGEPAGE)
    ::madvise(reinterpret_cast<void*>(aligned), length, MADV_HUGEPAGE);  // a hint: without huge pages it works the same
#endif
    return reinterpret_cast<void*>(aligned);
  }
#endif
  // aligned_alloc asks for a size that is a multiple of the alignment.
  const size_t rounded = bytes == 0 ? kZeroedAlignment : (bytes + kZeroedAlignment - 1) / kZeroedAlignment * kZeroedAlignment;
  void* p = std::aligned_alloc(kZeroedAlignment, rounded);
  if (p == nullptr) throw std::bad_alloc();
  return std::memset(p, 0, rounded);
}

void free_zeroed(void* block, size_t bytes) {
  if (block == nullptr) return;
#if defined(__linux__)
  if (bytes >= kLargeBytes) {
    ::munmap(block, huge_pages_for(bytes));
    return;
  }
#endif
  std::free(block);
}

}  // namespace talkgraph
