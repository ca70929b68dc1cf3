#include "extract/utf8.h"

#include <gtest/gtest.h>

namespace talkgraph {
namespace {

TEST(Utf8, AcceptsHangulAndAscii) { EXPECT_EQ(find_invalid_utf8("파이썬 Flask로"), kNoInvalidByte); }

}  // namespace
}  // namespace talkgraph
