#include "extract/corpus.h"

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

namespace talkgraph {
namespace {

namespace fs = std::filesystem;

std::string prepare_or_error(std::string_view raw) {
  std::string text, error;
  if (!prepare_text(std::string(raw), "r.md", &text, &error)) return "ERROR " + error;
  return text;
}

TEST(Corpus, ReportsInvalidUtf8WithLineColumnAndOffset) {
  EXPECT_EQ(prepare_or_error("첫 줄\nab\xFF"), "ERROR r.md:2:3: invalid UTF-8 (byte 0xFF at offset 10)");
}

TEST(Corpus, ReportsBinaryContent) {
  EXPECT_EQ(prepare_or_error(std::string("abc\0def", 7)), "ERROR r.md:1:4: binary content (NUL byte at offset 3)");
}

TEST(Corpus, NamesUtf16) {
  EXPECT_EQ(prepare_or_error(std::string("\xFF\xFE" "a\0", 4)),
            "ERROR r.md: UTF-16 text (byte-order mark FF FE); convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8");
}

TEST(Corpus, NamesUtf16WithoutByteOrderMark) {
  // "# PyCon 장고\n" in UTF-16LE and UTF-16BE.
  const std::string le("#\0 \0P\0y\0C\0o\0n\0 \0\xA5\xC7\xE0\xAC\n\0", 22);
  std::string be = le;
  for (size_t i = 0; i + 1 < be.size(); i += 2) std::swap(be[i], be[i + 1]);
  EXPECT_EQ(prepare_or_error(le), "ERROR r.md: UTF-16LE text without a byte-order mark (told by its NUL bytes); "
                                  "convert it to UTF-8, e.g. iconv -f UTF-16LE -t UTF-8");
  EXPECT_EQ(prepare_or_error(be), "ERROR r.md: UTF-16BE text without a byte-order mark (told by its NUL bytes); "
                                  "convert it to UTF-8, e.g. iconv -f UTF-16BE -t UTF-8");
  // A binary file with NULs everywhere is binary, not UTF-16.
  EXPECT_EQ(prepare_or_error(std::string("ab\0\0\0\0cd", 8)), "ERROR r.md:1:3: binary content (NUL byte at offset 2)");
}

TEST(Corpus, ControlCharactersAreNotAReview) {
  EXPECT_EQ(prepare_or_error("\x01\x02\x1B\n\x7F"), "ERROR r.md: no text: only control characters and white space (5 bytes)");
  EXPECT_EQ(prepare_or_error("\x1B[31mred\x1B[0m\x01\x02\x03\x04\x05"),
            "ERROR r.md: binary content (7 control characters in its first 17 bytes)");
  // A few escapes in a real review are its business.
  EXPECT_EQ(prepare_or_error("장고를 썼다.\x1B 끝"), "장고를 썼다.\x1B 끝");
  // Control bytes are counted 16 at a time: tab, line feed, form feed and carriage return are white
  // space, vertical tab and the other C0 bytes and DEL are controls, wherever they fall in a block.
  std::string blocks;
  for (int i = 0; i < 8; ++i) blocks += "ab\tcd\fe\nfg\vh\x7Fij\x01kl";  // 3 controls in 18 bytes
  EXPECT_EQ(prepare_or_error(blocks), blocks);
  EXPECT_EQ(prepare_or_error(blocks + std::string(24, '\v')),
            "ERROR r.md: binary content (48 control characters in its first 168 bytes)");
  // Only the first 64 kB are counted; a visible byte anywhere makes it no "no text".
  std::string late(64 * 1024, '\x01');
  late += "text";
  EXPECT_EQ(prepare_or_error(late), "ERROR r.md: binary content (65536 control characters in its first 65536 bytes)");
  EXPECT_EQ(prepare_or_error(std::string(70000, '\x01')),
            "ERROR r.md: no text: only control characters and white space (70000 bytes)");
}

TEST(Corpus, ReportsEmptyFile) {
  EXPECT_EQ(prepare_or_error(""), "ERROR r.md: empty file");
  EXPECT_EQ(prepare_or_error(" \n\t\n"), "ERROR r.md: empty file");
}

TEST(Corpus, StripsBomAndNormalizesLineEnds) {
  EXPECT_EQ(prepare_or_error("\xEF\xBB\xBFone\r\ntwo\rthree"), "one\ntwo\nthree");
}

TEST(Corpus, NormalizesToNfc) {
  EXPECT_EQ(prepare_or_error("\xE1\x84\x8C\xE1\x85\xA1\xE1\x86\xBC\xE1\x84\x80\xE1\x85\xA9를"), "장고를");
}

class CorpusFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("talkgraph-corpus-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "sub");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void write(const fs::path& p, const std::string& s) {
    fs::create_directories((dir_ / p).parent_path());
    std::ofstream(dir_ / p) << s;
  }
  fs::path dir_;
};

TEST_F(CorpusFiles, WalksFoldersRecursivelyAndSorts) {
  write("b.md", "x");
  write("a.txt", "x");
  write("sub/c.markdown", "x");
  write("image.png", "x");
  std::vector<std::string> problems;
  auto files = collect_inputs({dir_.string()}, &problems);
  ASSERT_EQ(files.size(), 3u);
  EXPECT_TRUE(problems.empty());
  EXPECT_EQ(files[0].name, "a.txt");
  EXPECT_EQ(files[1].name, "b.md");
  EXPECT_EQ(files[2].name, "sub/c.markdown");
  EXPECT_EQ(files[2].path, (dir_ / "sub" / "c.markdown").string());
}

TEST_F(CorpusFiles, NamesFilesBelowTheirFolderArgumentAndKeepsClashingNamesApart) {
  write("a/x.md", "x");
  write("b/x.md", "y");
  write("b/deep/y.md", "y");
  std::vector<std::string> problems;
  auto files = collect_inputs({(dir_ / "a").string(), (dir_ / "b/").string(), (dir_ / "b" / "deep" / "y.md").string()}, &problems);
  EXPECT_TRUE(problems.empty());
  std::vector<std::string> names;
  for (const InputFile& f : files) names.push_back(f.name);
  // b/deep/y.md given twice (in b/ and by itself) is one file, named by its path below b/.
  EXPECT_EQ(names, (std::vector<std::string>{"b/x.md", "deep/y.md", "x.md"}));
  EXPECT_EQ(files[0].path, (dir_ / "b/" / "x.md").string());
  // The same files whatever the order of the arguments: the file alone first changes nothing.
  auto reversed = collect_inputs({(dir_ / "b" / "deep" / "y.md").string(), (dir_ / "a").string(), (dir_ / "b/").string()}, &problems);
  std::vector<std::string> reversed_names;
  for (const InputFile& f : reversed) reversed_names.push_back(f.name);
  EXPECT_EQ(reversed_names, names);
  // Standard input and a file named "stdin" are two reviews.
  write("stdin", "z");
  auto with_stdin = collect_inputs({(dir_ / "stdin").string(), "-"}, &problems);
  ASSERT_EQ(with_stdin.size(), 2u);
  EXPECT_EQ(with_stdin[0].path, "-");
  EXPECT_EQ(with_stdin[0].name, "stdin");
  EXPECT_EQ(with_stdin[1].name, "stdin (2)");
}

TEST_F(CorpusFiles, ReportsMissingPathAndEmptyFolderButKeepsTheRest) {
  write("a.txt", "x");
  std::vector<std::string> problems;
  auto files = collect_inputs({(dir_ / "nope").string(), (dir_ / "sub").string(), (dir_ / "a.txt").string()}, &problems);
  ASSERT_EQ(files.size(), 1u);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0], (dir_ / "nope").string() + ": no such file or directory");
  EXPECT_EQ(problems[1], (dir_ / "sub").string() + ": no .txt, .md or .markdown files in this folder");
}

TEST_F(CorpusFiles, ReadDocumentNamesTheFile) {
  write("bad.md", "ok\n\xC3");
  SourceDocument doc;
  std::string error;
  std::string path = (dir_ / "bad.md").string();
  EXPECT_FALSE(read_document(path, &doc, &error));
  EXPECT_EQ(error, path + ":2:1: invalid UTF-8 (byte 0xC3 at offset 3)");
}

}  // namespace
}  // namespace talkgraph
