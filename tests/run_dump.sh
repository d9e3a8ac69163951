#!/usr/bin/env bash
# State listings and pictures (-dump): every distinct state listed once, the DOT graph drawn as TLC
# draws it and rendered by Graphviz, both the same for one worker and two; after a violation, the
# states the search found. Where java and TLC (../shared/tlc) are at hand, the listing holds the
# same states as TLC's and the picture has TLC's shape (nodes, edges, levels, labels).
set -u
bin=$1
src=$2
check=$src/tests/tracefiles/check.py
# shellcheck source=checks.sh
. "$src/tests/checks.sh"
copy_examples
if ! command -v python3 >/dev/null; then echo "python3 is needed"; exit 77; fi

# the listing: TwoPhaseCommit's 288 states, each once, whatever the number of workers
"$bin" -dump tpc1 TwoPhaseCommit.tla >/dev/null && ok || bad "-dump: exit code"
"$bin" -workers 2 -dump tpc2.dump TwoPhaseCommit.tla >/dev/null
[ "$(grep -c '^State [0-9]*:$' tpc1.dump)" = 288 ] && ok || bad "tpc1.dump: not 288 states"
[ "$(awk '/^State/{n++} {s[n] = s[n] $0 "|"} END {for (i in s) print s[i]}' tpc1.dump | sed 's/^State [0-9]*://' |
    sort | uniq -d | wc -l)" = 0 ] && ok || bad "tpc1.dump: a state twice"
cmp -s tpc1.dump tpc2.dump && ok || bad "-dump differs for 1 and 2 workers"
"$bin" -dump rc RiverCrossing.tla >/dev/null
[ "$(grep -c '^State' rc.dump)" = 10 ] && ok || bad "after a violation: not the 10 states found"

# values as TLC's evaluation built them (hand-written expectation): an interval kept by UNCHANGED
# stays 1..3, one that went through \cup is a set
cp "$src"/tests/dump/Intervals.tla "$src"/tests/dump/Intervals.cfg .
"$bin" -dump iv Intervals.tla >/dev/null && cmp -s iv.dump "$src"/tests/dump/Intervals.dump && ok ||
    bad "Intervals.dump: $(diff iv.dump "$src"/tests/dump/Intervals.dump | head -5)"
"$bin" -workers 2 -dump dot,colorize,actionlabels iv Intervals.tla >/dev/null
grep -qF '[label="/\\ g = <<1..1, 1..2>>\n/\\ n = 0\n/\\ s = 1..3",style = filled]' iv.dot && ok ||
    bad "iv.dot: the initial state's node"
grep -qF -- '-> ' iv.dot && grep -qF '/\\ s = {1, 2, 3, 4}",tooltip=' iv.dot && ok || bad "iv.dot: the last state"
# the legend in the order of TLC's HashMap of action names (Add's bucket before Count's)
[ "$(sed -n '/cluster_legend/,$p' iv.dot | grep -oE '^[A-Za-z]+ \[label' | cut -d' ' -f1 | tr -d '\n')" = AddCount ] && ok ||
    bad "iv.dot: the legend's order"

# the picture
"$bin" -dump dot,colorize,actionlabels tpc1 TwoPhaseCommit.tla >/dev/null && ok || bad "-dump dot: exit code"
"$bin" -workers 2 -dump dot,colorize,actionlabels tpc2.dot TwoPhaseCommit.tla >/dev/null
cmp -s tpc1.dot tpc2.dot && ok || bad "-dump dot differs for 1 and 2 workers"
shape=$(python3 "$check" dot tpc1.dot)
printf '%s' "$shape" | grep -q '"edges": 1145,.*"legend": true, "nodes": 288' && ok || bad "tpc1.dot: ${shape:0:200}"
head -1 tpc1.dot | grep -qx 'strict digraph DiskGraph {' && ok || bad "tpc1.dot: first line"
grep -q '^RMPrepare \[label="RMPrepare",fillcolor=[0-9]*\]$' tpc1.dot && ok || bad "tpc1.dot: no legend entry"
grep -q ' -> .* \[label="RMPrepare(r1)",color="[0-9]*",fontcolor="[0-9]*"\];$' tpc1.dot && ok || bad "tpc1.dot: no edge label"
"$bin" -dump dot k Kettle.tla >/dev/null
grep -q ' -> .* \[label="",color="black",fontcolor="black"\];$' k.dot && ok || bad "k.dot: plain edges"
if command -v dot >/dev/null; then
    dot -Tsvg tpc1.dot >tpc1.svg && grep -q '<svg' tpc1.svg && ok || bad "Graphviz does not render tpc1.dot"
    dot -Tsvg k.dot >/dev/null && ok || bad "Graphviz does not render k.dot"
else
    echo "(Graphviz absent: the rendering is not checked)"
fi
"$bin" -dump dot,snapshot x TwoPhaseCommit.tla >/dev/null 2>&1
[ $? != 0 ] && ok || bad "dot,snapshot accepted"

# against TLC
jar=$src/../shared/tlc/tla2tools.jar
if command -v java >/dev/null && [ -f "$jar" ]; then
    mkdir tlc && cp DiningDeadlock.* RiverCrossing.* TwoPhaseCommit.* Intervals.* tlc/
    tlc() { (cd tlc && flock /tmp/tlc.lock java -XX:+UseParallelGC -cp "$jar" tlc2.TLC "$@" >/dev/null 2>&1); }
    tlc -deadlock -dump dd DiningDeadlock.tla
    tlc -dump dot,colorize,actionlabels rc RiverCrossing.tla
    tlc -dump tpc TwoPhaseCommit.tla
    tlc -dump dot,colorize,actionlabels tpc TwoPhaseCommit.tla
    tlc -dump iv Intervals.tla
    tlc -dump dot,colorize,actionlabels iv Intervals.tla
    # the listings hold TLC's states, as TLC prints them, in any order
    states() { awk '/^State [0-9]*:$/ {n++; next} {s[n] = s[n] $0 "|"} END {for (i in s) print s[i]}' "$1" | sort; }
    "$bin" -deadlock -dump dd DiningDeadlock.tla >/dev/null
    "$bin" -dump tpc TwoPhaseCommit.tla >/dev/null
    for f in dd tpc iv; do
        [ -s tlc/$f.dump ] && [ "$(states $f.dump)" = "$(states tlc/$f.dump)" ] && ok ||
            bad "$f.dump: not TLC's states: $(diff <(states $f.dump) <(states tlc/$f.dump) | head -4)"
    done
    # the pictures: TLC's nodes, edges (labels and colours), initial states and legend, whatever the ids
    "$bin" -dump dot,colorize,actionlabels tpc TwoPhaseCommit.tla >/dev/null
    for f in tpc iv; do
        [ -s tlc/$f.dot ] && [ "$(python3 "$check" dotcontent $f.dot)" = "$(python3 "$check" dotcontent tlc/$f.dot)" ] &&
            ok || bad "$f.dot: not TLC's picture"
    done
    "$bin" -deadlock -dump dd DiningDeadlock.tla >/dev/null
    python3 "$check" dumps Cmp.tla tlc/dd.dump dd.dump
    v=$("$bin" --eval '<<A = B, NA = NB>>' -module Cmp.tla 2>&1)
    [ "$v" = "<<TRUE, TRUE>>" ] && ok || bad "DiningDeadlock's states differ from TLC's: $v"
    "$bin" -dump dot,colorize,actionlabels rc RiverCrossing.tla >/dev/null
    a=$(python3 "$check" dot rc.dot)
    b=$(python3 "$check" dot tlc/rc.dot)
    [ "$a" = "$b" ] && ok || bad "RiverCrossing's picture differs from TLC's: $a / $b"
else
    echo "(java or ../shared/tlc absent: the comparison with TLC's files is skipped)"
fi
finish
