#!/usr/bin/env bash
# Installs talkgraph into a temporary prefix, moves the prefix, and runs it from another folder, as a
# user would after `cmake --install`: build (with the HTML page), trace, and build with no PATH where
# there is no seeds/ folder. The installed binary must read only what was installed with it.
# Usage: check_install.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cmake --install "$build" --prefix "$tmp/first" > /dev/null
mv "$tmp/first" "$tmp/moved"
bin="$tmp/moved/bin/talkgraph"
[ -x "$bin" ] || { echo "no $bin"; exit 1; }
mkdir -p "$tmp/work/reviews"
cp "$source"/seeds/* "$tmp/work/reviews/"
cd "$tmp/work"
# No variable may point it back at the source tree.
unset TALKGRAPH_DATA_DIR TALKGRAPH_WEB_DIR

"$bin" build reviews -o out -f graphml,json,html -q
for f in talkgraph.graphml talkgraph.json talkgraph.html; do
  [ -s "out/$f" ] || { echo "missing out/$f"; exit 1; }
done
grep -q '"id":"library:django"' out/talkgraph.json || { echo "the installed lexicon was not read"; exit 1; }
"$bin" trace 장고 reviews | grep -q "^Django (library)" || { echo "trace failed"; exit 1; }

# No PATH and no seeds/ here: a usage error that says what to give, exit 2.
set +e
message=$("$bin" build -o out2 2>&1)
code=$?
set -e
[ "$code" -eq 2 ] || { echo "build with no PATH exited $code: $message"; exit 1; }
grep -q "no PATH given" <<< "$message" || { echo "unexpected message: $message"; exit 1; }

# A moved prefix missing its data says what is missing, rather than reading the source tree.
rm -r "$tmp/moved/share/talkgraph/data"
set +e
message=$("$bin" build reviews -o out3 2>&1)
code=$?
set -e
[ "$code" -eq 2 ] || { echo "build without data exited $code: $message"; exit 1; }
grep -q "built-in lexicon not found" <<< "$message" || { echo "unexpected message: $message"; exit 1; }
# The manual page and the completions came with it, made from the binary's own declarations.
man="$tmp/moved/share/man/man1/talkgraph.1"
grep -q '^\.SH COMMANDS' "$man" && grep -q '^\.SS build' "$man" && grep -q 'gexf-undated' "$man" ||
  { echo "the manual page lacks its commands"; exit 1; }
[ -s "$tmp/moved/share/zsh/site-functions/_talkgraph" ] || { echo "no zsh completion"; exit 1; }
source "$tmp/moved/share/bash-completion/completions/talkgraph"
complete_words() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=(); _talkgraph; echo " ${COMPREPLY[*]} "; }
[[ $(complete_words talkgraph bu) == *" build "* ]] || { echo "completion: no command"; exit 1; }
[[ $(complete_words talkgraph build --form) == *" --format "* ]] || { echo "completion: no option"; exit 1; }
[[ $(complete_words talkgraph build -f "") == *" gexf "* ]] || { echo "completion: no format"; exit 1; }
[[ $(complete_words talkgraph merge --gexf-u) == *" --gexf-undated "* ]] || { echo "completion: merge options"; exit 1; }
echo "install: ok (moved prefix, run from $tmp/work)"
