#!/usr/bin/env bash
# Graphviz runs as a bounded child: a fake `dot` that never finishes is stopped at --graphviz-timeout
# with a message while the other formats are written, and a SIGINT, SIGTERM or SIGHUP to talkgraph
# ends the child too; no temporary file is left either way.
# Usage: check_graphviz_child.sh TALKGRAPH_BINARY SEEDS_DIR
set -euo pipefail
bin=$1 seeds=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/fakebin"
cat >"$work/fakebin/dot" <<'SH'
#!/bin/sh
echo $$ > "$PIDFILE"
exec sleep 120
SH
chmod +x "$work/fakebin/dot"
export PIDFILE="$work/dot.pid"
fail() { echo "FAIL: $*"; exit 1; }
alive() { kill -0 "$1" 2>/dev/null; }
no_temporaries() {
  local left
  left=$(find "$1" -name '*.tmp*' | head -5)
  [[ -z $left ]] || fail "temporaries left in $1: $left"
}

# A time limit: exit 1 with the reason, GraphML still written, the child gone.
out="$work/timeout"
start=$(date +%s)
set +e
PATH="$work/fakebin:$PATH" "$bin" build "$seeds" -f svg,graphml --graphviz-timeout 1 -o "$out" -q >"$work/log" 2>&1
code=$?
set -e
[[ $code -eq 1 ]] || fail "exit $code after the time limit, expected 1: $(cat "$work/log")"
grep -q "talkgraph.svg: Graphviz did not finish the topic map in 1 s and was stopped (--graphviz-timeout)" "$work/log" ||
  fail "no time-limit message: $(cat "$work/log")"
[[ -s $out/talkgraph.graphml ]] || fail "GraphML not written beside the stopped Graphviz"
[[ ! -e $out/talkgraph.svg ]] || fail "an SVG was left from a stopped Graphviz"
(( $(date +%s) - start < 30 )) || fail "the time limit took $(( $(date +%s) - start )) s"
alive "$(cat "$PIDFILE")" && fail "Graphviz still runs after the time limit"
no_temporaries "$out"

# A signal to talkgraph ends Graphviz as well.
for sig in INT TERM HUP; do
  rm -f "$PIDFILE"
  out="$work/$sig"
  PATH="$work/fakebin:$PATH" "$bin" build "$seeds" -f png -o "$out" -q >"$work/log" 2>&1 &
  talkgraph_pid=$!
  for _ in $(seq 200); do [[ -s $PIDFILE ]] && break; sleep 0.05; done
  [[ -s $PIDFILE ]] || fail "the fake Graphviz never started"
  child=$(cat "$PIDFILE")
  kill "-$sig" "$talkgraph_pid"
  set +e
  wait "$talkgraph_pid"
  code=$?
  set -e
  (( code > 128 )) || fail "talkgraph exited $code on SIG$sig, expected to die of the signal"
  for _ in $(seq 40); do alive "$child" || break; sleep 0.05; done
  alive "$child" && { kill -9 "$child"; fail "Graphviz outlived talkgraph after SIG$sig"; }
  no_temporaries "$out"
done
echo "graphviz child: time limit and SIGINT/SIGTERM/SIGHUP checked"
