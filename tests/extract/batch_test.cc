#include "extract/batch.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>

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
      const std::string name = "review-" + std::to_string(1000 + i) + ".md";
      std::ofstream(dir_ / name) << "# Review " << i << "\n\n" << (i % 2 ? "Flask로 만든 서버.\n" : "Django and Flask.\n");
      files_.push_back({(dir_ / name).string(), name});
    }
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
  Lexicon lexicon_;
  std::vector<InputFile> files_;
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
    std::vector<std::string> expected;
    for (const InputFile& f : files_) expected.push_back(f.name);
    EXPECT_EQ(names, expected) << jobs;
    EXPECT_EQ(mentions, 150u * 2 + 150u) << jobs;
    EXPECT_TRUE(problems.empty()) << jobs;
  }
}

#if defined(__linux__)
// This process's threads, by id, with their nice values, from /proc.
std::map<std::string, int> threads_niceness() {
  std::map<std::string, int> out;
  for (const auto& task : fs::directory_iterator("/proc/self/task")) {
    std::ifstream stat(task.path() / "stat");
    std::string line;
    if (!std::getline(stat, line)) continue;  // the thread has just ended
    // Fields after the command name (in parentheses, which may hold spaces): state is field 3, nice 19.
    std::istringstream rest(line.substr(line.rfind(')') + 2));
    std::string field;
    for (int k = 3; k <= 19 && rest >> field; ++k) {
      if (k == 19) out[task.path().filename().string()] = std::stoi(field);
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
  // Only the threads extract_stream starts are its workers: others (earlier tests') are left out.
  const std::map<std::string, int> before = threads_niceness();
  std::map<std::string, int> workers;
  std::vector<std::string> problems;
  extract_stream(files_, extractor, ExtractOptions{}, 2, [&](DocumentExtraction&&) {
    if (!workers.empty()) return;
    // One worker made the first document; the other may not have run its first line yet. Each lowers
    // its own priority as it starts, so wait (up to 5 s) for every new thread to have done it.
    for (int attempt = 0; attempt < 500; ++attempt) {
      workers.clear();
      for (const auto& [tid, nice] : threads_niceness()) {
        if (!before.count(tid)) workers[tid] = nice;
      }
      const bool lowered = std::all_of(workers.begin(), workers.end(), [&](const auto& w) { return w.second > caller; });
      if (workers.size() == 2 && lowered) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }, &problems);
  ASSERT_EQ(workers.size(), 2u) << "two workers at work while the first document arrives";
  for (const auto& [tid, nice] : workers) EXPECT_GT(nice, caller) << "thread " << tid;
  EXPECT_EQ(::getpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid))), caller) << "the caller is left as it was";
}
#endif

}  // namespace
}  // namespace talkgraph
