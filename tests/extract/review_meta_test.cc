// --meta FILE: the event and year a user states for reviews whose text does not say them.
#include "extract/review_meta.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

namespace talkgraph {
namespace {

namespace fs = std::filesystem;

class ReviewMetaFile : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("talkgraph-meta-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "reviews" / "2019");
    std::ofstream(dir_ / "reviews" / "2019" / "a.md") << "x";
    std::ofstream(dir_ / "reviews" / "b.md") << "x";
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string csv(const std::string& text) {
    std::ofstream(dir_ / "meta.csv") << text;
    return (dir_ / "meta.csv").string();
  }
  fs::path dir_;
};

TEST_F(ReviewMetaFile, MatchesByPathOrByNameAndReportsLinesThatMatchNothing) {
  ReviewMetaTable table;
  std::string error;
  const std::string file = csv("path,event,year\n" + (dir_ / "reviews" / "2019" / "a.md").string() +
                               ",PyCon KR,2019\n# a comment\n\"b.md\",\"PyCon US, Pittsburgh\",\nnowhere.md,,2020\n");
  ASSERT_TRUE(table.load(file, &error)) << error;
  std::vector<std::string> problems, unmatched;
  const std::vector<InputFile> files = collect_inputs({(dir_ / "reviews").string()}, &problems);
  ASSERT_EQ(files.size(), 2u);
  const std::vector<const ReviewMeta*> meta = table.match(files, &unmatched);
  ASSERT_NE(meta[0], nullptr);  // 2019/a.md, by its path
  EXPECT_EQ(meta[0]->event, "PyCon KR");
  EXPECT_EQ(meta[0]->year, 2019);
  ASSERT_NE(meta[1], nullptr);  // b.md, by its name
  EXPECT_EQ(meta[1]->event, "PyCon US, Pittsburgh");
  EXPECT_EQ(meta[1]->year, 0);
  EXPECT_EQ(unmatched, (std::vector<std::string>{file + ":5: no review 'nowhere.md' among the inputs"}));
}

TEST_F(ReviewMetaFile, MalformedLinesAreErrorsNamingTheLine) {
  std::string error;
  EXPECT_FALSE(ReviewMetaTable().load(csv("a.md,PyCon\n"), &error));
  EXPECT_EQ(error, (dir_ / "meta.csv").string() + ":1: expected path,event,year");
  EXPECT_FALSE(ReviewMetaTable().load(csv("a.md,PyCon,19\n"), &error));
  EXPECT_EQ(error, (dir_ / "meta.csv").string() + ":1: the year '19' is not a year from 1900 to 2100");
  EXPECT_FALSE(ReviewMetaTable().load(csv("a.md,\"PyCon,2019\n"), &error));
  EXPECT_FALSE(ReviewMetaTable().load((dir_ / "none.csv").string(), &error));
  EXPECT_EQ(error, (dir_ / "none.csv").string() + ": cannot read the metadata file");
}

TEST(ReviewMeta, FillsOnlyWhatTheTextDidNotSay) {
  DocumentExtraction d;
  d.event = {"Unknown event", 0, ""};
  d.talks.push_back({"Own talk", "talk", "", 3, d.event, "heading"});
  d.talks.push_back({"Other event's talk", "talk", "", 9, {"EuroPython", 2018, "event"}, "heading"});
  apply_review_meta({"PyCon KR", 2019, 1}, &d);
  EXPECT_EQ(d.event.name, "PyCon KR");
  EXPECT_EQ(d.event.year, 2019);
  EXPECT_EQ(d.event.year_source, "meta");
  EXPECT_EQ(d.talks[0].event.name, "PyCon KR");
  EXPECT_EQ(d.talks[1].event.name, "EuroPython");  // named by the text: kept

  DocumentExtraction said;
  said.event = {"PyCon US", 2018, "event"};
  apply_review_meta({"PyCon KR", 2019, 1}, &said);
  EXPECT_EQ(said.event.name, "PyCon US");
  EXPECT_EQ(said.event.year, 2018);

  DocumentExtraction from_option;  // --year is for the whole run; the file is about this review
  from_option.event = {"PyCon", 2020, "option"};
  apply_review_meta({"", 2019, 1}, &from_option);
  EXPECT_EQ(from_option.event.year, 2019);
}

}  // namespace
}  // namespace talkgraph
