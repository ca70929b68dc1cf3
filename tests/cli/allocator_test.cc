// The programs run on the allocator CMake chose: with TALKGRAPH_MIMALLOC, memory from malloc and from
// operator new, in this process and in worker threads, comes from mimalloc's heap, and the talkgraph
// binary says so in --version. A link that silently kept the C library's malloc fails here.
#include <cstdlib>
#include <memory>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "cli/allocator.h"
#include "tests/cli/run_binary.h"

namespace {

using talkgraph::testing::Result;
using talkgraph::testing::run;

#if TALKGRAPH_MIMALLOC

TEST(Allocator, MallocAndNewComeFromMimalloc) {
  void* p = std::malloc(100);
  auto q = std::make_unique<std::string>(1000, 'x');  // the string's buffer comes from operator new
  EXPECT_TRUE(mi_is_in_heap_region(p));
  EXPECT_TRUE(mi_is_in_heap_region(q->data()));
  std::free(p);
  bool in_thread = false;
  std::thread([&] {
    auto r = std::make_unique<char[]>(64);
    in_thread = mi_is_in_heap_region(r.get());
  }).join();
  EXPECT_TRUE(in_thread);
}

TEST(Allocator, BinaryNamesMimallocInItsVersion) {
  Result v = run("--version");
  EXPECT_EQ(v.code, 0);
  EXPECT_NE(v.out.find("(allocator: mimalloc 2."), std::string::npos) << v.out;
}

#else

TEST(Allocator, BinaryNamesTheCLibraryMalloc) {
  Result v = run("--version");
  EXPECT_EQ(v.code, 0);
  EXPECT_NE(v.out.find("(allocator: the C library's malloc)"), std::string::npos) << v.out;
}

#endif

}  // namespace
