// Checks on option values that read as ranges ("a whole number from 1 to 1000"), where CLI11's own
// PositiveNumber prints a range ending in the largest double, and suggestions for mistyped commands
// and options ("did you mean 'build'?").
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace talkgraph {

// A whole number from `low` to `high`, said so when it is not.
CLI::Validator whole_number(long long low, long long high);

// For an argument list that CLI11 refused: a "did you mean" line for an unknown command (the first
// word that is no option) or an unknown long option of the command given; empty when nothing is near.
std::string suggest_correction(const CLI::App& app, const std::vector<std::string>& args);

}  // namespace talkgraph
