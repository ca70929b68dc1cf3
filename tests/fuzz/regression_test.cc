// Every input under tests/fuzz/corpus/ (seeds, hostile samples, and each crash a fuzzer ever found)
// runs through the fuzz checks in the ordinary test build, so a fixed crash stays fixed.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "tests/fuzz/fuzz_checks.h"

namespace talkgraph::fuzz {
namespace {

namespace fs = std::filesystem;

void run_folder(const std::string& folder, void (*check)(const uint8_t*, size_t)) {
  size_t files = 0;
  for (const auto& entry : fs::directory_iterator("tests/fuzz/corpus/" + folder)) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    std::string data = s.str();
    SCOPED_TRACE(entry.path().string());
    check(reinterpret_cast<const uint8_t*>(data.data()), data.size());
    ++files;
  }
  EXPECT_GT(files, 0u);
}

TEST(FuzzRegressions, DocumentParser) { run_folder("parser", check_document_parser); }
TEST(FuzzRegressions, Extractor) { run_folder("extractor", check_extractor); }
TEST(FuzzRegressions, ExportRoundTrip) { run_folder("export", check_export_round_trip); }

}  // namespace
}  // namespace talkgraph::fuzz
