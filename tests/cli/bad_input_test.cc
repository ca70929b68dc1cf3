// The bad-input matrix: each hostile input with the message and exit code a user gets, through the
// real binary. Policy (README): a bad file is reported as "path:line: reason" (or a byte offset),
// skipped, and the rest is still processed; exit code 1 when anything was skipped; --strict makes
// any bad file fatal and writes nothing.
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

#include <gtest/gtest.h>

#include "tests/cli/run_binary.h"
#include <nlohmann/json.hpp>

namespace {

namespace fs = std::filesystem;

using talkgraph::testing::Result;
using talkgraph::testing::run;
using talkgraph::testing::run_shell;

class BadInput : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("talkgraph-bad-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "in");
    write("in/good.md", "# PyCon KR 2021\n## Talk: Django\n장고를 썼다.\n");
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string path(const std::string& p) { return (dir_ / p).string(); }
  void write(const std::string& p, const std::string& s) { std::ofstream(dir_ / p, std::ios::binary) << s; }
  std::string slurp(const std::string& p) {
    std::ifstream in(dir_ / p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  // Runs a build of in/ and expects exit 1, `message` on stderr, and good.md still in the graph.
  void expect_skipped(const std::string& message) {
    Result r = run("build " + path("in") + " -o " + path("out") + " -f json -q");
    EXPECT_EQ(r.code, 1) << r.out;
    EXPECT_NE(r.out.find("talkgraph: " + message + "\n"), std::string::npos) << r.out;
    EXPECT_NE(slurp("out/talkgraph.json").find("library:django"), std::string::npos);
  }
  fs::path dir_;
};

TEST_F(BadInput, InvalidUtf8Variants) {
  write("in/truncated.md", "ok\nab\xEC\x9E");
  expect_skipped(path("in/truncated.md") + ":2:3: invalid UTF-8 (byte 0xEC at offset 5)");
  fs::remove(dir_ / "in/truncated.md");
  write("in/overlong.md", "x \xC0\xAF");
  expect_skipped(path("in/overlong.md") + ":1:3: invalid UTF-8 (byte 0xC0 at offset 2)");
  fs::remove(dir_ / "in/overlong.md");
  write("in/surrogate.md", "\xED\xA0\x80");
  expect_skipped(path("in/surrogate.md") + ":1:1: invalid UTF-8 (byte 0xED at offset 0)");
  fs::remove(dir_ / "in/surrogate.md");
  write("in/stray.md", "line\n\x80");
  expect_skipped(path("in/stray.md") + ":2:1: invalid UTF-8 (byte 0x80 at offset 5)");
}

TEST_F(BadInput, BinaryContent) {
  write("in/image.md", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  expect_skipped(path("in/image.md") + ":3:1: binary content (NUL byte at offset 8)");
}

TEST_F(BadInput, Utf16IsNamed) {
  write("in/wide.md", std::string("\xFF\xFE#\0 \0P\0", 8));
  expect_skipped(path("in/wide.md") + ": UTF-16 text (byte-order mark FF FE); convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8");
}

TEST_F(BadInput, Utf16WithoutByteOrderMarkIsNamed) {
  write("in/wide.md", std::string("#\0 \0P\0y\0C\0o\0n\0\n\0", 16));
  expect_skipped(path("in/wide.md") + ": UTF-16LE text without a byte-order mark (told by its NUL bytes); convert it "
                 "to UTF-8, e.g. iconv -f UTF-16LE -t UTF-8");
}

TEST_F(BadInput, ControlCharactersOnly) {
  write("in/controls.md", "\x01\x02\x03\x1B\x1B\n");
  expect_skipped(path("in/controls.md") + ": no text: only control characters and white space (6 bytes)");
}

// Operands after "--" are files, whatever they start with, after a folder too (CLI11 alone refused them).
TEST_F(BadInput, FileNamesStartingWithADashAfterTheMarker) {
  write("in/-x.md", "# PyCon KR 2021\n## Talk: Flask\nFlask로 만들었다.\n");
  fs::create_directories(dir_ / "shards");
  Result r = run_shell("cd " + path("in") + " && " + TALKGRAPH_BINARY + " build . -o ../out -f json -q -- -x.md");
  EXPECT_EQ(r.code, 0) << r.out;
  const std::string json = slurp("out/talkgraph.json");
  EXPECT_NE(json.find("library:flask"), std::string::npos);
  EXPECT_NE(json.find("library:django"), std::string::npos);
  r = run_shell("cd " + path("in") + " && " + TALKGRAPH_BINARY + " extract -o ../shards/-s.jsonl -q -- -x.md && cd ../shards && " +
                TALKGRAPH_BINARY + " merge -o ../merged -f json -q -- -s.jsonl");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(slurp("merged/talkgraph.json").find("library:flask"), std::string::npos);
  // A command that takes no files says what it did not expect.
  r = run("completion bash -- x");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.out.find("not expected: x"), std::string::npos) << r.out;
}

TEST_F(BadInput, EmptyFile) {
  write("in/empty.md", "");
  expect_skipped(path("in/empty.md") + ": empty file");
}

TEST_F(BadInput, BomCrlfCrAndNfdGiveTheSameGraphAsCleanText) {
  const std::string clean = "# 파이콘 2019 후기\n\n## 세션: 장고와 셀러리\n장고를 셀러리와 함께 썼다.\n";
  auto graph_of = [&](const std::string& bytes) {
    fs::remove_all(dir_ / "one");
    fs::create_directories(dir_ / "one");
    write("one/r.md", bytes);
    Result r = run("build " + path("one/r.md") + " -o " + path("one/out") + " -f json -q");
    EXPECT_EQ(r.code, 0) << r.out;
    auto j = nlohmann::json::parse(slurp("one/out/talkgraph.json"));
    std::vector<std::string> ids;
    for (const auto& n : j["nodes"]) {
      if (n["type"] != "document") ids.push_back(n["id"]);
    }
    return ids;
  };
  auto expected = graph_of(clean);
  EXPECT_NE(std::find(expected.begin(), expected.end(), "library:celery"), expected.end());
  EXPECT_EQ(graph_of("\xEF\xBB\xBF" + clean), expected);
  std::string crlf, cr;
  for (char c : clean) {
    crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    cr += c == '\n' ? '\r' : c;
  }
  EXPECT_EQ(graph_of(crlf), expected);
  EXPECT_EQ(graph_of(cr), expected);
  // NFD: 장고 written as conjoining jamo, as macOS does.
  std::string nfd = clean;
  const std::string composed = "장고", decomposed = "\xE1\x84\x8C\xE1\x85\xA1\xE1\x86\xBC\xE1\x84\x80\xE1\x85\xA9";
  for (size_t p = nfd.find(composed); p != std::string::npos; p = nfd.find(composed, p)) nfd.replace(p, composed.size(), decomposed);
  EXPECT_EQ(graph_of(nfd), expected);
}

// 100 MB in one line; the sanitized CI run sets TALKGRAPH_LONG_LINE_MB=12 (still a dozen of the
// matcher's 1 MB pieces), where 100 MB took two and a half minutes at -O0.
TEST_F(BadInput, HundredMegabyteSingleLine) {
  const char* megabytes_env = std::getenv("TALKGRAPH_LONG_LINE_MB");
  const long megabytes = megabytes_env != nullptr ? std::atol(megabytes_env) : 100;
  size_t phrases = 0;
  {
    std::ofstream out(dir_ / "in/one-line.md", std::ios::binary);
    out << "PyCon KR 2020 notes: ";
    std::string chunk;
    for (int i = 0; i < 1000; ++i) chunk += "Flask and Django with 파이썬으로 and more words ";
    while (out.tellp() < megabytes * 1000 * 1000) {
      out << chunk;
      phrases += 1000;
    }
  }
  Result r = run("build " + path("in") + " -o " + path("out") + " -f json -q");
  // Millions of mentions in one document pass the per-document limit: said, and the rest still written.
  // Each phrase names Flask, Django and Python (파이썬).
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find(path("in/one-line.md") + ": " + std::to_string(3 * phrases) +
                       " entity mentions, more than the limit of 200000; the rest are ignored"),
            std::string::npos) << r.out;
  auto j = nlohmann::json::parse(slurp("out/talkgraph.json"));
  size_t longest = 0;
  for (const auto& e : j["links"]) {
    for (const auto& ev : e.value("evidence", nlohmann::json::array())) longest = std::max(longest, ev["sentence"].get<std::string>().size());
  }
  EXPECT_GT(longest, 0u);
  EXPECT_LE(longest, 403u);  // the longest line kept as evidence: 400 bytes and an ellipsis
}

TEST_F(BadInput, TenThousandNestedBullets) {
  std::string text = "# PyCon KR 2020\n## Talk: Deep\n";
  for (int i = 0; i < 10000; ++i) text += std::string(static_cast<size_t>(i) * 2 % 4000, ' ') + "- Django\n";
  write("in/deep.md", text);
  Result r = run("build " + path("in") + " -o " + path("out") + " -f json -q");
  EXPECT_EQ(r.code, 0) << r.out;
}

TEST_F(BadInput, TenThousandSmallFiles) {
  fs::create_directories(dir_ / "in/many");
  for (int i = 0; i < 10000; ++i) write("in/many/r" + std::to_string(i) + ".md", "PyCon US 2023\n\nFlask talk\n");
  Result r = run("build " + path("in") + " -o " + path("out") + " -f json");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("documents  10001"), std::string::npos) << r.out;
}

TEST_F(BadInput, UnreadableFile) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads every file: permissions cannot make one unreadable";
  write("in/secret.md", "x");
  fs::permissions(dir_ / "in/secret.md", fs::perms::none);
  expect_skipped(path("in/secret.md") + ": Permission denied");
}

TEST_F(BadInput, SymlinkLoop) {
  fs::create_symlink(dir_ / "in/loop.md", dir_ / "in/loop.md");
  fs::create_directory_symlink(dir_ / "in", dir_ / "in/again");  // a folder loop is not followed
  expect_skipped(path("in/loop.md") + ": Too many levels of symbolic links");
}

TEST_F(BadInput, DeviceAndFifoAreNotReviews) {
  Result dev = run("build /dev/null " + path("in") + " -o " + path("out") + " -f json -q");
  EXPECT_EQ(dev.code, 1);
  EXPECT_NE(dev.out.find("talkgraph: /dev/null: a character device, not read\n"), std::string::npos) << dev.out;
  ASSERT_EQ(::mkfifo(path("fifo.md").c_str(), 0600), 0);
  Result fifo = run("build " + path("fifo.md") + " " + path("in") + " -o " + path("out") + " -f json -q");
  EXPECT_EQ(fifo.code, 1);
  EXPECT_NE(fifo.out.find(path("fifo.md") + ": a FIFO, not read"), std::string::npos) << fifo.out;
}

// Inside a folder nothing is skipped without a word: a FIFO or a device link with a review's name,
// and an unreadable subfolder, are each reported.
TEST_F(BadInput, FifoAndDeviceInsideAFolderAreReported) {
  ASSERT_EQ(::mkfifo(path("in/pipe.txt").c_str(), 0600), 0);
  fs::create_symlink("/dev/zero", dir_ / "in/zero.txt");
  Result r = run("build " + path("in") + " -o " + path("out") + " -f json -q --follow-links");
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find(path("in/pipe.txt") + ": a FIFO, not read"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(path("in/zero.txt") + ": a character device, not read"), std::string::npos) << r.out;
  EXPECT_NE(slurp("out/talkgraph.json").find("library:django"), std::string::npos);
}

// A symbolic link in a downloaded folder must not pull a file from elsewhere into every output.
TEST_F(BadInput, SymlinksOutOfTheFolderAreReportedAndNotRead) {
  write("secret.txt", "# PyCon KR 2020\nmy password is hunter2 and I use Flask\n");
  fs::create_directories(dir_ / "elsewhere");
  write("elsewhere/other.md", "# PyCon KR 2020\nFastAPI hunter3\n");
  fs::create_symlink(dir_ / "secret.txt", dir_ / "in/review.txt");
  fs::create_directory_symlink(dir_ / "elsewhere", dir_ / "in/more");
  fs::create_directories(dir_ / "in/sub");
  write("in/sub/inside.md", "# PyCon KR 2021\nCelery\n");
  fs::create_symlink(dir_ / "in/sub/inside.md", dir_ / "in/link-inside.md");  // stays inside: read, once
  Result r = run("build " + path("in") + " -o " + path("out") + " -f json -q");
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find(path("in/review.txt") + ": a symbolic link out of " + path("in") + ", not read (--follow-links reads it)"),
            std::string::npos) << r.out;
  EXPECT_NE(r.out.find(path("in/more") + ": a symbolic link out of " + path("in") + ", not followed (--follow-links follows it)"),
            std::string::npos) << r.out;
  const std::string json = slurp("out/talkgraph.json");
  EXPECT_EQ(json.find("hunter"), std::string::npos);
  EXPECT_NE(json.find("library:celery"), std::string::npos);
  Result followed = run("build " + path("in") + " -o " + path("out2") + " -f json -q --follow-links");
  EXPECT_EQ(followed.code, 0) << followed.out;
  EXPECT_NE(slurp("out2/talkgraph.json").find("hunter"), std::string::npos);
}

// A file name is bytes: a CP949 name unpacked on Linux, or one with terminal escape codes, is named
// losslessly in valid UTF-8 in the outputs and printed escaped in messages.
TEST_F(BadInput, FileNamesThatAreNotUtf8OrHoldControlCodes) {
  write("in/\xB0\xA1\xB3\xAA.txt", "# PyCon KR 2019\nFlask\n");  // 가나 in CP949
  write("in/\x1B]0;owned\x07" "bad.md", "\xFF");
  Result r = run("build " + path("in") + " -o " + path("out") + " -f json,graphml,gexf,dot -q");
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_EQ(r.out.find('\x1B'), std::string::npos) << "a raw escape code reached the terminal";
  EXPECT_NE(r.out.find(path("in/%1B]0;owned%07bad.md") + ":1:1: invalid UTF-8"), std::string::npos) << r.out;
  const auto json = nlohmann::json::parse(slurp("out/talkgraph.json"));  // throws on invalid UTF-8
  bool named = false;
  for (const auto& n : json["nodes"]) named = named || n["label"] == "%B0%A1%B3%AA.txt";
  EXPECT_TRUE(named);
  EXPECT_EQ(run_shell("xmllint --noout " + path("out/talkgraph.graphml") + " " + path("out/talkgraph.gexf")).code, 0);
}

TEST_F(BadInput, FileLargerThanTheLimit) {
  { std::ofstream(dir_ / "in/huge.md"); }
  fs::resize_file(dir_ / "in/huge.md", (size_t{1} << 30) + 1);  // sparse: costs no disk
  expect_skipped(path("in/huge.md") + ": file of 1073741825 bytes is larger than the limit of 1073741824 bytes");
}

TEST_F(BadInput, StrictMakesAnyBadFileFatal) {
  write("in/bad.md", "\xFF");
  Result r = run("build " + path("in") + " -o " + path("out") + " -f json -q --strict");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find("--strict: stopping because of the problems above; nothing written"), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(dir_ / "out"));
}

TEST_F(BadInput, FullDiskLeavesTheOldFilesWhole) {
  ASSERT_EQ(run("build " + path("in") + " -o " + path("out") + " -f json -q").code, 0);
  std::string before = slurp("out/talkgraph.json");
  // A bigger corpus whose JSON cannot fit under a 64 KB file-size limit, as on a full disk.
  for (int i = 0; i < 300; ++i) write("in/r" + std::to_string(i) + ".md", "# PyCon KR 2022\n## Talk: T" + std::to_string(i) + "\nFlask와 장고를 썼다.\n");
  Result r = run_shell("ulimit -f 64; " + std::string(TALKGRAPH_BINARY) + " build " + path("in") + " -o " + path("out") + " -f json -q");
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find(path("out/talkgraph.json") + ": write failed: File too large"), std::string::npos) << r.out;
  EXPECT_EQ(slurp("out/talkgraph.json"), before);
  for (const auto& e : fs::directory_iterator(dir_ / "out")) EXPECT_EQ(e.path().filename(), "talkgraph.json");
}

TEST_F(BadInput, InterruptedRunLeavesOldOrNewFilesNeverHalfOnes) {
  for (int i = 0; i < 2000; ++i) {
    write("in/r" + std::to_string(i) + ".md", "# PyCon KR 2022\n## Talk: Talk " + std::to_string(i) +
                                                  "\nFlask와 장고를 셀러리와 함께 썼다. Redis와 Docker도.\n");
  }
  ASSERT_EQ(run("build " + path("in") + " -o " + path("out") + " -q").code, 0);
  std::map<std::string, std::string> old_files;
  for (const char* f : {"talkgraph.graphml", "talkgraph.dot", "talkgraph.json"}) old_files[f] = slurp(std::string("out/") + f);
  write("in/changed.md", "# PyCon US 2024\n## Talk: New\nPolars.\n");

  std::mt19937 rng(7);
  for (int attempt = 0; attempt < 6; ++attempt) {
    pid_t pid = ::fork();
    if (pid == 0) {
      execl(TALKGRAPH_BINARY, TALKGRAPH_BINARY, "build", path("in").c_str(), "-o", path("out").c_str(), "-q",
            static_cast<char*>(nullptr));
      _exit(127);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100 + rng() % 900));
    ::kill(pid, attempt % 2 ? SIGINT : SIGTERM);
    int status = 0;
    ::waitpid(pid, &status, 0);
    for (const auto& e : fs::directory_iterator(dir_ / "out")) {
      std::string name = e.path().filename();
      EXPECT_EQ(name.find(".tmp."), std::string::npos) << "temporary file left: " << name;
      std::string now = slurp("out/" + name);
      if (now == old_files[name]) continue;
      // Not the old file: then it must be the complete new one.
      if (name == "talkgraph.json") EXPECT_NO_THROW(nlohmann::json::parse(now)) << "truncated " << name;
      if (name == "talkgraph.graphml") EXPECT_NE(now.find("</graphml>\n"), std::string::npos) << "truncated " << name;
      if (name == "talkgraph.dot") EXPECT_EQ(now.substr(now.size() - 2), "}\n") << "truncated " << name;
    }
  }
}

}  // namespace
