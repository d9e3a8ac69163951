#!/usr/bin/env bash
# The quick part of the shared conformance corpus (models TLC finishes within 4 s, no PROPERTY):
# verdict, distinct states, depth and trace length must equal TLC's, with 1 and with 2 workers.
# Skipped (exit 77) when ../shared is not beside the source tree.
set -u
bin=$1
src=$2
conformance=$src/../shared/conformance
if [ ! -x "$conformance" ]; then
    echo "skipped: no $conformance"
    exit 77
fi
status=0
for workers in 1 2; do
    echo "== -workers $workers"
    # MCDieHardest's own ASSUME demands one worker, as it would of TLC
    filter='^(?!DieHard/MCDieHardest)'
    [ "$workers" = 1 ] && filter='.'
    python3 "$conformance" --bin "$bin" --quick --no-property --workers "$workers" --filter "$filter" --strict | tail -n 4 || status=1
done
exit $status
