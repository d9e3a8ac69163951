#!/usr/bin/env bash
# "states generated" as TLC counts them, on the corpus models TLC checks successfully within 4 s:
# tlc-c's count with 1 worker must equal index.tsv's (TLC's). TLC counts a generated state per branch
# it walks (see eval/enumerate.c), so this checks that tlc-c walks actions as TLC does. Models whose
# counts TLC draws at random are left out. Skipped (exit 77) when ../shared is not beside the source.
set -u
bin=$(realpath "$1")
src=$2
corpus=$(cd "$src/.." && pwd)/shared/corpus
if [ ! -f "$corpus/index.tsv" ]; then
    echo "skipped: no $corpus/index.tsv"
    exit 77
fi
random='SpanningTree/SpanTreeRandom.cfg'
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
same=0 differ=0
while IFS=$'\t' read -r spec module cfg expected; do
    [ "$cfg" = "$random" ] && continue
    rm -rf "$scratch/m" && cp -r "$corpus/specifications/$spec" "$scratch/m"
    dir=$scratch/m/$(dirname "${module#"$spec"}")
    got=$(cd "$dir" && TLA_PATH=$corpus/lib "$bin" -workers 1 -config "$(basename "$cfg")" "$(basename "$module")" 2>&1 |
          sed -n 's/^\([0-9]*\) states\{0,1\} generated, .*/\1/p' | tail -n 1)
    if [ "$got" = "$expected" ]; then
        same=$((same + 1))
    else
        differ=$((differ + 1))
        echo "DIFFERS $cfg: TLC $expected generated, tlc-c ${got:-none}"
    fi
done < <(awk -F'\t' 'NR > 1 && $4 == "exhaustive search" && $8 == "success" && $13 != "" && $13 + 0 <= 4 {
                         print $1 "\t" $2 "\t" $3 "\t" $9 }' "$corpus/index.tsv")
echo "$same models with TLC's generated count, $differ differing"
[ "$same" -gt 0 ] && [ "$differ" = 0 ]
