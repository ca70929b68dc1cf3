// Matching works on tokens, not bytes: a text is cut into runs of ASCII letters and digits, runs of
// Hangul, runs of separators (white space, '-', '_') and single other characters. Aliases are cut the
// same way and stored in a trie keyed by token hashes, so each text token costs one hash-table probe
// per live trie node, whatever the number of aliases (the lexicon can grow tenfold at no cost per byte).
//
// Boundaries follow from the tokens. An ASCII run is a whole word, so "serial" never matches inside
// "pyserial", yet "Flask로" matches because Hangul after a Latin name is a separate token: Korean
// attaches particles straight to the word. A Hangul alias must be a whole Hangul run, or the run minus a
// known particle ("장고를" = 장고 + 를); "셀러리맨" does not contain 셀러리 because 맨 is no particle.
// Two compound rules keep identifiers whole: a name glued by '-' or '_' to another word ("my-flask",
// "flask_login") or preceded by '.' after a word ("np.random") is part of a larger name, not a mention.
// re2's \b and \w are ASCII-only and could express none of the Hangul rules, which is why this is a
// hand-written scanner rather than a regular expression.
#include "extract/entity_matcher.h"

#include <array>
#include <unordered_set>

#include "base/utf8.h"
#include "extract/lexicon.h"

namespace talkgraph {

namespace {

enum class TokenKind : uint8_t { kWord, kHangul, kSeparator, kOther };

// 24 bytes: a text piece of 1 MB has some 250,000 tokens, written once and read a few times.
struct Token {
  uint32_t begin;  // offsets in the piece being matched (at most about kChunkBytes: see find)
  uint32_t end;
  uint64_t hash;
  // Hangul tokens: where their four prefix hashes start in the prefix array. Prefix k-1 is the hash
  // of the token without its last k syllables (0 when too short), so that "장고를" can be looked up
  // as "장고" + "를" without hashing again.
  uint32_t prefixes;
  TokenKind kind;
};

// An allocator whose construct() without a value leaves trivial elements as they are, so that resize()
// makes room without writing it: the tokenizer sizes its output for the most tokens a text can have
// (one per byte), writes each token once, then cuts the vector to the tokens written.
template <typename T>
struct UninitializedAllocator : std::allocator<T> {
  template <typename U>
  struct rebind {
    using other = UninitializedAllocator<U>;
  };
  UninitializedAllocator() = default;
  template <typename U>
  UninitializedAllocator(const UninitializedAllocator<U>&) noexcept {}
  template <typename U>
  void construct(U* p) noexcept {
    ::new (static_cast<void*>(p)) U;
  }
  template <typename U, typename... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};
using Tokens = std::vector<Token, UninitializedAllocator<Token>>;
using PrefixHashes = std::vector<uint64_t, UninitializedAllocator<uint64_t>>;

constexpr uint64_t kFnvOffset = 1469598103934665603ULL;
constexpr uint64_t kFnvPrime = 1099511628211ULL;
constexpr uint64_t kSeparatorHash = 0x5e9a7a7012345ULL;

inline uint64_t fnv_byte(uint64_t h, unsigned char c) { return (h ^ c) * kFnvPrime; }

constexpr bool is_separator_byte(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '-' || c == '_' || c == '\f' || c == '\v';
}
// ASCII letters and digits, letters lowercased; 0 for every other byte. One lookup per byte of a word.
constexpr std::array<unsigned char, 256> kLowerAlnum = [] {
  std::array<unsigned char, 256> t{};
  for (int c = '0'; c <= '9'; ++c) t[static_cast<size_t>(c)] = static_cast<unsigned char>(c);
  for (int c = 'a'; c <= 'z'; ++c) {
    t[static_cast<size_t>(c)] = static_cast<unsigned char>(c);
    t[static_cast<size_t>(c - 32)] = static_cast<unsigned char>(c);
  }
  return t;
}();

// A letter other than ASCII, NFKC- and case-folded (fold_code_point): "Ｄｊａｎｇｏ" hashes as "django".
uint64_t fnv_folded(uint64_t h, char32_t cp) {
  char folded[32];
  const size_t n = fold_code_point(cp, folded);
  for (size_t k = 0; k < n; ++k) h = fnv_byte(h, static_cast<unsigned char>(folded[k]));
  return h;
}

uint64_t hash_bytes(std::string_view s, bool lower) {
  uint64_t h = kFnvOffset;
  for (unsigned char c : s) {
    if (lower && c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
    h = fnv_byte(h, c);
  }
  return h;
}

// What a byte can start: one table lookup instead of a chain of comparisons.
enum ByteClass : uint8_t { kClassOther, kClassWord, kClassSeparator, kClassHigh };
constexpr std::array<uint8_t, 256> kByteClass = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if (kLowerAlnum[static_cast<size_t>(c)] != 0) t[static_cast<size_t>(c)] = kClassWord;
    if (c >= 0x80) t[static_cast<size_t>(c)] = kClassHigh;
    if (is_separator_byte(static_cast<unsigned char>(c))) t[static_cast<size_t>(c)] = kClassSeparator;
  }
  return t;
}();

// Cuts text into tokens. Non-ASCII letters other than Hangul, kana and Han (é, ß, Cyrillic, full-width
// Ｄ) join word tokens so that accented names stay whole, and are hashed NFKC- and case-folded; kana
// and Han are tokens of one character each, so "Djangoで" holds the word "Django". `prefixes` receives four hashes per Hangul token.
void tokenize(std::string_view s, Tokens* out, PrefixHashes* prefixes) {
  size_t i = 0;
  const size_t n = s.size();
  // Room for the most there can be, not written: a token per byte, four prefixes per syllable.
  out->resize(n);
  prefixes->resize(4 * (n / 3));
  Token* token = out->data();
  uint64_t* prefix = prefixes->data();
  auto push = [&](size_t start, size_t end, TokenKind kind, uint64_t hash, uint32_t prefix_index = 0) {
    // Field by field into place. A Token built on the stack was copied with 16-byte loads right after
    // its narrower stores, which cannot be forwarded: a stall of a dozen cycles on every token.
    Token& t = *token++;
    t.begin = static_cast<uint32_t>(start);
    t.end = static_cast<uint32_t>(end);
    t.hash = hash;
    t.prefixes = prefix_index;
    t.kind = kind;
  };
  while (i < n) {
    auto c = static_cast<unsigned char>(s[i]);
    const size_t start = i;
    const uint8_t cls = kByteClass[c];
    if (cls == kClassWord) {
      uint64_t h = kFnvOffset;
      while (i < n) {
        c = static_cast<unsigned char>(s[i]);
        if (const unsigned char lower = kLowerAlnum[c]) {
          h = fnv_byte(h, lower);
          ++i;
        } else if (c >= 0x80 && !is_hangul_syllable_at(s, i)) {
          size_t j = i;
          char32_t cp = decode_utf8(s, &j);
          if (!is_alnum(cp) || is_hangul(cp) || is_kana_or_han(cp)) break;
          h = fnv_folded(h, cp);
          i = j;
        } else {
          break;
        }
      }
      push(start, i, TokenKind::kWord, h);
    } else if (cls == kClassSeparator) {
      while (i < n && kByteClass[static_cast<unsigned char>(s[i])] == kClassSeparator) ++i;
      push(start, i, TokenKind::kSeparator, kSeparatorHash);
    } else if (cls == kClassHigh && is_hangul_syllable_at(s, i)) {
      uint64_t h = kFnvOffset;
      // The hash without the last one to four syllables, shifted along in registers: 0 until there
      // are that many syllables before them.
      uint64_t without1 = 0, without2 = 0, without3 = 0, without4 = 0;
      // One hash step per syllable, its three bytes at once: a chain of three multiplies per
      // syllable was the tokenizer's longest latency on Korean text.
      while (i + 3 <= n) {
        const uint32_t bytes = three_bytes_at(s, i);
        if (!is_hangul_syllable_bytes(bytes)) break;
        without4 = without3;
        without3 = without2;
        without2 = without1;
        without1 = i > start ? h : 0;  // before the first syllable, h is no syllable's hash
        h = (h ^ bytes) * kFnvPrime;
        i += 3;
      }
      const auto at = static_cast<uint32_t>(prefix - prefixes->data());
      prefix[0] = without1;
      prefix[1] = without2;
      prefix[2] = without3;
      prefix[3] = without4;
      prefix += 4;
      push(start, i, TokenKind::kHangul, h, at);
    } else {
      if (c < 0x80) {
        ++i;
      } else {
        size_t j = i;
        char32_t cp = decode_utf8(s, &j);
        if (is_alnum(cp) && !is_hangul(cp) && !is_kana_or_han(cp)) {  // a word that starts with a non-ASCII letter
          uint64_t h = kFnvOffset;
          while (i < n) {
            size_t k = i;
            char32_t d = decode_utf8(s, &k);
            if (!(is_alnum(d) && !is_hangul(d) && !is_kana_or_han(d))) break;
            h = fnv_folded(h, d);
            i = k;
          }
          push(start, i, TokenKind::kWord, h);
          continue;
        }
        i = j;
      }
      push(start, i, TokenKind::kOther, hash_bytes(s.substr(start, i - start), false));
    }
  }
  const size_t tokens = static_cast<size_t>(token - out->data()), prefix_hashes = static_cast<size_t>(prefix - prefixes->data());
  out->resize(tokens);
  prefixes->resize(prefix_hashes);
}

// Postpositions and endings that attach to a noun, longest combinations included. A suffix must be
// in this list as a whole for a Hangul alias to match before it.
const std::unordered_set<std::string_view>& particles() {
  static const std::unordered_set<std::string_view> kParticles = {
      "은", "는", "이", "가", "을", "를", "의", "에", "에서", "에게", "께", "께서", "로", "으로", "와", "과",
      "도", "만", "까지", "부터", "보다", "처럼", "같이", "이나", "나", "랑", "이랑", "하고", "에는", "에서는",
      "으로는", "로는", "와는", "과는", "으로도", "로도", "에도", "에서도", "이라", "라", "이라는", "라는",
      "이란", "란", "이다", "다", "입니다", "이고", "고", "이며", "며", "이지만", "지만", "들", "들이", "들을",
      "들은", "들의", "들과", "들도", "들로", "에서의", "으로의", "로의", "과의", "와의", "으로서", "로서",
      "으로써", "로써", "만의", "만으로", "뿐", "밖에", "마다", "조차", "까지도", "부터는", "이든", "든",
      "이든지", "든지", "이나마", "야", "이야", "요", "이요", "인", "인데", "인가", "이었다", "였다", "이었던",
      "였던", "에선", "으론", "론", "엔", "와도", "과도", "보다는", "처럼은", "에서만", "으로만",
      "로만", "이니", "이면", "면", "에서부터", "으로부터", "로부터", "께선", "용"};
  return kParticles;
}

constexpr size_t kMaxParticleSyllables = 4;

// The particles as hashes of their bytes, for the hot loop.
const FlatHashMap& particle_hashes() {
  static const FlatHashMap kHashes = [] {
    FlatHashMap m;
    for (std::string_view p : particles()) m.emplace(hash_bytes(p, false), 1);
    return m;
  }();
  return kHashes;
}

}  // namespace

bool is_korean_particle(std::string_view suffix) { return particles().count(suffix) > 0; }

namespace {
inline uint64_t edge_key(uint32_t node, uint64_t token_hash) {
  uint64_t k = (static_cast<uint64_t>(node) * 0x9E3779B97F4A7C15ULL) ^ token_hash;
  return k ^ (k >> 29);  // the table indexes by low bits: fold the high ones in
}
}  // namespace

uint32_t EntityMatcher::child(uint32_t node, uint64_t token_hash) const { return edges_.find(edge_key(node, token_hash), 0); }

uint32_t EntityMatcher::add_child(uint32_t node, uint64_t token_hash) {
  auto next = static_cast<uint32_t>(nodes_.size());
  uint32_t c = edges_.emplace(edge_key(node, token_hash), next);
  if (c == next) nodes_.emplace_back();
  return c;
}

EntityMatcher::EntityMatcher(const Lexicon& lexicon, const std::vector<CuePhrase>& cues,
                             const std::vector<std::string>& compound_suffixes,
                             const std::vector<std::string>& compound_prefixes) {
  nodes_.emplace_back();  // root; child() returns 0 for "no child", which the root can never be
  for (const std::string& word : compound_suffixes) compound_suffixes_.emplace(hash_bytes(word, true), 1);
  for (const std::string& word : compound_prefixes) compound_prefixes_.emplace(hash_bytes(word, true), 1);
  Tokens tokens;
  PrefixHashes prefixes;
  for (const CuePhrase& cue : cues) {
    tokenize(cue.text, &tokens, &prefixes);
    while (!tokens.empty() && tokens.back().kind == TokenKind::kSeparator) tokens.pop_back();
    size_t first = 0;
    while (first < tokens.size() && tokens[first].kind == TokenKind::kSeparator) ++first;
    if (first == tokens.size()) continue;
    const uint64_t b = first_token_bit(tokens[first].hash);
    first_tokens_[b >> 6] |= uint64_t{1} << (b & 63);
    uint32_t node = 0;
    for (size_t t = first; t < tokens.size(); ++t) node = add_child(node, tokens[t].hash);
    nodes_[node].cue = cue.list;
    nodes_[node].stem = cue.stem;
  }
  for (const LexiconAlias& alias : lexicon.aliases()) {
    tokenize(alias.text, &tokens, &prefixes);
    // Leading and trailing separators carry no meaning in an alias.
    while (!tokens.empty() && tokens.back().kind == TokenKind::kSeparator) tokens.pop_back();
    size_t first = 0;
    while (first < tokens.size() && tokens[first].kind == TokenKind::kSeparator) ++first;
    if (first == tokens.size()) continue;
    const uint64_t b = first_token_bit(tokens[first].hash);
    first_tokens_[b >> 6] |= uint64_t{1} << (b & 63);
    uint32_t node = 0;
    for (size_t t = first; t < tokens.size(); ++t) node = add_child(node, tokens[t].hash);
    nodes_[node].terminals.push_back(
        {alias.entry, alias.exact_case, alias.is_name, alias.doubt, alias.name_like, alias.ordinary, alias.glued, alias.text});
    ++alias_count_;
  }
}

// The first terminal whose case rule the surface satisfies. Exact-case aliases compare their letters
// and digits in order, so "GIL" accepts "GIL" but not "gil", and separators may still differ.
const EntityMatcher::Terminal* EntityMatcher::accept(const Node& node, std::string_view surface) const {
  for (const Terminal& t : node.terminals) {
    if (t.glued && surface.find_first_of(" \t\n\f\v") != std::string_view::npos) continue;
    if (!t.exact_case) return &t;
    size_t a = 0, b = 0;
    bool same = true;
    while (same) {
      while (a < t.text.size() && is_separator_byte(static_cast<unsigned char>(t.text[a]))) ++a;
      while (b < surface.size() && is_separator_byte(static_cast<unsigned char>(surface[b]))) ++b;
      if (a == t.text.size() || b == surface.size()) {
        same = a == t.text.size() && b == surface.size();
        break;
      }
      same = t.text[a++] == surface[b++];
    }
    if (same) return &t;
  }
  return nullptr;
}

std::vector<AliasMatch> EntityMatcher::find(std::string_view text, std::vector<CueHit>* cues) const {
  std::vector<AliasMatch> matches;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = std::min(text.size(), start + kChunkBytes);
    if (end < text.size()) {
      // Prefer a line break in the last quarter of the piece, else any space; a name split by a
      // space in the middle of a multi-word alias is the one (rare) loss of a 100 MB line.
      size_t cut = text.rfind('\n', end);
      if (cut == std::string_view::npos || cut < start + kChunkBytes * 3 / 4) cut = text.rfind(' ', end);
      if (cut != std::string_view::npos && cut > start) end = cut + 1;
    }
    find_in(text.substr(start, end - start), start, &matches, cues);
    start = end;
  }
  return matches;
}

void EntityMatcher::find_in(std::string_view text, size_t base, std::vector<AliasMatch>* out,
                            std::vector<CueHit>* cues) const {
  thread_local Tokens tokens;
  thread_local PrefixHashes prefixes;
  tokenize(text, &tokens, &prefixes);
  std::vector<AliasMatch>& matches = *out;
  const size_t first_new = matches.size();
  const size_t n = tokens.size();

  auto all_digits = [&](const Token& t) {
    for (uint32_t k = t.begin; k < t.end; ++k) {
      if (text[k] < '0' || text[k] > '9') return false;
    }
    return true;
  };
  auto glued_word = [&](size_t sep_index, size_t word_index) {
    // A separator that is exactly one '-' or '_' between two word tokens joins them into one name.
    const Token& sep = tokens[sep_index];
    if (sep.end - sep.begin != 1 || (text[sep.begin] != '-' && text[sep.begin] != '_')) return false;
    return tokens[word_index].kind == TokenKind::kWord;
  };

  // Whether any alias can start at a token: its hash, or for Hangul the hash of the token without a
  // particle of one to four syllables, is a first token of some alias. Most tokens fail at once.
  auto may_start_at = [&](const Token& tok) {
    if (may_start_alias(tok.hash)) return true;
    if (tok.kind != TokenKind::kHangul) return false;
    const size_t syllables = (tok.end - tok.begin) / 3;
    for (size_t k = 1; k <= kMaxParticleSyllables && k < syllables; ++k) {
      if (may_start_alias(prefixes[tok.prefixes + k - 1])) return true;
    }
    return false;
  };

  size_t i = 0;
  while (i < n) {
    const Token& first = tokens[i];
    if (first.kind == TokenKind::kSeparator || !may_start_at(first)) { ++i; continue; }
    if (first.kind == TokenKind::kWord && i >= 2 && glued_word(i - 1, i - 2) &&
        !(text[tokens[i - 1].begin] == '-' && compound_prefixes_.find(tokens[i - 2].hash, 0) != 0)) {
      ++i;
      continue;
    }
    if (first.kind == TokenKind::kWord && i >= 2 && tokens[i - 1].kind == TokenKind::kOther &&
        text[tokens[i - 1].begin] == '.' && tokens[i - 1].end - tokens[i - 1].begin == 1 &&
        tokens[i - 2].kind == TokenKind::kWord) {
      ++i;  // attribute access such as np.random
      continue;
    }

    AliasMatch best;
    bool found = false;
    size_t best_next = i + 1;
    uint32_t node = 0;
    for (size_t j = i; j < n; ++j) {
      const Token& tok = tokens[j];
      // A Hangul token may end the alias early, with a particle after it.
      if (tok.kind == TokenKind::kHangul) {
        size_t syllables = (tok.end - tok.begin) / 3;
        for (size_t k = 1; k <= kMaxParticleSyllables && k < syllables; ++k) {
          size_t cut = tok.end - 3 * k;
          const uint64_t prefix = prefixes[tok.prefixes + k - 1];
          if (node == 0 && !may_start_alias(prefix)) continue;
          uint32_t c = child(node, prefix);
          if (c == 0) continue;
          const Node& cn = nodes_[c];
          const bool particle = (cn.cue >= 0 || !cn.terminals.empty()) &&
                                particle_hashes().contains(hash_bytes(text.substr(cut, tok.end - cut), false));
          // A cue stem before anything (발표했다), or a cue before a particle (세션에서).
          if (cues != nullptr && cn.cue >= 0 && (cn.stem || particle)) {
            cues->push_back({static_cast<uint32_t>(base + first.begin), static_cast<uint32_t>(base + cut),
                             static_cast<uint8_t>(cn.cue)});
          }
          if (cn.terminals.empty() || !particle) continue;
          if (const Terminal* t = accept(nodes_[c], text.substr(first.begin, cut - first.begin))) {
            if (!found || cut > best.end) {
              best = {first.begin, cut, t->entry, t->is_name, true, t->doubt, t->name_like, t->ordinary};
              found = true;
              best_next = j + 1;
            }
          }
        }
      }
      if (node == 0 && !may_start_alias(tok.hash)) break;
      uint32_t c = child(node, tok.hash);
      if (c == 0) break;
      node = c;
      if (cues != nullptr && nodes_[node].cue >= 0 && tok.kind != TokenKind::kSeparator) {
        cues->push_back({static_cast<uint32_t>(base + first.begin), static_cast<uint32_t>(base + tok.end),
                         static_cast<uint8_t>(nodes_[node].cue)});
      }
      if (tok.kind == TokenKind::kSeparator || nodes_[node].terminals.empty()) continue;
      // Right boundary: a word glued to another word by '-' or '_' continues a larger name, unless
      // the word makes an English compound ("pandas-like").
      if (tok.kind == TokenKind::kWord && j + 2 < n && glued_word(j + 1, j + 2) &&
          !(text[tokens[j + 1].begin] == '-' &&
            (compound_suffixes_.find(tokens[j + 2].hash, 0) != 0 || all_digits(tokens[j + 2])))) {
        continue;  // ("PEP-657", "GPT-4": a number after '-' numbers the name, it is no larger name)
      }
      if (const Terminal* t = accept(nodes_[node], text.substr(first.begin, tok.end - first.begin))) {
        if (!found || tok.end >= best.end) {
          best = {first.begin, tok.end, t->entry, t->is_name, false, t->doubt, t->name_like, t->ordinary};
          found = true;
          best_next = j + 1;
        }
      }
    }
    if (found) {
      matches.push_back(best);
      i = best_next;
    } else {
      ++i;
    }
  }
  for (size_t k = first_new; k < matches.size(); ++k) {
    matches[k].begin += base;
    matches[k].end += base;
  }
}

}  // namespace talkgraph
