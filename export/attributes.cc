#include "export/attributes.h"

#include <cmath>

#include <fmt/format.h>

namespace talkgraph {

const std::vector<AttrSpec>& node_attribute_specs() {
  static const std::vector<AttrSpec> kSpecs = {
      {"aliases", "string"},   {"betweenness", "double"}, {"community", "long"},    {"degree", "long"},
      {"discovered", "boolean"}, {"discovered_by", "string"}, {"event", "string"},  {"first_year", "long"},
      {"kind", "string"},      {"label", "string"},       {"last_year", "long"},    {"mentions", "long"},
      {"mentions_by_year", "string"}, {"name", "string"}, {"pagerank", "double"},   {"path", "string"},
      {"pypi_rank", "long"},   {"reviews", "long"},      {"room", "string"},        {"title", "string"},      {"type", "string"},
      {"version_of", "string"}, {"weighted_degree", "double"}, {"year", "long"},    {"years", "string"}};
  return kSpecs;
}

const std::vector<AttrSpec>& edge_attribute_specs() {
  static const std::vector<AttrSpec> kSpecs = {{"association", "double"}, {"evidence", "string"}, {"jaccard", "double"},
                                               {"pmi", "double"},         {"type", "string"},     {"weight", "double"},
                                               {"weight_by_year", "string"}};
  return kSpecs;
}

std::string number_text(double d) {
  if (!std::isfinite(d)) return "0";
  if (d == static_cast<double>(static_cast<long long>(d)) && std::fabs(d) < 1e15) return fmt::format("{}.0", static_cast<long long>(d));
  return fmt::format("{}", d);
}

std::string flatten(const AttrValue& v) {
  std::string out;
  switch (v.kind) {
    case AttrValue::kString: return std::string(v.s);
    case AttrValue::kInt: return std::to_string(v.i);
    case AttrValue::kDouble: return fmt::format("{}", std::isfinite(v.d) ? v.d : 0.0);
    case AttrValue::kBool: return v.i ? "true" : "false";
    case AttrValue::kStrings:
      for (const std::string& s : *v.strings) out += (out.empty() ? "" : "|") + s;
      return out;
    case AttrValue::kYears:
      for (const auto& [year, c] : *v.year_counts) out += (out.empty() ? "" : "|") + std::to_string(year);
      return out;
    case AttrValue::kYearCounts:
      for (const auto& [year, c] : *v.year_counts) out += fmt::format("{}{}:{}", out.empty() ? "" : "|", year, c);
      return out;
    case AttrValue::kYearWeights:
      for (const auto& [year, w] : *v.year_weights) out += fmt::format("{}{}:{}", out.empty() ? "" : "|", year, w);
      return out;
    case AttrValue::kEvidence:
      for (const Evidence& e : *v.evidence) {
        out += fmt::format("{}{}:{}: {}", out.empty() ? "" : "\n", e.document, e.line, e.sentence);
      }
      return out;
  }
  return out;
}

void append_json_string(std::string* out, std::string_view s) {
  out->push_back('"');
  for (char c : s) {
    switch (c) {
      case '"': *out += "\\\""; break;
      case '\\': *out += "\\\\"; break;
      case '\n': *out += "\\n"; break;
      case '\r': *out += "\\r"; break;
      case '\t': *out += "\\t"; break;
      case '\b': *out += "\\b"; break;
      case '\f': *out += "\\f"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          *out += fmt::format("\\u{:04x}", static_cast<unsigned char>(c));
        } else {
          out->push_back(c);
        }
    }
  }
  out->push_back('"');
}

void append_json(std::string* out, const AttrValue& v) {
  switch (v.kind) {
    case AttrValue::kString: append_json_string(out, v.s); return;
    case AttrValue::kInt: *out += std::to_string(v.i); return;
    case AttrValue::kDouble: *out += number_text(v.d); return;
    case AttrValue::kBool: *out += v.i ? "true" : "false"; return;
    case AttrValue::kStrings: {
      out->push_back('[');
      bool first = true;
      for (const std::string& s : *v.strings) {
        if (!first) out->push_back(',');
        first = false;
        append_json_string(out, s);
      }
      out->push_back(']');
      return;
    }
    case AttrValue::kYears: {
      out->push_back('[');
      bool first = true;
      for (const auto& [year, c] : *v.year_counts) {
        *out += fmt::format("{}{}", first ? "" : ",", year);
        first = false;
      }
      out->push_back(']');
      return;
    }
    case AttrValue::kYearCounts: {
      out->push_back('{');
      bool first = true;
      for (const auto& [year, c] : *v.year_counts) {
        *out += fmt::format("{}\"{}\":{}", first ? "" : ",", year, c);
        first = false;
      }
      out->push_back('}');
      return;
    }
    case AttrValue::kYearWeights: {
      out->push_back('{');
      bool first = true;
      for (const auto& [year, w] : *v.year_weights) {
        *out += fmt::format("{}\"{}\":", first ? "" : ",", year);
        append_json(out, AttrValue::number(w));
        first = false;
      }
      out->push_back('}');
      return;
    }
    case AttrValue::kEvidence: {
      out->push_back('[');
      bool first = true;
      for (const Evidence& e : *v.evidence) {
        *out += first ? "{\"document\":" : ",{\"document\":";
        first = false;
        append_json_string(out, e.document);
        *out += fmt::format(",\"line\":{},\"sentence\":", e.line);
        append_json_string(out, e.sentence);
        *out += ",\"surface\":";
        append_json_string(out, e.surface);
        out->push_back('}');
      }
      out->push_back(']');
      return;
    }
  }
}

}  // namespace talkgraph
