// StringPool: interned strings with stable addresses, shared by the builder and the graph it makes.
#pragma once

#include <deque>
#include <string>
#include <string_view>
#include <unordered_set>

namespace talkgraph {

// Evidence sentences repeat across edges (one sentence names several entities) and documents names
// repeat in every piece of evidence: storing each once and passing views keeps the graph's memory
// proportional to distinct text. Views stay valid as long as the pool lives.
class StringPool {
 public:
  std::string_view intern(std::string_view s) {
    auto it = index_.find(s);
    if (it != index_.end()) return *it;
    storage_.emplace_back(s);
    return *index_.insert(storage_.back()).first;
  }
  size_t size() const { return storage_.size(); }

 private:
  std::deque<std::string> storage_;
  std::unordered_set<std::string_view> index_;
};

}  // namespace talkgraph
