// GraphML export, for Gephi, NetworkX, igraph, yEd and graphology.
//
// Spec: http://graphml.graphdrawing.org/specification.html (validates against graphml.xsd 1.1).
// Every key has attr.name and attr.type; key ids are "n_<name>"/"e_<name>", never d3/d7, which Gephi
// would read as labels. Lists and per-year counts are written as strings ("Django|장고",
// "2019:3|2022:1") because GraphML values are scalars. Not supported: hyperedges, ports, nested
// graphs, yEd's visual keys (yEd shows the data as custom properties). Edges are directed as a whole
// graph (edgedefault="directed"); co_occurs edges are undirected in meaning and written once, source
// id before target id, because NetworkX rejects per-edge directed="false" in a directed graph.
#pragma once

#include <ostream>

#include "graph/knowledge_graph.h"

namespace talkgraph {

void write_graphml(const KnowledgeGraph& graph, std::ostream& out);

}  // namespace talkgraph
