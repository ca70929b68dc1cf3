#!/usr/bin/env bash
# Regenerates the golden files from the seeds after an intended change, with the code the golden test
# checks them with (tests/export/golden_test.cc); review the diff before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build build --target talkgraph_tests >/dev/null
TALKGRAPH_UPDATE_GOLDEN=1 ./build/tests/talkgraph_tests --gtest_filter=Golden.SeedsExportsAreUnchanged >/dev/null
git diff --stat tests/golden
