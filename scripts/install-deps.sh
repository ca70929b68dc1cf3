#!/usr/bin/env bash
# Installs everything talkgraph needs to build, run and test, from Debian 12's packages only.
# The README's two commands and .ci/run both start here, so a new machine and CI get the same set.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

build=(
  build-essential cmake ninja-build pkg-config
  libboost-graph-dev libre2-dev nlohmann-json3-dev libfmt-dev libgtest-dev libcli11-dev libutf8proc-dev libigraph-dev
  libmimalloc-dev libmd4c-dev
  # the manual page, made from the commands' --help
  help2man
  # SCOWL's English word list: which words are ordinary English (extract/english.h)
  wamerican
  # libFuzzer (clang's runtime) for the fuzz targets, and libxml2 to parse the XML exports back
  clang libclang-rt-14-dev libxml2-dev
)
# Real readers the tests load every export with, and Graphviz with a Hangul font for topic maps.
readers=(
  libxml2-utils jing graphviz fonts-nanum python3 python3-networkx python3-scipy python3-igraph
  # Debian's Chromium, driven headless by playwright-core for the HTML page's test
  chromium
  # Dask for the scale-out test (extract as tasks, merge the shards)
  python3-distributed
)
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${build[@]}" "${readers[@]}"
# Node.js for graphology's readers: the machine's own if it has one, else Debian's.
if ! command -v npm >/dev/null 2>&1; then
  $SUDO apt-get install -y -q --no-install-recommends nodejs npm
fi
here=$(cd "$(dirname "$0")/.." && pwd)
(cd "$here/tests/js" && npm ci --no-audit --no-fund --loglevel=error)
# sigma.js and graphology, inlined into talkgraph.html, with playwright-core for its browser test.
(cd "$here/export/web" && npm ci --no-audit --no-fund --loglevel=error)
