"""talkgraph's lexicon as the Python peers read it (bench/python_peer.py, bench/light_peer.py).

The built-in files (data/lexicon.txt, python-stdlib.txt, pypi-top.txt; format in docs/lexicon.md):
`name | type | aliases, comma-separated | options`, `#` comments. Each alias comes out once per line,
the name first, with whether it needs evidence: option `ambiguous` or `cue` on the line, or the alias
written `?Word`.
"""
import os

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
FILES = ("lexicon.txt", "python-stdlib.txt", "pypi-top.txt")


def lexicon_aliases(files=FILES):
    """Yields (entity, alias, needs_cue) for every alias of every entry; entity is 'type:name'."""
    for name in files:
        with open(os.path.join(DATA, name), encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                fields = [x.strip() for x in line.split("|")]
                if len(fields) < 2:
                    continue
                options = fields[3].split() if len(fields) > 3 else []
                weak = "ambiguous" in options or "cue" in options
                entity = f"{fields[1]}:{fields[0].lower()}"
                aliases = [fields[0]] + ([a.strip() for a in fields[2].split(",")] if len(fields) > 2 else [])
                for alias in aliases:
                    if alias:
                        yield entity, alias.lstrip("?"), weak or alias.startswith("?")
