// Discovery rules, each with its reason:
//  - An install command or an import names a Python package beyond doubt, whatever the name.
//  - A cue phrase ("X 라이브러리", "X library") is weaker: "parsing 라이브러리" is a description, not a
//    package. So the name must be on PyPI's ranked list, which also gives the package its rank.
//  - Inline code holds identifiers of every kind: PyPI names count, and capitalized names that are no
//    English word and no class name made of English words (`Arkouda`, not `SearchQuery`).
//  - A capital inside a word is how products are named (cuDF, PgBouncer, KoNLP) and how English words,
//    people and conferences are not, with the exceptions spelled out at the rule.
//  - A heading's head before ':' or ' - ' that is no English word names what the section is about.
//  - A link label its project's own page names (a repository, a PyPI project, a site of that name).
//  - An acronym defined beside its expansion (both orders, and the Korean "ACR가 Expansion임을") is a
//    concept, or an organization when its expansion ends in an organization word, when the words'
//    initials spell it; requiring the spelling keeps "DLS(독서교육 ...)" and "Session 101 (Room A)" out.
#include "extract/discovery.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <map>
#include <set>

#include <re2/re2.h>

#include "base/byte_scan.h"
#include "base/text_util.h"
#include "extract/english.h"

namespace talkgraph {

namespace {

bool is_name_char(char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_' || c == '-' || c == '.';
}
// ASCII letters, digits and '_': one table lookup (a chain of comparisons cost seven instructions, on
// every letter of every word that starts with a capital).
constexpr std::array<bool, 256> kWordChar = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[static_cast<size_t>(c)] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  return t;
}();
bool is_word_char(char c) { return kWordChar[static_cast<unsigned char>(c)]; }

// Every whole-word occurrence of `name`; case-insensitive unless exact.
// `lower` is ascii_lower(text), made once by the caller.
std::vector<std::pair<size_t, size_t>> occurrences(std::string_view text, std::string_view lower, std::string_view name,
                                                   bool exact) {
  std::vector<std::pair<size_t, size_t>> out;
  std::string_view hay = exact ? text : lower;
  std::string needle = exact ? std::string(name) : ascii_lower(name);
  for (size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) {
    size_t e = p + needle.size();
    if (p > 0 && (is_word_char(text[p - 1]) || text[p - 1] == '-' || text[p - 1] == '.')) continue;
    if (e < text.size() && (is_word_char(text[e]) || (text[e] == '-' && e + 1 < text.size() && is_word_char(text[e + 1])))) continue;
    out.emplace_back(p, e);
  }
  return out;
}

// A package token as written after "pip install": strips extras and version specifiers.
std::string package_name(std::string_view token) {
  size_t end = 0;
  while (end < token.size() && is_name_char(token[end])) ++end;
  std::string name(token.substr(0, end));
  while (!name.empty() && (name.back() == '.' || name.back() == '-')) name.pop_back();
  return name;
}

bool is_stop_word(std::string_view w) {
  std::string l = ascii_lower(w);
  return l == "of" || l == "and" || l == "for" || l == "the" || l == "in" || l == "on" || l == "to";
}

bool spells_from(std::string_view acr, size_t pos, const std::vector<std::string_view>& words, size_t w) {
  if (pos == acr.size()) return w == words.size();
  if (w == words.size()) return false;
  std::string_view word = words[w];
  size_t k = 0;
  while (k < word.size() && pos + k < acr.size() &&
         ((word[k] | 0x20) == (acr[pos + k] | 0x20))) {
    ++k;
    if (spells_from(acr, pos + k, words, w + 1)) return true;
  }
  return is_stop_word(word) && spells_from(acr, pos, words, w + 1);
}

std::vector<std::string_view> latin_words(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !is_word_char(s[i])) {
      if (static_cast<unsigned char>(s[i]) >= 0x80) return {};  // Hangul or other script: no initials
      ++i;
    }
    size_t b = i;
    while (i < s.size() && is_word_char(s[i])) ++i;
    if (i > b) words.push_back(s.substr(b, i - b));
  }
  return words;
}

bool looks_like_acronym(std::string_view s) {
  if (s.size() < 2 || s.size() > 8 || !(s[0] >= 'A' && s[0] <= 'Z')) return false;
  int caps = 0;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') ++caps;
    else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
  }
  return caps >= 2;
}

}  // namespace

bool spells_acronym(std::string_view acronym, const std::vector<std::string_view>& words) {
  if (words.size() < 2 || words.size() > 10) return false;
  return spells_from(acronym, 0, words, 0);
}

std::string PypiIndex::normalize(std::string_view name) {
  std::string out;
  bool sep = false;
  for (char c : name) {
    if (c == '-' || c == '_' || c == '.') {
      sep = true;
      continue;
    }
    if (sep && !out.empty()) out.push_back('-');
    sep = false;
    out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
  }
  return out;
}

void PypiIndex::add(std::string_view name, int rank) { ranks_.emplace(normalize(name), rank); }

int PypiIndex::rank(std::string_view name) const {
  auto it = ranks_.find(normalize(name));
  return it == ranks_.end() ? 0 : it->second;
}

bool PypiIndex::load(const std::string& path, std::string* error) {
  std::ifstream in(path);
  if (!in) {
    *error = path + ": cannot read the PyPI index";
    return false;
  }
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    add(std::string_view(line).substr(0, tab), std::atoi(line.c_str() + tab + 1));
  }
  return true;
}

namespace {

bool is_letter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// The package-like word that ends right before `end` (one space allowed between): "shap 라이브러리".
std::string name_before(std::string_view text, size_t end) {
  if (end > 0 && text[end - 1] == ' ') --end;
  size_t b = end;
  while (b > 0 && is_name_char(text[b - 1])) --b;
  while (b < end && !is_letter(text[b])) ++b;  // a name starts with a letter
  if (b > 0 && static_cast<unsigned char>(text[b - 1]) < 0x80 && is_word_char(text[b - 1])) return "";
  return end - b >= 2 && end - b <= 40 ? package_name(text.substr(b, end - b)) : "";
}

// The package-like word after `begin`, past spaces and a colon: "라이브러리 : trafaret".
std::string name_after_colon(std::string_view text, size_t begin) {
  size_t i = begin;
  while (i < text.size() && text[i] == ' ') ++i;
  if (i < text.size() && text[i] == ':') {
    ++i;
  } else if (text.compare(i, 3, "\xEF\xBC\x9A") == 0) {  // ：
    i += 3;
  } else {
    return "";
  }
  while (i < text.size() && text[i] == ' ') ++i;
  size_t e = i;
  while (e < text.size() && is_name_char(text[e])) ++e;
  return e > i && is_letter(text[i]) && e - i <= 40 ? package_name(text.substr(i, e - i)) : "";
}

// Up to `max` Latin words before `end`, nearest last; stops at anything but letters, '-' and spaces.
std::string words_before(std::string_view text, size_t end, size_t max) {
  size_t b = end;
  while (b > 0 && text[b - 1] == ' ') --b;
  size_t words = 0, start = b;
  while (b > 0 && words < max) {
    size_t w = b;
    while (w > 0 && (is_letter(text[w - 1]) || text[w - 1] == '-')) --w;
    if (w == b) break;
    ++words;
    start = w;
    b = w;
    if (b == 0 || text[b - 1] != ' ') break;
    while (b > 0 && text[b - 1] == ' ') --b;
  }
  return std::string(text.substr(start, end - start));
}

// Latin words (and spaces, '-') from `begin`, at most `max` words.
std::string words_after(std::string_view text, size_t begin, size_t max) {
  size_t i = begin, words = 0, end = begin;
  while (i < text.size() && words < max) {
    while (i < text.size() && text[i] == ' ') ++i;
    size_t w = i;
    while (i < text.size() && (is_letter(text[i]) || text[i] == '-')) ++i;
    if (i == w) break;
    ++words;
    end = i;
  }
  return std::string(text.substr(begin, end - begin));
}

}  // namespace

Discoverer::Discoverer(const Vocabulary& vocabulary, const Lexicon& lexicon, const PypiIndex& pypi)
    : lexicon_(lexicon),
      pypi_(pypi),
      links_(vocabulary),
      organization_words_(vocabulary.keys("organization-words")),
      generic_labels_(vocabulary.keys("generic-labels")) {
  for (const VocabularyEntry& e : vocabulary.list("series")) {
    if (!e.key.empty() && static_cast<unsigned char>(e.key[0]) < 0x80 && e.key.find(' ') == std::string::npos) {
      series_.push_back(e.key);
    }
  }
}

// A conference series, alone or with a country or year glued on: PyCon, PyConFR, pyconKR, EuroPython2018.
bool Discoverer::is_series(std::string_view word) const {
  const std::string lower = ascii_lower(word);
  for (const std::string& s : series_) {
    if (lower.rfind(s, 0) == 0) return true;
  }
  return false;
}

bool Discoverer::is_organization_word(std::string_view word) const {
  const std::string lower = ascii_lower(word);
  return std::find(organization_words_.begin(), organization_words_.end(), lower) != organization_words_.end();
}

std::vector<Discovery> Discoverer::find(const Document& doc, const std::vector<TextRange>& cue_hits) const {
  const Lexicon& lexicon = lexicon_;
  const PypiIndex& pypi = pypi_;
  const std::string_view text = doc.text;
  // Literal guards keep the regular expressions off texts that cannot match them.
  static const RE2 kInstall("(?i)(?:pip3?|uv pip|python3? -m pip)\\s+install\\s+([^\\n]*)|(?:uv|poetry)\\s+add\\s+([^\\n]*)|"
                            "conda\\s+install\\s+([^\\n]*)");
  static const RE2 kImport("(?m)^[ \\t>]*(?:from\\s+([A-Za-z_][A-Za-z0-9_]*)[A-Za-z0-9_.]*\\s+import\\b|"
                           "import\\s+([A-Za-z_][A-Za-z0-9_]*))");
  static const RE2 kCode("[A-Za-z][A-Za-z0-9._-]{1,40}");
  static const RE2 kLabel("[A-Za-z][A-Za-z0-9.+_-]*(?: [A-Za-z0-9][A-Za-z0-9.+_-]*){0,2}");

  std::map<std::string, Discovery> found;  // by lowercase label
  // Each name found costs a search of the text for its mentions: a review naming more unlisted
  // names than this (hostile input, a generated list) keeps the first ones, so the cost stays linear.
  constexpr size_t kMaxNames = 256;
  auto propose = [&](const std::string& label, EntityType type, const std::string& rule, bool need_pypi) {
    if (label.size() < 2 || found.size() >= kMaxNames || lexicon.find(label)) return;
    int rank = pypi.rank(label);
    if (need_pypi && rank == 0) return;
    std::string key = ascii_lower(label);
    if (found.count(key)) return;  // the first, strongest rule names it
    Discovery d;
    d.label = label;
    d.type = type;
    d.rule = rule;
    d.pypi_rank = rank;
    found.emplace(key, std::move(d));
  };

  // One scan finds the words without which the install and import expressions cannot match (literal
  // guards: most reviews have none, and the expressions stay off them).
  static constexpr std::string_view kWords[] = {"install", " add ", "import"};
  static const MultiFinder kFinder({std::begin(kWords), std::end(kWords)});
  thread_local std::vector<size_t> installs, imports;  // offsets of their guard words
  installs.clear();
  imports.clear();
  kFinder.find_all(text, [&](size_t p, size_t word) {
    if (word < 2) installs.push_back(p);
    else imports.push_back(p);
  });
  // An install command and an import statement are each one line: the expressions search the lines
  // that hold a guard word, once each, not the whole review around them.
  auto for_each_line_at = [&](const std::vector<size_t>& offsets, auto&& f) {
    size_t searched = 0;  // end of the last line searched
    for (size_t p : offsets) {
      if (p < searched) continue;
      const size_t newline = text.rfind('\n', p);
      const size_t begin = newline == std::string_view::npos ? 0 : newline + 1;
      const size_t end = std::min(text.find('\n', p), text.size());
      f(re2::StringPiece(text.data() + begin, end - begin));
      searched = end;
    }
  };

  re2::StringPiece input;
  std::string a, b, c;
  for_each_line_at(installs, [&](re2::StringPiece line) {
    while (RE2::FindAndConsume(&line, kInstall, &a, &b, &c)) {
      std::string args = !a.empty() ? a : !b.empty() ? b : c;
      for (std::string_view tok : split(args, ' ')) {
        tok = trim(tok);
        if (tok.empty()) continue;
        if (tok[0] == '-') continue;  // options such as -U, --upgrade
        if (!is_name_char(tok[0]) || static_cast<unsigned char>(tok[0]) >= 0x80) break;
        std::string name = package_name(tok);
        if (name.empty() || name.find('.') != std::string::npos) break;  // a path or URL ends the list
        propose(name, EntityType::kLibrary, "pip-install", false);
      }
    }
  });
  for_each_line_at(imports, [&](re2::StringPiece line) {
    while (RE2::FindAndConsume(&line, kImport, &a, &b)) propose(!a.empty() ? a : b, EntityType::kLibrary, "import", false);
  });
  for (const auto& [b, e] : cue_hits) {
    std::string before = name_before(text, b);
    if (!before.empty()) propose(before, EntityType::kLibrary, "cue", true);
    std::string after = name_after_colon(text, e);
    if (!after.empty()) propose(after, EntityType::kLibrary, "cue", true);
  }
  // A product's name: capitalized, no English word, not a conference. A name on PyPI is a library.
  auto product_name = [&](std::string_view w) {
    return w.size() >= 3 && !is_english_word(w) && !is_series(w) && !lexicon.find(w);
  };
  // A class name made of English words (SearchQuery, TestCase, AsyncSession) names an API, not a
  // product; a product's name has a part that is no word (cuDF, PgBouncer, EduBlocks).
  auto english_compound = [](std::string_view w) {
    size_t b = 0;
    int parts = 0;
    for (size_t i = 1; i <= w.size(); ++i) {
      const bool cut = i == w.size() || (w[i] >= 'A' && w[i] <= 'Z' && ((w[i - 1] >= 'a' && w[i - 1] <= 'z') ||
                                                                    (i + 1 < w.size() && w[i + 1] >= 'a' && w[i + 1] <= 'z')));
      if (!cut) continue;
      // Each part a capitalized English word ("Search", "Query"); a part in capitals is an acronym
      // ("PUG" in CamPUG, "ML" in cuML), and one in lower case a prefix ("cu" in cuGraph), no word.
      const std::string_view part = w.substr(b, i - b);
      if (part.size() < 3 || !(part[0] >= 'A' && part[0] <= 'Z') || (part[1] >= 'A' && part[1] <= 'Z') ||
          !is_english_word(part)) {
        return false;  // "cuGraph", "CamPUG", "PgBouncer": a part in lower case, in capitals or short
      }
      ++parts;
      b = i;
    }
    return parts >= 2;
  };
  auto propose_product = [&](std::string_view w, const std::string& rule) {
    propose(std::string(w), pypi.rank(w) > 0 ? EntityType::kLibrary : EntityType::kTool, rule, false);
  };
  for (const InlineSpan& sp : doc.spans) {
    if (sp.kind != SpanKind::kCode) continue;
    std::string_view code = trim(text.substr(sp.begin, sp.end - sp.begin));
    if (!RE2::FullMatch(re2::StringPiece(code.data(), code.size()), kCode)) continue;
    if (pypi.rank(code) > 0) {
      propose(std::string(code), EntityType::kLibrary, "code-span", true);
    } else if (code[0] >= 'A' && code[0] <= 'Z' && code.find('.') == std::string_view::npos && product_name(code) &&
               !english_compound(code)) {
      propose_product(code, "code-span");
    }
  }
  // Words with a capital inside: cuDF, PyCharm, KoNLP, CLion, EduBlocks. Not a person's name
  // (McIver, MacArthur, DeVito), a handle (@AlSweigart) or a hashtag, nor code.
  std::vector<TextRange> code_blocks;
  for (const Block& bl : doc.blocks) {
    if (bl.kind == BlockKind::kCode) code_blocks.emplace_back(bl.begin, bl.end);
  }
  size_t next_block = 0;
  auto shaped_at = [&](size_t i) {  // text[i] is a capital
    if (i == 0 || !is_letter(text[i - 1])) return;
    while (next_block < code_blocks.size() && code_blocks[next_block].second <= i) ++next_block;
    if (next_block < code_blocks.size() && code_blocks[next_block].first <= i) return;
    size_t b = i, e = i;
    while (b > 0 && (is_word_char(text[b - 1]) || text[b - 1] == '-')) --b;
    while (e < text.size() && is_word_char(text[e])) ++e;
    if (b > 0 && (text[b - 1] == '@' || text[b - 1] == '#' || text[b - 1] == '.' || text[b - 1] == '/')) return;
    if (e < text.size() && (text[e] == '(' || (text[e] == '.' && e + 1 < text.size() && is_word_char(text[e + 1])))) return;
    const std::string_view w = text.substr(b, e - b);
    if (w.find('_') != std::string_view::npos || w.find('-') != std::string_view::npos || !is_letter(w[0])) return;
    // The capital must follow a lower-case letter ("cuDF", "PyCharm") or start the lower-case
    // rest after two or more capitals ("CLion").
    const size_t k = i - b;
    const bool inner = (text[i - 1] >= 'a' && text[i - 1] <= 'z') ||
                       (k >= 1 && text[i - 1] >= 'A' && text[i - 1] <= 'Z' && i + 1 < e && text[i + 1] >= 'a' && text[i + 1] <= 'z' &&
                        (k == 1 || (text[i - 2] >= 'A' && text[i - 2] <= 'Z')));
    if (!inner) return;
    for (std::string_view prefix : {"Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "O"}) {
      if (w.size() > prefix.size() + 1 && w.substr(0, prefix.size()) == prefix && w[prefix.size()] >= 'A' &&
          w[prefix.size()] <= 'Z' && i == b + prefix.size()) {
        return;
      }
    }
    // A plural of capitals (APIs, PRs, UIs) is an acronym in the plural, no name.
    if (w.size() >= 3 && w.back() == 's' && w.find_first_of("abcdefghijklmnopqrtuvwxyz") == std::string_view::npos) return;
    size_t digits = 0;
    for (char c : w) digits += c >= '0' && c <= '9';
    if (digits * 2 > w.size() || !product_name(w) || english_compound(w)) return;
    propose_product(w, "name-shape");
  };
  // Link labels their project's page names: "[Kestrel](https://github.com/acme/kestrel)". One to three
  // words; the page must be the project's (a repository, a PyPI project, a site named after it), so
  // an English word counts too ("[slides](...)" links no project "slides"), a person's profile not.
  for (const InlineSpan& sp : doc.spans) {
    if (sp.kind != SpanKind::kLink || sp.href.empty() || sp.end - sp.begin > 40) continue;
    const std::string label = doc.words(sp.begin, sp.end);
    if (label.size() < 3 || !is_letter(label[0]) || !RE2::FullMatch(label, kLabel)) continue;
    if (is_series(label) || lexicon.find(label) || std::find(generic_labels_.begin(), generic_labels_.end(), ascii_lower(label)) != generic_labels_.end()) continue;
    if (links_.is_project_page(sp.href, url_key(label))) propose_product(label, "link-label");
  }
  // Heads of headings: "### Arkouda: Terascale Data Science", "## Nameko - microservices".
  for (const Block& bl : doc.blocks) {
    if (bl.kind != BlockKind::kHeading) continue;
    std::string_view h = text.substr(bl.begin, bl.end - bl.begin);
    size_t i = 0;
    while (i < h.size() && h[i] == ' ') ++i;
    size_t e = i;
    while (e < h.size() && (is_word_char(h[e]) || h[e] == '.')) ++e;
    if (e == i || !is_letter(h[i])) continue;
    size_t after = e;
    while (after < h.size() && h[after] == ' ') ++after;
    const bool colon = h.compare(after, 1, ":") == 0;
    const bool dash = after > e && (h.compare(after, 2, "- ") == 0 || h.compare(after, 4, "\xE2\x80\x93 ") == 0);
    if (!colon && !dash) continue;
    std::string_view w = h.substr(i, e - i);
    while (!w.empty() && w.back() == '.') w.remove_suffix(1);
    if (product_name(w) && w.find_first_of("0123456789") == std::string_view::npos) propose_product(w, "title-head");
  }
  auto propose_acronym = [&](const std::string& acr, const std::string& expansion, bool tail) {
    if (!looks_like_acronym(acr)) return;
    std::vector<std::string_view> words = latin_words(expansion);
    // The expansion is the shortest run of words next to the acronym that spells it:
    // "... talk about Global Interpreter Lock (GIL)" gives "Global Interpreter Lock". A run whose
    // initials are the letters, one a word, wins over one that takes two letters of a word:
    // NERSC is National Energy Research Scientific Computing, not National Energy Research SCientific.
    auto initials = [&](const std::vector<std::string_view>& part) {
      size_t k = 0;
      for (std::string_view w : part) {
        if (is_stop_word(w) && !(k < acr.size() && (w[0] | 0x20) == (acr[k] | 0x20) && k + 1 < acr.size())) continue;
        if (k >= acr.size() || (w[0] | 0x20) != (acr[k] | 0x20)) return false;
        ++k;
      }
      return k == acr.size();
    };
    for (int pass = 0; pass < 2; ++pass) {
      for (size_t n = 2; n <= words.size(); ++n) {
        size_t start = tail ? words.size() - n : 0;
        if (is_stop_word(words[start])) continue;
        std::vector<std::string_view> part(words.begin() + static_cast<long>(start),
                                           words.begin() + static_cast<long>(start + n));
        if (pass == 0 ? !initials(part) : !spells_acronym(acr, part)) continue;
        std::string exp;
        for (std::string_view w : part) exp += (exp.empty() ? "" : " ") + std::string(w);
        if (lexicon.find(acr) || lexicon.find(exp)) return;
        std::string key = ascii_lower(acr);
        if (found.count(key) || found.size() >= kMaxNames) return;
        Discovery d;
        d.label = acr;
        // "NERSC (National Energy Research Scientific Computing Center)": the word after the spelled
        // run may still say what the acronym names.
        const size_t next = tail ? words.size() : start + n;
        const bool organization =
            is_organization_word(part.back()) || (next < words.size() && is_organization_word(words[next]));
        d.type = organization ? EntityType::kOrganization : EntityType::kConcept;
        d.rule = "acronym-definition";
        d.aliases.push_back(exp);
        found.emplace(key, std::move(d));
        return;
      }
    }
  };
  // "Long Form (ACR)" and "ACR (Long Form)".
  for (size_t open = text.find('('); open != std::string_view::npos; open = text.find('(', open + 1)) {
    size_t close = text.find(')', open);
    if (close == std::string_view::npos || close - open > 120) continue;
    std::string_view inside = trim(text.substr(open + 1, close - open - 1));
    if (looks_like_acronym(inside)) {
      propose_acronym(std::string(inside), words_before(text, open, 10), true);
    } else {
      std::string before(trim(words_before(text, open, 1)));
      if (looks_like_acronym(before)) propose_acronym(before, std::string(inside), false);
    }
  }
  // "CoC가 Code Of Conduct임을", "PSF: Python Software Foundation".
  // Capitals come at irregular places: found 16 bytes at a time, only they are visited.
  auto acronym_at = [&](size_t i) {
    if (i > 0 && is_word_char(text[i - 1])) return;
    size_t e = i;
    // No further than one past the longest acronym (8): longer words are none.
    while (e < text.size() && e - i <= 8 && is_word_char(text[e])) ++e;
    std::string_view acr = text.substr(i, e - i);
    if (!looks_like_acronym(acr)) return;
    size_t after = e;
    bool linked = false;
    for (std::string_view link : {"가 ", "는 ", "은 ", "이 ", ": ", " - "}) {
      if (text.compare(e, link.size(), link) == 0) {
        after = e + link.size();
        linked = true;
        break;
      }
    }
    if (linked) propose_acronym(std::string(acr), words_after(text, after, 10), false);
  };
  for_each_byte_in_range<'A', 'Z'>(text.substr(0, text.size() < 2 ? 0 : text.size() - 2), [&](size_t i) {
    acronym_at(i);
    shaped_at(i);
    return i + 1;
  });

  std::vector<Discovery> out;
  const std::string lower = found.empty() ? std::string() : ascii_lower(text);
  for (auto& [key, d] : found) {
    bool exact = d.type == EntityType::kConcept;
    d.spans = occurrences(text, lower, d.label, exact);
    for (const std::string& alias : d.aliases) {
      auto more = occurrences(text, lower, alias, false);
      d.spans.insert(d.spans.end(), more.begin(), more.end());
    }
    std::sort(d.spans.begin(), d.spans.end());
    if (!d.spans.empty()) out.push_back(std::move(d));
  }
  return out;
}

}  // namespace talkgraph
