#include "cli/option_checks.h"

#include <charconv>

#include <fmt/format.h>

#include "base/text_util.h"

namespace talkgraph {

CLI::Validator whole_number(long long low, long long high) {
  const std::string range = high == std::numeric_limits<long long>::max() ? fmt::format("{} or more", low)
                                                                         : fmt::format("from {} to {}", low, high);
  return CLI::Validator(
      [low, high, range](std::string& value) -> std::string {
        long long n = 0;
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
        if (ec != std::errc() || end != value.data() + value.size() || n < low || n > high) {
          return fmt::format("'{}' is not a whole number {}", value, range);
        }
        return "";
      },
      "");  // the help names the range in words; CLI11 would print "INT:INT from 1 to 1000000"
}

std::string suggest_correction(const CLI::App& app, const std::vector<std::string>& args) {
  std::vector<std::string> commands;
  for (const CLI::App* sub : app.get_subcommands({})) commands.push_back(sub->get_name());
  const CLI::App* command = nullptr;
  for (const std::string& arg : args) {
    if (arg.empty() || arg[0] == '-') continue;
    for (const CLI::App* sub : app.get_subcommands({})) {
      if (sub->get_name() == arg) command = sub;
    }
    if (command == nullptr) {
      const std::string near = suggest(arg, commands);
      return near.empty() ? fmt::format("unknown command '{}' (commands: {})", arg, fmt::join(commands, ", "))
                          : fmt::format("unknown command '{}'; did you mean '{}'?", arg, near);
    }
    break;
  }
  if (command == nullptr) return "";
  std::vector<std::string> options;
  for (const CLI::Option* o : command->get_options()) {
    for (const std::string& name : o->get_lnames()) options.push_back("--" + name);
  }
  for (const std::string& arg : args) {
    if (arg.rfind("--", 0) != 0 || arg.size() < 3) continue;
    const std::string name = arg.substr(0, arg.find('='));
    if (std::find(options.begin(), options.end(), name) != options.end()) continue;
    const std::string near = suggest(name, options);
    if (!near.empty()) return fmt::format("unknown option '{}' for {}; did you mean '{}'?", name, command->get_name(), near);
  }
  return "";
}

}  // namespace talkgraph
