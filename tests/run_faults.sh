#!/usr/bin/env bash
# Faults on purpose. TLCC_FAIL_ALLOC=N makes the N-th allocation fail: for each model below, N is
# swept over every allocation of a run (sampled when a run makes more than MAX_RUNS), and each run
# must end either with the answer of a run without faults (same exit code, counts and depth) or with
# exit 153 and an "out of memory" message; never a crash, a sanitizer report, a hang or another
# answer. Then a full disk: a temporary folder too small for the spilled queue and fingerprints (a
# small tmpfs when this user may mount one, else a file-size limit) must end with exit 153 and a
# message naming the disk, and a large enough one with the right answer.
# Usage: run_faults.sh TLC_C_BINARY SOURCE_DIR [PART]; PART is one of the parts below (ctest runs each
# as a test of its own, faults/PART, so that -j runs them side by side); without it, all in turn.
set -u
bin=$1
src=$2
part=${3:-all}
MAX_RUNS=${MAX_RUNS:-400}
work=$(mktemp -d)
trap 'umount "$work/disk" 2>/dev/null; rm -rf "$work"' EXIT
survived=0
fail=0

# The lines a run's answer is judged by: its exit code, the counts and the depth.
answer() { printf 'exit %s\n' "$1"; grep -E '^[0-9]+ states generated|depth of the complete' "$2"; }

# sweep NAME ENV... -- ARGS...: every allocation of the run made to fail in turn.
sweep() {
    local name=$1 envs=() args=()
    shift
    while [ "$1" != "--" ]; do envs+=("$1"); shift; done
    shift
    args=("$@")
    env "${envs[@]}" timeout 60 "$bin" "${args[@]}" >"$work/ref" 2>&1
    answer $? "$work/ref" >"$work/ref.answer"
    # the number of allocations: the largest N whose failure is announced
    local lo=1 hi=1
    while env "${envs[@]}" TLCC_FAIL_ALLOC=$hi timeout 60 "$bin" "${args[@]}" 2>&1 | grep -q 'failed on purpose'; do
        lo=$hi
        hi=$((hi * 2))
    done
    while [ $((hi - lo)) -gt 1 ]; do
        local mid=$(((lo + hi) / 2))
        if env "${envs[@]}" TLCC_FAIL_ALLOC=$mid timeout 60 "$bin" "${args[@]}" 2>&1 | grep -q 'failed on purpose'; then
            lo=$mid
        else
            hi=$mid
        fi
    done
    local total=$lo step=$(((lo + MAX_RUNS - 1) / MAX_RUNS)) runs=0 bad=0
    for ((n = 1; n <= total; n += step)); do
        env "${envs[@]}" TLCC_FAIL_ALLOC=$n timeout 60 "$bin" "${args[@]}" >"$work/out" 2>&1
        local code=$?
        runs=$((runs + 1))
        if grep -qE 'AddressSanitizer|runtime error|ThreadSanitizer' "$work/out"; then
            echo "FAIL $name TLCC_FAIL_ALLOC=$n: sanitizer report"; bad=$((bad + 1)); continue
        fi
        if [ $code = 153 ] && grep -q 'out of memory' "$work/out"; then continue; fi
        if answer $code "$work/out" | cmp -s - "$work/ref.answer"; then continue; fi
        echo "FAIL $name TLCC_FAIL_ALLOC=$n: exit $code"
        tail -n 5 "$work/out" | sed 's/^/    /'
        bad=$((bad + 1))
    done
    echo "$name: $runs failed allocations (of $total, every ${step}th), $((runs - bad)) survived"
    survived=$((survived + runs - bad))
    fail=$((fail + bad))
}

# The parts, each independent of the others.
counter() { sweep "Counter" -- tests/specs/Counter.tla; }
river() { sweep "RiverCrossing (a violation and its trace)" -- examples/RiverCrossing.tla; }
kettle() { sweep "KettleFair (liveness)" -- examples/KettleFair.tla; }
kettle2() { sweep "KettleFair (liveness, 2 workers)" -- -workers 2 examples/KettleFair.tla; }
wide() {
    sweep "Wide (queue and fingerprints on disk, 2 workers)" TLCC_QUEUE_MEMORY=64 -- \
        -workers 2 -fpmem 16384 tests/faults/Wide.tla
}

# A full disk. The folder: a 16 KB tmpfs, or a 16 KB limit on the size of any file written.
full_disk() {
    local name=$1
    shift
    (ulimit -f $limit; TMPDIR="$work/disk" timeout 60 "$@" >"$work/out" 2>&1)
    local code=$?
    if [ $code = 153 ] && grep -q 'could not be written to disk' "$work/out"; then
        survived=$((survived + 1))
        echo "$name on $how: exit 153, $(grep -o '([A-Za-z ]*;' "$work/out" | head -n 1)"
    else
        echo "FAIL $name on $how: exit $code"
        tail -n 5 "$work/out" | sed 's/^/    /'
        fail=$((fail + 1))
    fi
}
disk() {
    mkdir -p "$work/disk"
    if mount -t tmpfs -o size=16k tmpfs "$work/disk" 2>/dev/null; then
        how="a 16 KB tmpfs"
        limit=unlimited
    else
        how="a 16 KB file-size limit"
        limit=16
    fi
    full_disk "the queue spilled" env TLCC_QUEUE_MEMORY=64 "$bin" -workers 2 tests/faults/Wide.tla
    full_disk "the fingerprints spilled" "$bin" -workers 2 -fpmem 16384 tests/faults/Wide.tla
    # with room enough, the same runs give the answer
    TLCC_QUEUE_MEMORY=64 TMPDIR="$work" "$bin" -workers 2 -fpmem 16384 tests/faults/Wide.tla >"$work/out" 2>&1
    if answer $? "$work/out" | grep -q '7776 distinct'; then echo "with room on disk: the answer"; else
        echo "FAIL the spilled run with room on disk"; fail=$((fail + 1)); fi
}

cd "$src" || exit 1
case $part in
    all) counter; river; kettle; kettle2; wide; disk ;;
    counter | river | kettle | kettle2 | wide | disk) $part ;;
    *) echo "run_faults.sh: no part named $part" >&2; exit 2 ;;
esac

echo "faults injected and survived: $survived; failures: $fail"
[ $fail = 0 ]
