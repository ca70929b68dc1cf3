#include "base/resources.h"

#include <cstdlib>
#include <filesystem>

namespace talkgraph {

namespace fs = std::filesystem;

namespace {

// The folder holding the running binary, from /proc (Linux); empty when it cannot be read.
fs::path binary_dir() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : exe.parent_path();
}

// Whether `dir` is the build tree or a folder inside it (the test and bench programs).
bool in_build_tree(const fs::path& dir) {
  std::error_code ec;
  const fs::path build = fs::weakly_canonical(TALKGRAPH_BUILD_DIR, ec);
  if (ec || dir.empty()) return false;
  const fs::path here = fs::weakly_canonical(dir, ec);
  if (ec) return false;
  auto b = build.begin(), h = here.begin();
  for (; b != build.end() && h != here.end(); ++b, ++h) {
    if (*b != *h) return false;
  }
  return b == build.end();
}

std::string find(const char* variable, const char* installed, const char* source_tree) {
  if (const char* env = std::getenv(variable); env != nullptr && *env != '\0') return env;
  const fs::path dir = binary_dir();
  if (in_build_tree(dir)) return source_tree;
  return (dir.parent_path() / "share" / "talkgraph" / installed).string();
}

}  // namespace

std::string data_dir() { return find("TALKGRAPH_DATA_DIR", "data", TALKGRAPH_SOURCE_DIR "/data"); }

std::string web_dir() { return find("TALKGRAPH_WEB_DIR", "web", TALKGRAPH_SOURCE_DIR "/export/web"); }

}  // namespace talkgraph
