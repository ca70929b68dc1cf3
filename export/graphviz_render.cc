// Graphviz is run as a program (fork + execvp, no shell, so no quoting issues with paths), not linked:
// its library API is large and unstable across versions, and users who render already have `dot`.
#include "export/graphviz_render.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "export/output_file.h"

namespace talkgraph {

namespace {

bool on_path(const std::string& program) {
  const char* path = std::getenv("PATH");
  if (path == nullptr) return false;
  std::stringstream dirs(path);
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    if (!dir.empty() && ::access((dir + "/" + program).c_str(), X_OK) == 0) return true;
  }
  return false;
}

}  // namespace

bool render_with_graphviz(const std::string& dot_text, const std::string& format, const std::string& path,
                          std::string* error) {
  if (!on_path("dot")) {
    *error = fmt::format("{}: Graphviz is not installed ('dot' is not on PATH); install it (apt-get install graphviz) "
                         "or write -f dot and render it elsewhere",
                         path);
    return false;
  }
  return produce_file_atomically(
      path,
      [&](const std::string& tmp, std::string* why) {
        std::string dot_file = tmp + ".dot";
        {
          std::ofstream out(dot_file, std::ios::binary);
          out << dot_text;
          if (!out.flush()) {
            *why = "cannot write the DOT input";
            return false;
          }
        }
        std::string type = "-T" + format;
        std::string output = "-o" + tmp;
        std::string log_file = tmp + ".log";
        // posix_spawn, not fork: nothing runs in the child before exec, which matters when other
        // writers run on other threads, and a process holding a large graph is not copied.
        // Graphviz's warnings go to a log that is shown only if it fails.
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 2, log_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        char* argv[] = {const_cast<char*>("dot"), type.data(), output.data(), dot_file.data(), nullptr};
        pid_t pid = -1;
        if (::posix_spawnp(&pid, "dot", &actions, nullptr, argv, environ) != 0) pid = -1;
        posix_spawn_file_actions_destroy(&actions);
        int status = 0;
        if (pid < 0 || ::waitpid(pid, &status, 0) < 0) {
          ::unlink(dot_file.c_str());
          *why = "cannot run Graphviz";
          return false;
        }
        ::unlink(dot_file.c_str());
        std::ifstream log(log_file);
        std::string first_line;
        std::getline(log, first_line);
        ::unlink(log_file.c_str());
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
          *why = fmt::format("Graphviz failed (exit status {}): {}", WIFEXITED(status) ? WEXITSTATUS(status) : -1,
                             first_line);
          return false;
        }
        return true;
      },
      error);
}

}  // namespace talkgraph
