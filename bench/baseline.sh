#!/usr/bin/env bash
# tlc-c against its own recorded times: runs the heavy models (bench/heavy.sh --tlcc-only, 1 worker)
# and compares each with bench/baseline.tsv. A model is flagged SLOWER when its CPU time (user +
# system, steadier than wall time on a shared machine) is more than 10% (and 0.2 s, the noise on
# the smallest) above the baseline's, and WRONG when its distinct-state count differs. Exit status
# 1 when any model is flagged.
# Record a new baseline (after a deliberate change, on a quiet machine) with --update.
#
# Usage: bench/baseline.sh [--bin PATH] [--filter REGEX] [--update]
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
bin=$here/build/tlc-c
filter=.
update=0
while [ $# -gt 0 ]; do
    case $1 in
    --bin) bin=$2; shift 2 ;;
    --filter) filter=$2; shift 2 ;;
    --update) update=1; shift ;;
    -h|--help) sed -n '2,/^set -u/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "baseline.sh: unknown option $1 (--help)" >&2; exit 2 ;;
    esac
done
base=$here/bench/baseline.tsv
now=$(mktemp /tmp/baseline.XXXXXX)
trap 'rm -f "$now"' EXIT
"$here/bench/heavy.sh" --bin "$bin" --tlcc-only --workers 1 --cpu --filter "$filter" --tsv "$now" >&2 || exit 2
if [ $update = 1 ]; then
    if [ -f "$base" ]; then # keep the rows of models the filter left out
        awk -F'\t' 'NR == FNR { seen[$1 FS $2] = 1; next } FNR > 1 && !seen[$1 FS $2]' "$now" "$base" > "$now.old"
        cat "$now.old" >> "$now"
        rm -f "$now.old"
    fi
    { head -n 1 "$now"; tail -n +2 "$now" | sort; } > "$base"
    echo "baseline.sh: wrote $base"
    exit 0
fi
[ -f "$base" ] || { echo "baseline.sh: no $base (record one with --update)" >&2; exit 2; }
awk -F'\t' '
    NR == FNR { if (FNR > 1) { d[$1 FS $2] = $3; cpu[$1 FS $2] = $5 } next }
    FNR == 1 { printf "%-62s %10s %10s %8s\n", "model", "base-cpu-s", "cpu-s", "change"; next }
    {
        k = $1 FS $2
        if (!(k in cpu)) { printf "%-62s %10s %10s %8s  (not in the baseline)\n", $1, "-", $5, "-"; next }
        change = cpu[k] > 0 ? ($5 - cpu[k]) / cpu[k] * 100 : 0
        flag = ""
        if ($3 != d[k]) { flag = "  WRONG: " $3 " distinct states, baseline " d[k]; bad++ }
        else if (change > 10 && $5 - cpu[k] > 0.2) { flag = "  SLOWER"; bad++ }
        printf "%-62s %10s %10s %+7.0f%%%s\n", $1, cpu[k], $5, change, flag
    }
    END { if (bad) { printf "%d model(s) flagged\n", bad; exit 1 } print "no model flagged (none more than 10% and 0.2 s slower, none with other counts)" }
' "$base" "$now"
