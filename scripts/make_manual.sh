#!/usr/bin/env bash
# Makes talkgraph's manual page with Debian's help2man from the program's own --help and --version,
# with every command's --help in a COMMANDS section, so the page says what the binary does.
# Usage: scripts/make_manual.sh TALKGRAPH_BINARY OUTPUT.1
set -euo pipefail
bin=$1
out=$2
include=$(mktemp)
trap 'rm -f "$include"' EXIT
commands=$("$bin" --help | sed -n '/^Subcommands:/,$p' | awk 'NR > 1 && /^  [a-z]/ {print $1}')
{
  echo "[COMMANDS]"
  for command in $commands; do
    echo ".SS $command"
    echo ".nf"
    "$bin" "$command" --help | sed -e 's/\\/\\e/g' -e 's/^\./\\\&./'
    echo ".fi"
  done
  echo "[ENVIRONMENT]"
  echo ".TP"
  echo ".B TALKGRAPH_DATA_DIR"
  echo "The folder of the built-in lexicon files; by default PREFIX/share/talkgraph/data beside the binary."
  echo ".TP"
  echo ".B TALKGRAPH_WEB_DIR"
  echo "The folder of the HTML page's scripts; by default PREFIX/share/talkgraph/web."
  echo "[EXIT STATUS]"
  echo "0 all good; 1 some input could not be read or some output not written (the rest is still"
  echo "processed and written); 2 usage error; 3 internal error."
} > "$include"
help2man --no-info --no-discard-stderr --section 1 \
  --name "turn conference-talk reviews into a knowledge graph of talks, events and technologies" \
  --include "$include" --output "$out" "$bin"
