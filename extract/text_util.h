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

// Finds several fixed strings (each at least two bytes) in one pass: a position is compared only when
// its first two bytes start one of them. One byte would not do for Korean, whose syllables share four
// lead bytes. Calls f(offset, index into needles) for every occurrence, in text order.
class MultiFinder {
 public:
  explicit MultiFinder(std::vector<std::string_view> needles);
  template <typename F>
  void find_all(std::string_view text, F&& f) const {
    for (size_t at = 0; at + 1 < text.size(); ++at) {
      if (!pairs_[pair(text[at], text[at + 1])]) continue;
      for (size_t k = 0; k < needles_.size(); ++k) {
        if (text.compare(at, needles_[k].size(), needles_[k]) == 0) f(at, k);
      }
    }
  }

 private:
  static size_t pair(char a, char b) { return static_cast<unsigned char>(a) << 8 | static_cast<unsigned char>(b); }
  std::vector<std::string_view> needles_;
  std::vector<bool> pairs_;
};

// An id-safe form of a name: ASCII letters lowercased, letters and digits of any script kept,
// every other run of characters one '-'. "Vue.js" -> "vue-js", "장고 ORM" -> "장고-orm".
// The result is an XML NMTOKEN, so it can stand in GraphML ids as is.
std::string slugify(std::string_view name);

// Levenshtein distance over bytes, for "did you mean" suggestions.
size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word` when it is close enough to be a plausible typo, else "".
std::string suggest(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace talkgraph
