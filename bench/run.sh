#!/usr/bin/env bash
# Benchmark: run a fixed set of corpus models (those TLC needs over 3 s for) and print, for each,
# tlc-c's time, states per second, peak memory, and the ratio to TLC's time recorded in
# ../shared/corpus/index.tsv (measured on a machine of the same kind, JVM start-up included).
# Usage: bench/run.sh [tlc-c binary] [workers]
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
bin=$(realpath "${1:-$here/build/tlc-c}")
workers=${2:-1}
corpus=$here/../shared/corpus
models="Chameneos/Chameneos.cfg GameOfLife/GameOfLife.cfg TeachingConcurrency/SimpleRegular.cfg
btree/btree.cfg lamport_mutex/MCLamportMutex.cfg SlidingPuzzles/SlidingPuzzles.cfg
SpecifyingSystems/CachingMemory/MCWriteThroughCache.cfg CarTalkPuzzle/CarTalkPuzzle.toolbox/Model_2/MC.cfg
byihive/VoucherRedeem.cfg LearnProofs/MCFindHighest.cfg"
printf '%-58s %9s %9s %12s %9s %8s\n' model seconds TLC states/s peak-MB speedup
logsum=0
n=0
for cfg in $models; do
    row=$(awk -F'\t' -v c="$cfg" '$3 == c' "$corpus/index.tsv" | head -n 1)
    [ -n "$row" ] || continue
    module=$(printf '%s' "$row" | cut -f2)
    tlc=$(printf '%s' "$row" | cut -f13)
    dir=$(dirname "$corpus/specifications/$module")
    out=$( { cd "$dir" && TLA_PATH=$corpus/lib /usr/bin/time -f 'PEAK %M ELAPSED %e' \
             "$bin" -workers "$workers" -config "$corpus/specifications/$cfg" "$corpus/specifications/$module"; } 2>&1)
    secs=$(printf '%s\n' "$out" | sed -n 's/^PEAK [0-9]* ELAPSED \(.*\)$/\1/p')
    peak=$(printf '%s\n' "$out" | sed -n 's/^PEAK \([0-9]*\) .*/\1/p')
    gen=$(printf '%s\n' "$out" | sed -n 's/^\([0-9]*\) states generated.*/\1/p' | tail -n 1)
    rate=$(awk -v g="${gen:-0}" -v s="$secs" 'BEGIN { printf "%.0f", (s > 0 ? g / s : 0) }')
    ratio=$(awk -v t="$tlc" -v s="$secs" 'BEGIN { printf "%.2f", (s > 0 ? t / s : 0) }')
    logsum=$(awk -v l="$logsum" -v r="$ratio" 'BEGIN { print l + log(r) }')
    n=$((n + 1))
    printf '%-58s %9s %9s %12s %9s %7sx\n' "$cfg" "$secs" "$tlc" "$rate" "$((peak / 1024))" "$ratio"
done
awk -v l="$logsum" -v n="$n" 'BEGIN { if (n) printf "geometric mean speedup over TLC: %.2fx (%d models)\n", exp(l / n), n }'
