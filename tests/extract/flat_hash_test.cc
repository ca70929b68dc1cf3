#include "extract/flat_hash.h"

#include <cstdint>
#include <fstream>
#include <string>
#include <utility>

#include <gtest/gtest.h>

#include "extract/large_pages.h"

namespace talkgraph {
namespace {

// Keys that spread over the whole 64-bit range, as the builder's packed edge keys do.
uint64_t key_of(uint64_t i) { return (i + 1) * 0x9E3779B97F4A7C15ULL; }

TEST(FlatHashMap, FindsWhatItHoldsAcrossGrowthPastTheLargeBlockSize) {
  // 400,000 keys: the table grows from 64 slots to 1 M (16 MB), past the size at which its block
  // comes from the kernel instead of calloc, so both kinds of block are filled, grown from and freed.
  FlatHashMap map;
  constexpr uint32_t kKeys = 400000;
  for (uint32_t i = 0; i < kKeys; ++i) ASSERT_EQ(map.emplace(key_of(i), i), i);
  for (uint32_t i = 0; i < kKeys; ++i) ASSERT_EQ(map.emplace(key_of(i), 7), i) << "a present key keeps its value";
  for (uint32_t i = 0; i < kKeys; ++i) ASSERT_EQ(map.find(key_of(i), UINT32_MAX), i);
  EXPECT_EQ(map.find(key_of(kKeys), UINT32_MAX), UINT32_MAX);
  EXPECT_FALSE(map.contains(key_of(kKeys + 5)));
}

TEST(FlatHashMap, KeyZeroIsStoredAsOne) {
  FlatHashMap map;
  EXPECT_EQ(map.find(0, 99), 99u) << "an empty map finds nothing";
  EXPECT_EQ(map.emplace(0, 5), 5u);
  EXPECT_EQ(map.find(0, 99), 5u);
  EXPECT_EQ(map.find(1, 99), 5u);  // the documented limit: 0 and 1 are one key
}

TEST(FlatHashMap, CopiesAreIndependentAndMovesLeaveAnEmptyMap) {
  for (uint32_t keys : {10u, 300000u}) {  // a calloc block and a kernel block
    FlatHashMap a;
    for (uint32_t i = 0; i < keys; ++i) a.emplace(key_of(i), i);
    FlatHashMap copy(a);
    copy.emplace(key_of(keys), keys);
    EXPECT_FALSE(a.contains(key_of(keys))) << keys;
    EXPECT_EQ(copy.find(key_of(keys - 1), UINT32_MAX), keys - 1);

    FlatHashMap moved(std::move(a));
    EXPECT_EQ(moved.find(key_of(keys / 2), UINT32_MAX), keys / 2);
    EXPECT_FALSE(a.contains(key_of(0)));  // NOLINT(bugprone-use-after-move): moved-from is empty
    a.emplace(key_of(1), 42);             // and usable again
    EXPECT_EQ(a.find(key_of(1), 0), 42u);

    copy = moved;  // copy-assign over a filled map
    EXPECT_FALSE(copy.contains(key_of(keys)));
    EXPECT_EQ(copy.find(key_of(3), UINT32_MAX), 3u);
  }
}

TEST(LargePages, BlocksOfEitherKindStartZeroedAndAligned) {
  for (size_t bytes : {size_t{1}, size_t{64}, size_t{100}, size_t{8} << 20, (size_t{5} << 20) + 3}) {
    auto* p = static_cast<unsigned char*>(allocate_zeroed(bytes));
    EXPECT_EQ(reinterpret_cast<uintptr_t>(p) % kZeroedAlignment, 0u) << bytes;
#if defined(__linux__)
    if (bytes >= (size_t{4} << 20)) EXPECT_EQ(reinterpret_cast<uintptr_t>(p) % (size_t{2} << 20), 0u) << "huge-page aligned";
#endif
    size_t nonzero = 0;
    for (size_t i = 0; i < bytes; i += 4093) nonzero += p[i] != 0;
    nonzero += p[bytes - 1] != 0;
    EXPECT_EQ(nonzero, 0u) << bytes;
    p[bytes - 1] = 1;  // writable to the last byte
    free_zeroed(p, bytes);
  }
  free_zeroed(nullptr, 0);  // ignored
}

#if defined(__linux__)
// The bytes of this process's mappings, from /proc.
size_t mapped_bytes() {
  std::ifstream maps("/proc/self/maps");
  size_t total = 0;
  std::string line;
  while (std::getline(maps, line)) {
    const size_t dash = line.find('-'), space = line.find(' ');
    total += std::stoull(line.substr(dash + 1, space - dash - 1), nullptr, 16) - std::stoull(line.substr(0, dash), nullptr, 16);
  }
  return total;
}

TEST(LargePages, FreeingGivesBackEverythingMapped) {
  // Sizes that are no multiple of a page or of a huge page: the block is mapped with room to spare
  // for alignment, and what is spared must be unmapped too.
  mapped_bytes();
  const size_t before = mapped_bytes();
  for (int i = 0; i < 10; ++i) {
    const size_t bytes = (size_t{5} << 20) + 3 + static_cast<size_t>(i) * 4099;
    free_zeroed(allocate_zeroed(bytes), bytes);
  }
  const size_t after = mapped_bytes();
  EXPECT_LT(after, before + (size_t{1} << 20)) << before << " -> " << after;
}
#endif

}  // namespace
}  // namespace talkgraph
