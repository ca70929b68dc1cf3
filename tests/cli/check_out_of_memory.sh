#!/usr/bin/env bash
# Out of memory is reported, not an abort: under a 350 MB address-space limit (ulimit -v), a 72 MB
# review is skipped with a message naming it, and the graph of the other review is still written.
# Not for sanitizer builds, whose shadow memory needs far more address space than any such limit.
# Usage: check_out_of_memory.sh TALKGRAPH_BINARY SEEDS_DIR
set -euo pipefail
bin=$1 seeds=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/in"
cp "$seeds/002_554065418b1faeec.txt" "$work/in/"
one=$(cat "$seeds/000_8f37794704fc6c74.txt")
for _ in $(seq 6000); do printf '%s\n' "$one"; done >"$work/in/huge.md"
set +e
(ulimit -v 350000; exec "$bin" build "$work/in" -o "$work/out" -f json -q -j 2) >"$work/log" 2>&1
code=$?
set -e
[[ $code -eq 1 ]] || { echo "FAIL: exit $code, expected 1: $(cat "$work/log")"; exit 1; }
grep -q "huge.md: out of memory while reading it; skipped" "$work/log" || { echo "FAIL: no message: $(cat "$work/log")"; exit 1; }
grep -q '"id":"library:celery"' "$work/out/talkgraph.json" || { echo "FAIL: the other review's graph was not written"; exit 1; }
echo "out of memory: $(wc -c <"$work/in/huge.md") bytes skipped with a message, the other review written"
