#!/usr/bin/env bash
# Fingerprints beyond memory: one model checked three ways, the fingerprint set in memory (the
# default budget), with a small budget (-fpmem, default 16 MB: the rest goes to disk), and with the
# same budget for the queue too (TLCC_QUEUE_MEMORY). Prints for each the wall and CPU time, the peak
# resident memory and the bytes of it per distinct state, checks that the counts and the depth agree,
# and ends with the ratios to the in-memory run. The default model is the corpus's
# KeyValueStore/MCKVSSafetySmall (3.4 million distinct states).
# Usage: bench/fpset_disk.sh [tlc-c binary] [workers] [budget bytes] [Spec.tla Spec.cfg]
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
bin=$(realpath "${1:-$here/build/tlc-c}")
workers=${2:-1}
budget=${3:-16777216}
spec=${4:-$here/../shared/corpus/specifications/KeyValueStore/MCKVS.tla}
cfg=${5:-$here/../shared/corpus/specifications/KeyValueStore/MCKVSSafetySmall.cfg}
[ -f "$spec" ] || { echo "no $spec (the corpus is in ../shared)"; exit 77; }
spec=$(realpath "$spec")
cfg=$(realpath "$cfg")
export TLA_PATH=$here/../shared/corpus/lib

# run NAME ENV...: one check; prints a row and leaves "seconds peak-kB counts" in $row
run() {
    local name=$1
    shift
    local out
    out=$( { cd "$(dirname "$spec")" && env "$@" /usr/bin/time -f 'PEAK %M ELAPSED %e CPU %U' \
             "$bin" -workers "$workers" $fpmem -config "$cfg" "$spec"; } 2>&1)
    local secs peak cpu distinct depth
    secs=$(printf '%s\n' "$out" | sed -n 's/^PEAK .* ELAPSED \(.*\) CPU .*/\1/p')
    cpu=$(printf '%s\n' "$out" | sed -n 's/^PEAK .* CPU \(.*\)$/\1/p')
    peak=$(printf '%s\n' "$out" | sed -n 's/^PEAK \([0-9]*\) .*/\1/p')
    distinct=$(printf '%s\n' "$out" | sed -n 's/.* \([0-9]*\) distinct states found.*/\1/p' | tail -n 1)
    depth=$(printf '%s\n' "$out" | sed -n 's/^The depth of the complete state graph search is \([0-9]*\).*/\1/p')
    printf '%-34s %9s %9s %9s %12s %11s %6s\n' "$name" "$secs" "$cpu" "$((peak / 1024))" \
        "$(awk -v p="$peak" -v d="${distinct:-0}" 'BEGIN { printf "%.1f", d ? p * 1024 / d : 0 }')" "${distinct:-?}" "${depth:-?}"
    row="$secs $cpu $peak $distinct $depth"
}

printf '%-34s %9s %9s %9s %12s %11s %6s\n' run wall-s cpu-s peak-MB bytes/state distinct depth
fpmem=""
run "in memory" && base=$row
fpmem="-fpmem $budget"
run "fingerprints past $((budget >> 20)) MB on disk" && disk=$row
run "... and the queue past $((budget >> 20)) MB" TLCC_QUEUE_MEMORY="$budget" && both=$row
set -- $base
read -r _ _ _ d1 h1 <<<"$disk"
read -r _ _ _ d2 h2 <<<"$both"
if [ "$4 $5" != "$d1 $h1" ] || [ "$4 $5" != "$d2 $h2" ]; then
    echo "FAIL: the counts differ"
    exit 1
fi
awk -v b="$base" -v d="$disk" -v q="$both" 'BEGIN {
    split(b, x, " "); split(d, y, " "); split(q, z, " ")
    printf "summary: same counts; fingerprints on disk: %.2fx the wall time, %.2fx the CPU time, %.2fx the peak memory; ", y[1] / x[1], y[2] / x[2], y[3] / x[3]
    printf "with the queue too: %.2fx, %.2fx, %.2fx (%.1f bytes per distinct state against %.1f)\n", z[1] / x[1], z[2] / x[2], z[3] / x[3], z[3] * 1024 / z[4], x[3] * 1024 / x[4] }'
