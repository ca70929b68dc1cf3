#!/usr/bin/python3
"""The lighter Python peer (issue 31): the simplest reasonable tool a user might write for the job.

One pyahocorasick automaton over talkgraph's lexicon (every name and alias of data/lexicon.txt,
python-stdlib.txt and pypi-top.txt, lowercased, through bench/peer_lexicon.py), run over each review's
lowercased text with iter_long (leftmost-longest, no overlaps); a match counts unless a Latin letter or
digit touches either end of it (so `go` is not found in `google`). No other rule: no NFC, no sentences,
no Markdown, no talks or events, no Hangul particles, no acronym case, no cue words, and aliases that
talkgraph counts only with evidence (`?Word`, options ambiguous and cue) are left out of the automaton,
since without the evidence rule they would match every ordinary word they spell.
The graph (NetworkX, undirected): a node per review and per entity, review–entity edges weighted by
mentions, entity–entity co-occurrence edges weighted by the lines both appear in (a line of a review is
about a sentence or a list item; talkgraph's default window is the sentence); nx.write_graphml.

Usage: /usr/bin/python3 light_peer.py CORPUS_DIR OUT.graphml   (Debian's python3-ahocorasick, python3-networkx)
"""
import collections
import itertools
import os
import sys

import ahocorasick
import networkx as nx

from peer_lexicon import lexicon_aliases


def load_automaton():
    automaton = ahocorasick.Automaton()
    for entity, alias, needs_cue in lexicon_aliases():
        key = alias.lower()
        if not needs_cue and key not in automaton:  # the first entry with an alias keeps it
            automaton.add_word(key, (entity, len(key)))
    automaton.make_automaton()
    return automaton


def is_word(c):
    return c.isascii() and c.isalnum()


def mentions(automaton, text):
    """Counter of entity → mentions in one review's lowercased text, and the entities of each line."""
    found = collections.Counter()
    lines = collections.defaultdict(set)
    n = len(text)
    line, line_end = 0, text.find("\n")
    for end, (entity, length) in automaton.iter_long(text):
        start = end - length + 1
        if (start > 0 and is_word(text[start]) and is_word(text[start - 1])) or \
           (end + 1 < n and is_word(text[end]) and is_word(text[end + 1])):
            continue
        found[entity] += 1
        while 0 <= line_end < start:
            line += 1
            line_end = text.find("\n", line_end + 1)
        lines[line].add(entity)
    return found, lines.values()


def main(corpus, out):
    automaton = load_automaton()
    G = nx.Graph()
    files = sorted(os.path.join(root, name) for root, _, names in os.walk(corpus)
                   for name in names if name.lower().endswith((".txt", ".md", ".markdown")))
    total = 0
    for path in files:
        with open(path, encoding="utf-8", errors="replace") as f:
            found, lines = mentions(automaton, f.read().lower())
        doc = f"document:{os.path.relpath(path, corpus)}"
        G.add_node(doc, type="document")
        for entity, count in found.items():
            if entity not in G:
                G.add_node(entity, type=entity.split(":")[0], mentions=0)
            G.nodes[entity]["mentions"] += count
            G.add_edge(doc, entity, weight=count)
            total += count
        for together in lines:
            for a, b in itertools.combinations(sorted(together), 2):
                if G.has_edge(a, b):
                    G.edges[a, b]["weight"] += 1
                else:
                    G.add_edge(a, b, weight=1)
    nx.write_graphml(G, out)
    print(f"{out}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges, {total} mentions from {len(files)} files")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
