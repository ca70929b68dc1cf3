// The GraphML writer flattens the node-link JSON value (json_writer.h), so GraphML carries exactly the
// attributes JSON does. A key's type is the widest type its values take: int, then double, else
// string; booleans stay boolean.
#include "export/graphml_writer.h"

#include <map>

#include <fmt/format.h>

#include "export/json_writer.h"
#include "export/xml_text.h"

namespace talkgraph {

namespace {

using nlohmann::json;

std::string graphml_type(const json& v) {
  if (v.is_boolean()) return "boolean";
  if (v.is_number_integer()) return "long";
  if (v.is_number_float()) return "double";
  return "string";
}

std::string widen(const std::string& a, const std::string& b) {
  if (a.empty() || a == b) return b;
  if ((a == "long" && b == "double") || (a == "double" && b == "long")) return "double";
  return "string";
}

std::string scalar_text(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
  if (v.is_number_integer()) return std::to_string(v.get<long long>());
  if (v.is_number_float()) return fmt::format("{}", v.get<double>());
  if (v.is_array()) {
    std::string out;
    for (const json& x : v) {
      if (!out.empty()) out += x.is_object() ? "\n" : "|";
      if (x.is_object() && x.contains("sentence")) {  // evidence
        out += fmt::format("{}:{}: {}", x.value("document", ""), x.value("line", 0), x.value("sentence", ""));
      } else {
        out += scalar_text(x);
      }
    }
    return out;
  }
  if (v.is_object()) {
    std::string out;
    for (const auto& [k, x] : v.items()) {
      if (!out.empty()) out += "|";
      out += k + ":" + scalar_text(x);
    }
    return out;
  }
  return "";
}

// Attribute name -> GraphML type, over all elements; "id", "source" and "target" are structure.
std::map<std::string, std::string> key_types(const json& elements) {
  std::map<std::string, std::string> types;
  for (const json& el : elements) {
    for (const auto& [k, v] : el.items()) {
      if (k == "id" || k == "source" || k == "target") continue;
      std::string t = (v.is_array() || v.is_object()) ? "string" : graphml_type(v);
      types[k] = widen(types[k], t);
    }
  }
  return types;
}

}  // namespace

void write_graphml(const KnowledgeGraph& graph, std::ostream& out) {
  json nl = to_node_link(graph);
  auto node_keys = key_types(nl["nodes"]);
  auto edge_keys = key_types(nl["edges"]);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd\">\n";
  for (const auto& [name, type] : node_keys) {
    out << fmt::format("  <key id=\"n_{0}\" for=\"node\" attr.name=\"{0}\" attr.type=\"{1}\"/>\n", name, type);
  }
  for (const auto& [name, type] : edge_keys) {
    out << fmt::format("  <key id=\"e_{0}\" for=\"edge\" attr.name=\"{0}\" attr.type=\"{1}\"/>\n", name, type);
  }
  out << "  <graph id=\"talkgraph\" edgedefault=\"directed\">\n";
  for (const json& n : nl["nodes"]) {
    out << "    <node id=\"" << xml_escape(n["id"].get<std::string>()) << "\">\n";
    for (const auto& [k, v] : n.items()) {
      if (k == "id") continue;
      out << "      <data key=\"n_" << k << "\">" << xml_escape(scalar_text(v)) << "</data>\n";
    }
    out << "    </node>\n";
  }
  for (const json& e : nl["edges"]) {
    out << "    <edge id=\"" << xml_escape(e["id"].get<std::string>()) << "\" source=\""
        << xml_escape(e["source"].get<std::string>()) << "\" target=\"" << xml_escape(e["target"].get<std::string>())
        << "\">\n";
    for (const auto& [k, v] : e.items()) {
      if (k == "id" || k == "source" || k == "target") continue;
      out << "      <data key=\"e_" << k << "\">" << xml_escape(scalar_text(v)) << "</data>\n";
    }
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace talkgraph
