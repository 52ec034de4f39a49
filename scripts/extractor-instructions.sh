#!/usr/bin/env bash
# Instructions per article of each extractor, counted by valgrind's callgrind: unlike times,
# counts do not move with the machine's load, so two builds compare on a busy machine too.
# `bench extractors` runs over N and 2N generated articles; the difference divided by N leaves
# out one-time costs (lexicon loading, process start).
# Usage (from the project root): scripts/extractor-instructions.sh [path/to/newskb] [N]
set -euo pipefail
binary=${1:-.build/release/newskb}
count=${2:-200}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# valgrind 3.19 cannot read Swift 6's debug information: count a copy without it.
strip --strip-debug -o "$work/newskb" "$binary"
for n in "$count" $((2 * count)); do
    "$work/newskb" bench generate --from corpus --count "$n" "$work/articles-$n" > /dev/null
    valgrind --tool=callgrind --callgrind-out-file="$work/$n.out" "$work/newskb" bench extractors "$work/articles-$n" > /dev/null 2>&1
    callgrind_annotate --inclusive=yes "$work/$n.out" > "$work/$n.txt" 2> /dev/null
done
inclusive() { grep -m1 "$2" "$1" | awk '{gsub(",", "", $1); print $1}'; }
for extractor in QuoteExtractor FigureExtractor EventExtractor; do
    symbol="${extractor}O7extract"
    small=$(inclusive "$work/$count.txt" "$symbol")
    large=$(inclusive "$work/$((2 * count)).txt" "$symbol")
    echo "$extractor $(( (large - small) / count )) instructions per article"
done
