#!/usr/bin/env bash
# Benchmark: the distributed search (tlc-c built with -DTLCC_MPI=ON) on one machine, with 1, 2 and 4
# ranks (mpirun -np P --oversubscribe, one worker each), on three large corpus models, beside the
# one-process build: wall time, CPU time (all ranks), distinct states per second of wall time, and the
# bytes the ranks sent each other per state generated (from the per-rank balance line). The counts of every run must be equal (the
# script says so when they are not). On a machine with fewer cores than ranks the ranks share them,
# so the figures measure the cost of the exchange rather than a speed-up.
# Usage: bench/mpi.sh [mpi tlc-c, default build-mpi/tlc-c] [one-process tlc-c, default build/tlc-c]
#        [models, default "TeachingConcurrency/SimpleRegular lamport_mutex/MCLamportMutex btree/btree"]
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
mpibin=$(realpath "${1:-$here/build-mpi/tlc-c}")
bin=$(realpath "${2:-$here/build/tlc-c}")
models=${3:-"TeachingConcurrency/SimpleRegular lamport_mutex/MCLamportMutex btree/btree"}
corpus=$here/../shared/corpus
# shellcheck source=corpus.sh
. "$here/bench/corpus.sh"
[ -d "$corpus" ] || { echo "needs ../shared/corpus"; exit 1; }
command -v mpirun >/dev/null || { echo "needs mpirun (apt-get install openmpi-bin)"; exit 1; }

printf '%-34s %-6s %8s %8s %9s %10s %12s %s\n' model run seconds cpu-s distinct states/s bytes/state per-rank-states
for m in $models; do
    corpus_model "$m"
    first=""
    for run in one np1 np2 np4; do
        case $run in
        one) cmd=("$bin") ;;
        np*) cmd=(mpirun -np "${run#np}" --oversubscribe --allow-run-as-root "$mpibin") ;;
        esac
        start=$(date +%s.%N)
        cpu=$( { TIMEFORMAT='%U %S'; time (cd "$tmp" && TLA_PATH=$corpus/lib "${cmd[@]}" -workers 1 -config "$cfg" "$tla" \
            >"$tmp/out" 2>/dev/null); } 2>&1 | awk '{ printf "%.1f", $1 + $2 }')
        out=$(cat "$tmp/out")
        secs=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
        counts=$(sed -n 's/^\([0-9,]*\) states generated, \([0-9,]*\) distinct.*/\1 \2/p' <<<"$out" | tr -d ,)
        [ -z "$first" ] && first=$counts
        [ "$counts" = "$first" ] || echo "!! $m $run: counts $counts differ from one process's $first"
        distinct=${counts#* }
        balance=$(grep '^Distributed search:' <<<"$out")
        bytes=$(sed -n 's/.*(\([0-9.]*\) per state generated).*/\1/p' <<<"$balance")
        owned=$(sed -n 's/.*states owned per rank: \([0-9, ]*\);.*/\1/p' <<<"$balance" | tr -d ' ')
        printf '%-34s %-6s %8s %8s %9s %10.0f %12s %s\n' "$m" "$run" "$secs" "$cpu" "$distinct" \
            "$(awk -v d="$distinct" -v s="$secs" 'BEGIN { print d / s }')" "${bytes:--}" "${owned:--}"
    done
    rm -rf "$tmp"
done
