#include "base/large_pages.h"

#include <cstdint>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

namespace talkgraph {
namespace {

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
