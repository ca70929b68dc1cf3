#!/usr/bin/env bash
# The HTML topic map on a large corpus: generates it (bench/generate_corpus.py, deterministic), then
# times `talkgraph build -f html --timings` with the default summary and with --top 500 and 2000, and
# opens the default page in headless Chromium (tests/browser/check_html.js --large), which prints how
# long it took to load. Never part of the tests: the numbers depend on the machine.
#
# Usage: bench/html_map.sh [MEGABYTES (default 50)] [WORKDIR (default /tmp/talkgraph-bench)]
# Needs: a Release build in build/, npm ci in export/web (scripts/install-deps.sh does both).
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-50}
work=${2:-/tmp/talkgraph-bench}
corpus="$work/corpus-$mb"
mkdir -p "$work"
[ -d "$corpus" ] || python3 bench/generate_corpus.py "$corpus" --megabytes "$mb"
echo "corpus: $corpus, $(find "$corpus" -type f | wc -l) files, $(du -sb "$corpus" | awk '{printf "%.1f", $1 / 1e6}') MB"
for top in default 500 2000; do
  args=()
  [ "$top" = default ] || args=(--top "$top")
  out="$work/html-$top"
  start=$(date +%s%N)
  ./build/talkgraph build "$corpus" -f html -o "$out" -q --timings "${args[@]}" 2> "$out.timings"
  echo "top $top: build $(( ($(date +%s%N) - start) / 1000000 )) ms in all," \
       "html $(awk '/timing    html/ {print $3 " s"}' "$out.timings"), $(du -k "$out/talkgraph.html" | cut -f1) kB"
done
node tests/browser/check_html.js "$work/html-default/talkgraph.html" --large
