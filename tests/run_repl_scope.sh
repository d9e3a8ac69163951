#!/usr/bin/env bash
# tlc-c --eval as TLC's REPL: each line of tests/eval/repl_scope.txt evaluated in a process of its
# own (the printing order of strings depends on what the process interned first).
# Usage: run_repl_scope.sh TLC_C_BINARY SOURCE_DIR
set -u
bin=$1
src=$2
pass=0
fail=0
while IFS= read -r line; do
    case "$line" in '#'* | '') continue ;; esac
    expr=$(printf '%s' "$line" | sed 's/ *==>.*//')
    want=$(printf '%s' "$line" | sed 's/.*==> *//')
    got=$("$bin" --eval "$expr" 2>&1)
    if [ "$got" = "$want" ]; then
        pass=$((pass + 1))
    else
        printf 'FAIL: %s\n  want: %s\n  got:  %s\n' "$expr" "$want" "$got"
        fail=$((fail + 1))
    fi
done <"$src/tests/eval/repl_scope.txt"
echo "repl_scope: $pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
