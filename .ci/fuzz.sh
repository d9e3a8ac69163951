#!/usr/bin/env bash
# Build the libFuzzer targets (the parser, the .cfg reader, the evaluator behind --eval) with clang,
# ASan and UBSan, and run each for a bounded time
# (FUZZ_SECONDS, default 60). Fails if any finds a crash.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=Debug -DTLCC_FUZZ=ON \
      -DTLCC_SANITIZE=address,undefined -DBUILD_TESTING=OFF >/dev/null
cmake --build build-fuzz -j2 --target fuzz_parser fuzz_cfg fuzz_eval
for target in parser cfg eval; do
    echo "== fuzzing the $target for ${seconds}s"
    mkdir -p build-fuzz/corpus-$target
    log=build-fuzz/fuzz_$target.log
    # the report of what was found is shown whole; a clean run's closing lines only. An input that
    # runs past 10 s (exit 70) ends the target's run without failing CI: a few characters can ask
    # for a legitimately exponential evaluation (`CHOOSE s \in SUBSET (1..32) : ...`), which is what
    # TLC would do too; it is shown so that a real hang can be told apart.
    rc=0
    ./build-fuzz/fuzz_$target -max_total_time="$seconds" -timeout=10 -timeout_exitcode=70 -rss_limit_mb=2048 \
        -artifact_prefix=build-fuzz/ build-fuzz/corpus-$target tests/fuzz/corpus/$target >"$log" 2>&1 || rc=$?
    if [ $rc = 0 ]; then
        tail -n 3 "$log"
    elif [ $rc = 70 ]; then
        echo "a slow input (over 10 s), not a crash:"
        grep -a -m1 -A1 'Test unit written\|^artifact_prefix' "$log" || true
        { cat build-fuzz/timeout-* 2>/dev/null | head -c 300; echo; } || true
    else
        grep -v '^#[0-9]\|^INFO' "$log" | tail -n 80
        exit 1
    fi
done
echo "fuzzing found nothing"
