// The format table (export/formats.h) is the one list: names unique, files named after the tool, each
// format described in docs/formats.md and listed by `talkgraph build --help`.
#include "export/formats.h"

#include <fstream>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "tests/cli/run_binary.h"

namespace talkgraph {
namespace {

TEST(Formats, EveryFormatIsDocumentedAndListedInHelp) {
  std::ifstream in("docs/formats.md");
  std::stringstream docs;
  docs << in.rdbuf();
  const testing::Result help = testing::run("build --help");
  ASSERT_EQ(help.code, 0) << help.out;
  std::set<std::string_view> names, files;
  for (const OutputFormat& f : output_formats()) {
    EXPECT_TRUE(names.insert(f.name).second) << f.name;
    EXPECT_TRUE(files.insert(f.file).second) << f.file;
    EXPECT_EQ(f.file.rfind("talkgraph.", 0), 0u) << f.file;
    EXPECT_NE(docs.str().find("`-f " + std::string(f.name) + "`"), std::string::npos) << f.name << " in docs/formats.md";
    EXPECT_NE(help.out.find("  " + std::string(f.name) + " "), std::string::npos) << f.name << " in --help";
    EXPECT_EQ(f.write == nullptr, f.needs == FormatNeeds::kGraphviz) << f.name;
  }
  EXPECT_EQ(find_output_format("graphml"), &output_formats().front());
  EXPECT_EQ(find_output_format("xml"), nullptr);
}

}  // namespace
}  // namespace talkgraph
