// FlatHashMap: an open-addressing map from 64-bit keys to 32-bit values, for the matcher's hot loop.
#pragma once

#include <cstdint>
#include <vector>

namespace talkgraph {

// Linear probing over a power-of-two table kept at most half full. Keys are mixed (a multiply and a
// shift) to pick the slot, so structured keys such as packed indices spread too. Key 0 marks an empty
// slot and is remapped to 1 on entry: callers must not use both 0 and 1.
// Lookups touch one cache line in the common case, several times faster than std::unordered_map.
class FlatHashMap {
 public:
  // Returns the value for `key`, inserting `value` first when absent.
  uint32_t emplace(uint64_t key, uint32_t value) {
    key = key == 0 ? 1 : key;
    if ((size_ + 1) * 2 > slots_.size()) grow();
    size_t i = slot_of(key);
    while (slots_[i].key != 0) {
      if (slots_[i].key == key) return slots_[i].value;
      i = (i + 1) & (slots_.size() - 1);
    }
    slots_[i] = {key, value};
    ++size_;
    return value;
  }

  // The value for `key`, or `missing`.
  uint32_t find(uint64_t key, uint32_t missing) const {
    if (slots_.empty()) return missing;
    key = key == 0 ? 1 : key;
    size_t i = slot_of(key);
    while (slots_[i].key != 0) {
      if (slots_[i].key == key) return slots_[i].value;
      i = (i + 1) & (slots_.size() - 1);
    }
    return missing;
  }

  bool contains(uint64_t key) const { return find(key, UINT32_MAX) != UINT32_MAX; }

  // Asks the CPU for the slot of `key` ahead of emplace() or find(), so callers with many keys can
  // have all their cache misses in flight at once.
  void prefetch(uint64_t key) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[slot_of(key == 0 ? 1 : key)]);
  }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t value = 0;
  };
  size_t slot_of(uint64_t key) const {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> 32) & (slots_.size() - 1);
  }
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    size_ = 0;
    for (const Slot& s : old) {
      if (s.key != 0) emplace(s.key, s.value);
    }
  }
  std::vector<Slot> slots_;
  size_t size_ = 0;
};

}  // namespace talkgraph
