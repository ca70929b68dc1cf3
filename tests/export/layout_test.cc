#include "export/layout.h"

#include <cmath>

#include <gtest/gtest.h>

#include "export/html_writer.h"

namespace talkgraph {
namespace {

// A few hundred nodes of mixed sizes, some linked heavily (a hub and its spokes pull discs together),
// as a map's summary is.
void sample(size_t n, std::vector<double>* radii, std::vector<LayoutEdge>* edges) {
  unsigned state = 12345;
  auto next = [&] { return state = state * 1103515245u + 12345u; };
  for (size_t i = 0; i < n; ++i) radii->push_back(3 + static_cast<double>(next() % 1300) / 100);
  for (size_t i = 1; i < n; ++i) {
    edges->push_back({0, i, 3});
    edges->push_back({i, next() % n, 1});
  }
}

TEST(SummaryLayout, NoTwoDiscsOverlap) {
  std::vector<double> radii;
  std::vector<LayoutEdge> edges;
  sample(300, &radii, &edges);
  const double gap = 3;
  const std::vector<Point> p = summary_layout(radii, edges, gap);
  ASSERT_EQ(p.size(), radii.size());
  for (size_t i = 0; i < p.size(); ++i) {
    for (size_t j = i + 1; j < p.size(); ++j) {
      EXPECT_GE(std::hypot(p[i].x - p[j].x, p[i].y - p[j].y), radii[i] + radii[j] + gap) << i << " and " << j;
    }
  }
}

TEST(SummaryLayout, SameInputSamePositions) {
  std::vector<double> radii;
  std::vector<LayoutEdge> edges;
  sample(120, &radii, &edges);
  const std::vector<Point> a = summary_layout(radii, edges), b = summary_layout(radii, edges);
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].x, b[i].x);
    EXPECT_EQ(a[i].y, b[i].y);
    EXPECT_EQ(a[i].x, std::round(a[i].x * 100) / 100);  // rounded to 0.01
  }
}

TEST(SummaryLayout, EmptyAndSingle) {
  EXPECT_TRUE(summary_layout({}, {}).empty());
  const std::vector<Point> one = summary_layout({5}, {});
  ASSERT_EQ(one.size(), 1u);
  EXPECT_LT(std::hypot(one[0].x, one[0].y), 50);
}

TEST(FillTemplate, FilledTextIsNeverScannedAgain) {
  EXPECT_EQ(fill_template("<p>{{data}}</p><script>{{app}}</script>{{unknown}}", {{"data", "{{app}}"}, {"app", "run()"}}),
            "<p>{{app}}</p><script>run()</script>{{unknown}}");
  EXPECT_EQ(fill_template("no placeholder {{", {{"a", "b"}}), "no placeholder {{");
}

TEST(ScriptSafe, ScriptCannotBeClosedEarly) {
  EXPECT_EQ(script_safe_json("\"</script>&\xE2\x80\xA8\""), "\"\\u003c/script\\u003e\\u0026\\u2028\"");
  EXPECT_EQ(script_safe_js("a = '</script>'"), "a = '<\\/script>'");
}

}  // namespace
}  // namespace talkgraph
