#!/usr/bin/env bash
# Benchmark: every corpus model TLC needs over 3 s for (and finishes within 60 s), from
# ../shared/corpus/index.tsv, checked as its .cfg says (temporal properties included). Prints, for
# each, tlc-c's wall time, states generated per second, peak memory, and the ratio to TLC's time
# recorded in index.tsv (measured on a machine of the same kind, JVM start-up included), then the
# geometric mean of the ratios.
# Usage: bench/run.sh [tlc-c binary] [workers] [filter regex]
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
bin=$(realpath "${1:-$here/build/tlc-c}")
workers=${2:-1}
filter=${3:-.}
corpus=$here/../shared/corpus
printf '%-60s %9s %9s %12s %9s %8s\n' model seconds TLC states/s peak-MB speedup
awk -F'\t' 'NR > 1 && $4 == "exhaustive search" && $13 + 0 > 3 && $13 + 0 <= 60 &&
            $8 ~ /^(success|safety failure|deadlock failure|liveness failure|assumption failure)$/ {
                print $2 "\t" $3 "\t" $13 }' "$corpus/index.tsv" | grep -E -- "$filter" | {
    logsum=0
    n=0
    slower=0
    while IFS=$'\t' read -r module cfg tlc; do
        dir=$(dirname "$corpus/specifications/$module")
        out=$( { cd "$dir" && TLA_PATH=$corpus/lib /usr/bin/time -f 'PEAK %M ELAPSED %e' \
                 "$bin" -workers "$workers" -config "$corpus/specifications/$cfg" "$corpus/specifications/$module"; } 2>&1)
        secs=$(printf '%s\n' "$out" | sed -n 's/^PEAK [0-9]* ELAPSED \(.*\)$/\1/p')
        # the clock's resolution is 0.01 s: a run reported as 0.00 took less
        secs=$(awk -v s="$secs" 'BEGIN { print (s < 0.01 ? 0.01 : s) }')
        peak=$(printf '%s\n' "$out" | sed -n 's/^PEAK \([0-9]*\) .*/\1/p')
        gen=$(printf '%s\n' "$out" | sed -n 's/^\([0-9]*\) states generated.*/\1/p' | tail -n 1)
        rate=$(awk -v g="${gen:-0}" -v s="$secs" 'BEGIN { printf "%.0f", (s > 0 ? g / s : 0) }')
        ratio=$(awk -v t="$tlc" -v s="$secs" 'BEGIN { printf "%.2f", (s > 0 ? t / s : 0) }')
        logsum=$(awk -v l="$logsum" -v r="$ratio" 'BEGIN { print l + log(r) }')
        n=$((n + 1))
        awk -v r="$ratio" 'BEGIN { exit !(r < 1) }' && slower=$((slower + 1))
        printf '%-60s %9s %9s %12s %9s %7sx\n' "$cfg" "$secs" "$tlc" "$rate" "$((peak / 1024))" "$ratio"
    done
    awk -v l="$logsum" -v n="$n" -v s="$slower" 'BEGIN { if (n) printf "geometric mean speedup over TLC: %.2fx (%d models, %d slower than TLC)\n", exp(l / n), n, s }'
}
