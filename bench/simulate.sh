#!/usr/bin/env bash
# Benchmark: simulation throughput against TLC's -simulate, on three corpus models without temporal
# properties (../shared/corpus), each simulated for the same time by both tools (-stopAfter, TLC's
# -Dtlc2.TLC.stopAfter) with the same depth, seed and workers. Deadlock is not checked (TLC's
# simulator reports one where a CONSTRAINT leaves a state without successors, as in lamport_mutex).
#
# What is compared: the states each tool reports as "states checked" (both count the successors of
# the one action picked at each step, each checked against the invariants), per second of the
# simulation phase per worker. The simulation phase is timed by each tool's own clock lines (from
# "Finished computing initial states ... at T0" to "Finished in ... at (T1)", to the second: hence
# the long default run), so JVM start-up and parsing count for neither tool. A JVM speeds up as its
# compiler warms up: TLC's rate grows with the run length, so the ratio is only meaningful between
# runs of equal length, and shrinks as the length grows (quote the length with the ratio).
# The machine may be shared: the CPU seconds of each whole process (user + system, every thread:
# for TLC its compiler and collector threads too, which is against TLC on a loaded machine, and
# start-up, which is against both) give a second ratio, states per CPU second.
# Not compared: walk steps. TLC's reported mean walk length is an integer running mean updated with
# integer division (it stops moving after a few walks), and the tools pick actions with different
# distributions (TLC draws a start in its flat list of actions and strides by a random prime; tlc-c
# draws among an action's enabled disjuncts and \E instances), so their walks differ in length; the
# states per walk are printed for information.
# On a loaded machine a run bounded by time gives each tool whatever CPU it gets, and a starved JVM
# never warms up: `num=N` instead runs each tool twice, with N/5 walks and with N, and compares the
# steady rates, (states of the long run - states of the short one) / (CPU seconds of the long run -
# those of the short one): start-up, parsing and TLC's compiler warm-up cancel out (the fairest
# figure for TLC).
# Java runs under flock /tmp/tlc.lock.
# Usage: bench/simulate.sh [tlc-c binary] [seconds per run, default 30 | num=N] [workers, default 1]
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
bin=$(realpath "${1:-$here/build/tlc-c}")
secs=${2:-30}
workers=${3:-1}
corpus=$here/../shared/corpus
# shellcheck source=corpus.sh
. "$here/bench/corpus.sh"
jar=$here/../shared/tlc/tla2tools.jar
[ -d "$corpus" ] && [ -f "$jar" ] || { echo "needs ../shared/corpus and ../shared/tlc"; exit 1; }
models="btree/btree TeachingConcurrency/SimpleRegular lamport_mutex/MCLamportMutex"

# "states/s states/CPU-s states/walk" from a run's output (with a last line "CPU <seconds>")
rates() {
    awk -v w="$workers" '
        function t(s,  d) { d = s; gsub(/[-:()]/, " ", d); return mktime(d) }
        /^Finished computing initial states:/ { sub(/.* at /, ""); sub(/\.$/, ""); t0 = t($0) }
        /^Finished in / { sub(/.* at \(/, ""); sub(/\).*/, ""); t1 = t($0) }
        /^Progress: / { c = $2; n = $5 }
        /^CPU / { cpu = $2 }
        END { s = t1 - t0; if (s < 1) s = 1
              printf "%.0f %.0f %.1f", c / s / w, (cpu ? c / cpu : 0), (n ? c / n : 0) }' <<<"$1"
}

# run DIR command...: the command's output, then "CPU <user+system seconds>"
run() {
    local dir=$1 out
    shift
    out=$(cd "$dir" && /usr/bin/time -f 'CPU %U %S' "$@" 2>&1)
    awk '/^CPU [0-9.]+ [0-9.]+$/ { print "CPU", $2 + $3; next } { print }' <<<"$out"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", (b ? a / b : 0) }'; }

# steady BIN_KIND: "states/CPU-s states/walk" between runs of N/5 and N walks (num=N mode)
steady() {
    local kind=$1 n=${secs#num=} out1 out2
    out1=$(simulation "$kind" "num=$((n / 5))")
    out2=$(simulation "$kind" "num=$n")
    awk -v a="$out1" -v b="$out2" 'BEGIN {
        split(a, x, " "); split(b, y, " ")
        printf "%.0f %.1f", (y[2] - x[2]) / (y[1] - x[1]), y[2] / y[3] }'
}

# simulation ours|theirs num=N: "CPU-seconds states walks" of one run of the current model
simulation() {
    local out
    if [ "$1" = ours ]; then
        out=$(TLA_PATH=$corpus/lib run "$tmp" "$bin" -deadlock -simulate "$2" -depth 100 -seed 1 -workers "$workers" \
            -config "$cfg" "$tla")
    else
        out=$(run "$tmp" flock /tmp/tlc.lock java -XX:+UseParallelGC -DTLA-Library="$corpus/lib" -cp "$jar" tlc2.TLC \
            -deadlock -simulate "$2" -depth 100 -seed 1 -workers "$workers" -config "$cfg" "$tla")
    fi
    awk '/^Progress: / { c = $2; n = $5 } /^CPU / { cpu = $2 } END { print cpu, c, n }' <<<"$out"
}

if [ "${secs#num=}" != "$secs" ]; then
    echo "steady simulation rates between ${secs#num=}/5 and ${secs#num=} walks, $workers worker(s), depth 100, seed 1"
    printf '%-36s %13s %13s %7s %13s\n' model tlc-c/CPU-s TLC/CPU-s ratio states/walk
    for m in $models; do
        corpus_model "$m"
        read -r oc on <<<"$(steady ours)"
        read -r tc tn <<<"$(steady theirs)"
        rm -rf "$tmp"
        printf '%-36s %13s %13s %7s %6s/%-6s\n' "$m" "$oc" "$tc" "$(ratio "$oc" "$tc")" "$on" "$tn"
    done
    exit 0
fi

echo "simulation for ${secs}s, $workers worker(s), depth 100, seed 1"
printf '%-36s %11s %11s %7s %11s %11s %7s %13s\n' model tlc-c/s TLC/s ratio tlc-c/CPU-s TLC/CPU-s ratio states/walk
for m in $models; do
    corpus_model "$m"
    ours=$(TLA_PATH=$corpus/lib run "$tmp" "$bin" -deadlock -simulate -depth 100 -seed 1 -workers "$workers" \
        -stopAfter "$secs" -config "$cfg" "$tla")
    theirs=$(run "$tmp" flock /tmp/tlc.lock java -XX:+UseParallelGC -Dtlc2.TLC.stopAfter="$secs" \
        -DTLA-Library="$corpus/lib" -cp "$jar" tlc2.TLC -deadlock -simulate -depth 100 -seed 1 -workers "$workers" \
        -config "$cfg" "$tla")
    rm -rf "$tmp"
    read -r ow oc on <<<"$(rates "$ours")"
    read -r tw tc tn <<<"$(rates "$theirs")"
    printf '%-36s %11s %11s %7s %11s %11s %7s %6s/%-6s\n' "$m" "$ow" "$tw" "$(ratio "$ow" "$tw")" "$oc" "$tc" \
        "$(ratio "$oc" "$tc")" "$on" "$tn"
done
