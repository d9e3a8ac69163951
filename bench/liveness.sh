#!/usr/bin/env bash
# Liveness overhead: every corpus model whose .cfg states a PROPERTY (and that TLC finishes within
# 60 s) is checked twice, as it is and with its PROPERTY section removed, and the script prints both
# times, their ratio (what checking the properties adds) and the ratio to TLC's recorded time
# (../shared/corpus/index.tsv, JVM start-up included; tlc-c's CPU time, which with more than one
# worker exceeds the wall clock). A model whose run takes under a second is run several times, the
# two configurations alternately, until each has about a second of CPU, and the mean is printed: the
# clock's resolution is 0.01 s, a tenth of a 0.1 s run. Models where both runs take under 0.2 s are
# listed but left out of the geometric means (their ratio is start-up noise).
# Usage: bench/liveness.sh [tlc-c binary] [workers] [filter regex]
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
bin=$(realpath "${1:-$here/build/tlc-c}")
workers=${2:-1}
filter=${3:-.}
corpus=$here/../shared/corpus
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The .cfg without its PROPERTY/PROPERTIES sections (a section runs to the next keyword).
strip_properties() {
    awk 'BEGIN { kw = "^(CONSTANTS?|INIT|NEXT|SPECIFICATION|INVARIANTS?|PROPERTY|PROPERTIES|CONSTRAINTS?|" \
                      "ACTION_CONSTRAINTS?|SYMMETRY|VIEW|ALIAS|POSTCONDITIONS?|CHECK_DEADLOCK)([ \t]|$)" }
         { line = $0; sub(/\\\*.*/, "", line) }
         line ~ kw { skip = (line ~ /^(PROPERTY|PROPERTIES)([ \t]|$)/) }
         !skip { print }' "$1"
}

# CPU seconds of one run (user + system: steadier than the wall clock on a shared machine), or "-"
# when it fails to finish as TLC did.
run() {
    local cfg=$1 module=$2 dir
    dir=$(dirname "$module")
    /usr/bin/time -f 'CPU %U %S' -o "$tmp/time" \
        bash -c 'cd "$1" && TLA_PATH="$2" timeout 300 "$3" -seed 1 -workers "$4" -config "$5" "$6" >"$7" 2>&1' _ \
        "$dir" "$corpus/lib" "$bin" "$workers" "$cfg" "$module" "$tmp/out"
    local code=$?
    if [ "$code" -ne 0 ] && [ "$code" -ne 13 ]; then echo "-"; return; fi
    # the clock's resolution is 0.01 s: a run reported as 0.00 took less
    sed -n 's/^CPU //p' "$tmp/time" | awk '{ t = $1 + $2; print (t < 0.01 ? 0.01 : t) }'
}

# The mean of the CPU seconds given.
mean() { printf '%s\n' "$@" | awk '{ t += $1 } END { printf "%.3f\n", t / NR }'; }

printf '%-52s %9s %9s %8s %8s %9s\n' model safety-s full-s overhead TLC-s vs-TLC
awk -F'\t' 'NR > 1 && $4 == "exhaustive search" && $13 != "" && $13 + 0 <= 60 &&
            ("," $7 ",") ~ /,PROPERTY,/ && ($8 == "success" || $8 == "liveness failure") { print $2 "\t" $3 "\t" $13 }' \
    "$corpus/index.tsv" | grep -E -- "$filter" | {
    over=0; fast=0; n=0
    while IFS=$'\t' read -r module cfg tlc; do
        strip_properties "$corpus/specifications/$cfg" >"$tmp/safety.cfg"
        safety=$(run "$tmp/safety.cfg" "$corpus/specifications/$module")
        full=$(run "$corpus/specifications/$cfg" "$corpus/specifications/$module")
        reps=$(awk -v f="$full" 'BEGIN { r = int(1 / (f > 0.05 ? f : 0.05)); print (r > 20 ? 20 : r) }')
        if [ "$safety" != "-" ] && [ "$full" != "-" ] && [ "$reps" -gt 1 ]; then
            for ((i = 1; i < reps; i++)); do
                safety="$safety $(run "$tmp/safety.cfg" "$corpus/specifications/$module")"
                full="$full $(run "$corpus/specifications/$cfg" "$corpus/specifications/$module")"
            done
            case "$safety $full" in *-*) safety=-; full=- ;; esac
            safety=$(mean $safety)
            full=$(mean $full)
        fi
        if [ "$safety" = "-" ] || [ "$full" = "-" ]; then
            printf '%-52s %9s %9s %8s %8s %9s\n' "$cfg" "$safety" "$full" "?" "$tlc" "?"
            continue
        fi
        ratio=$(awk -v f="$full" -v s="$safety" 'BEGIN { printf "%.2f", (s > 0 ? f / s : 1) }')
        speed=$(awk -v t="$tlc" -v f="$full" 'BEGIN { printf "%.1f", (f > 0 ? t / f : 0) }')
        printf '%-52s %9s %9s %7sx %8s %8sx\n' "$cfg" "$safety" "$full" "$ratio" "$tlc" "$speed"
        if awk -v f="$full" 'BEGIN { exit !(f >= 0.2) }'; then
            over=$(awk -v a="$over" -v r="$ratio" 'BEGIN { print a + log(r) }')
            fast=$(awk -v a="$fast" -v r="$speed" 'BEGIN { print a + log(r) }')
            n=$((n + 1))
        fi
    done
    awk -v o="$over" -v f="$fast" -v n="$n" 'BEGIN { if (n) printf "over %d models taking 0.2 s or more: liveness overhead %.2fx (geometric mean), speed-up over TLC %.1fx\n", n, exp(o / n), exp(f / n) }'
}
