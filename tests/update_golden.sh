#!/usr/bin/env bash
# Regenerates the golden files from the seeds after an intended change; review the diff before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
./build/talkgraph build seeds -o tests/golden/seeds -f graphml,json,dot,gexf,cytoscape -q
git diff --stat tests/golden
