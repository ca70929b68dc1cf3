#!/usr/bin/env bash
# Installs everything talkgraph needs to build, run and test, from Debian 12's packages only.
# Used by the README's two commands and by .ci/run, so a fresh machine and CI install the same set.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

BUILD_PKGS=(
  build-essential cmake ninja-build pkg-config
  libboost-graph-dev libre2-dev nlohmann-json3-dev libfmt-dev libgtest-dev
  libcli11-dev libutf8proc-dev
  libigraph-dev libarpack2-dev libglpk-dev libplfit-dev
)
# Real readers the test suite checks the exports with, and the Graphviz renderer for -f svg/png.
TEST_PKGS=(
  libxml2-utils graphviz fonts-nanum jing
  python3 python3-networkx python3-igraph
)
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${BUILD_PKGS[@]}" "${TEST_PKGS[@]}"
