#!/usr/bin/env bash
# Spec-level regression tests: every tests/specs/*.cfg is checked and compared with the
# expectations written in the .cfg's leading comment lines:
#   \* expect: exit 12
#   \* expect: distinct 16
#   \* expect: depth 5
#   \* expect: trace 4                (number of "State i:" lines printed)
#   \* expect: output Invariant Inv is violated      (a substring of the output)
#   \* expect: absent y = 0          (a substring the output must not have)
#   \* expect: count 2 Inv is violated    (a substring found on exactly 2 lines)
#   \* expect: args -deadlock         (extra command-line arguments)
#   \* expect: env TLCC_QUEUE_MEMORY=64   (an environment variable for the run)
#   \* expect: module Foo             (the .tla to check, when it is not named like the .cfg)
#   \* expect: peak 80000             (peak resident memory at most this many KB, by /usr/bin/time;
#                                      not checked when TLCC_SANITIZED is set: a sanitizer build)
# Usage: run_specs.sh TLC_C_BINARY SOURCE_DIR [NAME...]   (the specs NAME.cfg; default all: ctest
# runs one a test, spec/NAME)
set -u
bin=$1
src=$2
shift 2
dir=$src/tests/specs
pass=0
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ $# = 0 ]; then set -- "$dir"/*.cfg; else set -- "${@/#/$dir/}"; set -- "${@/%/.cfg}"; fi
for cfg in "$@"; do
    [ -f "$cfg" ] || { echo "FAIL $cfg: no such spec"; fail=$((fail + 1)); continue; }
    name=$(basename "$cfg" .cfg)
    module=$(sed -n 's/^\\\* expect: module \(.*\)$/\1/p' "$cfg")
    module=${module:-$name}
    args=$(sed -n 's/^\\\* expect: args \(.*\)$/\1/p' "$cfg")
    envs=$(sed -n 's/^\\\* expect: env \(.*\)$/\1/p' "$cfg")
    peak=$(sed -n 's/^\\\* expect: peak \(.*\)$/\1/p' "$cfg")
    measure=()
    rm -f "$tmp/peak"
    [ -n "${TLCC_SANITIZED:-}" ] && peak=
    [ -n "$peak" ] && measure=(/usr/bin/time -f %M -o "$tmp/peak")
    # shellcheck disable=SC2086
    out=$(cd "$dir" && env $envs timeout 60 "${measure[@]}" "$bin" $args -config "$cfg" "$dir/$module.tla" 2>&1)
    code=$?
    ok=1
    why=""
    # a spec with nothing to check would pass whatever the binary does
    grep -q '^\\\* expect: \(exit\|distinct\|depth\|trace\|output\|absent\|count\) ' "$cfg" ||
        { ok=0; why=" no expectation (exit, distinct, depth, trace, output, absent or count) in the .cfg;"; }
    while IFS= read -r line; do
        key=${line%% *}
        want=${line#* }
        case $key in
        exit) [ "$code" = "$want" ] || { ok=0; why="$why exit $code (want $want);"; } ;;
        distinct)
            got=$(printf '%s\n' "$out" | sed -n 's/.* \([0-9]*\) distinct states\{0,1\} found.*/\1/p' | tail -n1)
            [ "$got" = "$want" ] || { ok=0; why="$why distinct '$got' (want $want);"; } ;;
        depth)
            got=$(printf '%s\n' "$out" | sed -n 's/.*depth of the complete state graph search is \([0-9]*\).*/\1/p' | tail -n1)
            [ "$got" = "$want" ] || { ok=0; why="$why depth '$got' (want $want);"; } ;;
        trace)
            got=$(printf '%s\n' "$out" | grep -c '^State [0-9]*:')
            [ "$got" = "$want" ] || { ok=0; why="$why trace $got states (want $want);"; } ;;
        output)
            printf '%s\n' "$out" | grep -qF -- "$want" || { ok=0; why="$why output lacks '$want';"; } ;;
        absent)
            ! printf '%s\n' "$out" | grep -qF -- "$want" || { ok=0; why="$why output has '$want';"; } ;;
        count)
            n=${want%% *}
            got=$(printf '%s\n' "$out" | grep -cF -- "${want#* }")
            [ "$got" = "$n" ] || { ok=0; why="$why '${want#* }' on $got lines (want $n);"; } ;;
        peak)
            [ -n "$peak" ] || continue
            got=$(tail -n1 "$tmp/peak" 2>/dev/null)
            [ -n "$got" ] && [ "$got" -le "$want" ] || { ok=0; why="$why peak '$got' KB (want at most $want);"; } ;;
        args|module|env) ;;
        *) ok=0; why="$why unknown expectation '$key';" ;;
        esac
    done < <(sed -n 's/^\\\* expect: \(.*\)$/\1/p' "$cfg")
    if [ $ok = 1 ]; then
        pass=$((pass + 1))
        echo "PASS $name"
    else
        fail=$((fail + 1))
        echo "FAIL $name:$why"
        printf '%s\n' "$out" | tail -n 15 | sed 's/^/     | /'
    fi
done
echo "$pass passed, $fail failed"
[ $fail = 0 ]
