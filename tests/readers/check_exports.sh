#!/usr/bin/env bash
# Builds a corpus with talkgraph and loads every export with the real readers users have:
# xmllint against the GraphML 1.1 XSD, NetworkX (GraphML and node-link JSON), igraph, and Graphviz.
# Usage: check_exports.sh TALKGRAPH_BINARY CORPUS_DIR
set -euo pipefail
bin=$1
corpus=$2
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$bin" build "$corpus" -o "$out" -q
for f in talkgraph.graphml talkgraph.json talkgraph.dot; do
  [ -s "$out/$f" ] || { echo "missing $out/$f"; exit 1; }
done
xmllint --noout --nonet --schema "$here/../schemas/graphml/graphml.xsd" "$out/talkgraph.graphml"
/usr/bin/python3 "$here/check_readers.py" "$out"
/usr/bin/python3 "$here/check_metrics.py" "$out"
dot -Tsvg "$out/talkgraph.dot" -o "$out/talkgraph.svg"
# Hangul labels must reach the SVG as text, not as missing glyphs or escapes.
if grep -q '[가-힣]' "$out/talkgraph.dot"; then
  grep -q '[가-힣]' "$out/talkgraph.svg" || { echo "SVG lost the Hangul labels"; exit 1; }
fi
echo "readers: ok ($corpus)"
