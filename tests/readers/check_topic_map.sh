#!/usr/bin/env bash
# The topic map as a user meets it: talkgraph.dot renders with `dot` and `sfdp` in seconds, -f svg and
# -f png are byte-identical across runs, the SVG is valid XML, and no label is under 10 pt at 100%
# zoom (nothing scaled down; PNG at 96 dpi or more). On a corpus folder, or with --generate N on a
# generated corpus of N MB (bench/generate_corpus.py; 36 MB is about 4,000 reviews).
# Usage: check_topic_map.sh TALKGRAPH_BINARY (CORPUS_DIR | --generate MB)
set -euo pipefail
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [[ $2 == --generate ]]; then
  corpus="$work/corpus"
  /usr/bin/python3 "$(dirname "$0")/../../bench/generate_corpus.py" "$corpus" --megabytes "$3" >/dev/null
  echo "generated $(find "$corpus" -type f | wc -l) reviews"
else
  corpus=$2
fi
fail() { echo "FAIL: $*"; exit 1; }

"$bin" build "$corpus" -o "$work/a" -f dot,svg,png -q
"$bin" build "$corpus" -o "$work/b" -f svg,png -q -j 1
cmp "$work/a/talkgraph.svg" "$work/b/talkgraph.svg" || fail "the SVG differs between two runs"
cmp "$work/a/talkgraph.png" "$work/b/talkgraph.png" || fail "the PNG differs between two runs"
xmllint --noout "$work/a/talkgraph.svg" || fail "the SVG is not well-formed XML"

for engine in dot sfdp; do
  start=$(date +%s%N)
  timeout 60 "$engine" -Tsvg "$work/a/talkgraph.dot" -o "$work/$engine.svg" 2>"$work/$engine.log" ||
    fail "$engine -Tsvg talkgraph.dot failed: $(head -3 "$work/$engine.log")"
  echo "$engine -Tsvg talkgraph.dot: $(( ($(date +%s%N) - start) / 1000000 )) ms"
done

/usr/bin/python3 - "$work/a/talkgraph.svg" "$work/a/talkgraph.png" <<'PY'
import re, struct, sys
import xml.etree.ElementTree as ET
svg_path, png_path = sys.argv[1], sys.argv[2]
root = ET.parse(svg_path).getroot()
ns = "{http://www.w3.org/2000/svg}"
graph = root.find(ns + "g")
scale = float(re.match(r"scale\(([\d.]+)", graph.get("transform")).group(1))
sizes = [float(t.get("font-size")) for t in root.iter(ns + "text") if t.get("font-size") and (t.text or "").strip()]
smallest = min(sizes) * scale
assert smallest >= 10, f"the smallest label is {smallest:.1f} pt at 100% (scale {scale})"
width_pt = float(root.get("width").rstrip("pt"))
with open(png_path, "rb") as f:
    head = f.read(24)
png_width = struct.unpack(">I", head[16:20])[0]
px_per_pt = png_width / width_pt
assert px_per_pt >= 96 / 72 - 0.01, f"the PNG has {px_per_pt:.2f} px per pt, under 96 dpi"
texts = sum(1 for t in root.iter(ns + "text"))
print(f"labels: {texts} texts, smallest {smallest:.1f} pt at 100%; PNG {png_width} px wide, {px_per_pt * 72:.0f} dpi")
PY
echo "topic map checked"
