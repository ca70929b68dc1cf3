#!/usr/bin/env bash
# Builds talkgraph.html for a corpus and drives it in headless Chromium (tests/browser/check_html.js).
# With --generate MEGABYTES instead of a corpus, the corpus is made by bench/generate_corpus.py (36 MB
# is 4,177 reviews) and the check is check_html.js --large. Prints how long the HTML took to write.
# Usage: check_html.sh TALKGRAPH_BINARY (CORPUS_DIR | --generate MEGABYTES) [check_html.js options]
set -euo pipefail
here=$(dirname "$0")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
binary=$1
corpus=$2
shift 2
if [ "$corpus" = --generate ]; then
  python3 "$here/../../bench/generate_corpus.py" "$out/corpus" --megabytes "$1" >/dev/null
  shift
  reviews=$(find "$out/corpus" -type f | wc -l)
  [ "$reviews" -ge 4000 ] || { echo "the generated corpus has $reviews reviews, not 4,000"; exit 1; }
  corpus=$out/corpus
  set -- --large "$@"
  echo "corpus: $reviews generated reviews, $(du -sb "$corpus" | awk "{printf \"%.1f\", \$1 / 1e6}") MB"
fi
start=$(date +%s%N)
"$binary" build "$corpus" -o "$out/map" -f html -q --timings 2> "$out/timings"
echo "build: $(( ($(date +%s%N) - start) / 1000000 )) ms in all; writing the HTML: $(grep 'timing    html' "$out/timings" | tr -s ' ' | cut -d' ' -f3-)"
"$binary" build "$corpus" -o "$out/again" -f html -q -j 1
cmp "$out/map/talkgraph.html" "$out/again/talkgraph.html" || { echo "talkgraph.html differs between runs"; exit 1; }
node "$here/check_html.js" "$out/map/talkgraph.html" "$@"
