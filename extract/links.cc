// A link's destination is evidence about its label, never text to match names in. The host lists and
// path words are data (data/vocabulary/links.txt); the rules here are their grammar:
//  - a video host with a path that is not a channel or playlist links one recording;
//  - a slide host with a deck path, or any .pdf, links slides;
//  - a path with a talk word (program, talks, session, ...) followed by one more segment, on any host
//    but a code host, links one talk's page: /2017/program/130, /sessions/talks/python-as-a-second-language;
//  - code hosts link repositories, whatever their path says (github.com/dev-night/talks/...).
#include "extract/links.h"

#include <algorithm>

#include "extract/text_util.h"

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
  size_t scheme = href.find("://");
  std::string_view rest;
  if (scheme != std::string_view::npos && scheme < 10) {
    rest = href.substr(scheme + 3);
  } else if (href.rfind("//", 0) == 0) {
    rest = href.substr(2);
  } else if (href.rfind("www.", 0) == 0) {
    rest = href;
  } else {
    rest = {};  // relative: no host
    std::string_view path = href.substr(0, href.find_first_of("?#"));
    for (std::string_view seg : split(path, '/')) {
      if (!seg.empty()) url.path.emplace_back(seg);
    }
    return url;
  }
  size_t host_end = rest.find_first_of("/?#");
  std::string_view host = rest.substr(0, host_end);
  if (size_t at = host.rfind('@'); at != std::string_view::npos) host = host.substr(at + 1);
  if (size_t colon = host.find(':'); colon != std::string_view::npos) host = host.substr(0, colon);
  url.host = ascii_lower(host);
  for (std::string_view prefix : {"www.", "m."}) {
    if (url.host.rfind(prefix, 0) == 0) url.host.erase(0, prefix.size());
  }
  if (host_end != std::string_view::npos && rest[host_end] == '/') {
    std::string_view path = rest.substr(host_end + 1);
    path = path.substr(0, path.find_first_of("?#"));
    for (std::string_view seg : split(path, '/')) {
      if (!seg.empty()) url.path.emplace_back(seg);
    }
  }
  return url;
}

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
  if (host.size() < domain.size() || host.compare(host.size() - domain.size(), domain.size(), domain) != 0) return false;
  return host.size() == domain.size() || host[host.size() - domain.size() - 1] == '.';
}

LinkTarget LinkClassifier::classify(std::string_view href) const {
  const Url url = parse_url(href);
  if (url.host.empty() && url.path.empty()) return LinkTarget::kOther;
  for (const std::string& h : code_hosts_) {
    if (host_is(url.host, h)) return LinkTarget::kCode;
  }
  for (const std::string& h : video_hosts_) {
    if (!host_is(url.host, h)) continue;
    if (url.path.empty() || url.path[0][0] == '@') return LinkTarget::kVideoIndex;
    const std::string first = ascii_lower(url.path[0]);
    for (const std::string& p : video_index_paths_) {
      if (first == p) return LinkTarget::kVideoIndex;
    }
    return LinkTarget::kVideo;
  }
  for (const std::string& h : slide_hosts_) {
    // "docs.google.com/presentation": a host and the path's first segment.
    const size_t slash = h.find('/');
    const std::string_view host = std::string_view(h).substr(0, slash);
    if (!host_is(url.host, host)) continue;
    if (slash != std::string::npos && (url.path.empty() || url.path[0] != h.substr(slash + 1))) continue;
    if (!url.path.empty()) return LinkTarget::kSlides;
  }
  if (!url.path.empty() && ascii_lower(url.path.back()).size() > 4 &&
      ascii_lower(url.path.back()).compare(url.path.back().size() - 4, 4, ".pdf") == 0) {
    return LinkTarget::kSlides;
  }
  for (size_t i = 0; i + 1 < url.path.size(); ++i) {
    const std::string seg = ascii_lower(url.path[i]);
    for (const std::string& p : session_paths_) {
      if (seg == p) return LinkTarget::kSessionPage;
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
    if (y == 0 && !url.path.empty()) y = year_in(url.path[0]);
    if (y == 0) return false;
    *series = name;
    *year = y;
    return true;
  }
  return false;
}

}  // namespace talkgraph
