#include "extract/lexicon.h"

#include <gtest/gtest.h>

namespace talkgraph {
namespace {

TEST(Lexicon, ParsesNameTypeAliasesAndOptions) {
  Lexicon lex;
  std::vector<std::string> errors, warnings;
  lex.add_text("# comment\nDjango | library | 장고, ?Dj | pypi=Django rank=42 versioned\n", "t.txt", &errors, &warnings);
  ASSERT_TRUE(errors.empty());
  ASSERT_EQ(lex.entries().size(), 1u);
  const LexiconEntry& e = lex.entries()[0];
  EXPECT_EQ(e.name, "Django");
  EXPECT_EQ(e.type, EntityType::kLibrary);
  EXPECT_EQ(e.aliases, (std::vector<std::string>{"장고", "Dj"}));
  EXPECT_EQ(e.ambiguous_aliases, (std::vector<std::string>{"Dj"}));
  EXPECT_EQ(e.pypi, "Django");
  EXPECT_EQ(e.pypi_rank, 42);
  EXPECT_TRUE(e.versioned);
  EXPECT_EQ(e.id(), "library:django");
  EXPECT_EQ(lex.find("장고"), &e);
  EXPECT_EQ(lex.find("DJANGO"), &e);
}

TEST(Lexicon, ReportsUnknownTypeWithSuggestion) {
  Lexicon lex;
  std::vector<std::string> errors, warnings;
  lex.add_text("Flask | libary\n", "mine.txt", &errors, &warnings);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], "mine.txt:1: unknown type 'libary', did you mean 'library'?");
}

TEST(Lexicon, ReportsMissingFieldsAndUnknownOptions) {
  Lexicon lex;
  std::vector<std::string> errors, warnings;
  lex.add_text("JustAName\nX | tool | | sometimes\n", "m.txt", &errors, &warnings);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0], "m.txt:1: expected 'name | type | aliases | options'");
  EXPECT_EQ(errors[1], "m.txt:2: unknown option 'sometimes'");
}

TEST(Lexicon, ReportsDuplicatesAndConflictingAliasesWithFileAndLine) {
  Lexicon lex;
  std::vector<std::string> errors, warnings;
  lex.add_text("Spark | tool | 스파크\nSpark | tool\nSparkle | tool | 스파크\n", "m.txt", &errors, &warnings);
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_EQ(warnings[0], "m.txt:2: duplicate entry 'Spark' (first at line 1); this line is ignored");
  EXPECT_EQ(warnings[1], "m.txt:3: alias '스파크' of 'Sparkle' already names 'Spark' (m.txt:1); the first one wins");
  EXPECT_EQ(lex.find("스파크")->name, "Spark");
}

TEST(Lexicon, UserFileOverridesBuiltIn) {
  Lexicon lex;
  std::vector<std::string> errors, warnings;
  lex.add_text("Flask | library | 플라스크\n", "builtin.txt", &errors, &warnings);
  lex.add_text("Flask | tool | Flask-app\n", "user.txt", &errors, &warnings);
  EXPECT_TRUE(warnings.empty());
  EXPECT_EQ(lex.find("flask")->type, EntityType::kTool);
  EXPECT_EQ(lex.find("플라스크"), nullptr);  // the user's entry replaces the whole line
  auto aliases = lex.aliases();
  EXPECT_EQ(aliases.size(), 2u);
}

TEST(Lexicon, AcronymsMatchOnlyInCapitals) {
  Lexicon lex;
  std::vector<std::string> errors, warnings;
  lex.add_text("ELT | concept | Extract Load Transform\n", "m.txt", &errors, &warnings);
  auto aliases = lex.aliases();
  ASSERT_EQ(aliases.size(), 2u);
  EXPECT_TRUE(aliases[0].exact_case);
  EXPECT_FALSE(aliases[1].exact_case);
}

TEST(Lexicon, BuiltInLexiconLoadsCleanly) {
  Lexicon lex;
  std::vector<std::string> errors, warnings;
  for (const std::string& path : builtin_lexicon_paths()) ASSERT_TRUE(lex.add_file(path, &errors, &warnings)) << path;
  EXPECT_TRUE(errors.empty()) << errors.front();
  EXPECT_TRUE(warnings.empty()) << warnings.front();
  size_t concepts = 0, pypi = 0;
  for (const LexiconEntry& e : lex.entries()) {
    concepts += e.type == EntityType::kConcept;
    pypi += e.pypi_rank > 0 || !e.pypi.empty();
  }
  EXPECT_GE(concepts, 300u);
  EXPECT_GE(pypi, 2500u);
}

}  // namespace
}  // namespace talkgraph
