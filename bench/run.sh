#!/usr/bin/env bash
# talkgraph's benchmark: generates the corpus (deterministic, seeded), builds talkgraph in Release,
# then runs talkgraph and the two Python peers (bench/python_peer.py, and bench/light_peer.py: the
# lexicon with no structure rules) on the same corpus in the same run and prints MB/s, wall time, peak
# RSS (from /usr/bin/time -v) and the ratios. Also: extraction alone per core
# (build/talkgraph_bench_extract), its first stages alone against the whole (build/talkgraph_bench_stages,
# half corpus), the graph phases and each writer without the disk
# (build/talkgraph_bench_graph, half corpus), the lexicon ten times smaller on the same corpus, and
# peak RSS at half and full size, with and without document nodes (--no-documents), and without
# document nodes or evidence sentences (--no-documents --evidence 0), and that lean build over the
# corpus twice (twice the input, the same graph); in a build configured with -DTALKGRAPH_HYPERSCAN=ON,
# also the lexicon scanners alone (build/talkgraph_bench_scan). Two ratios: the default build
# (three formats) and GraphML alone, the one format the peers write; each against both peers.
#
# Usage: bench/run.sh [MEGABYTES (default 1024)] [WORKDIR (default /tmp/talkgraph-bench)]
# Needs: scripts/install-deps.sh, plus time and python3-ahocorasick (installed below if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-1024}
work=${2:-/tmp/talkgraph-bench}
mkdir -p "$work"
command -v /usr/bin/time >/dev/null && /usr/bin/python3 -c 'import ahocorasick' 2>/dev/null || \
  { apt-get install -y -q --no-install-recommends time python3-ahocorasick >/dev/null; }

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null && cmake --build build >/dev/null
cmake --build build --target talkgraph_bench_extract talkgraph_bench_stages talkgraph_bench_graph >/dev/null
corpus="$work/corpus-$mb"
[ -d "$corpus" ] || python3 bench/generate_corpus.py "$corpus" --megabytes "$mb"
half="$work/corpus-$((mb / 2))"
[ -d "$half" ] || python3 bench/generate_corpus.py "$half" --megabytes $((mb / 2))
bytes=$(du -sb "$corpus" | cut -f1)
rm -rf "$work"/out* "$work/peer.graphml" "$work/light-peer.graphml"  # earlier runs' graphs: several GB the disk and page cache need back
sync
# Read both corpora once, so that every run (talkgraph's and the peer's) reads them from the page
# cache: otherwise the first run alone pays for the disk (12 s more for the extract phase at 1 GB).
find "$corpus" "$half" -type f -print0 | xargs -0 cat > /dev/null

measure() {  # name, command...: prints "name wall_s rss_mb"
  local name=$1; shift
  local log="$work/$name.time"
  /usr/bin/time -v "$@" > "$work/$name.out" 2> "$log" || { echo "$name failed:"; tail -5 "$log"; exit 1; }
  # Each run's graphs go before the next run: gigabytes of them left in the page cache made later
  # runs spend seconds in the kernel reclaiming it. The first run's size is kept for the summary.
  [ -d "$work/out" ] && [ ! -f "$work/out.bytes" ] && du -sb "$work/out" | cut -f1 > "$work/out.bytes"
  rm -rf "$work"/out*/ && sync
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$log")
  rss=$(awk '/Maximum resident set size/ {printf "%.0f", $NF/1024}' "$log")
  echo "$name $wall $rss"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(lscpu | sed -n 's/Model name: *//p')"
echo "corpus:  $corpus, $(find "$corpus" -type f | wc -l) files, $((bytes / 1000000)) MB"
echo "build:   $(./build/talkgraph --version)"
echo
results=()
results+=("$(measure talkgraph ./build/talkgraph build "$corpus" -o "$work/out" -j 2 -q --timings)")
grep '^timing' "$work/talkgraph.time" | sed 's/^/  /'
# The peer's one format alone, for a like-for-like ratio (talkgraph still extracts and computes more).
results+=("$(measure talkgraph-graphml ./build/talkgraph build "$corpus" -o "$work/out-graphml" -j 2 -q -f graphml)")
results+=("$(measure talkgraph-j1 ./build/talkgraph build "$corpus" -o "$work/out-j1" -j 1 -q -f json)")
results+=("$(measure talkgraph-half ./build/talkgraph build "$half" -o "$work/out-half" -j 2 -q)")
results+=("$(measure talkgraph-no-documents ./build/talkgraph build "$corpus" -o "$work/out-nodoc" -j 2 -q --no-documents --timings)")
grep '^timing' "$work/talkgraph-no-documents.time" | sed 's/^/  /'
results+=("$(measure talkgraph-no-documents-half ./build/talkgraph build "$half" -o "$work/out-nodoc-half" -j 2 -q --no-documents)")
# The leanest graph: no document nodes and no evidence sentences (memory and output for large corpora).
results+=("$(measure talkgraph-lean ./build/talkgraph build "$corpus" -o "$work/out-lean" -j 2 -q --no-documents --evidence 0)")
results+=("$(measure talkgraph-lean-half ./build/talkgraph build "$half" -o "$work/out-lean-half" -j 2 -q --no-documents --evidence 0)")
# Twice the input, the same graph: the corpus read twice, the second time through a symbolic link, so
# its reviews have other names but the same talks and entities. Peak RSS follows the graph, not the input.
ln -sfn "$corpus" "$work/corpus-again-$mb"
results+=("$(measure talkgraph-lean-twice ./build/talkgraph build "$corpus" "$work/corpus-again-$mb" -o "$work/out-lean-twice" -j 2 -q --no-documents --evidence 0)")
# Lexicon ten times smaller: every tenth line of both built-in files.
small="$work/data-small"
mkdir -p "$small"
awk '/^#/ || NR % 10 == 0' data/lexicon.txt > "$small/lexicon.txt"
awk '/^#/ || NR % 10 == 0' data/pypi-top.txt > "$small/pypi-top.txt"
awk '/^#/ || NR % 10 == 0' data/python-stdlib.txt > "$small/python-stdlib.txt"
cp data/pypi-index.txt "$small/"
results+=("$(TALKGRAPH_DATA_DIR="$small" measure talkgraph-small-lexicon ./build/talkgraph build "$corpus" -o "$work/out-small" -j 2 -q -f json)")
results+=("$(measure python-peer /usr/bin/python3 bench/python_peer.py "$corpus" "$work/peer.graphml")")
results+=("$(measure light-peer /usr/bin/python3 bench/light_peer.py "$corpus" "$work/light-peer.graphml")")

echo
echo "extraction alone (no graph, no output):"
for j in 1 2; do ./build/talkgraph_bench_extract "$corpus" $j | sed 's/^/  /'; done
echo
echo "extraction's first stages alone, each with the ones before it, against the whole (half corpus):"
./build/talkgraph_bench_stages "$half" 2 | sed 's/^/  /'
# Issue 31: Hyperscan against EntityMatcher as the lexicon's scanner, only in a build configured with
# -DTALKGRAPH_HYPERSCAN=ON (Debian's libhyperscan-dev; docs/performance.md).
if grep -q '^TALKGRAPH_HYPERSCAN:BOOL=ON' build/CMakeCache.txt; then
  echo; echo "lexicon scanners alone, EntityMatcher against Hyperscan (half corpus, 1 thread, best of 5):"
  cmake --build build --target talkgraph_bench_scan >/dev/null && ./build/talkgraph_bench_scan --rounds 5 "$half" | sed 's/^/  /'
fi
echo
echo "graph phases and writers alone, output discarded (half corpus, documents held in memory first):"
./build/talkgraph_bench_graph "$half" 2 | sed 's/^/  /'

# What the first run wrote, and how fast its write phase went (three files side by side, fsynced),
# next to the disk's speed for one stream (dd with fsync; measured last so it slows no run above).
out_bytes=$(cat "$work/out.bytes")
write_s=$(awk '/^timing  write/ {print $3}' "$work/talkgraph.time")
disk_mbs=$(dd if=/dev/zero of="$work/dd.tmp" bs=16M count=64 conv=fsync 2>&1 |
  awk '/copied/ {for (i = 1; i <= NF; i++) if ($i ~ /^s,$/) print $1 / $(i - 1) / 1000000}')
rm -f "$work/dd.tmp"
echo
echo "output of the first run: $((out_bytes / 1000000)) MB, written in $write_s s ($(echo "$out_bytes / 1000000 / $write_s" | bc -l | xargs printf '%.0f') MB/s);"
echo "  the disk, one stream with fsync (dd, 1 GB): $(printf '%.0f' "$disk_mbs") MB/s"

echo
printf "%-28s %10s %10s %12s\n" run "wall s" "MB/s" "peak RSS MB"
for r in "${results[@]}"; do
  read -r name wall rss <<<"$r"
  size=$bytes
  case $name in *half) size=$(du -sb "$half" | cut -f1) ;; *twice) size=$((2 * bytes)) ;; esac
  printf "%-28s %10.1f %10.1f %12s\n" "$name" "$wall" "$(echo "$size / 1000000 / $wall" | bc -l)" "$rss"
done
wall_of() { printf '%s\n' "${results[@]}" | awk -v n="$1" '$1 == n {print $2}'; }
rss_of() { printf '%s\n' "${results[@]}" | awk -v n="$1" '$1 == n {print $3}'; }
ratio() { echo "$1 / $2" | bc -l | xargs printf '%.1f'; }
echo
for peer in python-peer light-peer; do  # the peer's time over talkgraph's, and its peak RSS over talkgraph's
  py=$(wall_of $peer); mem=$(rss_of $peer)
  echo "$peer (GraphML, one thread): $py s, $(sed 's/^.*: //' "$work/$peer.out")"
  for tg in talkgraph talkgraph-graphml; do
    case $tg in talkgraph) what="GraphML + DOT + JSON" ;; *) what="GraphML alone, as the peer writes" ;; esac
    echo "  talkgraph (2 threads, $what) is $(ratio "$py" "$(wall_of $tg)")x its speed;" \
      "peak RSS $(rss_of $tg) MB, the peer's $mem MB is $(ratio "$mem" "$(rss_of $tg)")x"
  done
done
