#!/usr/bin/env bash
# The long form of tests/run_checkpoint.sh, run by hand: a model of a few million states (the
# Odometer with 8 digits from 0 to 6: 5,764,801 states), checkpointed every 3 s, killed with SIGKILL
# KILLS times (default 6, the first during a checkpoint's write, the others within 15 s of a start)
# and recovered with 1 or 2 workers,
# must end with the uninterrupted run's counts, depth and trace; then the damaged, other-.cfg and
# full-disk cases.
# Usage: bench/checkpoint_kill.sh [tlc-c binary] [digits] [largest digit]
here=$(cd "$(dirname "$0")/.." && pwd)
bin=$(realpath "${1:-$here/build/tlc-c}")
ODOMETER_N=${2:-8} ODOMETER_K=${3:-6} KILLS=${KILLS:-6} KILL_SECONDS=${KILL_SECONDS:-15} \
    CHECKPOINT_MINUTES=${CHECKPOINT_MINUTES:-0.05} exec bash "$here/tests/run_checkpoint.sh" "$bin" "$here"
