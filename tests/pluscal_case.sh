#!/usr/bin/env bash
# One PlusCal case of tests/pluscal: NAME.tla is translated with `tlc-c --translate ARGS` in a
# temporary folder, then checked with `tlc-c`, and compared with NAME.cfg's leading comments:
#   \* translate: ARGS                  (the translator's options)
#   \* expect-translate: exit N         (the translator's exit code; the model is then not checked)
#   \* expect-translate: output TEXT    (text the translator must print)
#   \* expect: exit N | distinct N | depth N | trace N | output TEXT   (as in tests/specs)
# Usage: pluscal_case.sh TLC_C_BINARY SOURCE_DIR NAME
set -u
bin=$1
src=$2
name=$3
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cp "$src/tests/pluscal/$name.tla" "$dir/"
sed -n '/^\\\* /p' "$src/tests/pluscal/$name.cfg" > "$dir/expect.txt"
grep -v '^\\\* ' "$src/tests/pluscal/$name.cfg" > "$dir/$name.cfg"
args=$(sed -n 's/^\\\* translate: \(.*\)$/\1/p' "$dir/expect.txt")
# shellcheck disable=SC2086
tout=$(cd "$dir" && "$bin" --translate $args "$name.tla" 2>&1)
tcode=$?
fail=0
want_t=$(sed -n 's/^\\\* expect-translate: exit \(.*\)$/\1/p' "$dir/expect.txt")
if [ -n "$want_t" ]; then
    [ "$tcode" = "$want_t" ] || { echo "translate exit $tcode (want $want_t)"; fail=1; }
    while IFS= read -r want; do
        printf '%s\n' "$tout" | grep -qF -- "$want" || { echo "translator output lacks '$want'"; fail=1; }
    done < <(sed -n 's/^\\\* expect-translate: output \(.*\)$/\1/p' "$dir/expect.txt")
    [ $fail = 0 ] || printf '%s\n' "$tout"
    exit $fail
fi
[ "$tcode" = 0 ] || { echo "translate exit $tcode"; printf '%s\n' "$tout"; exit 1; }
# the module's own .cfg lines above the translator's delimiter come first
out=$(cd "$dir" && timeout 120 "$bin" -workers 1 "$name.tla" 2>&1)
code=$?
while IFS= read -r line; do
    key=${line%% *}
    want=${line#* }
    case $key in
    exit) [ "$code" = "$want" ] || { echo "exit $code (want $want)"; fail=1; } ;;
    distinct)
        got=$(printf '%s\n' "$out" | sed -n 's/.* \([0-9]*\) distinct states\{0,1\} found.*/\1/p' | tail -n1)
        [ "$got" = "$want" ] || { echo "distinct '$got' (want $want)"; fail=1; } ;;
    depth)
        got=$(printf '%s\n' "$out" | sed -n 's/.*depth of the complete state graph search is \([0-9]*\).*/\1/p' | tail -n1)
        [ "$got" = "$want" ] || { echo "depth '$got' (want $want)"; fail=1; } ;;
    trace)
        got=$(printf '%s\n' "$out" | grep -c '^State [0-9]*:')
        [ "$got" = "$want" ] || { echo "trace $got (want $want)"; fail=1; } ;;
    output) printf '%s\n' "$out" | grep -qF -- "$want" || { echo "output lacks '$want'"; fail=1; } ;;
    *) echo "unknown expectation '$key'"; fail=1 ;;
    esac
done < <(sed -n 's/^\\\* expect: \(.*\)$/\1/p' "$dir/expect.txt")
[ $fail = 0 ] || { cat "$dir/$name.cfg"; printf '%s\n' "$out" | tail -n 20; }
exit $fail
