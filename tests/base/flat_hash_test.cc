#include "base/flat_hash.h"

#include <cstdint>
#include <utility>

#include <gtest/gtest.h>


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

}  // namespace
}  // namespace talkgraph
