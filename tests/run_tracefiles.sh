#!/usr/bin/env bash
# Counterexample files (-dumpTrace json|tla|itf) and the run summary (-json) on the examples: the
# files are written with TLC's line, have TLC's shape (JSON), validate against ADR-015 (ITF), load
# back (the TLA+ module), and the summary says what happened. Where java and TLC (../shared/tlc)
# are at hand, DiningDeadlock's JSON trace is compared with the one TLC writes.
set -u
bin=$1
src=$2
check=$src/tests/tracefiles/check.py
# shellcheck source=checks.sh
. "$src/tests/checks.sh"
copy_examples
expect() {   # description, command...
    local what=$1
    shift
    if "$@" >/dev/null 2>err.txt; then ok; else bad "$what"; cat err.txt; fi
}

if ! command -v python3 >/dev/null; then echo "python3 is needed"; exit 77; fi

# a safety trace: DiningDeadlock deadlocks after 4 states, each step TakeLeft(p) with its p
out=$("$bin" -dumpTrace json dd.json -dumpTrace tla DDTrace.tla -dumpTrace itf dd.itf -json dd.sum DiningDeadlock.tla)
[ $? = 11 ] && ok || bad "DiningDeadlock exit code"
for f in dd.json DDTrace.tla dd.itf; do
    printf '%s\n' "$out" | grep -qx "\"CounterExample written: $f\"" && ok || bad "no line for $f"
done
expect "dd.json shape" python3 "$check" json dd.json 4 3
expect "dd.itf schema" python3 "$check" itf dd.itf 4
expect "dd.sum" python3 "$check" summary dd.sum version=1 exit_code=11 verdict='"deadlock"' violation.kind='"deadlock"' \
    distinct=14 depth=4 mode='"bfs"' counterexample.states.3.holder.#map.2.1.#bigint='"2"'
grep -q '"context":{"p":2},"parameters":\["p"\]' dd.json && ok || bad "dd.json context"
expect "DDTrace.tla loads" "$bin" --parse DDTrace.tla
v=$("$bin" --eval "<<DOMAIN CounterExample, {e[1] : e \\in CounterExample.state}>>" -module DDTrace.tla 2>&1)
[ "$v" = "<<{\"state\", \"action\"}, {1, 2, 3, 4}>>" ] && ok || bad "DDTrace.tla CounterExample: $v"

# an invariant: RiverCrossing's solution, 8 states
"$bin" -dumpTrace json rc.json -dumpTrace itf rc.itf -json rc.sum RiverCrossing.tla >/dev/null
[ $? = 12 ] && ok || bad "RiverCrossing exit code"
expect "rc.json shape" python3 "$check" json rc.json 8 7
expect "rc.itf schema" python3 "$check" itf rc.itf 8
expect "rc.sum" python3 "$check" summary rc.sum verdict='"invariant"' violation.name='"NotSolved"' violation.kind='"invariant"'

# a lasso: Kettle's property Boils, 10 states and back to the ninth
"$bin" -dumpTrace json k.json -dumpTrace itf k.itf -json k.sum Kettle.tla >/dev/null
[ $? = 13 ] && ok || bad "Kettle exit code"
expect "k.itf loop" python3 "$check" itf k.itf 10 8
expect "k.json lasso" python3 "$check" json k.json 10 10
expect "k.sum" python3 "$check" summary k.sum violation.kind='"temporal"' violation.name='"Boils"' counterexample.loop=8

# no counterexample: no file, and a summary of the success
"$bin" -dumpTrace json none.json -json p.sum Peterson.tla >/dev/null
[ $? = 0 ] && [ ! -e none.json ] && ok || bad "Peterson wrote a trace"
expect "p.sum" python3 "$check" summary p.sum verdict='"success"' violation=null counterexample=null

# a spec that does not parse: a summary all the same
printf -- '---- MODULE Broken ----\nVARIABLE x\nInit == x =\n====\n' >Broken.tla
"$bin" -json b.sum Broken.tla >/dev/null 2>&1
[ $? = 150 ] && ok || bad "Broken.tla: exit code"
expect "b.sum" python3 "$check" summary b.sum verdict='"parse-error"' exit_code=150 counterexample=null

# bad arguments
"$bin" -dumpTrace xml x.xml Peterson.tla 2>/dev/null
[ $? != 0 ] && ok || bad "-dumpTrace xml accepted"

# TLC's own JSON for DiningDeadlock (its trace is the same as tlc-c's)
jar=$src/../shared/tlc/tla2tools.jar
if command -v java >/dev/null && [ -f "$jar" ]; then
    mkdir tlc && cp DiningDeadlock.tla DiningDeadlock.cfg tlc/
    (cd tlc && flock /tmp/tlc.lock java -XX:+UseParallelGC -cp "$jar" tlc2.TLC -dumpTrace json tlc.json \
        -workers 1 DiningDeadlock.tla >/dev/null 2>&1)
    expect "DiningDeadlock's JSON as TLC's" python3 "$check" same dd.json tlc/tlc.json
else
    echo "(java or ../shared/tlc absent: the comparison with TLC's JSON is skipped)"
fi
finish
