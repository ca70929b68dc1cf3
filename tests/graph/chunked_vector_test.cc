#include "graph/chunked_vector.h"

#include <cstdint>
#include <memory>
#include <string>

#include <gtest/gtest.h>

namespace talkgraph {
namespace {

TEST(ChunkedVector, IndexesAcrossChunksAndKeepsAddresses) {
  ChunkedVector<std::string, 2> v;  // chunks of 4
  std::vector<const std::string*> addresses;
  for (int i = 0; i < 11; ++i) addresses.push_back(&v.emplace_back("s" + std::to_string(i)));
  ASSERT_EQ(v.size(), 11u);
  for (int i = 0; i < 11; ++i) {
    EXPECT_EQ(v[static_cast<size_t>(i)], "s" + std::to_string(i));
    EXPECT_EQ(&v[static_cast<size_t>(i)], addresses[static_cast<size_t>(i)]);  // growing moved nothing
  }
  EXPECT_EQ(v.back(), "s10");
}

TEST(ChunkedVector, TruncateDestroysTheRestAndGrowsAgain) {
  auto counter = std::make_shared<int>(0);
  {
    ChunkedVector<std::shared_ptr<int>, 2> v;
    for (int i = 0; i < 9; ++i) v.emplace_back(counter);
    EXPECT_EQ(counter.use_count(), 10);
    v.truncate(5);
    EXPECT_EQ(v.size(), 5u);
    EXPECT_EQ(counter.use_count(), 6);
    v.truncate(0);
    EXPECT_TRUE(v.empty());
    EXPECT_EQ(counter.use_count(), 1);
    for (int i = 0; i < 6; ++i) v.emplace_back(counter);
    EXPECT_EQ(v.size(), 6u);
    EXPECT_EQ(counter.use_count(), 7);
  }
  EXPECT_EQ(counter.use_count(), 1);  // the destructor destroyed what was left
}

TEST(ChunkedVector, MovesWithoutCopying) {
  ChunkedVector<std::unique_ptr<int>, 2> a;
  for (int i = 0; i < 7; ++i) a.emplace_back(std::make_unique<int>(i));
  const int* third = a[3].get();
  ChunkedVector<std::unique_ptr<int>, 2> b(std::move(a));
  EXPECT_EQ(b.size(), 7u);
  EXPECT_EQ(b[3].get(), third);
  EXPECT_TRUE(a.empty());  // NOLINT: a moved-from ChunkedVector is empty and usable
  a.emplace_back(std::make_unique<int>(42));
  EXPECT_EQ(*a[0], 42);
  a = std::move(b);
  EXPECT_EQ(a.size(), 7u);
  EXPECT_EQ(*a[6], 6);
}

TEST(ChunkedVector, KeepsCacheLineAlignedElementsAlignedInSmallAndLargeChunks) {
  struct alignas(64) Line {
    int value = 0;
  };
  ChunkedVector<Line, 2> small;     // 256-byte chunks
  ChunkedVector<Line, 16> large;    // 4 MB chunks, on huge pages where the kernel gives them
  for (int i = 0; i < 70000; ++i) {
    small.emplace_back().value = i;
    large.emplace_back().value = i;
  }
  for (size_t i : {size_t{0}, size_t{5}, size_t{65535}, size_t{65536}, size_t{69999}}) {
    EXPECT_EQ(reinterpret_cast<uintptr_t>(&small[i]) % 64, 0u) << i;
    EXPECT_EQ(reinterpret_cast<uintptr_t>(&large[i]) % 64, 0u) << i;
    EXPECT_EQ(large[i].value, static_cast<int>(i));
  }
  large.truncate(10);  // gives the second 4 MB chunk back
  EXPECT_EQ(large.size(), 10u);
  EXPECT_EQ(large.emplace_back().value, 0) << "a new element is constructed, whatever was there";
}

}  // namespace
}  // namespace talkgraph
