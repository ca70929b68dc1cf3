// Zeroed memory for large tables that are read at random: from 4 MB up it comes straight from the
// kernel (already zero, so nothing is written to clear it), aligned to 2 MB and marked for transparent
// huge pages, so that a table of hundreds of megabytes faults in 2 MB at a time instead of 4 KB, and
// its random reads miss the TLB far less often. Smaller blocks come from aligned_alloc. Every block
// is aligned to at least 64 bytes (a cache line).
#pragma once

#include <cstddef>

namespace talkgraph {

inline constexpr size_t kZeroedAlignment = 64;
void* allocate_zeroed(size_t bytes);             // throws std::bad_alloc
void free_zeroed(void* block, size_t bytes);     // `bytes` as allocated; null is ignored

}  // namespace talkgraph
