#include "graph/string_pool.h"

#include <cstring>
#include <functional>

namespace talkgraph {

namespace {

constexpr size_t kBlockBytes = size_t{1} << 20;

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

std::string_view StringPool::store(std::string_view s) {
  if (s.empty()) return {};
  if (s.size() > left_) {
    // A string larger than a block gets a block of its own; the current block stays in use.
    if (s.size() > kBlockBytes / 4) {
      blocks_.push_back(std::make_unique<char[]>(s.size()));
      std::memcpy(blocks_.back().get(), s.data(), s.size());
      return {blocks_.back().get(), s.size()};
    }
    blocks_.push_back(std::make_unique<char[]>(kBlockBytes));
    free_ = blocks_.back().get();
    left_ = kBlockBytes;
  }
  std::memcpy(free_, s.data(), s.size());
  std::string_view stored(free_, s.size());
  free_ += s.size();
  left_ -= s.size();
  return stored;
}

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
