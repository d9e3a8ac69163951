#!/usr/bin/env bash
# The VS Code extension's view of tlc-c: contrib/vscode/bin/java is run exactly as the extension runs
# its java (JVM options, -DTLA-Library, tlc2.TLC with -tool -modelcheck, an absolute -config, -fp,
# -dumptrace tlc, -workers 1 -coverage 1, from the spec's folder) on the examples and on small specs
# of tests/tool (success, invariant, deadlock, liveness lasso, Assert, evaluation error, parse
# error); every message must parse with the extension's regular expressions and carry a code TLC
# has (tests/tool/tlc_stream.py), and the exit code must be TLC's.
# Usage: run_tool.sh TLC_C_BINARY SOURCE_DIR
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
src=$2
adapter=$src/contrib/vscode/bin/java
stream=$src/tests/tool/tlc_stream.py
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
pass=0

# run DIR MODULE CFG WANT_EXIT: the extension's command line, through the adapter
run() {
    local dir=$1 module=$2 cfg=$3 want=$4 out=$tmp/$3.out
    (cd "$dir" && TLCC_BIN=$bin "$adapter" -cp /nowhere/tla2tools.jar -XX:+UseParallelGC -DTLA-Library="$tmp" \
        -Dtlc2.TLC.ide=vscode tlc2.TLC "$module.tla" -tool -modelcheck -config "$dir/$cfg.cfg" -fp 17 \
        -dumptrace tlc "$tmp/${cfg}_trace_T2026-01-01_00-00-00_F17_W1_Mbfs.tlc" -workers 1 -coverage 1) >"$out" 2>&1
    local code=$?
    local why=""
    [ "$code" = "$want" ] || why="exit $code (want $want); "
    local problems
    problems=$(python3 "$stream" check "$out")
    [ -z "$problems" ] || why="$why$problems"
    [ -e "$tmp/${cfg}_trace_T2026-01-01_00-00-00_F17_W1_Mbfs.tlc" ] && why="$why a .tlc trace file was written; "
    if [ -z "$why" ]; then
        pass=$((pass + 1))
        echo "PASS $cfg"
    else
        fail=$((fail + 1))
        echo "FAIL $cfg: $why"
        sed 's/^/     | /' "$out" | head -n 40
    fi
}

# must DESCRIPTION: the last run's stream has a message with this code (and body text)
must() {
    local cfg=$1 code=$2 text=$3
    if ! grep -A6 "STARTMSG $code:" "$tmp/$cfg.out" | grep -qF -- "$text"; then
        fail=$((fail + 1))
        echo "FAIL $cfg: no $code message with '$text'"
    fi
}

ex=$src/examples
t=$src/tests/tool
run "$ex" KettleFair KettleFair 0
must KettleFair 2193 "calculated (optimistic):  val = "
must KettleFair 2268 "The average outdegree of the complete state graph is"
must KettleFair 2773 "<Init line 19, col 1 to line 19, col 4 of module Kettle>: 1:1"
run "$ex" Peterson Peterson 0
# an action that is a part of its definition's body: where it is, as TLC adds it
run "$t" Labels Labels 12
must Labels 2772 "<Next line 10, col 1 to line 10, col 4 of module Labels (11 24 11 48)>: 2:"
must Labels 2772 "<A line 6, col 1 to line 6, col 4 of module Labels>: 1:"
run "$ex" RiverCrossing RiverCrossing 12
must RiverCrossing 2110 "Invariant NotSolved is violated."
must RiverCrossing 2217 '2: <Cross({"goat"}) line 32, col 5 to line 37, col 63 of module RiverCrossing>'
run "$ex" DiningDeadlock DiningDeadlock 11
must DiningDeadlock 2114 "Deadlock reached."
run "$ex" Kettle Kettle 13
must Kettle 2116 "Temporal properties were violated."
must Kettle 2122 "9: Back to state: <Stir line 25, col 9 to line 26, col 25 of module Kettle>"
run "$t" Counter CounterAssert 14
must CounterAssert 2132 '"x grew too long"'
must CounterAssert 2103 "1. Line 21, column 18 to line 21, column 54 in Counter"
run "$t" Counter CounterInitInv 12
must CounterInitInv 2107 "Invariant Long is violated by the initial state:"
run "$t" Counter CounterBadNext 255
must CounterBadNext 2184 "Attempted to apply Tail to the empty sequence."
must CounterBadNext 2217 "x = <<1>>"
must CounterBadNext 2772 "<BadNext line 18, col 1 to line 18, col 7 of module Counter>: 0:0"
run "$t" Counter CounterBadInit 75
must CounterBadInit 2103 "0. Line 41, column 12 to line 41, column 25 in Counter"
run "$t" Counter CounterBadInv 76
must CounterBadInv 2111 "Evaluating invariant BadInv failed."
run "$t" Counter CounterBoxProp 12
must CounterBoxProp 2110 "Invariant Short is violated."
run "$t" ActionProp ActionPropSmall 13
must ActionPropSmall 2217 "3: <Send(2) line 9, col 12 to line 11, col 20 of module ActionProp>"
run "$t" ActionProp ActionPropBad 255
must ActionPropBad 2103 "0. Line 26, column 14 to line 26, column 48 in ActionProp"
run "$t" Counter CounterBadLive 255
must CounterBadLive 2103 "0. Line 31, column 15 to line 31, column 51 in Counter"
run "$t" Assumptions AssumeError 10
must AssumeError 2105 "Evaluating assumption line 7, col 8 to line 7, col 40 of module Assumptions failed."
run "$t" Broken Broken 150
must Broken 3002 "Parsing or semantic analysis failed."
# the parse error as SANY's error block, which the editor turns into a diagnostic on the line
grep -q "^line 4, col 6 to line 4, col 6 of module Broken$" "$tmp/Broken.out" || { fail=$((fail + 1)); echo "FAIL Broken: no SANY error block"; }
# the SANY part makes trace locations clickable: absolute paths of the modules parsed
grep -q "^Parsing file $ex/RiverCrossing.tla$" "$tmp/RiverCrossing.out" || { fail=$((fail + 1)); echo "FAIL no 'Parsing file' line"; }
# an error in TLC's Java override of an operator (x + "a"): 2154 inside the unexpected exception, exit 75
run "$src/tests/specs" KindErrors KindErrorsPlus 75
must KindErrorsPlus 2154 "Cannot cast tlc2.value.impl.StringValue to tlc2.value.impl.IntValue"
# a configuration naming what the spec does not define: TLC's 2229, exit 151
mkdir -p "$tmp/badcfg" && cp "$ex/Kettle.tla" "$tmp/badcfg/" && printf 'SPECIFICATION Spek\n' >"$tmp/badcfg/Kettle.cfg"
run "$tmp/badcfg" Kettle Kettle 151
must Kettle 2229 "The name Spek specified in the configuration file"
# an invariant that is not a state predicate: TLC's 2146, exit 76
printf 'SPECIFICATION Spec\nINVARIANT Spec\n' >"$tmp/badcfg/Kettle.cfg"
run "$tmp/badcfg" Kettle Kettle 76
must Kettle 2146 "is not a state predicate"
# -userFile: Print and PrintT write there, not in the message stream
(cd "$t" && "$bin" -tool -userFile "$tmp/user.txt" -config Printing.cfg Printing.tla) >"$tmp/printing.out" 2>&1
if ! grep -qx '"hello from an assumption"' "$tmp/user.txt" || ! grep -qx '<<"initial", 0>>' "$tmp/user.txt" ||
    grep -q hello "$tmp/printing.out"; then
    fail=$((fail + 1))
    echo "FAIL -userFile"
fi
# -version answers as a JVM does; other classes need a real java
"$adapter" -version 2>&1 | grep -q 'version "' || { fail=$((fail + 1)); echo "FAIL java -version"; }
PATH=/nonexistent TLCC_JAVA= JAVA_HOME= "$adapter" -cp x tla2sany.SANY M.tla >/dev/null 2>&1 && { fail=$((fail + 1)); echo "FAIL SANY without a real java"; }
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
