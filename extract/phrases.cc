#include "extract/phrases.h"

namespace talkgraph {

PhraseSet::PhraseSet(std::vector<std::string> phrases) {
  auto impl = std::make_shared<Impl>();
  impl->phrases = std::move(phrases);
  std::vector<std::string_view> needles;
  for (size_t i = 0; i < impl->phrases.size(); ++i) {
    if (impl->phrases[i].size() < 2) continue;  // MultiFinder's needles are two bytes or more
    needles.push_back(impl->phrases[i]);
    impl->finder_index.push_back(i);
  }
  if (!needles.empty()) impl->finder = std::make_unique<MultiFinder>(needles);
  impl_ = std::move(impl);
}

const std::vector<std::string>& PhraseSet::phrases() const {
  static const std::vector<std::string> kNone;
  return impl_ == nullptr ? kNone : impl_->phrases;
}

bool PhraseSet::whole_word(std::string_view text, size_t at, size_t len, std::string_view phrase) {
  if (phrase.empty()) return false;
  if (is_ascii_alnum(phrase.front()) && at > 0 && is_ascii_alnum(text[at - 1])) return false;
  if (is_ascii_alnum(phrase.back()) && at + len < text.size() && is_ascii_alnum(text[at + len])) return false;
  return true;
}

bool PhraseSet::contains(std::string_view text) const {
  bool found = false;
  find_all(text, [&](size_t, size_t, size_t) { found = true; });
  return found;
}

size_t PhraseSet::prefix(std::string_view text) const {
  size_t best = 0;
  for (const std::string& p : phrases()) {
    if (p.size() > text.size() || p.size() <= best) continue;
    if (starts_with_ci(text, p) && whole_word(text, 0, p.size(), p)) best = p.size();
  }
  return best;
}

size_t PhraseSet::suffix(std::string_view text) const {
  size_t best = 0;
  for (const std::string& p : phrases()) {
    if (p.size() > text.size() || p.size() <= best) continue;
    const size_t at = text.size() - p.size();
    if (starts_with_ci(text.substr(at), p) && whole_word(text, at, p.size(), p)) best = p.size();
  }
  return best;
}

bool PhraseSet::is(std::string_view word) const {
  for (const std::string& p : phrases()) {
    if (p.size() == word.size() && starts_with_ci(word, p)) return true;
  }
  return false;
}

}  // namespace talkgraph
