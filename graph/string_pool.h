// StringPool: interned strings with stable addresses, shared by the builder and the graph it makes.
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace talkgraph {

// A string interned in a StringPool, as one pointer: the pool stores each string's length in the four
// bytes before it. Evidence holds three of these per entry, 8 bytes each where a view takes 16.
class PooledString {
 public:
  PooledString() = default;
  std::string_view view() const {
    if (p_ == nullptr) return {};
    uint32_t n;
    std::memcpy(&n, p_ - 4, 4);
    return {p_, n};
  }
  operator std::string_view() const { return view(); }  // NOLINT: reads as the text it is
  // Asks the CPU for the string ahead of use (GraphBuilder, for the last evidence of many edges).
  void prefetch() const {
    if (p_ != nullptr) __builtin_prefetch(p_ - 4);
  }

 private:
  friend class StringPool;
  explicit PooledString(const char* p) : p_(p) {}
  const char* p_ = nullptr;  // the first byte; null for ""
};

// Evidence sentences repeat across edges (one sentence names several entities) and documents names
// repeat in every piece of evidence: storing each once and passing views keeps the graph's memory
// proportional to distinct text. Views stay valid as long as the pool lives.
//
// Millions of short strings: the bytes go into 4 MB blocks (on huge pages: base/large_pages.h) one
// after the other, and the index is an open-addressing table of (hash, entry) pairs, about 40 bytes of
// bookkeeping per string where a deque of std::string and an unordered_set of views cost about 100.
class StringPool {
 public:
  std::string_view intern(std::string_view s);
  // The pooled form of a view intern() returned (of this or any pool).
  static PooledString pooled(std::string_view interned) {
    return PooledString(interned.empty() ? nullptr : interned.data());
  }
  size_t size() const { return views_.size(); }

 private:
  struct Slot {
    uint32_t hash = 0;
    uint32_t entry = 0;  // index into views_ plus one; 0: empty
  };
  std::string_view store(std::string_view s);
  void grow();

  std::vector<Slot> slots_;  // power of two, at most half full
  std::vector<std::string_view> views_;
  struct BlockDeleter {
    size_t bytes;
    void operator()(char* block) const;
  };
  std::vector<std::unique_ptr<char[], BlockDeleter>> blocks_;
  char* free_ = nullptr;  // the unused end of the last block
  size_t left_ = 0;
};

}  // namespace talkgraph
