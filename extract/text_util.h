// Small string helpers shared by the extractors, the graph and the command line.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace talkgraph {

std::string_view trim(std::string_view s);
std::string ascii_lower(std::string_view s);
bool starts_with_ci(std::string_view s, std::string_view prefix);  // ASCII case-insensitive
std::vector<std::string_view> split(std::string_view s, char sep);

// An id-safe form of a name: ASCII letters lowercased, letters and digits of any script kept,
// every other run of characters one '-'. "Vue.js" -> "vue-js", "장고 ORM" -> "장고-orm".
// The result is an XML NMTOKEN, so it can stand in GraphML ids as is.
std::string slugify(std::string_view name);

// Levenshtein distance over bytes, for "did you mean" suggestions.
size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word` when it is close enough to be a plausible typo, else "".
std::string suggest(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace talkgraph
