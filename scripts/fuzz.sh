#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, ASan and UBSan, and runs each for SECONDS (default 60),
# starting from the committed corpus in tests/fuzz/corpus/. New interesting inputs go to a scratch
# folder, not into the repository. A crash stops the run with its input saved under
# build-fuzz/crashes/: add that file to tests/fuzz/corpus/<target>/ so it becomes a regression test.
# Usage: scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTALKGRAPH_FUZZ=ON >/dev/null
cmake --build build-fuzz --target fuzz_document_parser fuzz_extractor fuzz_export_round_trip
mkdir -p build-fuzz/crashes
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
for pair in document_parser:parser extractor:extractor export_round_trip:export; do
  target=${pair%%:*}
  seeds=tests/fuzz/corpus/${pair##*:}
  scratch=$(mktemp -d)
  echo "== fuzz_$target for ${seconds}s =="
  ./build-fuzz/tests/fuzz_"$target" "$scratch" "$seeds" -max_total_time="$seconds" -max_len=65536 -timeout=20 \
    -rss_limit_mb=4096 -artifact_prefix=build-fuzz/crashes/"$target"- -print_final_stats=1 2>&1 | tail -n 12
  rm -rf "$scratch"
done
echo "fuzz: no finding"
