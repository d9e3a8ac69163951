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
    # the report of what was found is shown whole; a clean run's closing lines only
    if ./build-fuzz/fuzz_$target -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -artifact_prefix=build-fuzz/ \
        build-fuzz/corpus-$target tests/fuzz/corpus/$target >"$log" 2>&1; then
        tail -n 3 "$log"
    else
        grep -v '^#[0-9]\|^INFO' "$log" | tail -n 80
        exit 1
    fi
done
echo "fuzzing found nothing"
