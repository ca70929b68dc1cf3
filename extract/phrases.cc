#include "extract/phrases.h"

#include <algorithm>

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
  impl->by_first.resize(256);
  impl->by_last.resize(256);
  std::vector<uint32_t> order(impl->phrases.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return impl->phrases[a].size() > impl->phrases[b].size(); });
  for (uint32_t i : order) {
    const std::string& p = impl->phrases[i];
    if (p.empty()) continue;
    const auto size = static_cast<uint32_t>(p.size());
    impl->by_first[fold(p.front())].push_back({i, size, p.size() > 1 ? fold(p[1]) : 256});
    impl->by_last[fold(p.back())].push_back({i, size, p.size() > 1 ? fold(p[p.size() - 2]) : 256});
  }
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
  size_t found = 0;
  // Longest first: the first whole-word match is the longest.
  any_prefix(text, [&](size_t i) {
    const std::string& p = impl_->phrases[i];
    if (!whole_word(text, 0, p.size(), p)) return false;
    found = p.size();
    return true;
  });
  return found;
}

size_t PhraseSet::suffix(std::string_view text) const {
  size_t found = 0;
  any_suffix(text, [&](size_t i) {
    const std::string& p = impl_->phrases[i];
    if (!whole_word(text, text.size() - p.size(), p.size(), p)) return false;
    found = p.size();
    return true;
  });
  return found;
}

bool PhraseSet::is(std::string_view word) const {
  return any_prefix(word, [&](size_t i) { return impl_->phrases[i].size() == word.size(); });
}

}  // namespace talkgraph
