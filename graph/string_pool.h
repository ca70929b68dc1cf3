// StringPool: interned strings with stable addresses, shared by the builder and the graph it makes.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace talkgraph {

// Evidence sentences repeat across edges (one sentence names several entities) and documents names
// repeat in every piece of evidence: storing each once and passing views keeps the graph's memory
// proportional to distinct text. Views stay valid as long as the pool lives.
//
// Millions of short strings: the bytes go into 1 MB blocks one after the other, and the index is an
// open-addressing table of (hash, entry) pairs, about 40 bytes of bookkeeping per string where a
// deque of std::string and an unordered_set of views cost about 100.
class StringPool {
 public:
  std::string_view intern(std::string_view s);
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
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* free_ = nullptr;  // the unused end of the last block
  size_t left_ = 0;
};

}  // namespace talkgraph
