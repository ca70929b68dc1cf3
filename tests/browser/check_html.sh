#!/usr/bin/env bash
# Builds talkgraph.html for a corpus and drives it in headless Chromium (tests/browser/check_html.js).
# Usage: check_html.sh TALKGRAPH_BINARY CORPUS_DIR [--hostile]
set -euo pipefail
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$1" build "$2" -o "$out" -f html -q
"$1" build "$2" -o "$out/again" -f html -q -j 1
cmp "$out/talkgraph.html" "$out/again/talkgraph.html" || { echo "talkgraph.html differs between runs"; exit 1; }
node "$(dirname "$0")/check_html.js" "$out/talkgraph.html" "${@:3}"
