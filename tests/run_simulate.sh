#!/usr/bin/env bash
# Simulation (-simulate): the same seed and number of workers give the same walks and output (apart
# from times), and a run bounded by num=N has the same outcome for one worker and two; temporal
# properties are checked on each walk; file=P
# writes each walk as TLC does; -stopAfter ends an endless run; -json says what ran. Where java and
# TLC (../shared/tlc) are at hand, a deterministic spec's counts are compared with TLC's simulator.
set -u
bin=$1
src=$2
specs=$src/tests/specs
# shellcheck source=checks.sh
. "$src/tests/checks.sh"
# the output without the lines that carry times or the number of workers, nor the progress lines
# printed every minute while a slow run (a sanitizer's, on a loaded machine) goes on: only the last
# "Progress:" line, the final counts, is kept
last_progress() {
    awk '/^Progress: / { last = NR } { line[NR] = $0 } END { for (i = 1; i <= NR; i++) if (line[i] !~ /^Progress: / || i == last) print line[i] }'
}
run() {
    "$@" 2>&1 | grep -v '^Starting\|^Finished\|^Running\|generated at' | last_progress
}

deep=(-config "$specs/SimDeepBug.cfg" "$specs/SimDeepBug.tla" -depth 100)
for seed in 1 2 3; do
    a=$(run "$bin" -simulate num=200 -seed $seed -workers 1 "${deep[@]}")
    b=$(run "$bin" -simulate num=200 -seed $seed -workers 1 "${deep[@]}")
    c=$(run "$bin" -simulate num=200 -seed $seed -workers 2 "${deep[@]}")
    [ "$a" = "$b" ] && ok || bad "seed $seed: two runs differ"
    [ "$a" = "$c" ] && ok || bad "seed $seed: one worker and two differ"
    printf '%s\n' "$a" | grep -q 'Invariant NotAllHigh is violated' && ok || bad "seed $seed: no violation"
done
# -generate: one successor per step, the same for one worker and two
a=$(run "$bin" -generate num=200 -seed 5 -workers 1 "${deep[@]}")
c=$(run "$bin" -generate num=200 -seed 5 -workers 2 "${deep[@]}")
[ "$a" = "$c" ] && ok || bad "-generate: one worker and two differ"
printf '%s\n' "$a" | grep -q 'Invariant NotAllHigh is violated' && ok || bad "-generate: no violation"
a=$(run "$bin" -simulate num=200 -seed 1 "${deep[@]}")
b=$(run "$bin" -simulate num=200 -seed 4 "${deep[@]}")
[ "$a" != "$b" ] && ok || bad "seeds 1 and 4 give the same walk"

# walks without a violation: the counts do not depend on the number of workers either
dd=(-deadlock "$src/examples/DiningDeadlock.tla" -depth 30 -simulate num=50)
a=$(run "$bin" -seed 9 -workers 1 "${dd[@]}")
c=$(run "$bin" -seed 9 -workers 2 "${dd[@]}")
[ "$a" = "$c" ] && ok || bad "DiningDeadlock without deadlock checks: one worker and two differ"
printf '%s\n' "$a" | grep -q '^Progress: .* 50 traces generated' && ok || bad "DiningDeadlock: not 50 walks"

# temporal properties on each walk: Kettle's water need not boil (stirring back and forth is a
# cycle); the same lasso for one worker and two; under fairness (KettleFair) no walk violates it
a=$(run "$bin" -simulate num=50 -depth 20 -seed 3 -workers 1 "$src/examples/Kettle.tla")
c=$(run "$bin" -simulate num=50 -depth 20 -seed 3 -workers 2 "$src/examples/Kettle.tla")
[ "$a" = "$c" ] && ok || bad "Kettle: one worker and two differ"
printf '%s\n' "$a" | grep -q '^Error: Temporal properties were violated.$' && ok || bad "Kettle: no violation"
printf '%s\n' "$a" | grep -q '^Back to state [0-9]*: <Stir line' && ok || bad "Kettle: no 'Back to state'"
"$bin" -simulate num=100 -depth 30 -seed 3 -workers 2 "$src/examples/KettleFair.tla" >/dev/null
[ $? = 0 ] && ok || bad "KettleFair: a walk violates its property"

# file=P: one module per walk, P_<worker>_<n>, with STATE_i definitions and the actions as comments;
# as in TLC, the successor taken past the depth is the last state (11 states for -depth 10)
"$bin" -simulate num=3,file="$work/walk" -depth 10 -seed 1 -config "$specs/SimStats.cfg" "$specs/SimStats.tla" >/dev/null
[ $? = 0 ] && ok || bad "file=P: exit code"
for n in 0 1 2; do
    f=$work/walk_0_$n
    [ -f "$f" ] && head -1 "$f" | grep -q "^---------------- MODULE $f -----------------$" && ok || bad "$f: no module"
    [ "$(grep -c '^STATE_[0-9]* == $' "$f" 2>/dev/null)" = 11 ] && ok || bad "$f: not 11 states"
    grep -q '^\\\* <Next line 9, col 9 to line 9, col 18 of module SimStats>$' "$f" && ok || bad "$f: no action comment"
done

# file=P: values as TLC's evaluation built them, found by replaying the simulator's picks (and for
# -generate its choices): an interval kept by UNCHANGED stays 1..3, as TLC writes it
for mode in -simulate -generate; do
    "$bin" -deadlock $mode num=2,file="$work/iv$mode" -depth 5 -seed 3 -config "$src/tests/dump/Intervals.cfg" \
        "$src/tests/dump/Intervals.tla" >/dev/null
    f=$work/iv${mode}_0_1
    [ "$(grep -c '^/\\ s = 1\.\.3$' "$f")" = 3 ] && [ "$(grep -c '^/\\ g = <<1\.\.1, 1\.\.2>>$' "$f")" = 3 ] &&
        [ "$(grep -c '^/\\ s = {1, 2, 3, 4}$' "$f")" = 3 ] && grep -q '^\\\* <Add line' "$f" && ok ||
        bad "$f: not the values as built: $(cat "$f")"
done

# file=P holds the walk's variables, not the ALIAS record (as TLC's simulator writes them)
printf 'INIT Init\nNEXT Next\nALIAS Shown\n' >"$work/AliasWalk.cfg"
"$bin" -simulate num=1,file="$work/alias" -depth 3 -seed 1 -config "$work/AliasWalk.cfg" "$specs/Alias.tla" >/dev/null
grep -q '^x = 2$' "$work/alias_0_0" && ! grep -q 'count' "$work/alias_0_0" && ok || bad "file=P: the ALIAS record written"

# -stopAfter: an endless run stops by itself (timeout 300 only guards the test against a hang; the
# bound is generous, since a sanitizer's build on a loaded machine takes seconds to parse the spec)
timeout 300 "$bin" -simulate -stopAfter 1 -depth 10 -seed 1 "$src/examples/TwoPhaseCommit.tla" >"$work/stop.out" 2>&1
code=$?
[ $code = 0 ] && grep -q '^Progress: ' "$work/stop.out" && ok || bad "-stopAfter 1: exit $code (124: did not stop)"

# -json in simulation
"$bin" -simulate num=3 -depth 10 -seed 1 -json "$work/s.json" -config "$specs/SimStats.cfg" "$specs/SimStats.tla" >/dev/null
if command -v python3 >/dev/null; then
    python3 "$src/tests/tracefiles/check.py" summary "$work/s.json" mode='"simulate"' traces=3 generated=31 exit_code=0 \
        && ok || bad "-json in simulation"
fi

# bad arguments
"$bin" -simulate num=0 "$src/examples/TwoPhaseCommit.tla" >/dev/null 2>&1
[ $? != 0 ] && ok || bad "num=0 accepted"
"$bin" -simulate stats=most "$src/examples/TwoPhaseCommit.tla" >/dev/null 2>&1
[ $? != 0 ] && ok || bad "stats=most accepted"

# stats=basic: TLC's action graph in <Spec>_actions.dot (in the working directory). SimStats's three
# walks take 3 steps from Init and 27 from Next to Next (the step past the depth counted, as TLC
# counts it): weights |log10(log10(c + 1))|, 0.22 and 0.16
(cd "$work" && "$bin" -simulate num=3,stats=basic -depth 10 -seed 1 -config "$specs/SimStats.cfg" "$specs/SimStats.tla" >/dev/null)
[ $? = 0 ] && ok || bad "stats=basic: exit code"
printf '%s\n' 'digraph ActionGraph {' 'nodesep=0.35;' 'subgraph cluster_legend {' 'label = "Coverage";' \
    'node [shape=point] {' 'd0 [style = invis];' 'd1 [style = invis];' 'p0 [style = invis];' 'p0 [style = invis];' '}' \
    'd0 -> d1 [label=unseen, color="green", style=dotted]' 'p0 -> p1 [label=seen]' '}' \
    '0 [shape=box,label="Init",style = filled]' '1 [shape=box,label="Next"]' '0 -> 1[penwidth=0.22];' \
    '1 -> 1[penwidth=0.16];' >"$work/want_actions.dot"
printf '}' >>"$work/want_actions.dot"
cmp -s "$work/want_actions.dot" "$work/SimStats_actions.dot" && ok || bad "stats=basic: SimStats_actions.dot differs"
# stats=full: a node per TLC action, in a cluster per context (TLC's HashMap order of the contexts'
# String.hashCode), weights log10(log10(c + 1)) with their sign. SimStatsFull's walks are all
# 0 -Inc(0)-> 1 -Inc(1)-> 2 -Inc(2)-> 3 -Step(3,"a")-> 4 -Step(4,"a")-> 5 -Wrap-> 0 ...: over three
# walks of 10 steps, 3 steps from Init by Inc(0) (-0.22), 6 by Inc(1) after Inc(0) (-0.07), ...
(cd "$work" && "$bin" -simulate num=3,stats=full -depth 10 -seed 1 -config "$specs/SimStatsFull.cfg" \
    "$specs/SimStatsFull.tla" >/dev/null)
[ $? = 0 ] && ok || bad "stats=full: exit code"
cluster() { printf 'subgraph cluster_%s {\ncolor="white"\nlabel="%s"\n' "$1" "$2"; shift 2; printf '%s\n' "$@" '}'; }
{
    head -n 13 "$work/want_actions.dot"
    cluster 786489442 '[q->"a", p->4, q->"a", p->4]' '5 [shape=box,label="Step"]'
    cluster 838645278 '[q->"b", p->3, q->"b", p->3]' '6 [shape=box,label="Step"]'
    cluster 2914 '[]' '0 [shape=box,label="Init",style = filled]' '8 [shape=box,label="Wrap"]'
    cluster 2007688496 '[p->0, p->0]' '1 [shape=box,label="Inc"]'
    cluster 1349179424 '[q->"b", p->4, q->"b", p->4]' '7 [shape=box,label="Step"]'
    cluster 264878130 '[p->1, p->1]' '2 [shape=box,label="Inc"]'
    cluster 1477932236 '[p->2, p->2]' '3 [shape=box,label="Inc"]'
    cluster 275955296 '[q->"a", p->3, q->"a", p->3]' '4 [shape=box,label="Step"]'
    for i in 0 1 2 3 4 5 6 7 8; do
        for j in 1 2 3 4 5 6 7 8; do
            case "$i>$j" in
            '0>1' | '4>5' | '5>8' | '8>1') echo "$i -> $j[penwidth=-0.22];" ;;
            '1>2' | '2>3' | '3>4') echo "$i -> $j[penwidth=-0.07];" ;;
            *) echo "$i -> $j[color=\"green\",style=dotted];" ;;
            esac
        done
    done
    printf '}'
} >"$work/want_full.dot"
cmp -s "$work/want_full.dot" "$work/SimStatsFull_actions.dot" && ok || { diff "$work/want_full.dot" "$work/SimStatsFull_actions.dot"; bad "stats=full: SimStatsFull_actions.dot differs"; }
# the same walks as with stats=basic, only the graph differs
a=$(cd "$work" && run "$bin" -simulate num=20,stats=full -depth 10 -seed 5 "$src/examples/DiningDeadlock.tla")
b=$(cd "$work" && run "$bin" -simulate num=20,stats=basic -depth 10 -seed 5 "$src/examples/DiningDeadlock.tla")
[ "$a" = "$b" ] && ok || bad "stats=full and stats=basic walk differently"
# a graph of several actions: weighted edges, none into Init
(cd "$work" && "$bin" -simulate num=5,stats=basic -depth 10 -seed 1 "$src/examples/DiningDeadlock.tla" >/dev/null)
grep -q 'penwidth' "$work/DiningDeadlock_actions.dot" 2>/dev/null && ok || bad "stats=basic: no DiningDeadlock_actions.dot"
grep -q -- '-> 0\[' "$work/DiningDeadlock_actions.dot" && bad "stats=basic: an edge into Init" || ok

# TLC's simulator on the deterministic SimStats and SimConstraint (a successor outside the CONSTRAINT
# is counted, never taken): the same counts
jar=$src/../shared/tlc/tla2tools.jar
if command -v java >/dev/null && [ -f "$jar" ]; then
    mkdir "$work/tlc"
    for spec in SimStats SimConstraint; do
        cp "$specs/$spec.tla" "$specs/$spec.cfg" "$work/tlc/"
        # TLC runs one at a time on this machine (the lock); if others hold it for long, the
        # comparison is skipped rather than failed
        want=$(cd "$work/tlc" && flock -w 600 /tmp/tlc.lock java -XX:+UseParallelGC -cp "$jar" tlc2.TLC -deadlock \
            -simulate num=3 -depth 10 -seed 1 $spec.tla 2>&1 | grep '^Progress: \|^The number of states generated' | last_progress)
        got=$("$bin" -deadlock -simulate num=3 -depth 10 -seed 1 -config "$specs/$spec.cfg" "$specs/$spec.tla" |
            grep '^Progress: \|^The number of states generated' | last_progress)
        if [ -z "$want" ]; then
            echo "(TLC did not run: the lock was busy or java failed; the comparison with TLC's simulator is skipped)"
        else
            [ "$want" = "$got" ] && ok || bad "$spec against TLC: want '$want', got '$got'"
        fi
    done
    # stats=basic on a deterministic walk: TLC's action graph byte for byte
    if (cd "$work/tlc" && flock -w 600 /tmp/tlc.lock java -XX:+UseParallelGC -cp "$jar" tlc2.TLC -deadlock \
        -simulate num=3,stats=basic -depth 10 -seed 1 SimStats.tla >/dev/null 2>&1); then
        cmp -s "$work/tlc/SimStats_actions.dot" "$work/SimStats_actions.dot" && ok || bad "stats=basic: not TLC's graph"
    fi
    # stats=full: TLC's graph byte for byte
    cp "$specs/SimStatsFull.tla" "$specs/SimStatsFull.cfg" "$work/tlc/"
    if (cd "$work/tlc" && flock -w 600 /tmp/tlc.lock java -XX:+UseParallelGC -cp "$jar" tlc2.TLC \
        -simulate num=3,stats=full -depth 10 -seed 1 SimStatsFull.tla >/dev/null 2>&1); then
        cmp -s "$work/tlc/SimStatsFull_actions.dot" "$work/SimStatsFull_actions.dot" && ok ||
            bad "stats=full: not TLC's graph"
    fi
else
    echo "(java or ../shared/tlc absent: the comparison with TLC's simulator is skipped)"
fi
finish
