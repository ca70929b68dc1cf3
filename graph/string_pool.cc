#include "graph/string_pool.h"

#include <cstring>
#include <functional>
#include <stdexcept>

#include "base/large_pages.h"

namespace talkgraph {

namespace {

constexpr size_t kBlockBytes = size_t{4} << 20;

uint32_t hash_of(std::string_view s) {
  const uint64_t h = std::hash<std::string_view>{}(s);
  return static_cast<uint32_t>(h ^ (h >> 32));
}

}  // namespace

std::string_view StringPool::intern(std::string_view s) {
  if ((views_.size() + 1) * 2 > slots_.size()) grow();
  const uint32_t hash = hash_of(s);
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    Slot& slot = slots_[i];
    if (slot.entry == 0) {
      views_.push_back(store(s));
      slot = {hash, static_cast<uint32_t>(views_.size())};
      return views_.back();
    }
    if (slot.hash == hash && views_[slot.entry - 1] == s) return views_[slot.entry - 1];
  }
}

// Each string is stored after its length (4 bytes, for PooledString).
std::string_view StringPool::store(std::string_view s) {
  if (s.empty()) return {};
  if (s.size() > UINT32_MAX - 4) throw std::length_error("string too long for the pool");
  const size_t need = s.size() + 4;
  const auto length = static_cast<uint32_t>(s.size());
  if (need > left_) {
    // A string larger than a block gets a block of its own; the current block stays in use.
    // Room first (doubling), so that adding the block cannot throw once it is allocated.
    if (blocks_.size() == blocks_.capacity()) blocks_.reserve(blocks_.empty() ? 16 : 2 * blocks_.size());
    if (need > kBlockBytes / 4) {
      blocks_.emplace_back(static_cast<char*>(allocate_zeroed(need)), BlockDeleter{need});
      char* at = blocks_.back().get();
      std::memcpy(at, &length, 4);
      std::memcpy(at + 4, s.data(), s.size());
      return {at + 4, s.size()};
    }
    blocks_.emplace_back(static_cast<char*>(allocate_zeroed(kBlockBytes)), BlockDeleter{kBlockBytes});
    free_ = blocks_.back().get();
    left_ = kBlockBytes;
  }
  std::memcpy(free_, &length, 4);
  std::memcpy(free_ + 4, s.data(), s.size());
  std::string_view stored(free_ + 4, s.size());
  free_ += need;
  left_ -= need;
  return stored;
}

void StringPool::BlockDeleter::operator()(char* block) const { free_zeroed(block, bytes); }

void StringPool::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
  const size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.entry == 0) continue;
    size_t i = s.hash & mask;
    while (slots_[i].entry != 0) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

}  // namespace talkgraph
