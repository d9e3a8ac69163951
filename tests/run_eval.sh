#!/usr/bin/env bash
# Expression tests: each line of tests/eval/expressions.txt is `EXPR ==> VALUE` or
# `EXPR ==> error: WORDS`; `tlc-c --eval EXPR` must print VALUE (exit 0), or fail with WORDS.
set -u
bin=$1
src=$2
pass=0
fail=0
while IFS= read -r line; do
    case $line in ''|'#'*) continue ;; esac
    expr=${line%%==>*}
    want=${line##*==> }
    expr=$(printf '%s' "$expr" | sed 's/[[:space:]]*$//')
    out=$("$bin" --eval "$expr" 2>&1)
    code=$?
    case $want in
    'error: '*)
        words=${want#error: }
        if [ $code -ne 0 ] && printf '%s' "$out" | grep -qiF -- "$words"; then pass=$((pass + 1)); continue; fi ;;
    *)
        if [ $code -eq 0 ] && [ "$out" = "$want" ]; then pass=$((pass + 1)); continue; fi ;;
    esac
    fail=$((fail + 1))
    echo "FAIL: $expr"
    echo "  want: $want"
    echo "  got ($code): $out" | head -3
done < "$src/tests/eval/expressions.txt"
echo "$pass passed, $fail failed"
[ $fail = 0 ]
