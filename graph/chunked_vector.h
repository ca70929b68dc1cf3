// ChunkedVector: a growable array stored in fixed-size chunks, for the millions of edges of a graph.
#pragma once

#include <cstddef>
#include <memory>
#include <new>
#include <utility>
#include <vector>

#include "base/large_pages.h"

namespace talkgraph {

// Elements never move once placed: growing costs no copy of hundreds of megabytes and no moment with
// the old and the new block both alive, as a doubling std::vector has. Chunks come from
// base/large_pages.h: chunks of 4 MB and more are on huge pages. Indexing is a shift, a mask and
// one load from a chunk table small enough to stay in cache (4 million 64-byte edges in 4 MB chunks:
// 64 pointers).
// std::deque has the same stability, but with 512-byte blocks its block map grows with the elements
// (4 MB for 4 million edges), so each random index costs a second cache miss.
template <typename T, unsigned kChunkBits = 12>
class ChunkedVector {
 public:
  static constexpr size_t kChunkSize = size_t{1} << kChunkBits;
  static constexpr size_t kChunkBytes = kChunkSize * sizeof(T);
  static_assert(alignof(T) <= kZeroedAlignment, "chunks are aligned to a cache line");

  ChunkedVector() = default;
  ChunkedVector(const ChunkedVector&) = delete;
  ChunkedVector& operator=(const ChunkedVector&) = delete;
  ChunkedVector(ChunkedVector&& o) noexcept : chunks_(std::move(o.chunks_)), size_(std::exchange(o.size_, 0)) {
    o.chunks_.clear();
  }
  ChunkedVector& operator=(ChunkedVector&& o) noexcept {
    if (this != &o) {
      release();
      chunks_ = std::move(o.chunks_);
      o.chunks_.clear();
      size_ = std::exchange(o.size_, 0);
    }
    return *this;
  }
  ~ChunkedVector() { release(); }

  T& operator[](size_t i) { return chunks_[i >> kChunkBits][i & (kChunkSize - 1)]; }
  const T& operator[](size_t i) const { return chunks_[i >> kChunkBits][i & (kChunkSize - 1)]; }
  T& back() { return (*this)[size_ - 1]; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

  template <typename... Args>
  T& emplace_back(Args&&... args) {
    if (size_ == chunks_.size() * kChunkSize) {
      // Room first (doubling), so that push_back cannot throw with the chunk held.
      if (chunks_.size() == chunks_.capacity()) chunks_.reserve(chunks_.empty() ? 16 : 2 * chunks_.size());
      chunks_.push_back(static_cast<T*>(allocate_zeroed(kChunkBytes)));
    }
    T* p = &(*this)[size_];
    ::new (static_cast<void*>(p)) T(std::forward<Args>(args)...);
    ++size_;
    return *p;
  }

  // Shrinks to the first `n` elements and gives the chunks past them back.
  void truncate(size_t n) {
    while (size_ > n) (*this)[--size_].~T();
    while (chunks_.size() * kChunkSize >= size_ + kChunkSize) {
      free_zeroed(chunks_.back(), kChunkBytes);
      chunks_.pop_back();
    }
  }

 private:
  void release() {
    truncate(0);
    chunks_.clear();
  }
  std::vector<T*> chunks_;
  size_t size_ = 0;
};

}  // namespace talkgraph
