#!/usr/bin/env bash
# Scores extraction on the seeds with the project's reference scorer and annotation (../shared/eval),
# failing below the bars the issues set: entity F1 0.85, talk F1 0.95, every year right.
# Exits 77 (skipped) where the reference files are not beside the checkout.
set -euo pipefail
bin=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
eval_dir="$root/../shared/eval"
if [ ! -f "$eval_dir/score.py" ]; then
  echo "skipped: $eval_dir/score.py not found"
  exit 77
fi
report=$(python3 "$eval_dir/score.py" --gold "$eval_dir/seeds-gold.json" --docs "$root/seeds" \
  --cmd "$bin build {input} -f json -o {outdir} -q" --min-entity-f1 0.85 --min-talk-f1 0.95 -v) || {
  echo "$report"
  exit 1
}
echo "$report"
echo "$report" | tail -1 | grep -q "year 3/3" || { echo "a year is wrong"; exit 1; }
