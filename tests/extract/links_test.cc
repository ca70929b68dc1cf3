#include "extract/links.h"

#include <gtest/gtest.h>

namespace talkgraph {
namespace {

LinkTarget classify(std::string_view href) {
  static const LinkClassifier links(Vocabulary::builtin());
  return links.classify(href);
}

TEST(Links, OneVideoIsATalksRecording) {
  EXPECT_EQ(classify("https://www.youtube.com/watch?v=abc"), LinkTarget::kVideo);
  EXPECT_EQ(classify("https://youtu.be/qRqDgJLM568?t=12m27s"), LinkTarget::kVideo);
  EXPECT_EQ(classify("https://vimeo.com/106522001"), LinkTarget::kVideo);
  EXPECT_EQ(classify("https://pyvideo.org/kiwi-pycon-2014/tuning-postgres.html"), LinkTarget::kVideo);
}

TEST(Links, ChannelsAndPlaylistsAreManyVideos) {
  EXPECT_EQ(classify("https://www.youtube.com/channel/UCrJhliKNQ8g0qoE_zvL8eVg/videos"), LinkTarget::kVideoIndex);
  EXPECT_EQ(classify("https://www.youtube.com/playlist?list=PLYx"), LinkTarget::kVideoIndex);
  EXPECT_EQ(classify("https://www.youtube.com/@pycon"), LinkTarget::kVideoIndex);
}

TEST(Links, SlidesAndSessionPages) {
  EXPECT_EQ(classify("https://speakerdeck.com/lqez/pycon-by-python"), LinkTarget::kSlides);
  EXPECT_EQ(classify("https://www.slideshare.net/user/deck"), LinkTarget::kSlides);
  EXPECT_EQ(classify("https://example.com/files/talk.PDF"), LinkTarget::kSlides);
  EXPECT_EQ(classify("https://www.pycon.kr/2017/program/130"), LinkTarget::kSessionPage);
  EXPECT_EQ(classify("http://2017.pyconuk.org/sessions/talks/the-art-of-testing/"), LinkTarget::kSessionPage);
  EXPECT_EQ(classify("https://us.pycon.org/2018/schedule/presentation/55/"), LinkTarget::kSessionPage);
}

TEST(Links, CodeHostsAndHomePagesAreNoTalks) {
  // A repository whose path says "talks" is still a repository.
  EXPECT_EQ(classify("https://github.com/dev-night/talks/blob/main/README.md"), LinkTarget::kCode);
  EXPECT_EQ(classify("https://www.pycon.kr/2018/program/"), LinkTarget::kOther);  // the whole programme
  EXPECT_EQ(classify("https://2017.pyconuk.org/"), LinkTarget::kOther);
  EXPECT_EQ(classify("https://taetaetae.github.io/2018/06/27/apache-vs-nginx/"), LinkTarget::kOther);
}

TEST(Links, ConferenceSitesNameTheirEdition) {
  static const LinkClassifier links(Vocabulary::builtin());
  std::string series;
  int year = 0;
  ASSERT_TRUE(links.event_of("https://2018.pycon.kr/program", &series, &year));
  EXPECT_EQ(series + " " + std::to_string(year), "PyCon KR 2018");
  ASSERT_TRUE(links.event_of("https://us.pycon.org/2024/schedule/", &series, &year));
  EXPECT_EQ(series + " " + std::to_string(year), "PyCon US 2024");
  ASSERT_TRUE(links.event_of("https://ep2018.europython.eu/en/", &series, &year));
  EXPECT_EQ(series + " " + std::to_string(year), "EuroPython 2018");
  EXPECT_FALSE(links.event_of("https://docs.scipy.org/doc/scipy/", &series, &year));  // the library's docs
  EXPECT_FALSE(links.event_of("https://www.pycon.kr", &series, &year));               // no year
}

TEST(Links, UrlsAreSplitIntoViews) {
  const Url u = parse_url("HTTPS://WWW.Example.com:8080/a/b?c#d");
  EXPECT_EQ(u.host, "Example.com");
  ASSERT_EQ(u.segments, 2u);
  EXPECT_EQ(u.path[1], "b");
  EXPECT_TRUE(parse_url("../images/x.png").host.empty());
}

}  // namespace
}  // namespace talkgraph
