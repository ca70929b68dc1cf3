#!/usr/bin/python3
"""Loads talkgraph's GraphML and JSON with NetworkX and igraph and checks they hold the same graph:
undirected, no year 0 anywhere, and per-year values that add up to their totals (the unknown bucket
included). GEXF (1.2draft, with NetworkX) holds the dated part of it, static and per-year attributes
in their own blocks.

Usage: /usr/bin/python3 check_readers.py OUTDIR   (Debian's python3-networkx and python3-igraph)
"""
import json
import os
import sys
import xml.etree.ElementTree as ET

import igraph
import networkx as nx
from networkx.readwrite import json_graph

ENTITY_TYPES = {"library", "tool", "language", "concept", "organization"}


def flat_years(text):
    """GraphML's per-year text, "2019:3|2022:1|unknown:2", as a dict."""
    if not text:
        return {}
    return {k: float(v) for k, v in (item.rsplit(":", 1) for item in text.split("|"))}


def dated(node):
    """Whether a node of the JSON has a known year (what GEXF keeps)."""
    if node["type"] in ENTITY_TYPES:
        return bool(node["years"])
    return node.get("year") is not None


def check_years(data, from_graphml):
    """No year 0; the per-year parts add up to the whole, in JSON and in GraphML."""
    for node in data["nodes"]:
        assert node.get("year", None) != 0, f"{node['id']}: year 0"
        gm = from_graphml.nodes[node["id"]]
        assert gm.get("year", None) != 0 and ("year" in gm) == (node.get("year") is not None), node["id"]
        if node["type"] in ENTITY_TYPES:
            by_year = node["mentions_by_year"]
            assert sum(by_year.values()) == node["mentions"], (node["id"], by_year, node["mentions"])
            assert "0" not in by_year and 0 not in node["years"], node["id"]
            assert sorted(int(y) for y in by_year if y != "unknown") == node["years"], node["id"]
            assert sum(flat_years(gm["mentions_by_year"]).values()) == gm["mentions"], node["id"]
    for e in data["links"]:
        if "weight_by_year" in e:
            assert abs(sum(e["weight_by_year"].values()) - e["weight"]) < 1e-9, (e["id"], e["weight_by_year"])
            gm = from_graphml.edges[e["source"], e["target"]]
            assert abs(sum(flat_years(gm["weight_by_year"]).values()) - gm["weight"]) < 1e-9, e["id"]
        else:
            assert e["type"] not in ("mentions", "co_occurs"), f"{e['id']}: no weight_by_year"


def check_gexf_blocks(path):
    """Per class, a dynamic block with the per-year attribute alone, then a static block with the rest."""
    ns = {"g": "http://www.gexf.net/1.2draft"}
    graph = ET.parse(path).getroot().find("g:graph", ns)
    assert graph.get("defaultedgetype") == "undirected"
    for cls, dynamic in (("node", ["mentions_in_year"]), ("edge", ["weight"])):
        blocks = [b for b in graph.findall("g:attributes", ns) if b.get("class") == cls]
        assert [b.get("mode") for b in blocks] == ["dynamic", "static"], (cls, [b.get("mode") for b in blocks])
        assert [a.get("id") for a in blocks[0]] == dynamic, cls
        assert "type" in [a.get("id") for a in blocks[1]], cls


def main(outdir):
    with open(os.path.join(outdir, "talkgraph.json"), encoding="utf-8") as f:
        data = json.load(f)
    assert "links" in data and "edges" not in data, "the default JSON holds its edges once, as links"
    from_json = json_graph.node_link_graph(data)
    # --json-edges edges (NetworkX 3.6's key) loads in Debian's 2.8 with link="edges" (a keyword 2.8 to
    # 3.5 have; 3.4 and later take edges= instead, and 3.6 dropped link=), and both
    # (the array twice) without arguments: the same graph either way.
    with open(os.path.join(outdir, "json-edges", "talkgraph.json"), encoding="utf-8") as f:
        as_edges = json.load(f)
    assert "edges" in as_edges and "links" not in as_edges
    assert as_edges["edges"] == data["links"], "--json-edges edges wrote other edges"
    with open(os.path.join(outdir, "json-both", "talkgraph.json"), encoding="utf-8") as f:
        both = json.load(f)
    assert both["links"] == both["edges"] == data["links"], "--json-edges both: the two arrays differ"
    for other in (json_graph.node_link_graph(as_edges, link="edges"), json_graph.node_link_graph(both)):
        assert sorted(map(sorted, other.edges())) == sorted(map(sorted, from_json.edges())), "edge sets differ"
        assert other.number_of_nodes() == from_json.number_of_nodes()
    from_graphml = nx.read_graphml(os.path.join(outdir, "talkgraph.graphml"))
    ig = igraph.Graph.Read_GraphML(os.path.join(outdir, "talkgraph.graphml"))

    # Co-occurrence is symmetric: every reader gets an undirected graph, and an entity's neighbours are
    # every node an edge of the JSON joins it to.
    assert data["directed"] is False
    assert not from_json.is_directed() and not from_graphml.is_directed() and not ig.is_directed()
    neighbours = {}
    for e in data["links"]:
        neighbours.setdefault(e["source"], set()).add(e["target"])
        neighbours.setdefault(e["target"], set()).add(e["source"])
    for node in data["nodes"]:
        if node["type"] in ENTITY_TYPES:
            expected = neighbours.get(node["id"], set())
            assert set(from_graphml.neighbors(node["id"])) == expected, node["id"]
            assert set(from_json.neighbors(node["id"])) == expected, node["id"]
    check_years(data, from_graphml)

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
            assert gm["title"] == node["title"] and gm.get("year") == node.get("year")
    ig_ids = set(ig.vs["id"])
    assert ig_ids == {node["id"] for node in data["nodes"]}, "igraph ids differ"
    for e in data["links"]:
        assert e["weight"] > 0, f"zero-weight edge {e['id']}"
        assert from_graphml.edges[e["source"], e["target"]]["type"] == e["type"]
    # GEXF 1.2draft, which NetworkX before 3.6 reads, with its years: the dated nodes, and the edges
    # between them that have a known year; with --gexf-undated keep, everything.
    gexf_path = os.path.join(outdir, "gexf12", "talkgraph.gexf")
    check_gexf_blocks(gexf_path)
    gexf = nx.read_gexf(gexf_path)
    assert not gexf.is_directed()
    dated_ids = {node["id"] for node in data["nodes"] if dated(node)}
    assert set(gexf.nodes) == dated_ids, "read_gexf: not the dated nodes"
    for node in data["nodes"]:
        if node["id"] in dated_ids:
            spells = [s[0] for s in gexf.nodes[node["id"]]["spells"]]
            assert spells == (node["years"] if node["type"] in ENTITY_TYPES else [node["year"]]), node["id"]
            assert gexf.nodes[node["id"]]["type"] == node["type"], node["id"]
    for s_, t_, attrs in gexf.edges(data=True):
        assert all(sp[0] != 0 for sp in attrs.get("spells", [])), (s_, t_)
    kept = nx.read_gexf(os.path.join(outdir, "gexf12-undated", "talkgraph.gexf"))
    assert kept.number_of_nodes() == n and kept.number_of_edges() == m, "--gexf-undated keep: counts differ"

    with open(os.path.join(outdir, "talkgraph.cytoscape.json"), encoding="utf-8") as f:
        cy = json.load(f)["elements"]
    assert len(cy["nodes"]) == n and len(cy["edges"]) == m, "cytoscape counts differ"
    assert all("id" in el["data"] for el in cy["nodes"] + cy["edges"])
    print(f"networkx {nx.__version__} and igraph {igraph.__version__}: {n} nodes, {m} edges")


if __name__ == "__main__":
    main(sys.argv[1])
