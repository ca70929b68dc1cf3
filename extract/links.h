// Links: what a link's destination says about its label (a talk's video or slides, a talk's page on a
// conference site, a code repository) and which conference edition a URL belongs to.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/vocabulary.h"

namespace talkgraph {

enum class LinkTarget {
  kOther,
  kVideo,        // one recorded video: youtube.com/watch?v=..., youtu.be/..., vimeo.com/123
  kVideoIndex,   // many videos: a channel, a playlist
  kSlides,       // a slide deck: speakerdeck.com/user/deck, a .pdf
  kSessionPage,  // one talk's page on a conference site: pycon.kr/2018/program/38
  kCode,         // a repository or file on a code host
};

std::string_view link_target_name(LinkTarget target);

// A talk's video, slides or page: a label linked to one may be the talk's title.
inline bool is_talk_material(LinkTarget t) {
  return t == LinkTarget::kVideo || t == LinkTarget::kSlides || t == LinkTarget::kSessionPage;
}

// Views into the destination it was parsed from: no copy is made (links are many in a large corpus).
struct Url {
  std::string_view host;                   // without "www." or "m."; compare ignoring ASCII case
  std::string_view path[8];                // the first segments, percent-encoding left as is
  size_t segments = 0;
};
// Splits "https://www.pycon.kr/2018/program/38?x#y". A destination without a scheme or host (a
// relative link) has an empty host.
Url parse_url(std::string_view href);

// A name as a URL writes it: ASCII letters and digits, lower case ("python-magic" -> "pythonmagic").
std::string url_key(std::string_view name);
// Whether a destination names one of `keys` (url_key form): a host label or a whole path segment that
// is it, separators aside (github.com/ahupp/python-magic names "pythonmagic"; docs.ray.io, "ray").
bool url_names(std::string_view href, const std::vector<std::string>& keys);

class LinkClassifier {
 public:
  explicit LinkClassifier(const Vocabulary& vocabulary);
  LinkTarget classify(std::string_view href) const;
  // The conference edition a URL names: a known conference host with a year in the host or the
  // path (2018.pycon.kr, us.pycon.org/2018/, scipy2019.scipy.org). False when it names none.
  bool event_of(std::string_view href, std::string* series, int* year) const;
  // A project's own page for `key` (url_key form): a repository on a code host, a PyPI project, its
  // documentation on Read the Docs, or a site named after it (datasette.io). Not a profile on a
  // social site, which names a person.
  bool is_project_page(std::string_view href, std::string_view key) const;

 private:
  static bool host_is(std::string_view host, std::string_view domain);  // domain or a subdomain of it
  std::vector<std::string> video_hosts_, video_index_paths_, slide_hosts_, session_paths_, code_hosts_;
  std::vector<std::pair<std::string, std::string>> event_hosts_;  // host -> series, longest first
};

}  // namespace talkgraph
