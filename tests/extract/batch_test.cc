#include "extract/batch.h"

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#if defined(__linux__)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace talkgraph {
namespace {

namespace fs = std::filesystem;

class Batch : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("talkgraph-batch-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    std::vector<std::string> errors, warnings;
    lexicon_.add_text("Flask | library | 플라스크\nDjango | library | 장고\n", "test", &errors, &warnings);
    ASSERT_TRUE(errors.empty());
    // More files than the workers may run ahead of the sink (32 each), so they are still at work
    // while the first documents reach it.
    for (int i = 0; i < 300; ++i) {
      std::string name = (dir_ / ("review-" + std::to_string(1000 + i) + ".md")).string();
      std::ofstream(name) << "# Review " << i << "\n\n" << (i % 2 ? "Flask로 만든 서버.\n" : "Django and Flask.\n");
      files_.push_back(name);
    }
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
  Lexicon lexicon_;
  std::vector<std::string> files_;
};

TEST_F(Batch, HandsDocumentsOverInFileOrderWhateverTheThreads) {
  Extractor extractor(lexicon_);
  for (int jobs : {1, 2, 5}) {
    std::vector<std::string> names, problems;
    size_t mentions = 0;
    extract_stream(files_, extractor, ExtractOptions{}, jobs, [&](DocumentExtraction&& d) {
      names.push_back(d.name);
      mentions += d.mentions.size();
    }, &problems);
    EXPECT_EQ(names, files_) << jobs;
    EXPECT_EQ(mentions, 150u * 2 + 150u) << jobs;
    EXPECT_TRUE(problems.empty()) << jobs;
  }
}

#if defined(__linux__)
// The nice value of each of this process's threads but the calling one, from /proc.
std::vector<int> other_threads_niceness() {
  std::vector<int> out;
  const auto self = std::to_string(::syscall(SYS_gettid));
  for (const auto& task : fs::directory_iterator("/proc/self/task")) {
    if (task.path().filename() == self) continue;
    std::ifstream stat(task.path() / "stat");
    std::string line;
    std::getline(stat, line);
    // Fields after the command name (in parentheses, which may hold spaces): state is field 3, nice 19.
    std::istringstream rest(line.substr(line.rfind(')') + 2));
    std::string field;
    for (int k = 3; k <= 19 && rest >> field; ++k) {
      if (k == 19) out.push_back(std::stoi(field));
    }
  }
  return out;
}

TEST_F(Batch, WorkersRunAtALowerPriorityThanTheCaller) {
  Extractor extractor(lexicon_);
  errno = 0;
  const int caller = ::getpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid)));
  ASSERT_EQ(errno, 0);
  if (caller >= 19) GTEST_SKIP() << "already at the lowest priority";
  std::vector<int> seen;
  std::vector<std::string> problems;
  extract_stream(files_, extractor, ExtractOptions{}, 2, [&](DocumentExtraction&&) {
    if (seen.empty()) seen = other_threads_niceness();
  }, &problems);
  ASSERT_FALSE(seen.empty()) << "the workers were gone before the first document";
  for (int nice : seen) EXPECT_GT(nice, caller);
  EXPECT_EQ(::getpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid))), caller) << "the caller is left as it was";
}
#endif

}  // namespace
}  // namespace talkgraph
