// write_file_atomically's stream: tellp() positions, and repeat_output() copying bytes already
// written (the JSON writer's second edge list) through the kernel.
#include "export/output_file.h"

#include <filesystem>
#include <sstream>
#include <string>

#include <unistd.h>

#include <gtest/gtest.h>

#include "tests/cli/run_binary.h"

namespace talkgraph {
namespace {

using talkgraph::testing::slurp_file;

class OutputFile : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("talkgraph-output-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  std::filesystem::path dir_;
};

// Bytes that differ from position to position, so a copy from the wrong offset shows.
std::string pattern(size_t n) {
  std::string s(n, '\0');
  uint32_t x = 12345;
  for (char& c : s) {
    x = x * 1103515245 + 12345;
    c = static_cast<char>(x >> 24);
  }
  return s;
}

TEST_F(OutputFile, RepeatCopiesTheBytesBetweenTwoPositions) {
  // Larger than the stream's 1 MB buffer, written in small pieces (buffered) and large ones (direct).
  const std::string body = pattern(3 * 1000 * 1000 + 7);
  std::string error;
  bool repeated = false;
  ASSERT_TRUE(write_file_atomically(
      path("a"),
      [&](std::ostream& out) {
        out << "head-";
        const std::streampos begin = out.tellp();
        EXPECT_EQ(begin, std::streampos(5));
        out.write(body.data(), 1000);
        out.write(body.data() + 1000, 2 * 1000 * 1000);
        for (size_t at = 2 * 1000 * 1000 + 1000; at < body.size(); at += 4096) out << body.substr(at, 4096);
        const std::streampos end = out.tellp();
        EXPECT_EQ(end, std::streampos(static_cast<std::streamoff>(5 + body.size())));
        out << "-mid-";
        repeated = repeat_output(out, begin, end);
        EXPECT_EQ(out.tellp(), std::streampos(static_cast<std::streamoff>(10 + 2 * body.size())));
        out << "-tail";
      },
      &error))
      << error;
  EXPECT_TRUE(repeated);
  EXPECT_EQ(slurp_file(path("a")), "head-" + body + "-mid-" + body + "-tail");
}

TEST_F(OutputFile, RepeatOfAnEmptyRangeWritesNothing) {
  std::string error;
  ASSERT_TRUE(write_file_atomically(
      path("b"),
      [&](std::ostream& out) {
        out << "x";
        EXPECT_TRUE(repeat_output(out, out.tellp(), out.tellp()));
        out << "y";
      },
      &error))
      << error;
  EXPECT_EQ(slurp_file(path("b")), "xy");
}

TEST_F(OutputFile, RepeatOfBytesNotWrittenFailsTheFile) {
  std::string error;
  EXPECT_FALSE(write_file_atomically(
      path("c"), [&](std::ostream& out) { out << "abc"; repeat_output(out, std::streampos(1), std::streampos(99)); },
      &error));
  EXPECT_NE(error.find(path("c") + ": write failed"), std::string::npos) << error;
  EXPECT_FALSE(std::filesystem::exists(path("c")));  // nothing half-written is left
}

TEST(RepeatOutput, OnAStringStreamLeavesTheWritingToTheCaller) {
  std::ostringstream out;
  out << "abc";
  EXPECT_FALSE(repeat_output(out, std::streampos(0), std::streampos(3)));
  EXPECT_EQ(out.str(), "abc");
  EXPECT_TRUE(out.good());
}

}  // namespace
}  // namespace talkgraph
