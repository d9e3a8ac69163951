#!/usr/bin/env bash
# Depth-first iterative deepening (-dfid N): TLC's trace shape (no action labels; "State i: " in an
# invariant's trace, "State i:" in a deadlock's), its message codes in tool mode, its refusal of
# several workers, -dfid 1 (no iteration: TLC's exit 255), the options it does not combine with yet,
# -json's mode. Where java and TLC (../shared/tlc) are at hand, the iterations' counts of complete
# searches are compared with TLC's.
set -u
bin=$1
src=$2
specs=$src/tests/specs
# shellcheck source=checks.sh
. "$src/tests/checks.sh"
counter=(-config "$specs/DfidCounter.cfg" "$specs/DfidCounter.tla")

# an invariant's trace: "State i: " then the variables, no label
out=$("$bin" -dfid 10 -config "$specs/DfidInvariant.cfg" "$specs/DfidCounter.tla" 2>&1)
[ $? = 12 ] && ok || bad "invariant: exit code"
[ "$(printf '%s\n' "$out" | grep -c '^State [1-4]: $')" = 4 ] && ok || bad "invariant: not four 'State i: ' lines"
printf '%s\n' "$out" | grep -A2 '^State 4: $' | grep -q '^/\\ x = 3$' && ok || bad "invariant: state 4 is not x = 3"
"$bin" -dfid 10 -dumpTrace itf "$work/t.itf" -config "$specs/DfidInvariant.cfg" "$specs/DfidCounter.tla" >"$work/o" 2>&1
grep -q "^\"CounterExample written: $work/t.itf\"$" "$work/o" && grep -q '"states":\[' "$work/t.itf" && ok || bad "-dumpTrace itf"
# a deadlock's: "State i:" (TLC's other form), one variable without /\
out=$("$bin" -dfid 10 -config "$specs/DfidDeadlock.cfg" "$specs/DfidDeadlock.tla" 2>&1)
[ $? = 11 ] && ok || bad "deadlock: exit code"
[ "$(printf '%s\n' "$out" | grep -c '^State [1-3]:$')" = 3 ] && ok || bad "deadlock: not three 'State i:' lines"
printf '%s\n' "$out" | grep -A1 '^State 1:$' | grep -q '^x = 1$' && ok || bad "deadlock: the trace does not start at x = 1"

# tool mode: TLC's codes for the banner, the initial states, each level, the closing counts
out=$("$bin" -tool -dfid 10 "${counter[@]}" 2>&1)
for code in 2271 2208 2205 2206 2204 2193; do
    printf '%s\n' "$out" | grep -q "^@!@!@STARTMSG $code:0 @!@!@$" && ok || bad "tool mode: no message $code"
done
out=$("$bin" -tool -dfid 10 -config "$specs/DfidDeadlock.cfg" "$specs/DfidDeadlock.tla" 2>&1)
printf '%s\n' "$out" | grep -A1 '^@!@!@STARTMSG 2216:4 @!@!@$' | grep -q '^1:$' && ok || bad "tool mode: no state 2216 '1:'"

# several workers: TLC's error and exit code
out=$("$bin" -dfid 10 -workers 2 "${counter[@]}" 2>&1)
[ $? = 255 ] && ok || bad "-workers 2: exit code"
printf '%s\n' "$out" | grep -q '^Error: Depth-First Iterative Deepening mode does not support multiple workers' && ok ||
    bad "-workers 2: no error"
# -dfid 1: the initial states only, then TLC's general exit code
out=$("$bin" -dfid 1 "${counter[@]}" 2>&1)
[ $? = 255 ] && ok || bad "-dfid 1: exit code"
printf '%s\n' "$out" | grep -q '^1 states generated, 1 distinct states found.$' && ok || bad "-dfid 1: counts"

# not combined yet: refused, exit 151
for extra in "-simulate" "-continue" "-coverage 1" "-dump $work/d"; do
    # shellcheck disable=SC2086
    "$bin" -dfid 10 $extra "${counter[@]}" >/dev/null 2>"$work/err"
    [ $? = 151 ] && grep -q 'is not supported yet' "$work/err" && ok || bad "-dfid with $extra not refused"
done
"$bin" -dfid 10 "$src/examples/KettleFair.tla" >/dev/null 2>"$work/err"
[ $? = 151 ] && grep -q 'temporal properties' "$work/err" && ok || bad "-dfid with temporal properties not refused"
"$bin" -dfid 0 "${counter[@]}" >/dev/null 2>&1
[ $? != 0 ] && ok || bad "-dfid 0 accepted"

# -json: the mode and the counts
"$bin" -dfid 10 -json "$work/s.json" "${counter[@]}" >/dev/null
if command -v python3 >/dev/null; then
    python3 "$src/tests/tracefiles/check.py" summary "$work/s.json" mode='"dfid"' generated=70 distinct=12 exit_code=0 \
        && ok || bad "-json with -dfid"
fi

# TLC's -dfid on complete searches: the same iterations and counts
jar=$src/../shared/tlc/tla2tools.jar
if command -v java >/dev/null && [ -f "$jar" ]; then
    mkdir "$work/tlc"
    cp "$specs/DfidCounter.tla" "$specs/DfidCounter.cfg" "$specs/DfidDeadlock.tla" "$specs/DfidDeadlock.cfg" "$src/examples/TwoPhaseCommit.tla" \
        "$src/examples/TwoPhaseCommit.cfg" "$src/examples/Peterson.tla" "$src/examples/Peterson.cfg" "$work/tlc/"
    for case in "DfidCounter" "DfidDeadlock -deadlock" "TwoPhaseCommit" "Peterson"; do
        set -- $case
        spec=$1
        shift
        lines='^Starting level\|states generated, .* distinct states found\.$\|^Model checking completed'
        # TLC runs one at a time on this machine (the lock); if others hold it long, the case is skipped
        want=$(cd "$work/tlc" && flock -w 600 /tmp/tlc.lock java -XX:+UseParallelGC -cp "$jar" tlc2.TLC -dfid 30 "$@" \
            "$spec.tla" 2>&1 | grep "$lines")
        got=$(cd "$work/tlc" && "$bin" -dfid 30 "$@" "$spec.tla" 2>&1 | grep "$lines")
        if [ -z "$want" ]; then
            echo "(TLC did not run on $spec: the comparison is skipped)"
        else
            [ "$want" = "$got" ] && ok || bad "$spec against TLC: want '$want', got '$got'"
        fi
    done
else
    echo "(java or ../shared/tlc absent: the comparison with TLC's -dfid is skipped)"
fi
finish
