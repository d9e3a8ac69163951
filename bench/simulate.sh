#!/usr/bin/env bash
# Benchmark: simulation throughput against TLC's -simulate, on three corpus models without temporal
# properties (../shared/corpus), each run for the same wall time by both tools with the same depth
# and seed. Prints, per tool, the states checked per second per worker (as each tool counts them:
# TLC generates the successors of one action per step, tlc-c those of every action, so tlc-c checks
# more states per step) and the walk steps per second per worker (traces x mean length / time), then
# tlc-c's ratio to TLC on both. Deadlock is not checked (TLC's simulator reports one where a
# CONSTRAINT leaves a state without successors, as in lamport_mutex). Java runs under flock /tmp/tlc.lock.
# Usage: bench/simulate.sh [tlc-c binary] [seconds per run, default 20] [workers, default 1]
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
bin=$(realpath "${1:-$here/build/tlc-c}")
secs=${2:-20}
workers=${3:-1}
corpus=$here/../shared/corpus
# shellcheck source=corpus.sh
. "$here/bench/corpus.sh"
jar=$here/../shared/tlc/tla2tools.jar
[ -d "$corpus" ] && [ -f "$jar" ] || { echo "needs ../shared/corpus and ../shared/tlc"; exit 1; }
models="btree/btree TeachingConcurrency/SimpleRegular lamport_mutex/MCLamportMutex"

# "states checked/s steps/s" from a simulation's output and its wall time
rates() {
    awk -v s="$2" -v w="$workers" '
        /^Progress: / { c = $2; t = $5; m = $0; sub(/.*mean=/, "", m); sub(/,.*/, "", m) }
        END { printf "%.0f %.0f", c / s / w, t * m / s / w }' <<<"$1"
}

printf '%-40s %14s %12s %14s %12s %9s %9s\n' model tlc-c-states/s tlc-c-steps/s TLC-states/s TLC-steps/s ratio ratio-steps
for m in $models; do
    corpus_model "$m"
    start=$(date +%s.%N)
    ours=$(cd "$tmp" && TLA_PATH=$corpus/lib "$bin" -deadlock -simulate -depth 100 -seed 1 -workers "$workers" -stopAfter "$secs" \
        -config "$cfg" "$tla" 2>&1)
    ours_secs=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
    start=$(date +%s.%N)
    theirs=$(cd "$tmp" && flock /tmp/tlc.lock java -XX:+UseParallelGC -Dtlc2.TLC.stopAfter="$secs" \
        -DTLA-Library="$corpus/lib" -cp "$jar" tlc2.TLC -deadlock -simulate -depth 100 -seed 1 -workers "$workers" \
        -config "$cfg" "$tla" 2>&1)
    # TLC's own run time (its last "Finished in" line), not the time spent waiting for the lock
    theirs_secs=$(sed -n 's/^Finished in \([0-9]*\)s .*/\1/p; s/^Finished in \([0-9]*\)min \([0-9]*\)s .*/\1 \2/p' <<<"$theirs" |
        awk 'NF == 2 { print $1 * 60 + $2; next } { print $1 }' | tail -1)
    rm -rf "$tmp"
    read -r oc os <<<"$(rates "$ours" "$ours_secs")"
    read -r tc ts <<<"$(rates "$theirs" "${theirs_secs:-$secs}")"
    printf '%-40s %14s %12s %14s %12s %8.2fx %8.2fx\n' "$m" "$oc" "$os" "$tc" "$ts" \
        "$(awk -v a="$oc" -v b="$tc" 'BEGIN { print (b ? a / b : 0) }')" "$(awk -v a="$os" -v b="$ts" 'BEGIN { print (b ? a / b : 0) }')"
done
