// The command line as a user meets it: exit codes, one-line messages naming the file, and no
// half-written output. Runs the real binary.
#include <sys/stat.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include "tests/cli/run_binary.h"

namespace {

namespace fs = std::filesystem;

using talkgraph::testing::Result;
using talkgraph::testing::run;
using talkgraph::testing::slurp_file;

class Cli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("talkgraph-cli-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "in");
  }
  void TearDown() override {
    fs::permissions(dir_, fs::perms::owner_all, fs::perm_options::add);
    fs::remove_all(dir_);
  }
  std::string path(const std::string& p) { return (dir_ / p).string(); }
  void write(const std::string& p, const std::string& s) { std::ofstream(dir_ / p, std::ios::binary) << s; }
  std::vector<std::string> listing(const std::string& p) {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir_ / p)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  }
  fs::path dir_;
};

TEST_F(Cli, VersionAndHelp) {
  Result v = run("--version");
  EXPECT_EQ(v.code, 0);
  EXPECT_EQ(v.out.rfind("talkgraph ", 0), 0u);
  Result h = run("build --help");
  EXPECT_EQ(h.code, 0);
  EXPECT_NE(h.out.find("--format"), std::string::npos);
}

TEST_F(Cli, BuildWritesThreeFilesAndASummary) {
  write("in/a.md", "# PyCon KR 2021 후기\n## Session: Django 이야기\n장고를 썼다.\n");
  Result r = run("build " + path("in") + " -o " + path("out"));
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(listing("out"), (std::vector<std::string>{"talkgraph.dot", "talkgraph.graphml", "talkgraph.json"}));
  EXPECT_NE(r.out.find("events     PyCon KR 2021"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("talks      1"), std::string::npos) << r.out;
}

TEST_F(Cli, FormatListPicksFiles) {
  write("in/a.md", "PyCon 2021\n\nDjango\n");
  Result r = run("build " + path("in") + " -o " + path("out") + " -f json -q");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(listing("out"), (std::vector<std::string>{"talkgraph.json"}));
}

TEST_F(Cli, UnknownFormatSuggestsAndWritesNothing) {
  write("in/a.md", "x");
  Result r = run("build " + path("in") + " -o " + path("out") + " -f graphm");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "talkgraph: unknown format 'graphm', did you mean 'graphml'?\n");
  EXPECT_FALSE(fs::exists(dir_ / "out"));
}

TEST_F(Cli, MissingPathIsReported) {
  Result r = run("build " + path("nope") + " -o " + path("out"));
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out, "talkgraph: " + path("nope") + ": no such file or directory\n"
                   "talkgraph: no document could be read; nothing written\n");
}

TEST_F(Cli, FolderWithNoTextsIsReported) {
  write("in/picture.png", "x");
  Result r = run("build " + path("in") + " -o " + path("out"));
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find(path("in") + ": no .txt, .md or .markdown files in this folder"), std::string::npos);
}

TEST_F(Cli, BadFilesAreReportedAndTheRestIsStillWritten) {
  write("in/good.md", "# PyCon KR 2019\n## Talk: Celery\n셀러리를 썼다.\n");
  write("in/bad.md", "ok\nbroken \xC3(\n");
  write("in/empty.txt", "");
  Result r = run("build " + path("in") + " -o " + path("out") + " -f json");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find("talkgraph: " + path("in/bad.md") + ":2:8: invalid UTF-8 (byte 0xC3 at offset 10)\n"),
            std::string::npos) << r.out;
  EXPECT_NE(r.out.find("talkgraph: " + path("in/empty.txt") + ": empty file\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("documents  1"), std::string::npos) << r.out;
  EXPECT_TRUE(fs::exists(dir_ / "out/talkgraph.json"));
}

TEST_F(Cli, UnwritableOutputFolderLeavesNoHalfWrittenFile) {
  if (::geteuid() == 0) {
    // root ignores permissions: make the output "folder" a file instead.
    write("out", "not a folder");
  } else {
    fs::create_directories(dir_ / "out");
    fs::permissions(dir_ / "out", fs::perms::owner_read | fs::perms::owner_exec);
  }
  write("in/a.md", "PyCon 2021\n\nDjango\n");
  Result r = run("build " + path("in") + " -o " + path("out"));
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find(path("out") + ": "), std::string::npos) << r.out;
  if (fs::is_directory(dir_ / "out")) EXPECT_TRUE(listing("out").empty());
}

TEST_F(Cli, ExistingOutputIsReplacedWhole) {
  write("in/a.md", "# PyCon KR 2021\n## Talk: Django\nDjango.\n");
  ASSERT_EQ(run("build " + path("in") + " -o " + path("out") + " -q").code, 0);
  write("in/a.md", "# PyCon KR 2022\n## Talk: Flask\nFlask.\n");
  ASSERT_EQ(run("build " + path("in") + " -o " + path("out") + " -q").code, 0);
  std::ifstream in(dir_ / "out/talkgraph.json");
  std::stringstream s;
  s << in.rdbuf();
  EXPECT_NE(s.str().find("PyCon KR 2022"), std::string::npos);
  EXPECT_EQ(s.str().find("PyCon KR 2021"), std::string::npos);
  EXPECT_EQ(listing("out").size(), 3u);  // no temporary files left behind
}

TEST_F(Cli, ReadsStandardInput) {
  Result r = run("build - -o " + path("out") + " -f json < /dev/null");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find("-: empty file"), std::string::npos) << r.out;
  write("in/a.md", "PyCon US 2024\n\nFastAPI talk notes\n");
  Result ok = run("build - -o " + path("out") + " -f json -q < " + path("in/a.md"));
  EXPECT_EQ(ok.code, 0) << ok.out;
}

TEST_F(Cli, UsageErrorsExitTwo) {
  EXPECT_EQ(run("").code, 2);
  EXPECT_EQ(run("build --no-such-flag").code, 2);
  EXPECT_EQ(run("build --window paragraph " + path("in")).code, 2);
}

// Every invalid value through every command that takes the option: the same check everywhere (one
// declaration), exit 2, a message naming the option. And mistyped commands and options get a guess.
TEST(CliOptions, EveryInvalidValueIsAUsageErrorInEveryCommand) {
  const std::vector<std::string> graph_commands = {"build seeds -o /nonexistent/out", "merge none.jsonl -o /nonexistent/out"};
  const std::vector<std::string> corpus_commands = {"build seeds -o /nonexistent/out", "extract seeds -o /nonexistent/x.jsonl", "mentions seeds", "talks seeds",
                                                    "trace Django seeds", "trends seeds", "aliases seeds"};
  std::vector<std::pair<std::string, std::string>> cases;  // command line, option named in the message
  for (const std::string& c : graph_commands) {
    for (const auto& [bad, option] : std::vector<std::pair<std::string, std::string>>{
             {"--color nope", "--color"}, {"--gexf-version 9", "--gexf-version"}, {"--gexf-undated maybe", "--gexf-undated"}, {"--json-edges nope", "--json-edges"},
             {"--window year", "--window"}, {"--top 0", "--top"}, {"--evidence 101", "--evidence"}, {"-j -1", "--jobs"}}) {
      cases.emplace_back(c + " " + bad, option);
    }
  }
  for (const std::string& c : corpus_commands) {
    cases.emplace_back(c + " --year 1800", "--year");
    cases.emplace_back(c + " -j -1", "--jobs");
  }
  for (const std::string& c : {std::string("trace Django seeds"), std::string("trends seeds")}) cases.emplace_back(c + " --top 0", "--top");
  for (const auto& [line, option] : cases) {
    Result r = run(line);
    EXPECT_EQ(r.code, 2) << line << "\n" << r.out;
    EXPECT_NE(r.out.find(option + ": "), std::string::npos) << line << "\n" << r.out;
    EXPECT_EQ(r.out.find("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368"), std::string::npos) << line;
  }
  Result top = run("trace Django seeds --top 0");
  EXPECT_NE(top.out.find("--top: '0' is not a whole number from 1 to 1000000"), std::string::npos) << top.out;
}

// -o - writes one format to standard output, for a pipe; the summary and warnings go to standard error.
TEST_F(Cli, DashOutputWritesOneFormatToStandardOutput) {
  Result quiet = run("build seeds -q -f json -o -");
  ASSERT_EQ(quiet.code, 0) << quiet.out;
  const auto json = nlohmann::json::parse(quiet.out);
  EXPECT_FALSE(json["nodes"].empty());
  Result piped = talkgraph::testing::run_shell("(" + std::string(TALKGRAPH_BINARY) + " build seeds -f graphml -o - 2>" +
                                               path("err") + " >" + path("graph.graphml") + ")");
  ASSERT_EQ(piped.code, 0) << piped.out;
  EXPECT_EQ(slurp_file(path("graph.graphml")).rfind("<?xml", 0), 0u);
  EXPECT_NE(slurp_file(path("err")).find("documents  3 ("), std::string::npos) << slurp_file(path("err"));
  EXPECT_FALSE(fs::exists("-"));
  Result two = run("build seeds -f json,dot -o -");
  EXPECT_EQ(two.code, 2);
  EXPECT_NE(two.out.find("-o - writes one format to standard output"), std::string::npos) << two.out;
}

// Shards through pipes: extract -o - writes JSON Lines to standard output, merge - reads them, and
// --shard-out - writes the combined shard; the same graph as from files. A file that is no shard is
// said in a few lines, not one per line.
TEST_F(Cli, ShardsThroughPipes) {
  ASSERT_EQ(run("build seeds -q -f json -o " + path("built")).code, 0);
  Result piped = talkgraph::testing::run_shell("(" + std::string(TALKGRAPH_BINARY) + " extract seeds -q -o - | " +
                                               TALKGRAPH_BINARY + " merge - --shard-out - | " + TALKGRAPH_BINARY +
                                               " merge - -q -f json -o " + path("merged") + ")");
  ASSERT_EQ(piped.code, 0) << piped.out;
  EXPECT_EQ(slurp_file(path("merged/talkgraph.json")), slurp_file(path("built/talkgraph.json")));
  EXPECT_FALSE(fs::exists("-"));
  Result text = run("merge seeds/000_8f37794704fc6c74.txt -o " + path("x"));
  EXPECT_EQ(text.code, 1);
  EXPECT_LE(std::count(text.out.begin(), text.out.end(), '\n'), 6) << text.out;
  EXPECT_NE(text.out.find("lines in all are not talkgraph shard lines"), std::string::npos) << text.out;
}

// Issue 30: a shard line the previous version wrote (a4008fd: a talk's room under "label") merges to
// the talk `build` makes of the same review, room and all.
TEST_F(Cli, AShardOfThePreviousVersionMergesToTheSameTalk) {
  write("in/room.md", "# PyCon KR 2019 후기\n\n## Session 101 : Django ORM 최적화\n\nDjango ORM과 PostgreSQL 이야기.\n");
  write("old.jsonl",
        R"({"bytes":99,"content_hash":"8a8c0745d8fc646c","entities":[],"event":{"name":"PyCon KR","year":2019,"year_source":"event"},)"
        R"("mentions":[],"name":"room.md","sentences":[],"talks":[{"event":{"name":"PyCon KR","year":2019,"year_source":"event"},)"
        R"("kind":"session","label":"101","line":3,"rule":"markdown heading: H3: opens with a talk kind","title":"Django ORM 최적화"}],)"
        R"("warnings":[]})" "\n");
  ASSERT_EQ(run("merge " + path("old.jsonl") + " -q -f json -o " + path("merged")).code, 0);
  ASSERT_EQ(run("build " + path("in") + " -q -f json -o " + path("built")).code, 0);
  auto talk = [&](const std::string& file) {
    const nlohmann::json graph = nlohmann::json::parse(slurp_file(path(file)));
    for (const auto& n : graph["nodes"]) {
      if (n["type"] == "talk") return n;
    }
    return nlohmann::json();
  };
  const nlohmann::json merged = talk("merged/talkgraph.json");
  EXPECT_EQ(merged.value("room", ""), "101") << merged.dump();
  EXPECT_EQ(merged, talk("built/talkgraph.json"));
}

// On a terminal, progress runs through every phase (reading, the graph, metrics, each writer) and is
// cleared before the summary; not on a pipe. script(1) gives the run a terminal.
TEST_F(Cli, ProgressShowsEveryPhaseOnATerminal) {
  Result tty = talkgraph::testing::run_shell("script -qec '" + std::string(TALKGRAPH_BINARY) + " build seeds -f json,graphml -o " +
                                             path("out") + "' /dev/null");
  ASSERT_EQ(tty.code, 0) << tty.out;
  for (const char* phase : {"3/3 files", "building the graph", "computing metrics", "writing json, graphml", "of 2 files done"}) {
    EXPECT_NE(tty.out.find(phase), std::string::npos) << phase << "\n" << tty.out;
  }
  EXPECT_NE(tty.out.find("documents  3 ("), std::string::npos) << tty.out;
  Result pipe = run("build seeds -f json -o " + path("out2"));
  EXPECT_EQ(pipe.out.find("computing metrics"), std::string::npos) << pipe.out;
}

// Every command's help names the program, shows plain option types and gives examples.
TEST(CliOptions, EveryCommandsHelpHasAUsageLineAndExamples) {
  for (const char* command : {"build", "trace", "trends", "aliases", "mentions", "talks", "extract", "merge", "completion"}) {
    Result r = run(std::string(command) + " --help");
    EXPECT_EQ(r.code, 0) << command;
    EXPECT_NE(r.out.find(std::string("Usage: talkgraph ") + command), std::string::npos) << r.out;
    const size_t examples = r.out.find("Examples:\n  ");
    EXPECT_NE(examples, std::string::npos) << command << "\n" << r.out;
    EXPECT_NE(r.out.find(std::string("talkgraph ") + command, examples), std::string::npos) << command << "\n" << r.out;
    EXPECT_EQ(r.out.find("{false}"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find(TALKGRAPH_BINARY), std::string::npos) << "the help names the binary's path:\n" << r.out;
    EXPECT_EQ(r.out.find(":INT"), std::string::npos) << r.out;
  }
}

TEST(CliOptions, MistypedCommandsAndOptionsGetAGuess) {
  Result bulid = run("bulid seeds");
  EXPECT_EQ(bulid.code, 2);
  EXPECT_NE(bulid.out.find("talkgraph: unknown command 'bulid'; did you mean 'build'?"), std::string::npos) << bulid.out;
  Result formt = run("build seeds --formt svg");
  EXPECT_EQ(formt.code, 2);
  EXPECT_NE(formt.out.find("talkgraph: unknown option '--formt' for build; did you mean '--format'?"), std::string::npos) << formt.out;
  Result far = run("zzzzzz");
  EXPECT_EQ(far.code, 2);
  EXPECT_NE(far.out.find("unknown command 'zzzzzz' (commands: build,"), std::string::npos) << far.out;
}

TEST_F(Cli, BadUserLexiconIsAUsageError) {
  write("mine.txt", "Thing | libary\n");
  write("in/a.md", "x y z");
  Result r = run("build " + path("in") + " -o " + path("out") + " --lexicon " + path("mine.txt"));
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "talkgraph: " + path("mine.txt") + ":1: unknown type 'libary', did you mean 'library'?\n");
}

}  // namespace

namespace {

TEST(CliSeeds, TraceFindsDjangoUnderAnyAlias) {
  for (const char* name : {"Django", "장고", "django"}) {
    Result r = run(std::string("trace ") + name + " seeds");
    EXPECT_EQ(r.code, 0) << r.out;
    for (const char* year : {"\n2019  ", "\n2020  ", "\n2022  "}) EXPECT_NE(r.out.find(year), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("셀러리 핵심과 커스터마이제이션"), std::string::npos);
    EXPECT_NE(r.out.find("evidence      00"), std::string::npos) << r.out;  // named below seeds/
  }
}

TEST(CliSeeds, TraceSuggestsNearNames) {
  Result r = run("trace Djnago seeds");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out, "talkgraph: no entity named 'Djnago'; did you mean 'Django'?\n");
}

TEST(CliSeeds, TraceJson) {
  Result r = run("trace GIL seeds --json");
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("\"label\": \"GIL\""), std::string::npos) << r.out;
}

TEST(CliSeeds, TrendsShowsChangesBetweenYears) {
  Result r = run("trends seeds");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("PyCon KR 2019 → 2020"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("PyCon KR 2020 → 2022"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("appeared"), std::string::npos);
}

// tests/data/series: PyCon US 2019 and PyCon KR 2019, EuroPython 2020, and a review of no known year.
// Trends compare editions of one series, never one conference with another; --all-series pools years.
TEST(CliSeries, TrendsCompareEditionsOfOneSeries) {
  Result r = run("trends tests/data/series");
  ASSERT_EQ(r.code, 0) << r.out;
  for (const char* edition : {"PyCon KR 2019  ", "PyCon US 2019  ", "EuroPython 2020  "}) {
    EXPECT_NE(r.out.find(edition), std::string::npos) << edition << "\n" << r.out;
  }
  EXPECT_EQ(r.out.find("→"), std::string::npos) << "no series has two editions:\n" << r.out;
  Result pooled = run("trends tests/data/series --all-series --json");
  ASSERT_EQ(pooled.code, 0) << pooled.out;
  const auto json = nlohmann::json::parse(pooled.out);
  ASSERT_EQ(json["years"].size(), 2u);
  EXPECT_EQ(json["years"][0]["year"], 2019);
  EXPECT_FALSE(json["years"][0].contains("series"));
  ASSERT_EQ(json["changes"].size(), 1u);
  EXPECT_EQ(json["changes"][0]["from"], 2019);
  EXPECT_EQ(json["changes"][0]["to"], 2020);
}

TEST(CliSeries, TraceRowsNameTheirEventsAndTheUnknownYearIsNoYear) {
  Result r = run("trace Django tests/data/series");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("in 1 known year(s) and reviews of no known year"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("mention(s)  PyCon KR 2019, PyCon US 2019"), std::string::npos) << r.out;
  Result j = run("trace Django tests/data/series --json");
  const auto json = nlohmann::json::parse(j.out);
  ASSERT_EQ(json["years"].size(), 2u);
  EXPECT_TRUE(json["years"][1]["year"].is_null());
  int sum = 0;
  for (const auto& y : json["years"]) sum += y["mentions"].get<int>();
  EXPECT_EQ(sum, json["mentions"].get<int>());
}

// --meta gives a review the event and year its text does not say; the text wins where it says them.
TEST(CliSeries, MetaFileDatesAnUndatedReview) {
  const std::string base = std::filesystem::temp_directory_path() / ("talkgraph-meta-cli-" + std::to_string(::getpid()));
  std::filesystem::create_directories(base);
  std::ofstream(base + "/meta.csv") << "path,event,year\nnotes-without-a-date.md,PyCon KR,2020\npycon-us-2019.md,PyCon KR,2021\n";
  Result r = run("build tests/data/series --meta " + base + "/meta.csv -f json -o " + base + "/out");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(r.out.find("no year"), std::string::npos) << r.out;
  const auto json = nlohmann::json::parse(slurp_file(base + "/out/talkgraph.json"));
  std::map<std::string, std::string> document_event;
  for (const auto& n : json["nodes"]) {
    if (n["type"] == "document") document_event[n["path"]] = n["event"];
    EXPECT_FALSE(n.contains("year") && n["year"].is_number() && n["year"] == 0) << n["id"];
  }
  EXPECT_EQ(document_event["notes-without-a-date.md"], "PyCon KR 2020");
  EXPECT_EQ(document_event["pycon-us-2019.md"], "PyCon US 2019");
  // A spreadsheet's byte-order mark before the header is no year.
  std::ofstream(base + "/bom.csv") << "\xEF\xBB\xBFpath,event,year\nnotes-without-a-date.md,PyCon KR,2020\n";
  EXPECT_EQ(run("build tests/data/series -q --meta " + base + "/bom.csv -f json -o " + base + "/bom").code, 0);
  // Reviews that name no event are editions of no series: trends never compares them.
  std::ofstream(base + "/years.csv") << "notes-without-a-date.md,,2020\n";
  Result trends = run("trends tests/data/series --meta " + base + "/years.csv");
  EXPECT_EQ(trends.out.find("Unknown event"), std::string::npos) << trends.out;
  Result bad = run("build tests/data/series --meta " + base + "/nope.csv -o " + base + "/out");
  EXPECT_EQ(bad.code, 2);
  EXPECT_NE(bad.out.find(base + "/nope.csv: cannot read the metadata file"), std::string::npos) << bad.out;
  std::filesystem::remove_all(base);
}

TEST(CliSeeds, AliasesShowMergedSurfaceForms) {
  Result r = run("aliases seeds");
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("Django (library, 9 mentions) ← Django | 장고"), std::string::npos) << r.out;
}

TEST(CliSeeds, MentionsAreJsonLines) {
  Result r = run("mentions seeds");
  EXPECT_EQ(r.code, 0);
  // A PyPI name beyond the top 3,000 counts with evidence, which its mention names; a name no list
  // holds is discovered by its shape.
  EXPECT_NE(r.out.find("\"entity\":\"library:trafaret\",\"event\":\"PyCon KR\",\"label\":\"trafaret\",\"line\":140,"
                       "\"offset\":6691,\"rule\":\"name+evidence:cue\""),
            std::string::npos) << r.out;
  EXPECT_NE(r.out.find("{\"discovered\":true,\"document\":\"003_011f83de031a1efb.txt\",\"entity\":\"tool:moedict\""),
            std::string::npos);
}

TEST(CliSeeds, TalksListsEachTalkWithItsRuleAndExplainsTheRest) {
  Result r = run("talks seeds/003_011f83de031a1efb.txt");
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("003_011f83de031a1efb.txt: PyCon KR 2020, 9 talks"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("keynote   파이썬 커뮤니티가 교육에 기여할 수 있는 것들  [markdown heading: H3: opens with a talk kind]"),
            std::string::npos)
      << r.out;
  // --explain lists what was not taken, with why: the review's title, a talk's subsections.
  Result e = run("talks seeds/003_011f83de031a1efb.txt --explain");
  EXPECT_EQ(e.code, 0);
  EXPECT_NE(e.out.find("H1: the first heading names the event"), std::string::npos) << e.out;
  EXPECT_NE(e.out.find("H2: a subsection of the talk above"), std::string::npos) << e.out;
  // --json: one object per talk.
  Result j = run("talks seeds/003_011f83de031a1efb.txt --json");
  EXPECT_EQ(j.code, 0);
  std::istringstream lines(j.out);
  std::string line;
  int talks = 0;
  while (std::getline(lines, line)) {
    const nlohmann::json t = nlohmann::json::parse(line);
    EXPECT_EQ(t["year"], 2020);
    EXPECT_TRUE(t["talk"].get<bool>());
    ++talks;
  }
  EXPECT_EQ(talks, 9);
}

}  // namespace

namespace {

// Documents are named below the folder argument: the same folder by a relative path, an absolute
// path, a path with "./" and a trailing slash, and a symbolic link gives the same bytes, and no
// output names the folder the reviews sit in.
TEST_F(Cli, OneFolderByAnyPathGivesTheSameBytes) {
  fs::create_directories(dir_ / "in" / "2019");
  fs::copy_file("seeds/000_8f37794704fc6c74.txt", dir_ / "in" / "2019" / "a.txt");
  fs::copy_file("seeds/002_554065418b1faeec.txt", dir_ / "in" / "b.txt");
  fs::create_directory_symlink(dir_ / "in", dir_ / "link");
  const std::string formats = " -q -f graphml,dot,json,gexf,cytoscape -o ";
  ASSERT_EQ(run("build " + path("in") + formats + path("abs")).code, 0);
  ASSERT_EQ(talkgraph::testing::run_shell("cd " + dir_.string() + " && " + TALKGRAPH_BINARY + " build in" + formats + "rel").code, 0);
  ASSERT_EQ(talkgraph::testing::run_shell("cd " + dir_.string() + " && " + TALKGRAPH_BINARY + " build ./in/" + formats + "dot").code, 0);
  ASSERT_EQ(run("build " + path("link") + formats + path("sym")).code, 0);
  for (const char* f : {"talkgraph.graphml", "talkgraph.dot", "talkgraph.json", "talkgraph.gexf", "talkgraph.cytoscape.json"}) {
    const std::string abs = slurp_file(path("abs/") + f);
    EXPECT_EQ(abs, slurp_file(path("rel/") + f)) << f;
    EXPECT_EQ(abs, slurp_file(path("dot/") + f)) << f;
    EXPECT_EQ(abs, slurp_file(path("sym/") + f)) << f;
    EXPECT_EQ(abs.find(dir_.filename().string()), std::string::npos) << f << " names the input folder";
  }
  const auto json = nlohmann::json::parse(slurp_file(path("abs/talkgraph.json")));
  std::vector<std::string> documents;
  for (const auto& n : json["nodes"]) {
    if (n["type"] == "document") documents.push_back(n["path"]);
  }
  EXPECT_EQ(documents, (std::vector<std::string>{"2019/a.txt", "b.txt"}));
}

// A file reached twice is read once; two files that would share a name keep them apart.
TEST_F(Cli, AFileGivenTwiceCountsOnceAndNamesStayApart) {
  fs::create_directories(dir_ / "in" / "x");
  fs::copy_file("seeds/000_8f37794704fc6c74.txt", dir_ / "in" / "a.txt");
  fs::copy_file("seeds/002_554065418b1faeec.txt", dir_ / "in" / "x" / "a.txt");
  Result r = run("build " + path("in") + " " + path("in/a.txt") + " " + path("in/./a.txt") + " " + path("in/x") +
                 " -f json -o " + path("out"));
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("documents  2 ("), std::string::npos) << r.out;
  const auto json = nlohmann::json::parse(slurp_file(path("out/talkgraph.json")));
  std::vector<std::string> documents;
  for (const auto& n : json["nodes"]) {
    if (n["type"] == "document") documents.push_back(n["path"]);
  }
  EXPECT_EQ(documents, (std::vector<std::string>{"a.txt", "x/a.txt"}));
}

TEST(CliSeeds, ThreadCountGivesTheSameBytes) {
  std::string base = std::filesystem::temp_directory_path() / ("talkgraph-j-" + std::to_string(::getpid()));
  ASSERT_EQ(run("build seeds -q -j 1 -f graphml,dot,json,gexf,cytoscape -o " + base + "/j1").code, 0);
  ASSERT_EQ(run("build seeds -q -j 2 -f graphml,dot,json,gexf,cytoscape -o " + base + "/j2").code, 0);
  for (const char* f : {"talkgraph.graphml", "talkgraph.dot", "talkgraph.json", "talkgraph.gexf", "talkgraph.cytoscape.json"}) {
    EXPECT_EQ(slurp_file(base + "/j1/" + f), slurp_file(base + "/j2/" + f)) << f;
  }
  std::filesystem::remove_all(base);
}

TEST(CliSeeds, ExtractThenMergeEqualsBuild) {
  std::string base = std::filesystem::temp_directory_path() / ("talkgraph-shard-" + std::to_string(::getpid()));
  ASSERT_EQ(run("extract seeds/000_8f37794704fc6c74.txt -q -o " + base + "/a.jsonl").code, 0);
  ASSERT_EQ(run("extract seeds/002_554065418b1faeec.txt seeds/003_011f83de031a1efb.txt -q -o " + base + "/b.jsonl").code, 0);
  ASSERT_EQ(run("merge " + base + "/b.jsonl " + base + "/a.jsonl -q -f json -o " + base + "/merged").code, 0);
  ASSERT_EQ(run("build seeds -q -f json -o " + base + "/single").code, 0);
  EXPECT_EQ(slurp_file(base + "/merged/talkgraph.json"), slurp_file(base + "/single/talkgraph.json"));
  Result bad = run("merge seeds/000_8f37794704fc6c74.txt -o " + base + "/x");
  EXPECT_EQ(bad.code, 1);
  EXPECT_NE(bad.out.find("seeds/000_8f37794704fc6c74.txt:1: not a talkgraph shard line"), std::string::npos) << bad.out;
  // A mention whose talk, entity or sentence is not in its line is refused, not followed.
  nlohmann::json line = nlohmann::json::parse(slurp_file(base + "/a.jsonl"));
  ASSERT_FALSE(line["mentions"].empty());
  for (auto [field, value] : {std::pair(1, -2), std::pair(1, 1000000), std::pair(0, 1000000), std::pair(4, 1000000)}) {
    nlohmann::json broken = line;
    broken["mentions"][0][field] = value;
    std::ofstream(base + "/broken.jsonl") << broken.dump() << "\n";
    Result r = run("merge " + base + "/broken.jsonl -o " + base + "/x");
    EXPECT_EQ(r.code, 1) << field << " " << value;
    EXPECT_NE(r.out.find("broken.jsonl:1: not a talkgraph shard line: mention refers to a missing entity, sentence or talk"), std::string::npos) << r.out;
  }
  std::filesystem::remove_all(base);
}

}  // namespace

namespace {

// merge knows a review it already has (same name, same text): a shard given twice counts once, with
// a warning; the same name with another text is another review.
TEST(CliSeeds, MergeCountsARepeatedReviewOnce) {
  std::string base = std::filesystem::temp_directory_path() / ("talkgraph-repeat-" + std::to_string(::getpid()));
  ASSERT_EQ(run("extract seeds -q -o " + base + "/all.jsonl").code, 0);
  ASSERT_EQ(run("extract seeds/000_8f37794704fc6c74.txt -q -o " + base + "/one.jsonl").code, 0);
  ASSERT_EQ(run("merge " + base + "/all.jsonl -q -f json -o " + base + "/once").code, 0);
  Result twice = run("merge " + base + "/all.jsonl " + base + "/one.jsonl " + base + "/all.jsonl -f json -o " + base + "/twice");
  ASSERT_EQ(twice.code, 0) << twice.out;
  EXPECT_NE(twice.out.find("warning: " + base + "/one.jsonl:1: '000_8f37794704fc6c74.txt' is already merged (same name, "
                           "same text); counted once"), std::string::npos) << twice.out;
  EXPECT_NE(twice.out.find("documents  3 ("), std::string::npos) << twice.out;
  EXPECT_EQ(slurp_file(base + "/once/talkgraph.json"), slurp_file(base + "/twice/talkgraph.json"));
  // An entity type the graph does not know (a hand-edited shard) is refused with the line, not an
  // internal error.
  nlohmann::json typed = nlohmann::json::parse(slurp_file(base + "/one.jsonl"));
  typed["entities"][0]["type"] = "gadget";
  std::ofstream(base + "/typed.jsonl") << typed.dump() << "\n";
  Result bad_type = run("merge " + base + "/typed.jsonl -o " + base + "/typed");
  EXPECT_EQ(bad_type.code, 1) << bad_type.out;
  EXPECT_NE(bad_type.out.find("typed.jsonl:1: not a talkgraph shard line: entity '"), std::string::npos) << bad_type.out;
  EXPECT_EQ(bad_type.out.find("internal error"), std::string::npos) << bad_type.out;
  // Same name, other text: a fourth review, named apart.
  nlohmann::json other = nlohmann::json::parse(slurp_file(base + "/one.jsonl"));
  other["content_hash"] = "0123456789abcdef";
  std::ofstream(base + "/other.jsonl") << other.dump() << "\n";
  Result four = run("merge " + base + "/all.jsonl " + base + "/other.jsonl -q -f json -o " + base + "/four");
  ASSERT_EQ(four.code, 0) << four.out;
  const auto json = nlohmann::json::parse(slurp_file(base + "/four/talkgraph.json"));
  size_t documents = 0;
  bool renamed = false;
  for (const auto& n : json["nodes"]) {
    documents += n["type"] == "document";
    renamed = renamed || n["label"] == "000_8f37794704fc6c74.txt (2)";
  }
  EXPECT_EQ(documents, 4u);
  EXPECT_TRUE(renamed);
  std::filesystem::remove_all(base);
}

// The CLI and the golden test (tests/export/golden_test.cc) reach the same bytes: the command's
// defaults are the writers' defaults.
TEST(CliSeeds, BuildWritesTheGoldenFiles) {
  const std::string out = std::filesystem::temp_directory_path() / ("talkgraph-golden-" + std::to_string(::getpid()));
  Result r = run("build seeds -q -f graphml,json,dot,gexf,cytoscape -o " + out);
  ASSERT_EQ(r.code, 0) << r.out;
  for (const char* name : {"talkgraph.graphml", "talkgraph.json", "talkgraph.dot", "talkgraph.gexf", "talkgraph.cytoscape.json"}) {
    EXPECT_EQ(slurp_file(out + "/" + name), slurp_file(std::string("tests/golden/seeds/") + name)) << name;
  }
  std::filesystem::remove_all(out);
}

TEST(CliSeeds, RenderingWithoutGraphvizSaysSo) {
  std::string out = std::filesystem::temp_directory_path() / ("talkgraph-nogv-" + std::to_string(::getpid()));
  Result r = talkgraph::testing::run_shell("PATH=/nonexistent " + std::string(TALKGRAPH_BINARY) + " build seeds -q -f svg,json -o " + out);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find(out + "/talkgraph.svg: Graphviz is not installed ('dot' is not on PATH); install it (apt-get install graphviz)"),
            std::string::npos) << r.out;
  EXPECT_TRUE(std::filesystem::exists(out + "/talkgraph.json"));  // the other formats are still written
  EXPECT_FALSE(std::filesystem::exists(out + "/talkgraph.svg"));
  std::filesystem::remove_all(out);
}

}  // namespace

namespace {

// --no-documents drops the review nodes and their edges and nothing else: the same talks, entities
// and mention counts, the mentions outside talks moved onto the events.
TEST(CliSeeds, NoDocumentsKeepsEveryTalkAndEntity) {
  auto nodes = [](const std::string& flags, const std::string& out) {
    Result r = run("build seeds -f json -o " + out + " " + flags);
    EXPECT_EQ(r.code, 0) << r.out;
    EXPECT_NE(r.out.find("documents  3 "), std::string::npos) << r.out;
    nlohmann::json j = nlohmann::json::parse(slurp_file(out + "/talkgraph.json"));
    std::map<std::string, std::string> seen;  // id -> type and mention count
    for (const auto& n : j["nodes"]) {
      seen[n["id"]] = n["type"].get<std::string>() + " " + (n.contains("mentions") ? n["mentions"].dump() : "");
    }
    return std::make_pair(seen, j);
  };
  std::string dir = (fs::temp_directory_path() / ("talkgraph-nodocs-" + std::to_string(::getpid()))).string();
  auto [with, with_json] = nodes("", dir + "/with");
  auto [without, without_json] = nodes("--no-documents", dir + "/without");
  fs::remove_all(dir);
  size_t documents = std::erase_if(with, [](const auto& kv) { return kv.second.rfind("document", 0) == 0; });
  EXPECT_EQ(documents, 3u);
  EXPECT_EQ(with, without);
  bool event_mentions = false;
  for (const auto& e : without_json["links"]) {
    EXPECT_NE(e["type"], "reviewed_in");
    EXPECT_NE(e["type"], "about");
    if (e["type"] == "mentions" && e["source"].get<std::string>().rfind("event:", 0) == 0) event_mentions = true;
  }
  EXPECT_TRUE(event_mentions);
}

// --evidence N keeps the first N of the sentences the default keeps, on every mentions edge, and
// changes nothing else; 0 drops the attribute.
TEST(CliSeeds, EvidenceKeepsTheFirstSentencesOfEachEdge) {
  std::string dir = (fs::temp_directory_path() / ("talkgraph-evidence-" + std::to_string(::getpid()))).string();
  auto edges = [&](const std::string& flags) {
    const std::string out = dir + "/" + std::to_string(flags.size());
    Result r = run("build seeds -q -f json -o " + out + " " + flags);
    EXPECT_EQ(r.code, 0) << r.out;
    nlohmann::json j = nlohmann::json::parse(slurp_file(out + "/talkgraph.json"));
    std::map<std::string, nlohmann::json> by_id;
    for (const auto& e : j["links"]) by_id[e["id"]] = e;
    return std::make_pair(by_id, j["nodes"]);
  };
  auto [three, nodes3] = edges("");
  auto [one, nodes1] = edges("--evidence 1");
  auto [none, nodes0] = edges("--evidence 0");
  fs::remove_all(dir);
  EXPECT_EQ(nodes1, nodes3);
  EXPECT_EQ(nodes0, nodes3);
  ASSERT_EQ(one.size(), three.size());
  ASSERT_EQ(none.size(), three.size());
  size_t mentions = 0, cut = 0;
  for (auto& [id, e3] : three) {
    nlohmann::json e1 = one.at(id), e0 = none.at(id);
    if (e3["type"] == "mentions") {
      ++mentions;
      ASSERT_TRUE(e3.contains("evidence")) << id;
      ASSERT_EQ(e1["evidence"].size(), 1u) << id;
      EXPECT_EQ(e1["evidence"][0], e3["evidence"][0]) << id;
      EXPECT_FALSE(e0.contains("evidence")) << id;
      if (e3["evidence"].size() > 1) ++cut;
      e3.erase("evidence");
      e1.erase("evidence");
    }
    EXPECT_EQ(e1, e3) << id;
    EXPECT_EQ(e0, e3) << id;
  }
  EXPECT_GT(mentions, 100u);
  EXPECT_GT(cut, 0u);  // some edge had more than one sentence to drop
  EXPECT_NE(run("build seeds -q --evidence -1 -o " + dir).code, 0);
}

}  // namespace
