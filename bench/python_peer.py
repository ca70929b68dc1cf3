#!/usr/bin/python3
"""The same job as `talkgraph build`, done the way a Python user would do it today.

Reads every .txt/.md/.markdown under the given folders, normalizes to NFC, finds the event year, talk
headings and sentences, matches talkgraph's lexicon (data/lexicon.txt, python-stdlib.txt, pypi-top.txt) with
pyahocorasick, applying the same rules as far as Aho-Corasick can express them: whole ASCII words,
Hangul aliases only as a whole Hangul word or before a known particle, acronyms in capitals only,
the longest match first, ambiguous and cue-only names left out unless a cue word is in the sentence.
Builds the graph with NetworkX (event, talk, document and entity nodes; mentions and sentence
co-occurrence edges with counts) and writes it with write_graphml.

Usage: /usr/bin/python3 python_peer.py CORPUS_DIR OUT.graphml   (Debian's python3-ahocorasick, python3-networkx)
"""
import os
import re
import sys
import unicodedata

import ahocorasick
import networkx as nx

from peer_lexicon import lexicon_aliases

PARTICLES = set("은 는 이 가 을 를 의 에 에서 에게 께 로 으로 와 과 도 만 까지 부터 보다 처럼 같이 이나 나 랑 이랑 하고 에는 "
                "에서는 으로는 로는 와는 과는 으로도 로도 에도 에서도 이라 라 이라는 라는 이란 란 이다 다 입니다 이고 고 이며 며 "
                "들 들이 들을 들은 들의 용".split())
CUES = re.compile(r"라이브러리|프레임워크|패키지|모듈|오픈소스|\blibrar(?:y|ies)\b|\bframeworks?\b|\bpackages?\b|"
                  r"\bmodules?\b|pip3? install|\bimport\b", re.I)
SENTENCE = re.compile(r"\n|(?<=[.!?])\s+")
EVENT = re.compile(r"(?i)(pycon|파이콘|europython)\s*(kr|korea|한국|us|apac|jp)?\s*'?((?:19|20)\d\d)")
HEADING = re.compile(r"^(?:#{1,6}\s+(.+)|\d{1,2}\.\s+(.+)|(?:Keynote|Session\s*\d*|Lightning talk)\s*:\s*(.+))$", re.M)


def is_hangul(c):
    return "\uac00" <= c <= "\ud7a3"


def is_ascii_word(c):
    return c.isascii() and c.isalnum()


def load_lexicon():
    automaton = ahocorasick.Automaton()
    for entity, alias, needs_cue in lexicon_aliases():
        acronym = alias.isupper() and 2 <= len(alias) <= 6
        key = re.sub(r"[\s_-]+", " ", alias.lower())
        if key and key not in automaton:
            automaton.add_word(key, (entity, alias, acronym, needs_cue, len(key)))
    automaton.make_automaton()
    return automaton


def matches(automaton, sentence):
    lower = re.sub(r"[\s_-]+", " ", sentence.lower())  # same length only when runs are single: close enough
    found = []
    for end, (entity, alias, acronym, needs_cue, length) in automaton.iter(lower):
        start = end - length + 1
        first, last = lower[start], lower[end]
        before = lower[start - 1] if start > 0 else " "
        after = lower[end + 1] if end + 1 < len(lower) else " "
        if is_ascii_word(first) and is_ascii_word(before):
            continue
        if is_ascii_word(last) and is_ascii_word(after):
            continue
        if is_hangul(first) and is_hangul(before):
            continue
        if is_hangul(last) and is_hangul(after):
            rest = re.match(r"[\uac00-\ud7a3]+", lower[end + 1:]).group(0)
            if rest not in PARTICLES:
                continue
        if acronym and sentence[start:end + 1] != alias:
            continue
        if needs_cue and not CUES.search(sentence):
            continue
        found.append((start, end, entity, sentence[start:end + 1]))
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    chosen, last_end = [], -1
    for m in found:  # leftmost-longest, no overlaps
        if m[0] > last_end:
            chosen.append(m)
            last_end = m[1]
    return chosen


def main(corpus, out):
    automaton = load_lexicon()
    G = nx.DiGraph()
    files = []
    for root, _, names in os.walk(corpus):
        files += [os.path.join(root, n) for n in names if n.lower().endswith((".txt", ".md", ".markdown"))]
    for path in sorted(files):
        with open(path, encoding="utf-8") as f:
            text = unicodedata.normalize("NFC", f.read())
        m = EVENT.search(text)
        year = int(m.group(3)) if m else 0
        event = f"event:{year}"
        G.add_node(event, type="event", year=year)
        doc = f"document:{path}"
        G.add_node(doc, type="document", year=year)
        G.add_edge(doc, event, type="about", weight=1)
        headings = [(h.start(), next(g for g in h.groups() if g)) for h in HEADING.finditer(text)]
        for offset, title in headings:
            talk = f"talk:{year}:{title.strip().lower()}"
            G.add_node(talk, type="talk", title=title.strip(), year=year)
            G.add_edge(talk, event, type="presented_at", weight=1)
        position = 0
        for sentence in SENTENCE.split(text):
            start = text.find(sentence, position)
            position = max(position, start)
            owner = doc
            for offset, title in headings:
                if offset <= start:
                    owner = f"talk:{year}:{title.strip().lower()}"
            entities = set()
            for _, _, entity, surface in matches(automaton, sentence):
                if entity not in G:
                    G.add_node(entity, type=entity.split(":")[0], mentions=0)
                G.nodes[entity]["mentions"] += 1
                entities.add(entity)
                if G.has_edge(owner, entity):
                    G.edges[owner, entity]["weight"] += 1
                else:
                    G.add_edge(owner, entity, type="mentions", weight=1, evidence=sentence[:400])
            entities = sorted(entities)
            for i, a in enumerate(entities):
                for b in entities[i + 1:]:
                    if G.has_edge(a, b):
                        G.edges[a, b]["weight"] += 1
                    else:
                        G.add_edge(a, b, type="co_occurs", weight=1)
    nx.write_graphml(G, out)
    print(f"{out}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges from {len(files)} files")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
