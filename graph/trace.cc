#include "graph/trace.h"

#include <algorithm>
#include <map>
#include <set>

namespace talkgraph {

EntityTrace trace_entity(const KnowledgeGraph& kg, Vertex v, size_t top) {
  const Graph& g = kg.graph();
  const NodeProps& n = g[v];
  EntityTrace t;
  t.id = n.id;
  t.label = n.label;
  t.type = n.type;
  t.aliases = n.aliases;
  t.mentions = n.mentions;

  std::map<int, YearTrace> years;
  for (Edge e : boost::make_iterator_range(boost::in_edges(v, g))) {
    if (kg.edge(e).kind != EdgeKind::kMentions) continue;
    const NodeProps& source = g[boost::source(e, g)];
    YearTrace& y = years[source.year];
    y.year = source.year;
    y.mentions += static_cast<int>(kg.edge(e).weight);
    y.events.push_back(source.type == NodeKind::kEvent ? source.label : source.event);
    if (source.type == NodeKind::kTalk) y.talks.push_back(source.title);
    if (!kg.edge(e).evidence.empty() && (!y.evidence || kg.edge(e).evidence.front() < *y.evidence)) y.evidence = kg.edge(e).evidence.front();
  }
  auto co = [&](Edge e, Vertex other) {
    for (const auto& [year, w] : kg.weight_by_year(e)) {
      auto it = years.find(year);
      if (it != years.end()) it->second.co_mentioned.emplace_back(g[other].label, w);
    }
  };
  for (Edge e : boost::make_iterator_range(boost::out_edges(v, g))) {
    if (kg.edge(e).kind == EdgeKind::kCoOccurs) co(e, boost::target(e, g));
  }
  for (Edge e : boost::make_iterator_range(boost::in_edges(v, g))) {
    if (kg.edge(e).kind == EdgeKind::kCoOccurs) co(e, boost::source(e, g));
  }
  for (auto& [year, y] : years) {
    std::sort(y.talks.begin(), y.talks.end());
    y.talks.erase(std::unique(y.talks.begin(), y.talks.end()), y.talks.end());
    std::sort(y.events.begin(), y.events.end());
    y.events.erase(std::unique(y.events.begin(), y.events.end()), y.events.end());
    std::sort(y.co_mentioned.begin(), y.co_mentioned.end(), [](const auto& a, const auto& b) {
      return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (y.co_mentioned.size() > top) y.co_mentioned.resize(top);
    if (year != 0) t.years.push_back(std::move(y));
  }
  if (years.count(0)) t.years.push_back(std::move(years[0]));
  return t;
}

nlohmann::json to_json(const EntityTrace& t) {
  nlohmann::json years = nlohmann::json::array();
  for (const YearTrace& y : t.years) {
    nlohmann::json co = nlohmann::json::array();
    for (const auto& [label, w] : y.co_mentioned) co.push_back({{"label", label}, {"weight", w}});
    nlohmann::json j = {{"year", y.year == 0 ? nlohmann::json(nullptr) : nlohmann::json(y.year)},
                        {"mentions", y.mentions},
                        {"events", y.events},
                        {"talks", y.talks},
                        {"co_mentioned", co}};
    if (y.evidence) {
      j["evidence"] = {{"document", y.evidence->document.view()}, {"line", y.evidence->line}, {"sentence", y.evidence->sentence.view()}};
    }
    years.push_back(j);
  }
  return {{"id", t.id}, {"label", t.label}, {"type", node_kind_name(t.type)}, {"aliases", t.aliases},
          {"mentions", t.mentions}, {"years", years}};
}

Trends compute_trends(const KnowledgeGraph& kg, size_t top, bool pool_series) {
  const Graph& g = kg.graph();
  // Mentions per edition: (series, year) -> entity -> count, from the mentions edges' sources (a talk,
  // a document, or with --no-documents an event), each of which names its series and year.
  using Edition = std::pair<std::string, int>;
  std::map<Edition, std::map<Vertex, int>> by_edition;
  std::map<Edition, int> totals;
  for (Edge e : kg.ordered_edges()) {
    if (kg.edge(e).kind != EdgeKind::kMentions) continue;
    const NodeProps& source = g[boost::source(e, g)];
    const Vertex v = boost::target(e, g);
    if (source.year == kUnknownYear || !g[v].version_of.empty()) continue;  // versions repeat their entity
    if (!pool_series && source.series.empty()) continue;  // no event named: an edition of nothing
    const Edition edition{pool_series ? std::string() : source.series, source.year};
    const int count = static_cast<int>(kg.edge(e).weight);
    by_edition[edition][v] += count;
    totals[edition] += count;
  }
  auto change = [&](Vertex v, const Edition* from, const Edition& to) {
    ShareChange c;
    c.id = g[v].id;
    c.label = g[v].label;
    auto count = [&](const Edition& edition) {
      const std::map<Vertex, int>& counts = by_edition[edition];
      auto it = counts.find(v);
      return it == counts.end() ? 0 : it->second;
    };
    c.before = from ? count(*from) : 0;
    c.after = count(to);
    c.before_share = from && totals[*from] ? static_cast<double>(c.before) / totals[*from] : 0;
    c.after_share = totals[to] ? static_cast<double>(c.after) / totals[to] : 0;
    return c;
  };
  auto by_count = [](const ShareChange& a, const ShareChange& b, int ca, int cb) {
    return ca != cb ? ca > cb : a.label < b.label;
  };

  Trends t;
  const Edition* previous = nullptr;
  for (const auto& [edition, counts] : by_edition) {
    YearTop yt;
    yt.series = edition.first;
    yt.year = edition.second;
    yt.mentions = totals[edition];
    for (const auto& [v, c] : counts) yt.top.push_back(change(v, nullptr, edition));
    std::sort(yt.top.begin(), yt.top.end(), [&](const auto& a, const auto& b) { return by_count(a, b, a.after, b.after); });
    if (yt.top.size() > top) yt.top.resize(top);
    t.years.push_back(std::move(yt));

    if (previous != nullptr && previous->first == edition.first) {  // the same series' edition before
      YearDiff d;
      d.series = edition.first;
      d.from = previous->second;
      d.to = edition.second;
      std::set<Vertex> all;
      for (const auto& [v, c] : by_edition[*previous]) all.insert(v);
      for (const auto& [v, c] : counts) all.insert(v);
      for (Vertex v : all) {
        ShareChange c = change(v, previous, edition);
        if (c.before == 0) d.appeared.push_back(c);
        else if (c.after == 0) d.disappeared.push_back(c);
        else if (c.after_share > c.before_share) d.rose.push_back(c);
        else if (c.after_share < c.before_share) d.fell.push_back(c);
      }
      std::sort(d.appeared.begin(), d.appeared.end(), [&](const auto& a, const auto& b) { return by_count(a, b, a.after, b.after); });
      std::sort(d.disappeared.begin(), d.disappeared.end(), [&](const auto& a, const auto& b) { return by_count(a, b, a.before, b.before); });
      auto delta = [](const ShareChange& c) { return c.after_share - c.before_share; };
      std::sort(d.rose.begin(), d.rose.end(), [&](const auto& a, const auto& b) {
        return delta(a) != delta(b) ? delta(a) > delta(b) : a.label < b.label;
      });
      std::sort(d.fell.begin(), d.fell.end(), [&](const auto& a, const auto& b) {
        return delta(a) != delta(b) ? delta(a) < delta(b) : a.label < b.label;
      });
      for (auto* list : {&d.appeared, &d.disappeared, &d.rose, &d.fell}) {
        if (list->size() > top) list->resize(top);
      }
      t.diffs.push_back(std::move(d));
    }
    previous = &edition;
  }
  return t;
}

nlohmann::json to_json(const Trends& t) {
  auto list = [](const std::vector<ShareChange>& cs) {
    nlohmann::json a = nlohmann::json::array();
    for (const ShareChange& c : cs) {
      a.push_back({{"id", c.id}, {"label", c.label}, {"before", c.before}, {"after", c.after},
                   {"before_share", c.before_share}, {"after_share", c.after_share}});
    }
    return a;
  };
  nlohmann::json years = nlohmann::json::array();
  for (const YearTop& y : t.years) {
    nlohmann::json top = nlohmann::json::array();
    for (const ShareChange& c : y.top) top.push_back({{"id", c.id}, {"label", c.label}, {"mentions", c.after}});
    nlohmann::json j = {{"year", y.year}, {"mentions", y.mentions}, {"top", top}};
    if (!y.series.empty()) j["series"] = y.series;
    years.push_back(std::move(j));
  }
  nlohmann::json diffs = nlohmann::json::array();
  for (const YearDiff& d : t.diffs) {
    nlohmann::json j = {{"from", d.from}, {"to", d.to}, {"appeared", list(d.appeared)}, {"disappeared", list(d.disappeared)},
                        {"rose", list(d.rose)}, {"fell", list(d.fell)}};
    if (!d.series.empty()) j["series"] = d.series;
    diffs.push_back(std::move(j));
  }
  return {{"years", years}, {"changes", diffs}};
}

}  // namespace talkgraph
