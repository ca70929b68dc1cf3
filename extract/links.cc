// A link's destination is evidence about its label, never text to match names in. The host lists and
// path words are data (data/vocabulary/links.txt); the rules here are their grammar:
//  - a video host with a path that is not a channel or playlist links one recording;
//  - a slide host with a deck path, or any .pdf, links slides;
//  - a path with a talk word (program, talks, session, ...) followed by one more segment, on any host
//    but a code host, links one talk's page: /2017/program/130, /sessions/talks/python-as-a-second-language;
//  - code hosts link repositories, whatever their path says (github.com/dev-night/talks/...).
#include "extract/links.h"

#include <algorithm>

#include "base/text_util.h"

namespace talkgraph {

std::string_view link_target_name(LinkTarget target) {
  switch (target) {
    case LinkTarget::kOther: return "other";
    case LinkTarget::kVideo: return "video";
    case LinkTarget::kVideoIndex: return "video-index";
    case LinkTarget::kSlides: return "slides";
    case LinkTarget::kSessionPage: return "session-page";
    case LinkTarget::kCode: return "code";
  }
  return "?";
}

Url parse_url(std::string_view href) {
  Url url;
  href = trim(href);
  std::string_view rest;
  const size_t scheme = href.find("://");
  bool relative = false;
  if (scheme != std::string_view::npos && scheme < 10) {
    rest = href.substr(scheme + 3);
  } else if (href.rfind("//", 0) == 0) {
    rest = href.substr(2);
  } else if (starts_with_ci(href, "www.")) {
    rest = href;
  } else {
    rest = href;
    relative = true;
  }
  std::string_view path = rest;
  if (!relative) {
    const size_t host_end = rest.find_first_of("/?#");
    std::string_view host = rest.substr(0, host_end);
    if (const size_t at = host.rfind('@'); at != std::string_view::npos) host = host.substr(at + 1);
    if (const size_t colon = host.find(':'); colon != std::string_view::npos) host = host.substr(0, colon);
    for (std::string_view prefix : {"www.", "m."}) {
      if (starts_with_ci(host, prefix)) host.remove_prefix(prefix.size());
    }
    url.host = host;
    path = host_end != std::string_view::npos && rest[host_end] == '/' ? rest.substr(host_end + 1) : std::string_view();
  }
  path = path.substr(0, path.find_first_of("?#"));
  for (size_t i = 0; i < path.size() && url.segments < std::size(url.path);) {
    size_t slash = path.find('/', i);
    if (slash == std::string_view::npos) slash = path.size();
    if (slash > i) url.path[url.segments++] = path.substr(i, slash - i);
    i = slash + 1;
  }
  return url;
}

namespace {
bool equals_ci(std::string_view a, std::string_view b) { return a.size() == b.size() && starts_with_ci(a, b); }
}  // namespace

LinkClassifier::LinkClassifier(const Vocabulary& v)
    : video_hosts_(v.keys("video-hosts")),
      video_index_paths_(v.keys("video-index-paths")),
      slide_hosts_(v.keys("slide-hosts")),
      session_paths_(v.keys("session-paths")),
      code_hosts_(v.keys("code-hosts")) {
  for (const VocabularyEntry& e : v.list("event-hosts")) event_hosts_.emplace_back(e.key, e.value);
  std::stable_sort(event_hosts_.begin(), event_hosts_.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

bool LinkClassifier::host_is(std::string_view host, std::string_view domain) {
  if (host.size() < domain.size() || !starts_with_ci(host.substr(host.size() - domain.size()), domain)) return false;
  return host.size() == domain.size() || host[host.size() - domain.size() - 1] == '.';
}

LinkTarget LinkClassifier::classify(std::string_view href) const {
  const Url url = parse_url(href);
  if (url.host.empty() && url.segments == 0) return LinkTarget::kOther;
  for (const std::string& h : code_hosts_) {
    if (host_is(url.host, h)) return LinkTarget::kCode;
  }
  for (const std::string& h : video_hosts_) {
    if (!host_is(url.host, h)) continue;
    if (url.segments == 0 || url.path[0][0] == '@') return LinkTarget::kVideoIndex;
    for (const std::string& p : video_index_paths_) {
      if (equals_ci(url.path[0], p)) return LinkTarget::kVideoIndex;
    }
    return LinkTarget::kVideo;
  }
  for (const std::string& h : slide_hosts_) {
    // "docs.google.com/presentation": a host and the path's first segment.
    const size_t slash = h.find('/');
    const std::string_view host = std::string_view(h).substr(0, slash);
    if (!host_is(url.host, host)) continue;
    if (slash != std::string::npos && (url.segments == 0 || url.path[0] != std::string_view(h).substr(slash + 1))) continue;
    if (url.segments > 0) return LinkTarget::kSlides;
  }
  if (url.segments > 0) {
    const std::string_view last = url.path[url.segments - 1];
    if (last.size() > 4 && equals_ci(last.substr(last.size() - 4), ".pdf")) return LinkTarget::kSlides;
  }
  for (size_t i = 0; i + 1 < url.segments; ++i) {
    for (const std::string& p : session_paths_) {
      if (equals_ci(url.path[i], p)) return LinkTarget::kSessionPage;
    }
  }
  return LinkTarget::kOther;
}

namespace {

// A year from 1990 to 2099 in `s`, not inside a longer number: "2018", "scipy2019", "ep2018".
int year_in(std::string_view s) {
  for (size_t i = 0; i + 4 <= s.size(); ++i) {
    if (!(s[i] == '1' || s[i] == '2')) continue;
    if (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9') continue;
    bool digits = true;
    for (size_t k = 0; k < 4 && digits; ++k) digits = s[i + k] >= '0' && s[i + k] <= '9';
    if (!digits || (i + 4 < s.size() && s[i + 4] >= '0' && s[i + 4] <= '9')) continue;
    int y = (s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
    if (y >= 1990 && y <= 2099) return y;
  }
  return 0;
}

}  // namespace

bool LinkClassifier::event_of(std::string_view href, std::string* series, int* year) const {
  const Url url = parse_url(href);
  if (url.host.empty()) return false;
  for (const auto& [host, name] : event_hosts_) {
    if (!host_is(url.host, host)) continue;
    int y = year_in(url.host);
    if (y == 0 && url.segments > 0) y = year_in(url.path[0]);
    if (y == 0) return false;
    *series = name;
    *year = y;
    return true;
  }
  return false;
}

std::string url_key(std::string_view name) {
  std::string out;
  for (char c : name) {
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) out.push_back(c);
    else if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c + 32));
  }
  return out;
}

bool url_names(std::string_view href, const std::vector<std::string>& keys) {
  size_t i = href.find("://");
  i = i == std::string_view::npos ? 0 : i + 3;
  std::string segment;
  for (; i <= href.size(); ++i) {
    const char c = i < href.size() ? href[i] : '/';
    if (c == '/' || c == '.' || c == '?' || c == '#' || c == '=' || c == '&' || c == ':') {
      if (segment.size() >= 2 && std::find(keys.begin(), keys.end(), segment) != keys.end()) return true;
      segment.clear();
      if (c == '?' || c == '#') break;  // a query says what was searched, not what the page is
      continue;
    }
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) segment.push_back(c);
    else if (c >= 'A' && c <= 'Z') segment.push_back(static_cast<char>(c + 32));
  }
  return false;
}

bool LinkClassifier::is_project_page(std::string_view href, std::string_view key) const {
  if (key.size() < 2) return false;
  const Url url = parse_url(href);
  if (url.host.empty()) return false;
  auto is_key = [&](std::string_view part) { return url_key(part) == key; };
  // A repository: owner/name on a code host (the owner alone is a person's or a team's profile).
  for (const std::string& h : code_hosts_) {
    if (host_is(url.host, h)) return url.segments >= 2 && is_key(url.path[1]);
  }
  if (host_is(url.host, "pypi.org") || host_is(url.host, "pypi.python.org")) {
    return url.segments >= 2 && (url.path[0] == "project" || url.path[0] == "pypi") && is_key(url.path[1]);
  }
  // Its documentation (name.readthedocs.io) or a site named after it (datasette.io, www.djangoproject.com
  // is not "django"): the label before the public suffix.
  std::string_view host = url.host;
  const size_t dot = host.rfind('.');
  if (dot == std::string_view::npos) return false;
  host = host.substr(0, dot);
  if (host.ends_with(".readthedocs")) host.remove_suffix(std::string_view(".readthedocs").size());
  const size_t before = host.rfind('.');
  return is_key(before == std::string_view::npos ? host : host.substr(before + 1));
}

}  // namespace talkgraph
