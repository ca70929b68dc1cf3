#!/usr/bin/env bash
# Scores extraction with the project's reference scorer against a hand-made annotation beside the
# checkout (../shared/eval), failing below the bars the issues set:
#   seeds  entity F1 0.95, talk F1 0.95, every year right, type accuracy 0.95
#   dev    talk F1 0.80, every year right (a null gold year right only when talkgraph says unknown),
#          entity F1 0.85 with precision 0.88
# Usage: score_eval.sh TALKGRAPH seeds|dev. Exits 77 (skipped) where the reference files are absent.
set -euo pipefail
bin=$1
set_name=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
eval_dir="$root/../shared/eval"
case "$set_name" in
  seeds) gold="$eval_dir/seeds-gold.json"; docs="$root/seeds"; entity=0.95; talk=0.95; type_min=0.95; precision_min=0 ;;
  dev) gold="$eval_dir/dev/dev-gold.json"; docs="$eval_dir/dev/docs"; entity=0.85; talk=0.80; type_min=0; precision_min=0.88 ;;
  *) echo "unknown set $set_name"; exit 2 ;;
esac
if [ ! -f "$eval_dir/score.py" ] || [ ! -f "$gold" ]; then
  echo "skipped: $eval_dir/score.py or $gold not found"
  exit 77
fi
report=$(python3 "$eval_dir/score.py" --gold "$gold" --docs "$docs" \
  --cmd "$bin build {input} -f json -o {outdir} -q" --min-entity-f1 "$entity" --min-talk-f1 "$talk" -v) || {
  echo "$report"
  exit 1
}
echo "$report"
last=$(echo "$report" | tail -1)
years=$(echo "$last" | sed -n 's/.*year \([0-9]*\)\/\([0-9]*\).*/\1 \2/p')
read -r right all <<< "$years"
[ "$right" = "$all" ] || { echo "a year is wrong: $right/$all"; exit 1; }
types=$(echo "$last" | sed -n 's/.*type accuracy \([0-9.]*\).*/\1/p')
python3 -c "import sys; sys.exit(0 if float('$types') >= $type_min else 1)" || { echo "type accuracy $types below $type_min"; exit 1; }
precision=$(echo "$last" | sed -n 's/.*entity P=\([0-9.]*\).*/\1/p')
python3 -c "import sys; sys.exit(0 if float('$precision') >= $precision_min else 1)" || {
  echo "entity precision $precision below $precision_min"
  exit 1
}
