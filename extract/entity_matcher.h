// EntityMatcher: finds every lexicon alias in a text in one left-to-right pass, longest match first.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/flat_hash.h"
#include "extract/lexicon.h"

namespace talkgraph {

struct AliasMatch {
  size_t begin = 0;      // byte offset of the alias in the text
  size_t end = 0;        // end of the alias, before any particle
  uint32_t entry = 0;    // index into Lexicon::entries()
  bool is_name = false;  // matched the canonical name rather than another alias
  bool particle = false; // a Hangul particle followed a Hangul alias (장고를)
  Doubt doubt = Doubt::kNone;  // how much evidence the alias needs (lexicon.h)
  bool name_like = false;      // a capital is no evidence for it (Jose, C)
  bool ordinary = false;       // an English word: a capital at a sentence's start or in a title proves nothing
  bool ambiguous() const { return doubt != Doubt::kNone; }
};

// A word or phrase of the vocabulary found in the same scan as the lexicon's names (talk words,
// cue words): `list` says which list it is from. A stem matches a Hangul word that starts with it,
// whatever follows (발표 in 발표했다, 발표하신), not only before a particle.
struct CuePhrase {
  std::string text;
  uint8_t list = 0;
  bool stem = false;
};

struct CueHit {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint8_t list = 0;
};

// True when `suffix` (whole Hangul syllables) is a Korean postposition or copula ending that may follow
// a noun: 는, 를, 으로, 에서는, 이다, ... The list is in entity_matcher.cc.
bool is_korean_particle(std::string_view suffix);

class EntityMatcher {
 public:
  // `compound_suffixes`: words that, glued by '-' after a name, make an English compound rather than
  // a larger identifier ("pandas-like", "Django-based"): the name still matches before them.
  // `compound_prefixes`, likewise before a name ("non-Python", "IPython-to-Jupyter").
  explicit EntityMatcher(const Lexicon& lexicon, const std::vector<CuePhrase>& cues = {},
                         const std::vector<std::string>& compound_suffixes = {},
                         const std::vector<std::string>& compound_prefixes = {});

  // All matches, non-overlapping, leftmost-longest, in text order. The text must be valid UTF-8.
  // Long texts are matched in pieces of about kChunkBytes cut at white space, so memory stays small
  // even for a 100 MB line; a name is never cut, since names break at white space only where a
  // separator token lies, and pieces end after a line break when there is one.
  // With `cues`, the cue phrases are found in the same walk, in text order; a cue never takes a
  // name's place (a cue inside a name is not reported, a name inside a cue still is).
  std::vector<AliasMatch> find(std::string_view text, std::vector<CueHit>* cues = nullptr) const;
  static constexpr size_t kChunkBytes = 1 << 20;

  size_t alias_count() const { return alias_count_; }

 private:
  struct Terminal {
    uint32_t entry;
    bool exact_case;
    bool is_name;
    Doubt doubt;
    bool name_like;
    bool ordinary;
    bool glued;        // the surface's separators must be '-' or '_', not white space
    std::string text;  // the alias as written, for exact-case checks
  };
  struct Node {
    std::vector<Terminal> terminals;
    int16_t cue = -1;   // a cue phrase ends here: its list
    bool stem = false;  // ... and it is a stem
  };
  void find_in(std::string_view text, size_t base, std::vector<AliasMatch>* out, std::vector<CueHit>* cues) const;
  uint32_t child(uint32_t node, uint64_t token_hash) const;
  uint32_t add_child(uint32_t node, uint64_t token_hash);
  const Terminal* accept(const Node& node, std::string_view surface) const;

  // Whether some alias may start with the token: one bit per hash bucket (32 KB, about the L1 cache),
  // so that most tokens of a text, which start no alias, never probe the trie's large table. With the
  // 16,000 aliases of the built-in lexicon a quarter of a 65,536-bit table was set, and matching was
  // 10% slower than with 262,144 bits.
  static constexpr int kFirstTokenBits = 18;
  static uint64_t first_token_bit(uint64_t token_hash) {
    return (token_hash * 0x9E3779B97F4A7C15ULL) >> (64 - kFirstTokenBits);
  }
  bool may_start_alias(uint64_t token_hash) const {
    const uint64_t b = first_token_bit(token_hash);
    return (first_tokens_[b >> 6] >> (b & 63)) & 1;
  }

  std::vector<Node> nodes_;
  FlatHashMap edges_;  // (node, token hash) -> child node
  std::vector<uint64_t> first_tokens_ = std::vector<uint64_t>(size_t{1} << (kFirstTokenBits - 6));
  size_t alias_count_ = 0;
  FlatHashMap compound_suffixes_;  // token hash -> 1
  FlatHashMap compound_prefixes_;
};

}  // namespace talkgraph
