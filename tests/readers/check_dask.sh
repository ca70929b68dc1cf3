#!/usr/bin/env bash
# The Dask test on the seeds and on a small generated corpus (600 reviews).
set -euo pipefail
bin=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 "$root/tests/readers/check_dask.py" "$bin" "$root/seeds"
python3 "$root/bench/generate_corpus.py" "$work/corpus" --megabytes 5 >/dev/null
/usr/bin/python3 "$root/tests/readers/check_dask.py" "$bin" "$work/corpus"
