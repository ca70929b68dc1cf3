#!/usr/bin/python3
"""Recomputes talkgraph's metrics with NetworkX on the exported JSON and compares them.

The topic map is the entity nodes with the co_occurs edges, undirected, weighted by count.
PageRank, betweenness and degrees must agree within 1e-6, and the modularity of talkgraph's
communities (as NetworkX computes it) must agree with the one talkgraph reports within 1e-3.

Usage: /usr/bin/python3 check_metrics.py OUTDIR
"""
import json
import os
import sys

import networkx as nx

ENTITY_TYPES = {"library", "tool", "language", "concept", "organization"}


def main(outdir):
    with open(os.path.join(outdir, "talkgraph.json"), encoding="utf-8") as f:
        data = json.load(f)
    G = nx.Graph()
    entities = {n["id"]: n for n in data["nodes"] if n["type"] in ENTITY_TYPES}
    G.add_nodes_from(entities)
    for e in data["links"]:
        if e["type"] == "co_occurs":
            G.add_edge(e["source"], e["target"], weight=e["weight"])
    if G.number_of_nodes() == 0:
        print("no entities")
        return
    pr = nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-12, max_iter=10000)
    bc = nx.betweenness_centrality(G, normalized=True)
    worst = 0.0
    for node, n in entities.items():
        checks = {
            "pagerank": (n["pagerank"], pr[node]),
            "betweenness": (n["betweenness"], bc[node]),
            "degree": (n["degree"], G.degree(node)),
            "weighted_degree": (n["weighted_degree"], G.degree(node, weight="weight")),
        }
        for name, (ours, theirs) in checks.items():
            worst = max(worst, abs(ours - theirs))
            assert abs(ours - theirs) <= 1e-6, f"{node} {name}: talkgraph {ours}, networkx {theirs}"
    groups = {}
    for node, n in entities.items():
        groups.setdefault(n["community"], set()).add(node)
    q = nx.algorithms.community.modularity(G, list(groups.values()), weight="weight") if G.number_of_edges() else 0.0
    reported = data["graph"]["modularity"]
    assert abs(q - reported) <= 1e-3, f"modularity: talkgraph {reported}, networkx {q}"
    assert data["graph"]["communities"] == len(groups)
    print(f"metrics agree with networkx (max difference {worst:.2e}); {len(groups)} communities, modularity {q:.4f}")


if __name__ == "__main__":
    main(sys.argv[1])
