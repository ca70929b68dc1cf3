// Issue 31, "one scan for every name": Hyperscan as the literal scanner for the lexicon's aliases,
// measured against today's EntityMatcher on the same visible text (parse_document's, as the extractor
// matches it). Built only with -DTALKGRAPH_HYPERSCAN=ON (Debian's libhyperscan-dev); see
// docs/performance.md, "Hyperscan as the scanner (measured)".
//
// Engines, each timed as the best of ROUNDS passes over every text, in ns per byte of visible text:
//   floor     memchr for a byte the text never holds (memory bandwidth), and std::count of '\n'
//   matcher   (a) EntityMatcher::find(text), aliases only (no cue phrases), as today
//   hs        (b) hs_scan alone over a literal database (hs_compile_lit_multi, HS_FLAG_CASELESS), the
//             callback recording every hit as (id, from, to); from = to - the literal's length
//   hs-som    (b') the same literals compiled in normal mode with HS_FLAG_SOM_LEFTMOST (--som)
//   hs-check  (c) hs plus the checks at its hits that make its output EntityMatcher::find's: word and
//             Hangul boundaries, particles, compound rules ("my-flask", "np.random", "Django-based"),
//             the other segments of a multi-word alias across any run of separators, exact case, glued
//             names, then leftmost-longest resolution; the program counts where (c) and (a) differ
//   hs-wb, hs-wb-check  (b"), (c"): the literals in normal mode with \b at their ASCII word edges, so
//             that "c" no longer hits inside every word (--wb; seconds to compile)
//   hs-count, hs-wb-count  the scans with a callback that only counts
//
// The literal of an alias is one of its "segments", the alias lowercased (ASCII) and cut at runs of
// separators (white space, '-', '_'), since the matcher lets any such run stand for any other ("scikit
// learn" = "scikit-learn" = "scikit_learn") and a literal cannot: its longest segment (--first-segment:
// its first). The other segments are compared at the hit, backwards and forwards. Aliases that share a
// literal share one pattern id.
//
// Usage: talkgraph_bench_scan [--rounds N] [--only ENGINE] [--max-bytes N] [--repeat N] [--som] [--wb]
//                             [--first-segment] [--diffs N] PATH...
//   --only ENGINE  time one engine only (floor, matcher, hs, hs-count, hs-check, hs-som, hs-wb, ...):
//                  for callgrind, with --collect-atstart=no --toggle-collect='*engine_*'
//   --max-bytes N  the first files whose visible text adds up to N bytes (a slice for callgrind)
//   --repeat N     every text N times (the seeds are 36 KB)
//   --diffs N      print N of the differences between (a) and (c)
#include <hs/hs.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/utf8.h"
#include "bench/bench_input.h"
#include "cli/allocator.h"
#include "extract/document.h"
#include "extract/entity_matcher.h"
#include "extract/lexicon.h"
#include "extract/vocabulary.h"
#include "graph/pipeline.h"

using namespace talkgraph;

namespace {

volatile size_t sink = 0;

constexpr bool is_sep(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '-' || c == '_' || c == '\f' || c == '\v';
}
constexpr bool is_ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
constexpr unsigned char lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

// What kind of token a code point belongs to in the matcher's tokenizer (entity_matcher.cc).
enum class Kind : uint8_t { kWord, kHangul, kOther };
Kind kind_of(char32_t cp) {
  if (cp < 0x80) return is_ascii_alnum(static_cast<unsigned char>(cp)) ? Kind::kWord : Kind::kOther;
  if (is_hangul_syllable(cp)) return Kind::kHangul;
  if (is_alnum(cp) && !is_hangul(cp) && !is_kana_or_han(cp)) return Kind::kWord;
  return Kind::kOther;
}
// The code point that ends before `pos` (pos > 0), and where it starts.
char32_t code_point_before(std::string_view s, size_t pos, size_t* start) {
  size_t i = pos - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  *start = i;
  size_t j = i;
  return decode_utf8(s, &j);
}
char32_t code_point_at(std::string_view s, size_t pos) {
  size_t j = pos;
  return decode_utf8(s, &j);
}
// Word kind at pos, without decoding for ASCII (the common case).
bool word_at(std::string_view s, size_t pos) {
  const auto c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) return is_ascii_alnum(c);
  if (is_hangul_syllable_at(s, pos)) return false;
  return kind_of(code_point_at(s, pos)) == Kind::kWord;
}
bool word_before(std::string_view s, size_t pos) {
  const auto c = static_cast<unsigned char>(s[pos - 1]);
  if (c < 0x80) return is_ascii_alnum(c);
  size_t start;
  return kind_of(code_point_before(s, pos, &start)) == Kind::kWord;
}

struct Alias {
  std::vector<std::string> segments;  // lowercased; segments[0] is the literal
  LexiconAlias info;
  uint32_t order;  // index in Lexicon::aliases(): the matcher's terminal order
  uint32_t anchor;  // the segment that is its literal: the longest (the first of those)
  Kind first, last;
};

struct Hit {
  uint32_t id, from, to;
};

struct Candidate {
  uint32_t begin, end, consumed, alias;
  bool particle;
};

// The aliases that share a literal (their longest segment).
struct Group {
  std::vector<uint32_t> single;  // the literal is the whole alias
  // Aliases that start with the literal and go on, by the first three bytes of their next segment
  // (all of it when shorter): "python" starts hundreds of PyPI names, tried three probes at a time.
  std::unordered_map<uint32_t, std::vector<uint32_t>> next;
  // Aliases with a segment before the literal, by the last three bytes of that segment.
  std::unordered_map<uint32_t, std::vector<uint32_t>> prev;
  Kind first = Kind::kOther;  // of the literal's first code point
  bool continues = false;     // some alias goes on after the literal
  uint32_t size = 0;
};

// Which Hyperscan database: literal mode; the same literals in normal mode with start of match;
// normal mode with \b at each ASCII word edge of the literal (a prefilter for the boundary check).
enum Db { kLiteral, kSom, kWordBoundary, kDbCount };
const char* const kDbNames[kDbCount] = {"literal mode (hs_compile_lit_multi)", "normal mode, HS_FLAG_SOM_LEFTMOST",
                                        "normal mode, \\b at word edges"};

std::string escape(std::string_view literal) {
  std::string e;
  for (unsigned char c : literal) {
    if (is_ascii_alnum(c)) {
      e.push_back(static_cast<char>(c));
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      e += buf;
    }
  }
  return e;
}

class HyperscanMatcher {
 public:
  // `anchor_longest`: the literal of an alias with separators is its longest segment, else its first.
  HyperscanMatcher(const Lexicon& lexicon, const std::vector<std::string>& suffixes,
                   const std::vector<std::string>& prefixes, bool anchor_longest) {
    for (const auto& w : suffixes) suffixes_.insert(w);
    for (const auto& w : prefixes) prefixes_.insert(w);
    std::unordered_map<std::string, uint32_t> group_of;
    by_order_ = lexicon.aliases();
    for (uint32_t k = 0; k < by_order_.size(); ++k) {
      Alias a;
      a.info = by_order_[k];
      a.order = k;
      std::string segment;
      for (unsigned char c : a.info.text) {
        if (is_sep(c)) {
          if (!segment.empty()) a.segments.push_back(std::move(segment));
          segment.clear();
        } else {
          segment.push_back(static_cast<char>(lower(c)));
        }
      }
      if (!segment.empty()) a.segments.push_back(std::move(segment));
      if (a.segments.empty()) continue;
      a.first = kind_of(code_point_at(a.segments.front(), 0));
      size_t start;
      a.last = kind_of(code_point_before(a.segments.back(), a.segments.back().size(), &start));
      a.anchor = 0;
      if (anchor_longest) {
        for (uint32_t k = 1; k < a.segments.size(); ++k) {
          if (a.segments[k].size() > a.segments[a.anchor].size()) a.anchor = k;
        }
      }
      const std::string& lit = a.segments[a.anchor];
      const auto [it, added] = group_of.emplace(lit, static_cast<uint32_t>(literals_.size()));
      if (added) {
        literals_.push_back(lit);
        groups_.emplace_back();
        groups_.back().first = kind_of(code_point_at(lit, 0));
      }
      Group& g = groups_[it->second];
      const auto index = static_cast<uint32_t>(aliases_.size());
      if (a.anchor > 0) {
        const std::string& before = a.segments[a.anchor - 1];
        const size_t n = std::min<size_t>(3, before.size());
        g.prev[key(before.data() + before.size() - n, n)].push_back(index);
      } else if (a.segments.size() == 1) {
        g.single.push_back(index);
      } else {
        const std::string& second = a.segments[1];
        g.next[key(second.data(), std::min<size_t>(3, second.size()))].push_back(index);
      }
      g.continues = g.continues || a.anchor + 1 < a.segments.size();
      ++g.size;
      aliases_.push_back(std::move(a));
    }
    for (const auto& l : literals_) lengths_.push_back(static_cast<uint32_t>(l.size()));
  }

  // Compiles database `which`; the compile time in seconds, or -1.
  double compile(Db which) {
    std::vector<std::string> patterns;
    for (uint32_t k = 0; k < literals_.size(); ++k) {
      const std::string& l = literals_[k];
      if (which == kLiteral) {
        patterns.push_back(l);
      } else if (which == kSom) {
        patterns.push_back(escape(l));
      } else {
        // \b only at a word's edge, and not after the literal when a longer alias of its group may
        // go on past '_' (a \w to Hyperscan, a separator to the matcher); before it, '_' may stand
        // alone (" _flask" is a mention of Flask), which (?:\b|_) allows without moving the end.
        std::string p;
        if (is_ascii_alnum(static_cast<unsigned char>(l.front()))) p += "(?:\\b|_)";
        p += escape(l);
        if (!groups_[k].continues && is_ascii_alnum(static_cast<unsigned char>(l.back()))) p += "\\b";
        patterns.push_back(std::move(p));
      }
    }
    std::vector<const char*> exprs;
    std::vector<unsigned> flags, ids;
    std::vector<size_t> lens;
    for (uint32_t k = 0; k < patterns.size(); ++k) {
      exprs.push_back(patterns[k].c_str());
      lens.push_back(patterns[k].size());
      flags.push_back(HS_FLAG_CASELESS | (which == kSom ? HS_FLAG_SOM_LEFTMOST : 0));
      ids.push_back(k);
    }
    hs_compile_error_t* error = nullptr;
    hs_database_t* db = nullptr;
    const auto start = std::chrono::steady_clock::now();
    const hs_error_t rc =
        which == kLiteral
            ? hs_compile_lit_multi(exprs.data(), flags.data(), ids.data(), lens.data(), static_cast<unsigned>(exprs.size()),
                                   HS_MODE_BLOCK, nullptr, &db, &error)
            : hs_compile_multi(exprs.data(), flags.data(), ids.data(), static_cast<unsigned>(exprs.size()),
                               HS_MODE_BLOCK | (which == kSom ? HS_MODE_SOM_HORIZON_LARGE : 0), nullptr, &db, &error);
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (rc != HS_SUCCESS) {
      std::fprintf(stderr, "hyperscan compile (%s) failed: %s (expression %d)\n", kDbNames[which],
                   error ? error->message : "?", error ? error->expression : -1);
      hs_free_compile_error(error);
      return -1;
    }
    db_[which] = db;
    if (hs_alloc_scratch(db, &scratch_[which]) != HS_SUCCESS) return -1;
    return s;
  }
  bool has(Db which) const { return db_[which] != nullptr; }
  size_t database_bytes(Db which) const {
    size_t n = 0;
    hs_database_size(db_[which], &n);
    return n;
  }
  size_t literal_count() const { return literals_.size(); }
  size_t alias_count() const { return aliases_.size(); }
  size_t multi_segment_aliases() const {
    return static_cast<size_t>(std::count_if(aliases_.begin(), aliases_.end(), [](const Alias& a) { return a.segments.size() > 1; }));
  }
  size_t literals_of_length(size_t len) const {
    return static_cast<size_t>(std::count_if(literals_.begin(), literals_.end(), [&](const std::string& l) { return l.size() == len; }));
  }
  const std::string& literal(uint32_t id) const { return literals_[id]; }
  size_t group_size(uint32_t id) const { return groups_[id].size; }
  bool hit_left_ok(std::string_view s, const Hit& h) const { return left_ok(s, h.from, groups_[h.id].first); }

  // (b): every hit, as (id, from, to), into *hits (cleared first). Without SOM, from = to - the
  // literal's length (every pattern is of fixed length, \b and (?:\b|_) take none).
  void scan(std::string_view text, std::vector<Hit>* hits, Db which = kLiteral) const {
    hits->clear();
    Context ctx{hits, lengths_.data()};
    hs_scan(db_[which], text.data(), static_cast<unsigned>(text.size()), 0, scratch_[which],
            which == kSom ? &on_hit_som : &on_hit, &ctx);
  }
  // hs_scan with a callback that only counts: the scan without the cost of keeping its hits.
  size_t count(std::string_view text, Db which = kLiteral) const {
    size_t n = 0;
    hs_scan(db_[which], text.data(), static_cast<unsigned>(text.size()), 0, scratch_[which],
            [](unsigned, unsigned long long, unsigned long long, unsigned, void* p) {
              ++*static_cast<size_t*>(p);
              return 0;
            }, &n);
    return n;
  }

  // (c): the matcher's matches, from the hits and the checks at each.
  void find(std::string_view text, std::vector<Hit>* hits, std::vector<Candidate>* cands,
            std::vector<AliasMatch>* out, Db which = kLiteral) const {
    out->clear();
    size_t start = 0;
    // The matcher's pieces of about 1 MB, cut the same way (EntityMatcher::find).
    while (start < text.size()) {
      size_t end = std::min(text.size(), start + EntityMatcher::kChunkBytes);
      if (end < text.size()) {
        size_t cut = text.rfind('\n', end);
        if (cut == std::string_view::npos || cut < start + EntityMatcher::kChunkBytes * 3 / 4) cut = text.rfind(' ', end);
        if (cut != std::string_view::npos && cut > start) end = cut + 1;
      }
      find_in(text.substr(start, end - start), start, hits, cands, out, which);
      start = end;
    }
  }

 private:
  struct Context {
    std::vector<Hit>* hits;
    const uint32_t* lengths;
  };
  static int on_hit(unsigned id, unsigned long long, unsigned long long to, unsigned, void* p) {
    auto* ctx = static_cast<Context*>(p);
    ctx->hits->push_back({id, static_cast<uint32_t>(to - ctx->lengths[id]), static_cast<uint32_t>(to)});
    return 0;
  }
  static int on_hit_som(unsigned id, unsigned long long from, unsigned long long to, unsigned, void* p) {
    static_cast<Context*>(p)->hits->push_back({id, static_cast<uint32_t>(from), static_cast<uint32_t>(to)});
    return 0;
  }
  static uint32_t key(const char* p, size_t n) {
    uint32_t k = static_cast<uint32_t>(n) << 24;
    for (size_t i = 0; i < n; ++i) k |= uint32_t{lower(static_cast<unsigned char>(p[i]))} << (8 * i);
    return k;
  }

  // Whether an alias whose first code point is of kind `first` may start at `begin`: a token starts
  // there, and no compound rule makes it part of a larger name.
  bool left_ok(std::string_view s, size_t begin, Kind first) const {
    if (begin == 0 || first == Kind::kOther) return true;
    if (first == Kind::kHangul) return !(begin >= 3 && is_hangul_syllable_at(s, begin - 3));
    if (word_before(s, begin)) return false;
    const auto prev = static_cast<unsigned char>(s[begin - 1]);
    if (begin >= 2 && (prev == '-' || prev == '_') && !is_sep(static_cast<unsigned char>(s[begin - 2])) &&
        word_before(s, begin - 1)) {
      if (prev == '_') return false;
      // "non-Python": the word before the '-' is an English prefix.
      size_t w = begin - 1;
      while (w > 0 && word_before(s, w)) {
        size_t cp_start;
        code_point_before(s, w, &cp_start);
        w = cp_start;
      }
      std::string word;
      for (size_t k = w; k < begin - 1; ++k) word.push_back(static_cast<char>(lower(static_cast<unsigned char>(s[k]))));
      return prefixes_.count(word) > 0;
    }
    if (begin >= 2 && prev == '.' && word_before(s, begin - 1)) return false;  // np.random
    return true;
  }

  // Whether an alias whose last code point is of kind `last` may end at `end`; *consumed is where the
  // matcher goes on after it (past a particle), *particle whether one follows.
  bool right_ok(std::string_view s, size_t end, Kind last, size_t* consumed, bool* particle) const {
    *consumed = end;
    *particle = false;
    if (end == s.size() || last == Kind::kOther) return true;
    if (last == Kind::kHangul) {
      if (!is_hangul_syllable_at(s, end)) return true;
      size_t r = end;
      while (is_hangul_syllable_at(s, r) && r - end <= 12) r += 3;
      if (r - end > 12 || !is_korean_particle(s.substr(end, r - end))) return false;
      *consumed = r;
      *particle = true;
      return true;
    }
    if (word_at(s, end)) return false;
    const auto next = static_cast<unsigned char>(s[end]);
    if ((next == '-' || next == '_') && end + 1 < s.size() && !is_sep(static_cast<unsigned char>(s[end + 1])) &&
        word_at(s, end + 1)) {
      if (next == '_') return false;
      // "pandas-like", "GPT-4": an English compound or a number; anything else is a larger name.
      std::string word;
      bool digits = true;
      size_t w = end + 1;
      while (w < s.size() && word_at(s, w)) {
        size_t j = w;
        decode_utf8(s, &j);
        for (size_t k = w; k < j; ++k) {
          const auto c = static_cast<unsigned char>(s[k]);
          word.push_back(static_cast<char>(lower(c)));
          digits = digits && c >= '0' && c <= '9';
        }
        w = j;
      }
      return digits || suffixes_.count(word) > 0;
    }
    return true;
  }

  // EntityMatcher::accept's case and glue rules for one alias and its surface.
  static bool case_ok(const Alias& a, std::string_view surface) {
    if (a.info.glued && surface.find_first_of(" \t\n\f\v") != std::string_view::npos) return false;
    if (!a.info.exact_case) return true;
    const std::string& t = a.info.text;
    size_t i = 0, j = 0;
    while (true) {
      while (i < t.size() && is_sep(static_cast<unsigned char>(t[i]))) ++i;
      while (j < surface.size() && is_sep(static_cast<unsigned char>(surface[j]))) ++j;
      if (i == t.size() || j == surface.size()) return i == t.size() && j == surface.size();
      if (t[i++] != surface[j++]) return false;
    }
  }

  // Whether the alias goes on at `pos` (after its first segment) with its other segments, each after a
  // run of separators; where it ends.
  static bool rest_matches(std::string_view s, const Alias& alias, size_t pos, size_t* end) {
    for (size_t k = alias.anchor + 1; k < alias.segments.size(); ++k) {
      if (pos == s.size() || !is_sep(static_cast<unsigned char>(s[pos]))) return false;
      while (pos < s.size() && is_sep(static_cast<unsigned char>(s[pos]))) ++pos;
      const std::string& seg = alias.segments[k];
      if (s.size() - pos < seg.size()) return false;
      for (size_t c = 0; c < seg.size(); ++c) {
        if (lower(static_cast<unsigned char>(s[pos + c])) != static_cast<unsigned char>(seg[c])) return false;
      }
      pos += seg.size();
    }
    *end = pos;
    return true;
  }

  // The segments before the literal, each before a run of separators, backwards from `pos`; where the
  // alias begins.
  static bool start_matches(std::string_view s, const Alias& alias, size_t pos, size_t* begin) {
    for (size_t k = alias.anchor; k-- > 0;) {
      if (pos == 0 || !is_sep(static_cast<unsigned char>(s[pos - 1]))) return false;
      while (pos > 0 && is_sep(static_cast<unsigned char>(s[pos - 1]))) --pos;
      const std::string& seg = alias.segments[k];
      if (pos < seg.size()) return false;
      pos -= seg.size();
      for (size_t c = 0; c < seg.size(); ++c) {
        if (lower(static_cast<unsigned char>(s[pos + c])) != static_cast<unsigned char>(seg[c])) return false;
      }
    }
    *begin = pos;
    return true;
  }

  void try_alias(std::string_view s, const Hit& h, uint32_t a, std::vector<Candidate>* cands) const {
    const Alias& alias = aliases_[a];
    size_t begin = h.from, pos = h.to;
    if (alias.anchor > 0 && !(start_matches(s, alias, h.from, &begin) && left_ok(s, begin, alias.first))) return;
    if (alias.anchor + 1 < alias.segments.size() && !rest_matches(s, alias, h.to, &pos)) return;
    size_t consumed;
    bool particle;
    if (!right_ok(s, pos, alias.last, &consumed, &particle)) return;
    if (!case_ok(alias, s.substr(begin, pos - begin))) return;
    cands->push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(pos), static_cast<uint32_t>(consumed), alias.order, particle});
  }

  void find_in(std::string_view s, size_t base, std::vector<Hit>* hits, std::vector<Candidate>* cands,
               std::vector<AliasMatch>* out, Db which) const {
    scan(s, hits, which);
    cands->clear();
    for (const Hit& h : *hits) {
      const Group& group = groups_[h.id];
      if (!group.prev.empty() && h.from > 0 && is_sep(static_cast<unsigned char>(s[h.from - 1]))) {
        size_t q = h.from;
        while (q > 0 && is_sep(static_cast<unsigned char>(s[q - 1]))) --q;
        for (size_t n = 1; n <= 3 && n <= q; ++n) {
          const auto it = group.prev.find(key(s.data() + q - n, n));
          if (it == group.prev.end()) continue;
          for (uint32_t a : it->second) try_alias(s, h, a, cands);
        }
      }
      if (group.single.empty() && group.next.empty()) continue;
      if (!left_ok(s, h.from, group.first)) continue;
      for (uint32_t a : group.single) try_alias(s, h, a, cands);
      if (group.next.empty() || h.to == s.size() || !is_sep(static_cast<unsigned char>(s[h.to]))) continue;
      size_t p = h.to;
      while (p < s.size() && is_sep(static_cast<unsigned char>(s[p]))) ++p;
      for (size_t n = 1; n <= 3 && p + n <= s.size(); ++n) {
        const auto it = group.next.find(key(s.data() + p, n));
        if (it == group.next.end()) continue;
        for (uint32_t a : it->second) try_alias(s, h, a, cands);
      }
    }
    // Leftmost, then longest, then the first alias in the lexicon's order (the matcher's first terminal).
    std::sort(cands->begin(), cands->end(), [](const Candidate& x, const Candidate& y) {
      if (x.begin != y.begin) return x.begin < y.begin;
      if (x.end != y.end) return x.end > y.end;
      return x.alias < y.alias;
    });
    size_t free_from = 0;
    for (const Candidate& c : *cands) {
      if (c.begin < free_from) continue;
      const LexiconAlias& info = aliases_by_order(c.alias);
      out->push_back({base + c.begin, base + c.end, info.entry, info.is_name, c.particle, info.doubt, info.name_like,
                      info.ordinary});
      free_from = c.consumed;
    }
  }
  const LexiconAlias& aliases_by_order(uint32_t order) const { return by_order_[order]; }

  std::vector<Alias> aliases_;
  std::vector<LexiconAlias> by_order_;  // Lexicon::aliases()
  std::vector<std::string> literals_;
  std::vector<uint32_t> lengths_;
  std::vector<Group> groups_;  // literal id -> its aliases (indexes into aliases_)
  std::unordered_set<std::string> suffixes_, prefixes_;
  hs_database_t* db_[kDbCount] = {};
  hs_scratch_t* scratch_[kDbCount] = {};
};

// The engines, one function each so that callgrind can count one alone (--toggle-collect='engine_*').
__attribute__((noinline)) size_t engine_floor_memchr(const std::vector<std::string>& texts) {
  size_t n = 0;
  for (const auto& t : texts) n += std::memchr(t.data(), 0, t.size()) != nullptr;
  return n;
}
__attribute__((noinline)) size_t engine_floor_count(const std::vector<std::string>& texts) {
  size_t n = 0;
  for (const auto& t : texts) n += static_cast<size_t>(std::count(t.begin(), t.end(), '\n'));
  return n;
}
__attribute__((noinline)) size_t engine_matcher(const std::vector<std::string>& texts, const EntityMatcher& m) {
  size_t n = 0;
  for (const auto& t : texts) n += m.find(t).size();
  return n;
}
__attribute__((noinline)) size_t engine_hs_count(const std::vector<std::string>& texts, const HyperscanMatcher& m, Db db) {
  size_t n = 0;
  for (const auto& t : texts) n += m.count(t, db);
  return n;
}
__attribute__((noinline)) size_t engine_hs(const std::vector<std::string>& texts, const HyperscanMatcher& m, Db db) {
  std::vector<Hit> hits;
  size_t n = 0;
  for (const auto& t : texts) {
    m.scan(t, &hits, db);
    n += hits.size();
  }
  return n;
}
__attribute__((noinline)) size_t engine_hs_check(const std::vector<std::string>& texts, const HyperscanMatcher& m, Db db) {
  std::vector<Hit> hits;
  std::vector<Candidate> cands;
  std::vector<AliasMatch> out;
  size_t n = 0;
  for (const auto& t : texts) {
    m.find(t, &hits, &cands, &out, db);
    n += out.size();
  }
  return n;
}

template <typename F>
double best_of(int rounds, F&& f) {
  double best = 1e300;
  for (int r = 0; r < rounds; ++r) {
    const auto start = std::chrono::steady_clock::now();
    sink = sink + f();
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  return best;
}

std::string context(std::string_view text, size_t begin, size_t end) {
  size_t from = begin >= 20 ? begin - 20 : 0, to = std::min(text.size(), end + 20);
  while (from > 0 && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) --from;
  while (to < text.size() && (static_cast<unsigned char>(text[to]) & 0xC0) == 0x80) ++to;
  std::string s(text.substr(from, begin - from));
  s += "[[";
  s += text.substr(begin, end - begin);
  s += "]]";
  s += text.substr(end, to - end);
  for (char& c : s) if (c == '\n') c = ' ';
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  int rounds = 5, repeat = 1, diffs = 0;
  size_t max_bytes = 0;
  bool som = false, wb = false, first_segment = false;
  std::string only;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
    if (a == "--rounds") rounds = std::max(1, std::atoi(value().c_str()));
    else if (a == "--repeat") repeat = std::max(1, std::atoi(value().c_str()));
    else if (a == "--max-bytes") max_bytes = std::strtoull(value().c_str(), nullptr, 10);
    else if (a == "--diffs") diffs = std::atoi(value().c_str());
    else if (a == "--only") only = value();
    else if (a == "--som") som = true;
    else if (a == "--wb") wb = true;
    else if (a == "--first-segment") first_segment = true;
    else paths.push_back(a);
  }
  if (paths.empty()) {
    std::fprintf(stderr, "usage: %s [--rounds N] [--only ENGINE] [--max-bytes N] [--repeat N] [--som] [--wb] [--diffs N] PATH...\n", argv[0]);
    return 2;
  }
  if (hs_valid_platform() != HS_SUCCESS) {
    std::fprintf(stderr, "Hyperscan does not run on this CPU (it needs SSSE3)\n");
    return 1;
  }
  // The knowledge base and the files through the pipeline the command line uses (graph/pipeline.h).
  Corpus corpus;
  CorpusSpec spec;
  spec.paths = paths;
  std::vector<std::string> errors, warnings, problems;
  if (!corpus.open(spec, &errors, &warnings, &problems)) {
    for (const auto& e : errors) std::fprintf(stderr, "%s\n", e.c_str());
    return 1;
  }
  const KnowledgeBase& kb = corpus.knowledge_base();
  const std::vector<InputFile>& files = corpus.files();
  std::vector<std::string> texts;
  size_t bytes = 0, source_bytes = 0;
  for (const InputFile& f : files) {
    if (max_bytes != 0 && bytes >= max_bytes) break;
    SourceDocument doc;
    std::string error;
    if (!read_document(f.path, &doc, &error)) continue;
    source_bytes += doc.text.size();
    texts.push_back(parse_document(doc.text).text);
    bytes += texts.back().size();
  }
  {
    const std::vector<std::string> once = texts;
    for (int r = 1; r < repeat; ++r) texts.insert(texts.end(), once.begin(), once.end());
    bytes *= static_cast<size_t>(repeat);
  }
  const auto& vocabulary = Vocabulary::builtin();
  auto t0 = std::chrono::steady_clock::now();
  const EntityMatcher matcher(kb.lexicon, {}, vocabulary.keys("compound-suffixes"), vocabulary.keys("compound-prefixes"));
  const double matcher_build = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  HyperscanMatcher hs(kb.lexicon, vocabulary.keys("compound-suffixes"), vocabulary.keys("compound-prefixes"), !first_segment);
  auto on = [&](const char* name) { return only.empty() || only == name; };
  auto wanted = [&](Db db) {
    if (db == kLiteral) return true;
    if (db == kSom) return som && (only.empty() || only == "hs-som" || only == "hs-som-count");
    return wb && (only.empty() || only.rfind("hs-wb", 0) == 0);
  };

  std::printf("%zu texts (%d x %zu files), %zu bytes = %.1f MB visible text (%.1f MB read), %d rounds, %s\n", texts.size(), repeat,
              texts.size() / static_cast<size_t>(repeat), bytes, bytes / 1e6, source_bytes * repeat / 1e6, rounds,
              allocator_name().c_str());
  std::printf("lexicon: %zu aliases (%zu in the matcher), %zu with separators; %zu literals (%s segments), %zu of 1 byte, %zu of 2, %zu of 3\n",
              hs.alias_count(), matcher.alias_count(), hs.multi_segment_aliases(), hs.literal_count(),
              first_segment ? "first" : "longest", hs.literals_of_length(1), hs.literals_of_length(2), hs.literals_of_length(3));
  std::printf("build: EntityMatcher %.3f s\n", matcher_build);
  for (int d = 0; d < kDbCount; ++d) {
    if (!wanted(static_cast<Db>(d))) continue;
    const double t = hs.compile(static_cast<Db>(d));
    if (t < 0) return 1;
    std::printf("build: Hyperscan %s: %.3f s, %.0f KB\n", kDbNames[d], t, hs.database_bytes(static_cast<Db>(d)) / 1e3);
  }

  // Whether (c) finds what (a) finds, before any timing, on each database that (c) can use.
  std::vector<Hit> hits;
  std::vector<Candidate> cands;
  std::vector<AliasMatch> got;
  const size_t distinct = texts.size() / static_cast<size_t>(repeat);
  for (Db db : {kLiteral, kWordBoundary}) {
    if (!only.empty() || !hs.has(db)) continue;
    size_t same = 0, only_a = 0, only_c = 0, other = 0, total_hits = 0, total_a = 0, shown = 0;
    size_t left_pass = 0, short_hits = 0;
    std::vector<size_t> per_literal(hs.literal_count());
    for (size_t d = 0; d < distinct; ++d) {
      const std::string& t = texts[d];
      const std::vector<AliasMatch> want = matcher.find(t);
      hs.scan(t, &hits, db);
      total_hits += hits.size();
      for (const Hit& h : hits) {
        ++per_literal[h.id];
        left_pass += hs.hit_left_ok(t, h);
        short_hits += h.to - h.from <= 2;
      }
      hs.find(t, &hits, &cands, &got, db);
      total_a += want.size();
      size_t i = 0, j = 0;
      auto show = [&](const char* what, const AliasMatch& m) {
        if (shown++ < static_cast<size_t>(diffs)) {
          std::printf("  %s %s: %s\n", what, kb.lexicon.entries()[m.entry].name.c_str(), context(t, m.begin, m.end).c_str());
        }
      };
      while (i < want.size() || j < got.size()) {
        if (j == got.size() || (i < want.size() && want[i].begin < got[j].begin)) {
          ++only_a;
          show("only (a)", want[i++]);
        } else if (i == want.size() || got[j].begin < want[i].begin) {
          ++only_c;
          show("only (c)", got[j++]);
        } else {
          const AliasMatch &x = want[i++], &y = got[j++];
          if (x.end == y.end && x.entry == y.entry && x.particle == y.particle && x.is_name == y.is_name &&
              x.doubt == y.doubt) {
            ++same;
          } else {
            ++other;
            show("differs (a)", x);
            show("     vs (c)", y);
          }
        }
      }
    }
    std::printf("%s: (a) %zu matches; (c) the same %zu, only in (a) %zu, only in (c) %zu, same start but another end or entry %zu\n",
                kDbNames[db], total_a, same, only_a, only_c, other);
    std::vector<uint32_t> ids(per_literal.size());
    for (uint32_t k = 0; k < ids.size(); ++k) ids[k] = k;
    std::sort(ids.begin(), ids.end(), [&](uint32_t x, uint32_t y) { return per_literal[x] > per_literal[y]; });
    std::printf("  hits %zu (%.1f per KB, %.1f per match), %.1f%% pass the left boundary, %.1f%% are literals of 1-2 bytes; most:",
                total_hits, total_hits * 1e3 / (static_cast<double>(bytes) / repeat),
                total_a ? static_cast<double>(total_hits) / total_a : 0.0, 100.0 * left_pass / std::max<size_t>(1, total_hits),
                100.0 * short_hits / std::max<size_t>(1, total_hits));
    for (size_t k = 0; k < 10 && k < ids.size(); ++k) {
      std::printf(" '%s' %zu", hs.literal(ids[k]).c_str(), per_literal[ids[k]]);
    }
    std::printf("\n");
  }

  auto report = [&](const char* name, double s) {
    std::printf("%-44s %8.3f s  %8.1f MB/s  %7.3f ns/B\n", name, s, bytes / 1e6 / s, s * 1e9 / static_cast<double>(bytes));
  };
  if (on("floor")) {
    report("floor: memchr (no hit)", best_of(rounds, [&] { return engine_floor_memchr(texts); }));
    report("floor: std::count('\\n')", best_of(rounds, [&] { return engine_floor_count(texts); }));
  }
  if (on("matcher")) report("(a) EntityMatcher::find", best_of(rounds, [&] { return engine_matcher(texts, matcher); }));
  if (on("hs-count")) report("(b) hs_scan literal, count hits", best_of(rounds, [&] { return engine_hs_count(texts, hs, kLiteral); }));
  if (on("hs")) report("(b) hs_scan literal, record hits", best_of(rounds, [&] { return engine_hs(texts, hs, kLiteral); }));
  if (on("hs-check")) report("(c) hs_scan literal + checks = (a)", best_of(rounds, [&] { return engine_hs_check(texts, hs, kLiteral); }));
  if (hs.has(kSom) && on("hs-som")) report("(b') hs_scan normal+SOM, record hits", best_of(rounds, [&] { return engine_hs(texts, hs, kSom); }));
  if (hs.has(kWordBoundary)) {
    if (on("hs-wb-count")) report("(b\") hs_scan \\b, count hits", best_of(rounds, [&] { return engine_hs_count(texts, hs, kWordBoundary); }));
    if (on("hs-wb")) report("(b\") hs_scan \\b, record hits", best_of(rounds, [&] { return engine_hs(texts, hs, kWordBoundary); }));
    if (on("hs-wb-check")) report("(c\") hs_scan \\b + checks = (a)", best_of(rounds, [&] { return engine_hs_check(texts, hs, kWordBoundary); }));
  }
  return 0;
}
