# checks.sh - what the run_*.sh drivers of tlc-c's own tests share (sourced, after setting bin and
# src): a scratch folder `work`, removed at exit; ok and bad to count checks; finish to report them;
# copy_examples to work in a copy of the examples.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
finish() {
    echo "$pass passed, $fail failed"
    [ $fail = 0 ]
}
copy_examples() {
    cp "$src"/examples/*.tla "$src"/examples/*.cfg "$work"/
    cd "$work" || exit 1
}
