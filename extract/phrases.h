// PhraseSet: a few dozen words or phrases of a vocabulary list, found in text as whole words.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/text_util.h"

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

 private:
  struct Impl {
    std::vector<std::string> phrases;
    std::vector<size_t> finder_index;  // needle -> phrase
    std::unique_ptr<MultiFinder> finder;
    // Phrases by their first and by their last byte (ASCII lowercased), longest first: prefix(),
    // suffix() and is() try only those that can match.
    std::vector<std::vector<uint32_t>> by_first, by_last;
  };
  static bool whole_word(std::string_view text, size_t at, size_t len, std::string_view phrase);
  std::shared_ptr<const Impl> impl_;
};

}  // namespace talkgraph
