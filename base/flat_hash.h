// FlatHashMap: an open-addressing map from 64-bit keys to 32-bit values, for the matcher's hot loop.
#pragma once

#include <cstdint>
#include <cstring>
#include <utility>

#include "base/large_pages.h"

namespace talkgraph {

// Linear probing over a power-of-two table kept at most half full. Keys are mixed (a multiply and a
// shift) to pick the slot, so structured keys such as packed indices spread too. Key 0 marks an empty
// slot and is remapped to 1 on entry: callers must not use both 0 and 1.
// Lookups touch one cache line in the common case, several times faster than std::unordered_map.
// The slots live in one zeroed block (base/large_pages.h): a merge's edge table reaches hundreds of
// megabytes, and is neither cleared by hand nor faulted in 4 KB at a time.
class FlatHashMap {
 public:
  FlatHashMap() = default;
  FlatHashMap(const FlatHashMap& o) : size_(o.size_), capacity_(o.capacity_) {
    if (capacity_ != 0) {
      slots_ = static_cast<Slot*>(allocate_zeroed(capacity_ * sizeof(Slot)));
      std::memcpy(static_cast<void*>(slots_), o.slots_, capacity_ * sizeof(Slot));
    }
  }
  FlatHashMap(FlatHashMap&& o) noexcept
      : slots_(std::exchange(o.slots_, nullptr)), size_(std::exchange(o.size_, 0)), capacity_(std::exchange(o.capacity_, 0)) {}
  FlatHashMap& operator=(FlatHashMap o) noexcept {
    std::swap(slots_, o.slots_);
    std::swap(size_, o.size_);
    std::swap(capacity_, o.capacity_);
    return *this;
  }
  ~FlatHashMap() { free_zeroed(slots_, capacity_ * sizeof(Slot)); }

  // Returns the value for `key`, inserting `value` first when absent.
  uint32_t emplace(uint64_t key, uint32_t value) {
    key = key == 0 ? 1 : key;
    if ((size_ + 1) * 2 > capacity_) grow();
    size_t i = slot_of(key);
    while (slots_[i].key != 0) {
      if (slots_[i].key == key) return slots_[i].value;
      i = (i + 1) & (capacity_ - 1);
    }
    slots_[i] = {key, value};
    ++size_;
    return value;
  }

  // The value for `key`, or `missing`.
  uint32_t find(uint64_t key, uint32_t missing) const {
    if (capacity_ == 0) return missing;
    key = key == 0 ? 1 : key;
    size_t i = slot_of(key);
    while (slots_[i].key != 0) {
      if (slots_[i].key == key) return slots_[i].value;
      i = (i + 1) & (capacity_ - 1);
    }
    return missing;
  }

  bool contains(uint64_t key) const { return find(key, UINT32_MAX) != UINT32_MAX; }

  // Asks the CPU for the slot of `key` ahead of emplace() or find(), so callers with many keys can
  // have all their cache misses in flight at once.
  void prefetch(uint64_t key) const {
    if (capacity_ != 0) __builtin_prefetch(&slots_[slot_of(key == 0 ? 1 : key)]);
  }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t value = 0;
  };
  static size_t slot_of(uint64_t key, size_t capacity) {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> 32) & (capacity - 1);
  }
  size_t slot_of(uint64_t key) const { return slot_of(key, capacity_); }
  // Out of line and without emplace(), so that emplace() stays small enough to inline.
  [[gnu::noinline]] void grow() {
    const size_t bigger = capacity_ == 0 ? 64 : capacity_ * 2;
    auto* slots = static_cast<Slot*>(allocate_zeroed(bigger * sizeof(Slot)));  // may throw: nothing changed yet
    for (size_t k = 0; k < capacity_; ++k) {
      if (slots_[k].key == 0) continue;
      size_t i = slot_of(slots_[k].key, bigger);
      while (slots[i].key != 0) i = (i + 1) & (bigger - 1);
      slots[i] = slots_[k];
    }
    free_zeroed(slots_, capacity_ * sizeof(Slot));
    slots_ = slots;
    capacity_ = bigger;
  }
  Slot* slots_ = nullptr;  // capacity_ of them, key 0 where empty
  size_t size_ = 0;
  size_t capacity_ = 0;
};

}  // namespace talkgraph
