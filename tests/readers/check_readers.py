#!/usr/bin/python3
"""Loads talkgraph's GraphML and JSON with NetworkX and igraph and checks they hold the same graph.

Usage: /usr/bin/python3 check_readers.py OUTDIR   (Debian's python3-networkx and python3-igraph)
"""
import json
import os
import sys

import igraph
import networkx as nx
from networkx.readwrite import json_graph

ENTITY_TYPES = {"library", "tool", "language", "concept", "organization"}


def main(outdir):
    with open(os.path.join(outdir, "talkgraph.json"), encoding="utf-8") as f:
        data = json.load(f)
    assert data["links"] == data["edges"], "links and edges differ"
    from_json = json_graph.node_link_graph(data)
    from_graphml = nx.read_graphml(os.path.join(outdir, "talkgraph.graphml"))
    ig = igraph.Graph.Read_GraphML(os.path.join(outdir, "talkgraph.graphml"))

    n, m = len(data["nodes"]), len(data["links"])
    for name, g in (("node_link_graph", from_json), ("read_graphml", from_graphml)):
        assert g.number_of_nodes() == n, f"{name}: {g.number_of_nodes()} nodes, JSON has {n}"
        assert g.number_of_edges() == m, f"{name}: {g.number_of_edges()} edges, JSON has {m}"
    assert ig.vcount() == n and ig.ecount() == m, f"igraph: {ig.vcount()}/{ig.ecount()}, JSON has {n}/{m}"

    # Same ids, labels and types everywhere, Hangul included, byte for byte.
    for node in data["nodes"]:
        gm = from_graphml.nodes[node["id"]]
        assert gm["label"] == node["label"], (gm["label"], node["label"])
        assert gm["type"] == node["type"]
        if node["type"] in ENTITY_TYPES:
            assert gm["mentions"] == node["mentions"]
            assert gm["aliases"] == "|".join(node["aliases"])
        if node["type"] == "talk":
            assert gm["title"] == node["title"] and gm["year"] == node["year"]
    ig_ids = set(ig.vs["id"])
    assert ig_ids == {node["id"] for node in data["nodes"]}, "igraph ids differ"
    for e in data["links"]:
        assert e["weight"] > 0, f"zero-weight edge {e['id']}"
        assert from_graphml.edges[e["source"], e["target"]]["type"] == e["type"]
    # GEXF 1.2draft, which NetworkX before 3.6 reads, with its years.
    gexf = nx.read_gexf(os.path.join(outdir, "gexf12", "talkgraph.gexf"))
    assert gexf.number_of_nodes() == n and gexf.number_of_edges() == m, "read_gexf counts differ"
    for node in data["nodes"]:
        if node["type"] in ENTITY_TYPES and node["years"]:
            assert [s[0] for s in gexf.nodes[node["id"]]["spells"]] == node["years"], node["id"]

    with open(os.path.join(outdir, "talkgraph.cytoscape.json"), encoding="utf-8") as f:
        cy = json.load(f)["elements"]
    assert len(cy["nodes"]) == n and len(cy["edges"]) == m, "cytoscape counts differ"
    assert all("id" in el["data"] for el in cy["nodes"] + cy["edges"])
    print(f"networkx {nx.__version__} and igraph {igraph.__version__}: {n} nodes, {m} edges")


if __name__ == "__main__":
    main(sys.argv[1])
