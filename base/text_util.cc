#include "base/text_util.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <stdexcept>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "base/utf8.h"

namespace talkgraph {

// A loop rather than find_first_not_of(" \t\r\n\f\v"), which searches the set for each byte: trim
// runs on every line of every review.
std::string_view trim(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; };
  size_t b = 0, e = s.size();
  while (b < e && space(s[b])) ++b;
  while (e > b && space(s[e - 1])) --e;
  return s.substr(b, e - b);
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    unsigned char a = static_cast<unsigned char>(s[i]), b = static_cast<unsigned char>(prefix[i]);
    if (a >= 'A' && a <= 'Z') a = static_cast<unsigned char>(a + 32);
    if (b >= 'A' && b <= 'Z') b = static_cast<unsigned char>(b + 32);
    if (a != b) return false;
  }
  return true;
}

uint64_t content_hash(std::string_view s) {
  constexpr uint64_t kMul = 0xff51afd7ed558ccdULL;  // MurmurHash3's finalizer constants
  auto mix = [](uint64_t h) {
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    return h ^ (h >> 33);
  };
  uint64_t h = 0x9e3779b97f4a7c15ULL ^ s.size();
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, s.data() + i, 8);
    h = (h ^ word) * kMul;
    h ^= h >> 29;
  }
  uint64_t tail = 0;
  if (i < s.size()) std::memcpy(&tail, s.data() + i, s.size() - i);
  return mix((h ^ tail) * kMul);
}

size_t count_byte(std::string_view s, char c) {
  size_t count = 0, i = 0;
#ifdef __SSE2__
  // Each lane counts its matches in a byte (a match compares as -1, subtracted), for up to 255 blocks;
  // then the lanes are summed. x86-64 has no popcount instruction without -mpopcnt.
  const __m128i wanted = _mm_set1_epi8(c);
  while (i + 16 <= s.size()) {
    const size_t blocks = std::min<size_t>((s.size() - i) / 16, 255);
    __m128i lanes = _mm_setzero_si128();
    for (size_t b = 0; b < blocks; ++b, i += 16) {
      const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(block, wanted));
    }
    const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());  // two 64-bit sums of eight lanes
    count += static_cast<size_t>(_mm_cvtsi128_si32(sums)) + static_cast<size_t>(_mm_extract_epi16(sums, 4));
  }
#endif
  for (; i < s.size(); ++i) count += s[i] == c;
  return count;
}

InitialFilter::InitialFilter(const std::vector<std::string_view>& words) {
  for (std::string_view w : words) {
    const auto c = static_cast<unsigned char>(w.empty() ? 0 : w[0]);
    if (c >= 'a' && c <= 'z') ascii_[c] = ascii_[c - 32] = true;
    else if (c >= 'A' && c <= 'Z') ascii_[c] = ascii_[c + 32] = true;
    else if (c >= '0' && c <= '9') ascii_[c] = true;
    else if (is_hangul_syllable_at(w, 0)) syllables_.push_back(three_bytes_at(w, 0));
    else throw std::invalid_argument("InitialFilter: a word must start with an ASCII letter or digit or a Hangul syllable");
  }
  std::sort(syllables_.begin(), syllables_.end());
}

bool InitialFilter::may_start(std::string_view text) const {
  if (text.empty()) return false;
  const auto first = static_cast<unsigned char>(text[0]);
  if (first < 0x80) return ascii_[first];
  if (!is_hangul_syllable_at(text, 0)) return true;
  return std::binary_search(syllables_.begin(), syllables_.end(), three_bytes_at(text, 0));
}

MultiFinder::MultiFinder(std::vector<std::string_view> needles)
    : needles_(std::move(needles)), bits_(1 << 10), group_((1 << 16) + 1) {
  for (std::string_view n : needles_) {
    if (n.size() < 2) throw std::invalid_argument("MultiFinder: a needle shorter than two bytes");
  }
  for (std::string_view n : needles_) min_length_ = min_length_ == 0 ? n.size() : std::min(min_length_, n.size());
  // Shifts fit in a byte: with longer needles, windows of 256 bytes.
  min_length_ = std::clamp<size_t>(min_length_, 2, UINT8_MAX + 1);
  const size_t most = min_length_ - 1;
  auto pair_at = [](std::string_view n, size_t i) {
    return pair(static_cast<unsigned char>(n[i]), static_cast<unsigned char>(n[i + 1]));
  };
  // A pair ending at byte q of some needle's first m bytes: the window may move m - 1 - q.
  shift_.assign(1 << 16, static_cast<unsigned char>(most));
  for (std::string_view n : needles_) {
    for (size_t q = 1; q <= most; ++q) {
      const size_t p = pair_at(n, q - 1);
      shift_[p] = std::min(shift_[p], static_cast<unsigned char>(most - q));
      bits_[p >> 6] |= uint64_t{1} << (p & 63);
    }
  }
  for (std::string_view n : needles_) ++group_[pair_at(n, most - 1) + 1];
  for (size_t p = 0; p < (1 << 16); ++p) group_[p + 1] += group_[p];
  order_.resize(needles_.size());
  std::vector<uint32_t> fill(group_.begin(), group_.end() - 1);
  for (uint32_t k = 0; k < needles_.size(); ++k) order_[fill[pair_at(needles_[k], most - 1)]++] = k;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    size_t p = s.find(sep, start);
    if (p == std::string_view::npos) {
      parts.push_back(s.substr(start));
      return parts;
    }
    parts.push_back(s.substr(start, p - start));
    start = p + 1;
  }
}

std::string slugify(std::string_view name) {
  std::string out;
  bool pending_dash = false;
  size_t i = 0;
  while (i < name.size()) {
    size_t start = i;
    // An ASCII byte is its own code point: no decoding for most of a title and every key's prefix.
    const auto byte = static_cast<unsigned char>(name[i]);
    const char32_t cp = byte < 0x80 ? static_cast<char32_t>(name[i++]) : decode_utf8(name, &i);
    if (is_alnum(cp)) {
      if (pending_dash && !out.empty()) out.push_back('-');
      pending_dash = false;
      if (cp >= 'A' && cp <= 'Z') {
        out.push_back(static_cast<char>(cp - 'A' + 'a'));
      } else {
        out.append(name.substr(start, i - start));
      }
    } else if (cp == '+') {
      // "C++" and "N+1" must not collide with "C" and "N-1".
      if (pending_dash && !out.empty()) out.push_back('-');
      pending_dash = false;
      out += "plus";
    } else if (cp == '#') {
      if (pending_dash && !out.empty()) out.push_back('-');
      pending_dash = false;
      out += "sharp";
    } else {
      pending_dash = true;
    }
  }
  return out;
}

namespace {

// The length of the valid UTF-8 sequence at s[i], or 0 when the byte there starts none.
size_t utf8_sequence_at(std::string_view s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return 1;
  size_t n;
  char32_t min;
  if ((c & 0xE0) == 0xC0) {
    n = 2, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4, min = 0x10000;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  char32_t cp = c & (0x7F >> n);
  for (size_t k = 1; k < n; ++k) {
    const auto d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) return 0;
    cp = cp << 6 | (d & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

std::string escape_bytes(std::string_view s, bool escape_percent) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  auto escape = [&](unsigned char c) {
    out.push_back('%');
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 0xF]);
  };
  for (size_t i = 0; i < s.size();) {
    const size_t n = utf8_sequence_at(s, i);
    const auto c = static_cast<unsigned char>(s[i]);
    const bool kept_space = !escape_percent && (c == '\n' || c == '\t');  // messages keep their lines
    const bool control = (n == 1 && (c < 0x20 || c == 0x7F) && !kept_space) ||
                         (n == 2 && c == 0xC2 && static_cast<unsigned char>(s[i + 1]) < 0xA0);  // U+0080..U+009F
    if (n == 0) {
      escape(c);
      ++i;
    } else if (control) {
      for (size_t k = 0; k < n; ++k) escape(static_cast<unsigned char>(s[i + k]));
      i += n;
    } else if (escape_percent && c == '%' && i + 2 < s.size() && is_hex(s[i + 1]) && is_hex(s[i + 2])) {
      escape(c);
      ++i;
    } else {
      out.append(s.substr(i, n));
      i += n;
    }
  }
  return out;
}

}  // namespace

std::string escape_file_name(std::string_view bytes) { return escape_bytes(bytes, true); }

std::string printable(std::string_view text) { return escape_bytes(text, false); }

std::string_view utf8_prefix(std::string_view text, size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut);
}

size_t edit_distance(std::string_view a, std::string_view b) {
  // Three rows: the one before the previous is what a transposition of two neighbours reads.
  std::vector<size_t> before(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) cur[j] = std::min(cur[j], before[j - 2] + 1);
    }
    std::swap(before, prev);
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::string suggest(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_distance = std::string::npos;
  std::string lowered = ascii_lower(word);
  for (const std::string& c : candidates) {
    size_t d = edit_distance(lowered, ascii_lower(c));
    if (d < best_distance) {
      best_distance = d;
      best = c;
    }
  }
  // Allow about one typo per three characters, and never a completely different word.
  size_t limit = std::max<size_t>(1, std::max(word.size(), best.size()) / 3);
  return best_distance <= limit ? best : std::string();
}

}  // namespace talkgraph
