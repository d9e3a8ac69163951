#!/usr/bin/env bash
# Checkpoint and recover. A model is checked with a checkpoint every few hundredths of a second and
# killed with SIGKILL at random moments (one of them while a checkpoint is being written), recovered
# each time with 1 or 2 workers, and must end with exactly the uninterrupted run's answer: exit code,
# counts and depth; for a violated invariant, the same trace too. A damaged checkpoint, one of another
# .cfg, and a checkpoint folder on a full disk are refused or survived with a clear message.
# Usage: run_checkpoint.sh TLC_C_BINARY SOURCE_DIR
# ODOMETER_N, ODOMETER_K (the model: K+1 to the N states; default 7, 5: 280 thousand), KILLS
# (default 3), KILL_SECONDS (the longest wait before a kill, default 1) and CHECKPOINT_MINUTES
# (default 0.0005) make it longer: bench/checkpoint_kill.sh runs it with a few million states.
set -u
bin=$1
src=$2
n=${ODOMETER_N:-7}
k=${ODOMETER_K:-5}
kills=${KILLS:-3}
kill_seconds=${KILL_SECONDS:-1}
every=${CHECKPOINT_MINUTES:-0.0005}
work=$(mktemp -d)
trap 'umount "$work/disk" 2>/dev/null; rm -rf "$work"' EXIT
fail=0
sed "s/N = [0-9]* K = [0-9]*/N = $n K = $k/" "$src/tests/checkpoint/Odometer.cfg" >"$work/Odometer.cfg"
sed "s/N = [0-9]* K = [0-9]*/N = $n K = $k/" "$src/tests/checkpoint/OdometerBound.cfg" >"$work/Bound.cfg"
cp "$src/tests/checkpoint/Odometer.tla" "$work/"
spec=$work/Odometer.tla

answer() { printf 'exit %s\n' "$1"; grep -E '^[0-9]+ states generated|depth of the complete' "$2"; }
# the trace of a violation: its states, without the run's times
trace() { sed -n '/^Error:/,/states generated/p' "$1" | grep -v -E '^Progress|^Checkpointing|states generated'; }
workers() { echo $((RANDOM % 2 + 1)); }

# kill_and_recover CFG OUT: the run, killed `kills` times and recovered, to its end; its answer in OUT.
# A run that ends on its own before it was ever recovered (the first kill landed before any
# checkpoint was complete, and the fresh run then outran the next kill) proves nothing: the
# sequence starts over in a new folder, up to five times.
kill_and_recover() {
    local cfg=$1 out=$2 dir killed during_write code recovering attempt
    for attempt in 1 2 3 4 5; do
        dir=$work/states-$attempt-$RANDOM killed=0 during_write=0
        kill_sequence "$cfg" "$out"
        [ "$recovering" = 1 ] || [ "$kills" = 0 ] && break
        echo "  the run ended before a recovery: again"
    done
    echo "  $killed kills ($during_write during a checkpoint's write), then the run ended"
    answer $code "$out" >"$out.answer"
}

# kill_sequence CFG OUT: one attempt of kill_and_recover (sets its locals killed, during_write,
# code, and recovering: whether the last run was a recovery)
kill_sequence() {
    local cfg=$1 out=$2
    local args=(-checkpoint "$every" -metadir "$dir" -config "$cfg")
    while :; do
        local w
        w=$(workers)
        recovering=0
        if [ -f "$dir/checkpoint" ]; then
            recovering=1
            "$bin" -workers "$w" -recover "$dir" "${args[@]}" "$spec" >"$out" 2>&1 &
        else
            "$bin" -workers "$w" "${args[@]}" "$spec" >"$out" 2>&1 &
        fi
        local pid=$!
        if [ $killed -lt "$kills" ]; then
            if [ $killed = 0 ]; then
                # the first kill lands while a checkpoint is being written
                for _ in $(seq 1 20000); do [ -f "$dir/checkpoint.tmp" ] && break; sleep 0.005; done
                [ -f "$dir/checkpoint.tmp" ] && during_write=1
            else
                sleep "$(awk -v m="$kill_seconds" -v r=$RANDOM 'BEGIN { printf "%.2f", 0.1 + (m - 0.1) * r / 32767 }')"
            fi
            if kill -9 $pid 2>/dev/null; then
                wait $pid 2>/dev/null
                killed=$((killed + 1))
                continue
            fi
        fi
        wait $pid
        code=$?
        break
    done
}

echo "Odometer N=$n K=$k"
"$bin" -workers 1 -checkpoint 0 -config "$work/Odometer.cfg" "$spec" >"$work/ref" 2>&1
answer $? "$work/ref" >"$work/ref.answer"
cat "$work/ref.answer"
kill_and_recover "$work/Odometer.cfg" "$work/run"
if cmp -s "$work/ref.answer" "$work/run.answer"; then echo "PASS killed and recovered: the same answer"; else
    echo "FAIL killed and recovered:"; diff "$work/ref.answer" "$work/run.answer"; fail=$((fail + 1)); fi
grep -q 'Recovery completed' "$work/run" || [ "$kills" = 0 ] || { echo "FAIL no recovery line"; fail=$((fail + 1)); }

# same_trace CFG NAME WHAT: killed and recovered, the answer and the violation's trace of a run without kills
same_trace() {
    local cfg=$1 name=$2 what=$3
    "$bin" -workers 1 -checkpoint 0 -config "$cfg" "$spec" >"$work/ref-$name" 2>&1
    answer $? "$work/ref-$name" >"$work/ref-$name.answer"
    kill_and_recover "$cfg" "$work/$name"
    if cmp -s "$work/ref-$name.answer" "$work/$name.answer" && [ "$(trace "$work/ref-$name")" = "$(trace "$work/$name")" ] &&
        [ -n "$(trace "$work/$name")" ]; then echo "PASS $what, killed and recovered: the same answer and trace"; else
        echo "FAIL $what, killed and recovered"; diff <(trace "$work/ref-$name") <(trace "$work/$name") | head; fail=$((fail + 1)); fi
}

# a violated invariant: the same trace
same_trace "$work/Bound.cfg" bound "a violation"

# strings made while checking: a recovery gives them the ranks they had (the same states, trace)
cp "$src/tests/checkpoint/Words.tla" "$src/tests/checkpoint/Words.cfg" "$work/"
odometer=$spec
spec=$work/Words.tla
same_trace "$work/Words.cfg" words "strings made while checking"
spec=$odometer

# a damaged checkpoint, and one of another .cfg, are refused
dir=$work/one
"$bin" -checkpoint 0.0005 -metadir "$dir" -config "$work/Odometer.cfg" "$spec" >/dev/null 2>&1 &
pid=$!
for _ in $(seq 1 2000); do [ -f "$dir/checkpoint" ] && break; sleep 0.005; done
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
cp "$dir/checkpoint" "$work/good"
"$bin" -recover "$dir" -config "$work/Bound.cfg" "$spec" >"$work/out" 2>&1
code=$?
if [ $code = 153 ] && grep -q 'of another spec, .cfg' "$work/out"; then echo "PASS another .cfg: refused"; else
    echo "FAIL another .cfg: exit $code"; cat "$work/out"; fail=$((fail + 1)); fi
size=$(stat -c %s "$dir/checkpoint")
printf '\xff' | dd of="$dir/checkpoint" bs=1 seek=$((size / 2)) conv=notrunc status=none
"$bin" -recover "$dir" -config "$work/Odometer.cfg" "$spec" >"$work/out" 2>&1
code=$?
if [ $code = 153 ] && grep -q 'damaged' "$work/out"; then echo "PASS a damaged checkpoint: refused"; else
    echo "FAIL a damaged checkpoint: exit $code"; cat "$work/out"; fail=$((fail + 1)); fi
truncate -s $((size - 9)) "$work/good" && cp "$work/good" "$dir/checkpoint"
"$bin" -recover "$dir" -config "$work/Odometer.cfg" "$spec" >"$work/out" 2>&1
code=$?
if [ $code = 153 ] && grep -q 'damaged' "$work/out"; then echo "PASS a truncated checkpoint: refused"; else
    echo "FAIL a truncated checkpoint: exit $code"; cat "$work/out"; fail=$((fail + 1)); fi

# checkpoints on a full disk: a warning each time, and the answer
mkdir -p "$work/disk"
if mount -t tmpfs -o size=64k tmpfs "$work/disk" 2>/dev/null; then limit=unlimited; else limit=64; fi
(ulimit -f $limit; "$bin" -workers 2 -checkpoint 0.0005 -metadir "$work/disk/states" -config "$work/Odometer.cfg" \
    "$spec" >"$work/out" 2>&1)
answer $? "$work/out" >"$work/out.answer"
if cmp -s "$work/ref.answer" "$work/out.answer" && grep -q 'checkpoint could not be written' "$work/out"; then
    echo "PASS checkpoints on a full disk: $(grep -c 'could not be written' "$work/out") warnings, the answer"; else
    echo "FAIL checkpoints on a full disk"; tail -5 "$work/out"; fail=$((fail + 1)); fi

# with temporal properties, -checkpoint is refused
"$bin" -checkpoint 1 "$src/examples/KettleFair.tla" >"$work/out" 2>&1
code=$?
if [ $code = 151 ] && grep -q 'not supported yet' "$work/out"; then echo "PASS liveness: refused"; else
    echo "FAIL liveness with -checkpoint: exit $code"; fail=$((fail + 1)); fi

[ $fail = 0 ]
