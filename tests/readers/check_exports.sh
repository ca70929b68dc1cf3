#!/usr/bin/env bash
# Builds a corpus with talkgraph and loads every export with the real readers users have:
# xmllint against the GraphML 1.1 XSD, jing against the GEXF 1.3 and 1.2draft RelaxNG schemas,
# NetworkX (GraphML, node-link JSON, GEXF 1.2), igraph (GraphML), graphology under Node (GEXF, GraphML),
# Graphviz (DOT to SVG, with the Hangul labels as text), and NetworkX again for the metrics.
# Usage: check_exports.sh TALKGRAPH_BINARY CORPUS_DIR
set -euo pipefail
bin=$1
corpus=$2
here=$(cd "$(dirname "$0")" && pwd)
schemas="$here/../schemas"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$bin" build "$corpus" -o "$out" -f graphml,dot,json,gexf,cytoscape,svg -q
"$bin" build "$corpus" -o "$out/gexf12" -f gexf --gexf-version 1.2 -q
"$bin" build "$corpus" -o "$out/gexf-undated" -f gexf --gexf-undated keep -q
"$bin" build "$corpus" -o "$out/gexf12-undated" -f gexf --gexf-version 1.2 --gexf-undated keep -q
"$bin" build "$corpus" -o "$out/json-edges" -f json --json-edges edges -q
"$bin" build "$corpus" -o "$out/json-both" -f json --json-edges both -q
for f in talkgraph.graphml talkgraph.json talkgraph.dot talkgraph.gexf talkgraph.cytoscape.json talkgraph.svg; do
  [ -s "$out/$f" ] || { echo "missing $out/$f"; exit 1; }
done

xmllint --noout --nonet --schema "$schemas/graphml/graphml.xsd" "$out/talkgraph.graphml"
# jing prints warnings about optional Java libraries on stderr; its exit status is what counts.
jing -c "$schemas/gexf/1.3/gexf.rnc" "$out/talkgraph.gexf" 2> >(grep -v 'Unable to locate' >&2)
jing -c "$schemas/gexf/1.2draft/gexf.rnc" "$out/gexf12/talkgraph.gexf" 2> >(grep -v 'Unable to locate' >&2)
/usr/bin/python3 "$here/check_readers.py" "$out"
/usr/bin/python3 "$here/check_metrics.py" "$out"
node "$here/../js/check_graphology.js" "$out"

dot -Tsvg "$out/talkgraph.dot" -o "$out/full.svg"
# Graphviz decodes entities in labels: both SVGs must still be XML.
xmllint --noout --nonet "$out/talkgraph.svg" "$out/full.svg"
# Hangul labels must reach the SVG as text, not as missing glyphs or escapes.
/usr/bin/python3 - "$out" <<'PY'
import re, sys
out = sys.argv[1]
hangul = re.compile("[\uac00-\ud7a3]")
if hangul.search(open(f"{out}/talkgraph.dot", encoding="utf-8").read()):
    for svg in ("talkgraph.svg", "full.svg"):
        texts = re.findall(r"<text[^>]*>([^<]*)</text>", open(f"{out}/{svg}", encoding="utf-8").read())
        assert any(hangul.search(t) for t in texts), f"{svg} lost the Hangul labels"
        print(f"{svg}: {sum(bool(hangul.search(t)) for t in texts)} Hangul labels as text")
PY
echo "readers: ok ($corpus)"
