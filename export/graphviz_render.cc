// Graphviz is run as a program (posix_spawn, no shell, so no quoting issues with paths), not linked:
// its library API is large and unstable across versions, and users who render already have `dot`.
// It runs as a bounded child: a time limit, its input and log as registered temporaries, and its pid
// registered so that a signal that ends talkgraph ends it too (export/output_file.h).
#include "export/graphviz_render.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <thread>

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

// Waits for the child until the deadline; kills it when the deadline passes. The exit status, or
// nothing when it was killed for time (or cannot be waited for).
std::optional<int> wait_until(pid_t pid, std::chrono::steady_clock::time_point deadline) {
  int status = 0;
  auto pause = std::chrono::milliseconds(1);
  while (true) {
    const pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) return status;
    if (done < 0 && errno != EINTR) return std::nullopt;
    if (std::chrono::steady_clock::now() >= deadline) {
      ::kill(pid, SIGKILL);
      while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
      }
      return std::nullopt;
    }
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::milliseconds(50));
  }
}

std::string first_line_of(const std::string& path) {
  std::ifstream log(path);
  std::string line;
  std::getline(log, line);
  return line;
}

}  // namespace

bool render_with_graphviz(const std::string& dot_text, const std::string& format, const std::string& path,
                          const GraphvizLimits& limits, std::string* error) {
  if (!on_path("dot")) {
    *error = fmt::format("{}: Graphviz is not installed ('dot' is not on PATH); install it (apt-get install graphviz) "
                         "or write -f dot and render it elsewhere",
                         path);
    return false;
  }
  return produce_file_atomically(
      path,
      [&](const std::string& tmp, std::string* why) {
        const TemporaryFile dot_file(tmp + ".dot"), log_file(tmp + ".log");
        {
          std::ofstream out(dot_file.path(), std::ios::binary);
          out << dot_text;
          if (!out.flush()) {
            *why = "cannot write the DOT input";
            return false;
          }
        }
        // PNG through libgd rather than cairo: Graphviz's cairo PNG differs from run to run in a few
        // antialiased pixels (2 variants in 12 runs of one DOT file, sequentially), gd's does not.
        std::string type = "-T" + format + (format == "png" ? ":gd" : "");
        std::string output = "-o" + tmp;
        // posix_spawn, not fork: nothing runs in the child before exec, which matters when other
        // writers run on other threads, and a process holding a large graph is not copied.
        // Graphviz's warnings go to a log that is shown only if it fails; it reads nothing else.
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
        posix_spawn_file_actions_addopen(&actions, 2, log_file.path().c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        std::string input = dot_file.path();
        char* argv[] = {const_cast<char*>("dot"), type.data(), output.data(), input.data(), nullptr};
        pid_t pid = -1;
        if (::posix_spawnp(&pid, "dot", &actions, nullptr, argv, environ) != 0) pid = -1;
        posix_spawn_file_actions_destroy(&actions);
        if (pid < 0) {
          *why = "cannot run Graphviz";
          return false;
        }
        const ChildGuard child(pid);
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(limits.seconds);
        const std::optional<int> status = wait_until(pid, deadline);
        if (!status) {
          *why = fmt::format("Graphviz did not finish the topic map in {} s and was stopped (--graphviz-timeout); "
                             "fewer entities (--top) draw faster, or write -f dot and render it elsewhere",
                             limits.seconds);
          return false;
        }
        if (!WIFEXITED(*status) || WEXITSTATUS(*status) != 0) {
          *why = fmt::format("Graphviz failed (exit status {}): {}", WIFEXITED(*status) ? WEXITSTATUS(*status) : -1,
                             first_line_of(log_file.path()));
          return false;
        }
        return true;
      },
      error);
}

}  // namespace talkgraph
