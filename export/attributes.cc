#include "export/attributes.h"

#include <cmath>

#include <iterator>

#include <fmt/compile.h>
#include <fmt/format.h>

#include "export/plain_run.h"
#include "export/xml_text.h"

namespace talkgraph {

const std::vector<AttrSpec>& node_attribute_specs() {
  static const std::vector<AttrSpec> kSpecs = {
      {"aliases", "string"},   {"betweenness", "double"}, {"community", "long"},    {"degree", "long"},
      {"discovered", "boolean"}, {"discovered_by", "string"}, {"event", "string"},  {"first_year", "long"},
      {"kind", "string"},      {"label", "string"},       {"last_year", "long"},    {"mentions", "long"},
      {"mentions_by_year", "string"}, {"name", "string"}, {"pagerank", "double"},   {"path", "string"},
      {"pypi_rank", "long"},   {"reviews", "long"},      {"room", "string"},        {"series", "string"},      {"title", "string"},      {"type", "string"},
      {"version_of", "string"}, {"weighted_degree", "double"}, {"year", "long"},    {"years", "string"}};
  return kSpecs;
}

const std::vector<AttrSpec>& edge_attribute_specs() {
  static const std::vector<AttrSpec> kSpecs = {{"association", "double"}, {"evidence", "string"}, {"jaccard", "double"},
                                               {"pmi", "double"},         {"type", "string"},     {"weight", "double"},
                                               {"weight_by_year", "string"}};
  return kSpecs;
}

void append_number(std::string* out, double d) {
  if (!std::isfinite(d)) {
    out->push_back('0');
  } else if (d == static_cast<double>(static_cast<long long>(d)) && std::fabs(d) < 1e15) {
    fmt::format_int text(static_cast<long long>(d));
    out->append(text.data(), text.size());
    out->append(".0");
  } else {
    fmt::format_to(std::back_inserter(*out), FMT_COMPILE("{}"), d);
  }
}

std::string number_text(double d) {
  std::string out;
  append_number(&out, d);
  return out;
}

namespace {

// Numbers are written millions of times in a large graph: no format string to parse each time.
void append_int(std::string* out, long long v) {
  fmt::format_int text(v);
  out->append(text.data(), text.size());
}

// Text between separators: "a|b|c".
template <typename Range, typename Item>
void append_joined(std::string* out, const Range& items, std::string_view separator, Item&& item) {
  bool first = true;
  for (const auto& x : items) {
    if (!first) out->append(separator);
    first = false;
    item(x);
  }
}

// Per-year items, (year, value) pairs sorted by year, between separators: the known years in order,
// then the unknown bucket (kUnknownYear, which sorts first) when there is one; `known_only` leaves it
// out.
template <typename Range, typename Item>
void append_years(std::string* out, const Range& items, std::string_view separator, Item&& item,
                  bool known_only = false) {
  bool first = true;
  auto one = [&](const auto& x) {
    if (!first) out->append(separator);
    first = false;
    item(x);
  };
  for (const auto& x : items) {
    if (x.first != kUnknownYear) one(x);
  }
  if (known_only) return;
  for (const auto& x : items) {
    if (x.first == kUnknownYear) one(x);
  }
}

// A per-year key: the year, or "unknown".
void append_year_key(std::string* out, int year) {
  if (year == kUnknownYear) {
    out->append("unknown");
  } else {
    append_int(out, year);
  }
}

// Evidence as flat text, "document:line: sentence" one after the other: `text` appends the names and
// sentences (as they are, or escaped), `separator` goes between two (already in the output's form).
template <typename AppendText>
void append_evidence(std::string* out, const std::vector<Evidence>& evidence, std::string_view separator,
                     AppendText&& text) {
  append_joined(out, evidence, separator, [&](const Evidence& e) {
    text(e.document);
    out->push_back(':');
    append_int(out, e.line);
    out->append(": ");
    text(e.sentence);
  });
}

}  // namespace

void append_flat(std::string* out, const AttrValue& v) {
  switch (v.kind) {
    case AttrValue::kNull: return;
    case AttrValue::kString: out->append(v.s); return;
    case AttrValue::kInt: append_int(out, v.i); return;
    case AttrValue::kDouble:
      fmt::format_to(std::back_inserter(*out), FMT_COMPILE("{}"), std::isfinite(v.d) ? v.d : 0.0);
      return;
    case AttrValue::kBool: out->append(v.i ? "true" : "false"); return;
    case AttrValue::kStrings: append_joined(out, *v.strings, "|", [&](const std::string& s) { out->append(s); }); return;
    case AttrValue::kYears:
      append_years(out, *v.year_counts, "|", [&](const auto& yc) { append_int(out, yc.first); }, true);
      return;
    case AttrValue::kYearCounts:
      append_years(out, *v.year_counts, "|", [&](const auto& yc) {
        append_year_key(out, yc.first);
        out->push_back(':');
        append_int(out, yc.second);
      });
      return;
    case AttrValue::kYearWeights:
      append_years(out, v.year_weights, "|", [&](const auto& yw) {
        append_year_key(out, yw.first);
        fmt::format_to(std::back_inserter(*out), FMT_COMPILE(":{}"), yw.second);
      });
      return;
    case AttrValue::kEvidence:
      append_evidence(out, *v.evidence, "\n", [&](std::string_view text) { out->append(text); });
      return;
  }
}

void append_flat_xml(std::string* out, const AttrValue& v) {
  if (v.kind == AttrValue::kString) {
    append_xml_escaped(out, v.s);
    return;
  }
  if (v.kind == AttrValue::kEvidence) {
    // append_flat's text escaped piece by piece: evidence is most of a large graph's text, and
    // copying it into a flat string before escaping it doubled the bytes the writer moves.
    append_evidence(out, *v.evidence, "&#10;", [&](std::string_view text) { append_xml_escaped(out, text); });
    return;
  }
  thread_local std::string flat;  // reused: no allocation per value
  flat.clear();
  append_flat(&flat, v);
  append_xml_escaped(out, flat);
}

void append_json_string(std::string* out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t run = 0;  // start of the bytes not yet copied: copied in runs, escapes are rare
  for_each_special_byte<'"', '\\'>(s, [&](size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    out->append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      case '\b': out->append("\\b"); break;
      case '\f': out->append("\\f"); break;
      default:
        out->append("\\u00");
        out->push_back(kHex[c >> 4]);
        out->push_back(kHex[c & 0xF]);
    }
    return i + 1;
  });
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

void append_json(std::string* out, const AttrValue& v) {
  switch (v.kind) {
    case AttrValue::kNull: out->append("null"); return;
    case AttrValue::kString: append_json_string(out, v.s); return;
    case AttrValue::kInt: append_int(out, v.i); return;
    case AttrValue::kDouble: append_number(out, v.d); return;
    case AttrValue::kBool: out->append(v.i ? "true" : "false"); return;
    case AttrValue::kStrings:
      out->push_back('[');
      append_joined(out, *v.strings, ",", [&](const std::string& s) { append_json_string(out, s); });
      out->push_back(']');
      return;
    case AttrValue::kYears:
      out->push_back('[');
      append_years(out, *v.year_counts, ",", [&](const auto& yc) { append_int(out, yc.first); }, true);
      out->push_back(']');
      return;
    case AttrValue::kYearCounts:
      out->push_back('{');
      append_years(out, *v.year_counts, ",", [&](const auto& yc) {
        out->push_back('"');
        append_year_key(out, yc.first);
        out->append("\":");
        append_int(out, yc.second);
      });
      out->push_back('}');
      return;
    case AttrValue::kYearWeights:
      out->push_back('{');
      append_years(out, v.year_weights, ",", [&](const auto& yw) {
        out->push_back('"');
        append_year_key(out, yw.first);
        out->append("\":");
        append_json(out, AttrValue::number(yw.second));
      });
      out->push_back('}');
      return;
    case AttrValue::kEvidence:
      out->push_back('[');
      append_joined(out, *v.evidence, ",", [&](const Evidence& e) {
        out->append("{\"document\":");
        append_json_string(out, e.document);
        out->append(",\"line\":");
        append_int(out, e.line);
        out->append(",\"sentence\":");
        append_json_string(out, e.sentence);
        out->append(",\"surface\":");
        append_json_string(out, e.surface);
        out->push_back('}');
      });
      out->push_back(']');
      return;
  }
}

}  // namespace talkgraph
