#include "graph/string_pool.h"

#include <string>

#include <gtest/gtest.h>

#include "graph/knowledge_graph.h"

namespace talkgraph {
namespace {

TEST(StringPool, SameTextSameView) {
  StringPool pool;
  std::string a = "Flask로 개발";
  std::string_view first = pool.intern(a);
  a[0] = 'X';  // the pool keeps its own copy
  std::string_view second = pool.intern("Flask로 개발");
  EXPECT_EQ(first, "Flask로 개발");
  EXPECT_EQ(first.data(), second.data());
  EXPECT_EQ(pool.size(), 1u);
  EXPECT_NE(pool.intern("Flask").data(), first.data());
  EXPECT_EQ(pool.size(), 2u);
}

TEST(StringPool, ViewsStayValidAsThePoolGrows) {
  StringPool pool;
  std::vector<std::string_view> views;
  // Past many index resizes and blocks, with strings larger than a block among them.
  for (int i = 0; i < 200000; ++i) {
    std::string s = "sentence " + std::to_string(i);
    if (i % 50000 == 7) s += std::string(600000, 'x');
    views.push_back(pool.intern(s));
  }
  views.push_back(pool.intern(""));
  EXPECT_EQ(pool.size(), 200001u);
  for (int i = 0; i < 200000; ++i) {
    std::string s = "sentence " + std::to_string(i);
    if (i % 50000 == 7) s += std::string(600000, 'x');
    ASSERT_EQ(views[static_cast<size_t>(i)], s);
    ASSERT_EQ(pool.intern(s).data(), views[static_cast<size_t>(i)].data());
  }
  EXPECT_EQ(pool.intern(""), "");
  EXPECT_EQ(pool.size(), 200001u);
}

// A pooled string is one pointer; its length lives in the pool, for small strings, for strings given
// a block of their own, and for "".
TEST(StringPool, PooledStringsReadBackWhatWasInterned) {
  StringPool pool;
  const std::string big(400000, 'x');  // larger than a quarter block: stored on its own
  for (const std::string& s : {std::string("장고"), big, std::string(), std::string("Flask로 개발")}) {
    PooledString p = StringPool::pooled(pool.intern(s));
    EXPECT_EQ(p.view(), s);
    EXPECT_EQ(p.view().data(), pool.intern(s).data());
  }
  EXPECT_EQ(PooledString().view(), "");
  EXPECT_EQ(sizeof(PooledString), sizeof(void*));
}

TEST(EdgeId, IsTheLetterEAndTheIndex) {
  EXPECT_EQ(EdgeId(0).view(), "e0");
  EXPECT_EQ(EdgeId(425504).view(), "e425504");
  EXPECT_EQ(EdgeId(4294967295u).str(), "e4294967295");
}

}  // namespace
}  // namespace talkgraph
