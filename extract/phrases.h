// PhraseSet: a few dozen words or phrases of a vocabulary list, found in text as whole words.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/text_util.h"

namespace talkgraph {

// True for ASCII letters and digits.
inline bool is_ascii_alnum(char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

// ASCII letters match in any case. A phrase that starts (ends) with an ASCII letter or digit must
// start (end) a word of the text: "talk" is not found in "talked" nor "stalk". A Hangul phrase is
// found inside a word too, since Korean glues particles and endings on (발표를, 세션에서).
// Copies share one immutable set.
class PhraseSet {
 public:
  PhraseSet() = default;
  explicit PhraseSet(std::vector<std::string> phrases);  // lowercase (vocabulary keys are)

  // Calls f(offset, length, index into phrases()) for every whole-word occurrence, in text order.
  // Phrases of one byte ("i") are left to prefix(), suffix() and is().
  template <typename F>
  void find_all(std::string_view text, F&& f) const {
    if (impl_ == nullptr || impl_->finder == nullptr) return;
    impl_->finder->find_all_ignoring_ascii_case(text, [&](size_t at, size_t k) {
      const size_t i = impl_->finder_index[k];
      const std::string& p = impl_->phrases[i];
      if (whole_word(text, at, p.size(), p)) f(at, p.size(), i);
    });
  }
  bool contains(std::string_view text) const;
  // The longest phrase that `text` starts (ends) with, as a whole word; 0 when none.
  size_t prefix(std::string_view text) const;
  size_t suffix(std::string_view text) const;
  // Whether `word` (a whole word or phrase, any ASCII case) is one of the phrases.
  bool is(std::string_view word) const;
  const std::vector<std::string>& phrases() const;
  // Calls f(index) for each phrase `text` starts with (ASCII case ignored), longest first, until f
  // returns true; returns whether one did. The caller judges the boundary after it.
  template <typename F>
  bool any_prefix(std::string_view text, F&& f) const {
    if (impl_ == nullptr || text.empty()) return false;
    const size_t second = text.size() > 1 ? fold(text[1]) : 256;
    for (const Entry& e : impl_->by_first[fold(text.front())]) {
      if (e.size > text.size() || (e.size > 1 && e.other != second)) continue;
      if (starts_with_ci(text, impl_->phrases[e.index]) && f(static_cast<size_t>(e.index))) return true;
    }
    return false;
  }
  // The same for the phrases `text` ends with.
  template <typename F>
  bool any_suffix(std::string_view text, F&& f) const {
    if (impl_ == nullptr || text.empty()) return false;
    const size_t second = text.size() > 1 ? fold(text[text.size() - 2]) : 256;
    for (const Entry& e : impl_->by_last[fold(text.back())]) {
      if (e.size > text.size() || (e.size > 1 && e.other != second)) continue;
      if (starts_with_ci(text.substr(text.size() - e.size), impl_->phrases[e.index]) && f(static_cast<size_t>(e.index))) {
        return true;
      }
    }
    return false;
  }

 private:
  struct Entry {
    uint32_t index;
    uint32_t size;
    size_t other;  // the second byte (by_first) or the one before the last (by_last), folded; 256: none
  };
  struct Impl {
    std::vector<std::string> phrases;
    std::vector<size_t> finder_index;  // needle -> phrase
    std::unique_ptr<MultiFinder> finder;
    // Phrases by their first and by their last byte (ASCII lowercased), longest first, each with the
    // byte next to it: prefix(), suffix() and is() compare only those that can match.
    std::vector<std::vector<Entry>> by_first, by_last;
  };
  static bool whole_word(std::string_view text, size_t at, size_t len, std::string_view phrase);
  static size_t fold(char c) {
    const auto b = static_cast<unsigned char>(c);
    return b >= 'A' && b <= 'Z' ? b + 32u : b;
  }
  std::shared_ptr<const Impl> impl_;
};

}  // namespace talkgraph
