#!/usr/bin/env bash
# The examples behave as examples/README.md says: exit code and, where the answer is known
# independently of tlc-c, the count or trace length.
set -u
bin=$1
src=$2
pass=0
fail=0
check() {   # name, expected exit, grep pattern that must appear
    out=$(cd "$src/examples" && timeout 60 "$bin" "$1.tla" 2>&1)
    code=$?
    if [ "$code" = "$2" ] && printf '%s\n' "$out" | grep -qE -- "$3"; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL $1: exit $code (want $2), pattern '$3'"
        printf '%s\n' "$out" | tail -n 8
    fi
}
check RiverCrossing 12 '^State 8: '
check Peterson 0 'No error has been found'
check TwoPhaseCommit 0 ' 288 distinct states found'
check DiningDeadlock 11 '^Error: Deadlock reached'
check Kettle 13 '^Back to state 9: <Stir '
check KettleFair 0 ' 18 distinct states found'
check LostUpdate 12 '^State 7: '
echo "$pass passed, $fail failed"
[ $fail = 0 ]
