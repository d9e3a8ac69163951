#!/usr/bin/env bash
# Differential tests against TLC itself (../shared/tlc/tla2tools.jar; skipped, exit 77, where it or
# java is absent, as in a user's clone): on the examples, the small specs of tests/tool and a few
# corpus models of each verdict,
#  - the (code, class) sequence of `-tool` runs is TLC's (progress repetitions and the coverage
#    details tlc-c does not print aside; for a lasso TLC's choice of depends on, runs of states as one),
#  - the bodies of the trace states are TLC's, lassos included (the states, "Back to state", "Stuttering")
#    where TLC's lasso does not depend on its fingerprints (TLC takes a state's successors in the order
#    of a hash set of their fingerprints, and its fingerprint function is drawn at random for each run
#    unless -fp is given: these specs give one lasso for every -fp tried; TLC runs them with -fp 0),
#  - the plain output's error lines ("Error: ...", the nested positions) and the exit code are TLC's.
# TLC runs one at a time (flock /tmp/tlc.lock), in copies of the specs' folders.
# Usage: run_tool_tlc.sh TLC_C_BINARY SOURCE_DIR
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
src=$2
shared=$src/../shared
jar=$shared/tlc/tla2tools.jar
stream=$src/tests/tool/tlc_stream.py
if [ ! -f "$jar" ] || ! command -v java >/dev/null; then
    echo "skipped: no $jar or no java"
    exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
tlc_fp=

# tlc MODE DIR MODULE CFG: TLC's output in $tmp/CFG.MODE.tlc (exit code in .rc)
tlc() {
    local mode=$1 dir=$2 module=$3 cfg=$4 work=$tmp/tlc-$4-$1
    mkdir -p "$work" && cp -r "$dir"/. "$work"/
    local args=(-workers 1 -noTE $tlc_fp)
    [ "$mode" = tool ] && args=(-tool -modelcheck -workers 1 -coverage 1 $tlc_fp)
    (cd "$work" && flock /tmp/tlc.lock java -XX:+UseParallelGC -cp "$jar" tlc2.TLC "$module.tla" \
        -config "$work/$cfg.cfg" "${args[@]}") >"$tmp/$cfg.$mode.tlc" 2>&1
    echo $? >"$tmp/$cfg.$mode.tlc.rc"
}

ours() {
    local mode=$1 dir=$2 module=$3 cfg=$4
    local args=(-workers 1)
    [ "$mode" = tool ] && args=(-tool -modelcheck -workers 1 -coverage 1)
    (cd "$dir" && "$bin" "$module.tla" -config "$dir/$cfg.cfg" "${args[@]}") >"$tmp/$cfg.$mode.ours" 2>/dev/null
    echo $? >"$tmp/$cfg.$mode.ours.rc"
}

same() {   # same WHAT CFG FILE_A FILE_B
    if cmp -s "$3" "$4"; then return 0; fi
    fail=$((fail + 1))
    echo "FAIL $2: $1 differ from TLC's (<: TLC, >: tlc-c)"
    diff "$3" "$4" | head -n 20 | sed 's/^/     | /'
    return 1
}

# error lines of plain output: "Error: ..." and the nested positions, and the exit code
error_lines() { grep -E '^(Error: |[0-9]+\. Line )' "$1"; cat "$1.rc"; }

# compare DIR MODULE CFG [other-trace: a lasso TLC's choice of depends on its fingerprints, or
# another shortest trace] [lasso: TLC's lasso, run with -fp 0] [plain-only] [counts: the states
# generated and found where the search stopped too]
compare() {
    local dir=$1 module=$2 cfg=$3 opts=" ${*:4} " ok=1 lasso=
    [[ $opts == *" other-trace "* ]] && lasso=--lasso
    tlc_fp=
    [[ $opts == *" lasso "* ]] && tlc_fp="-fp 0"
    tlc plain "$dir" "$module" "$cfg"
    ours plain "$dir" "$module" "$cfg"
    error_lines "$tmp/$cfg.plain.tlc" >"$tmp/a"
    error_lines "$tmp/$cfg.plain.ours" >"$tmp/b"
    same "plain error lines and exit code" "$cfg" "$tmp/a" "$tmp/b" || ok=0
    if [[ $opts == *" prints "* ]]; then   # what Print wrote while computing the initial states
        sed -n '/^Computing initial states/,/^Finished computing/p' "$tmp/$cfg.plain.tlc" | grep -v '^Finished' >"$tmp/a"
        sed -n '/^Computing initial states/,/^Finished computing/p' "$tmp/$cfg.plain.ours" | grep -v '^Finished' >"$tmp/b"
        same "Print's output" "$cfg" "$tmp/a" "$tmp/b" || ok=0
    fi
    if [[ $opts == *" counts "* ]]; then
        grep -E '^[0-9]+ states generated' "$tmp/$cfg.plain.tlc" >"$tmp/a"
        grep -E '^[0-9]+ states generated' "$tmp/$cfg.plain.ours" >"$tmp/b"
        same "counts at the violation" "$cfg" "$tmp/a" "$tmp/b" || ok=0
    fi
    if [[ $opts != *" plain-only "* ]]; then
        tlc tool "$dir" "$module" "$cfg"
        ours tool "$dir" "$module" "$cfg"
        python3 "$stream" codes "$tmp/$cfg.tool.tlc" $lasso >"$tmp/a"
        python3 "$stream" codes "$tmp/$cfg.tool.ours" $lasso >"$tmp/b"
        same "(code, class) sequences" "$cfg" "$tmp/a" "$tmp/b" || ok=0
        if [ -z "$lasso" ]; then
            python3 "$stream" states "$tmp/$cfg.tool.tlc" >"$tmp/a"
            python3 "$stream" states "$tmp/$cfg.tool.ours" >"$tmp/b"
            same "trace states" "$cfg" "$tmp/a" "$tmp/b" || ok=0
        fi
    fi
    [ $ok = 1 ] && pass=$((pass + 1)) && echo "PASS $cfg"
}

# compare_dump DIR MODULE CFG: the -dump files of a complete search are TLC's
compare_dump() {
    local dir=$1 module=$2 cfg=$3 work=$tmp/dump-$3
    mkdir -p "$work" && cp -r "$dir"/. "$work"/
    (cd "$work" && flock /tmp/tlc.lock java -XX:+UseParallelGC -cp "$jar" tlc2.TLC "$module.tla" \
        -config "$work/$cfg.cfg" -workers 1 -noTE -dump "$work/tlc") >/dev/null 2>&1
    (cd "$dir" && "$bin" "$module.tla" -config "$dir/$cfg.cfg" -workers 1 -dump "$work/ours") >/dev/null 2>&1
    same "-dump files" "$cfg" "$work/tlc.dump" "$work/ours.dump" && pass=$((pass + 1)) && echo "PASS $cfg -dump"
}

# compare_simfile DIR MODULE CFG: the file=P module of one walk of a deterministic spec is TLC's
compare_simfile() {
    local dir=$1 module=$2 cfg=$3 work=$tmp/sim-$3
    mkdir -p "$work" && cp -r "$dir"/. "$work"/
    (cd "$work" && flock /tmp/tlc.lock java -XX:+UseParallelGC -cp "$jar" tlc2.TLC "$module.tla" \
        -config "$work/$cfg.cfg" -workers 1 -noTE -simulate num=1,file="$work/tlc" -depth 10) >/dev/null 2>&1
    (cd "$dir" && "$bin" "$module.tla" -config "$dir/$cfg.cfg" -workers 1 -simulate num=1,file="$work/ours" -depth 10) \
        >/dev/null 2>&1
    tail -n +2 "$work/tlc_0_0" >"$tmp/a" 2>&1
    tail -n +2 "$work/ours_0_0" >"$tmp/b" 2>&1
    same "file=P modules" "$cfg" "$tmp/a" "$tmp/b" && pass=$((pass + 1)) && echo "PASS $cfg file=P"
}

ex=$src/examples
t=$src/tests/tool
# Kettle: a lasso whose prefix (the order of heating and stirring) TLC draws with its fingerprints
compare "$ex" RiverCrossing RiverCrossing
compare "$ex" DiningDeadlock DiningDeadlock
compare "$ex" Kettle Kettle other-trace
compare "$ex" KettleFair KettleFair
compare "$ex" TwoPhaseCommit TwoPhaseCommit
compare "$t" Counter CounterOk
# the steps' labels where Next is split at \E, disjunctions, LETs and calls as TLC splits it
compare "$t" Labels Labels counts
# the variables in TLC's order (that of SANY's hash table of names), in traces and -dump
compare "$t" VarOrder VarOrder
compare_dump "$t" VarOrder VarOrder
# values longer than 80 columns broken over lines as TLC's pretty-printer breaks them
compare "$t" Wrap Wrap
compare_dump "$t" Wrap Wrap
compare "$t" WrapAlias WrapAlias
compare "$t" Prints Prints prints
# the states generated when an invariant is violated, counted up to the violating successor
compare "$t" Generated Generated counts
compare "$t" Counter CounterInv
compare "$t" Counter CounterInitInv
compare "$t" Counter CounterBoxProp
compare "$t" Counter CounterAssert
compare "$t" Counter CounterBadNext
compare "$t" Counter CounterBadInit
# TLC also prints the outdegree line (2268) after this failure; the plain lines and exit code agree
compare "$t" Counter CounterBadInv plain-only
compare "$t" Broken Broken plain-only
# a name the configuration gives that the spec does not define (2229), exit 151
compare "$t" Counter CounterUndefined
# action properties: a violated step labelled with its arguments (Send(2)), its new state counted;
# an error evaluating one: the trace ends with the step's state, then the positions in [A]_v
compare "$t" ActionProp ActionPropSmall counts
compare "$t" ActionProp ActionPropBad counts
# an error in a temporal property's predicate: its positions first, the trace to the state expanded,
# exit 255 (TLC then counts the search up to that successor, which tlc-c does not: plain-only)
compare "$t" Counter CounterBadLive plain-only
compare "$t" Assumptions AssumeFalse
compare "$t" Assumptions AssumeError
# TLC's order of strings and model values: CHOOSE, the shortest counterexample found, printing
compare "$src/tests/specs" StringOrder StringOrder
# a trace's values as TLC's evaluation built them: intervals printed a..b until a set operator
compare "$src/tests/specs" Intervals Intervals
# conjuncts of Init or Next that are not Booleans (2247), Assert in Init and in an initial state's
# invariant: messages, positions, exit codes, and what Print wrote (TLC evaluates Init again)
for cfg in InitNumber InitCall InitAssert NextSet NextNumber InitInvariant; do
    compare "$src/tests/specs" Conjuncts Conjuncts$cfg prints
done
compare "$src/tests/specs" Conjuncts ConjunctsInitBranches counts
# the simulator's walk files: the variables (not the ALIAS), and the successor past the depth
compare_simfile "$t" Walk Walk
# the nested positions of evaluation errors inside calls, LETs, IFs, disjunctions and filters
compare "$src/tests/specs" NestedPositions NestedInLet
compare "$src/tests/specs" NestedPositions NestedInIf
compare "$src/tests/specs" NestedPositions NestedInFilter
# lassos: the first violating component TLC's depth-first search completes, a shortest path to where
# it entered it, the walk through the witnesses and back; stuttering, "Back to state", leads-to,
# <>[] and []<> properties, weak fairness, and specs without fairness (TLC's warning 2259)
s=$src/tests/specs
compare "$s" LassoChain LassoChainLeads lasso
compare "$s" LassoChain LassoChainStutter lasso
compare "$s" LiveForms LiveFormsNegated lasso
compare "$s" Live LiveActionUnfair lasso
compare "$s" LassoPhases LassoPhases lasso
compare "$s" LiveForms LiveFormsEventuallyAlways lasso
compare "$s" LiveFairness LiveFairnessGuardOther lasso
# corpus models of each verdict TLC gives there (success, safety, liveness), when the corpus is here
corpus=$shared/corpus/specifications
if [ -d "$corpus" ]; then
    compare "$corpus/transaction_commit" TCommit TCommit
    compare "$corpus/DieHard" DieHard DieHard
    compare "$corpus/MissionariesAndCannibals" MissionariesAndCannibals MissionariesAndCannibals counts
    compare "$corpus/SpecifyingSystems/RealTime" MCRealTimeHourClock MCRealTimeHourClock lasso
fi
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
