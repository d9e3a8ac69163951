#!/usr/bin/env bash
# The heavy models, side by side with TLC: every corpus model TLC needs at least 12 s for
# (../shared/corpus/index.tsv, column 13: TLC's wall time with 1 worker), each checked by TLC 2.20
# (../shared/tlc/tla2tools.jar) and by tlc-c in one run, at -workers 1 and 2, wall time with start-up
# included. Prints per model: distinct states, TLC's and tlc-c's seconds and their ratio per worker
# count, the peak memory of both (the largest over the runs) and tlc-c's peak bytes per distinct
# state; then the geometric mean and the least ratio per worker count.
#
# Models whose modules extend a community module (SequencesExt, Functions, IOUtils, ...) are listed
# apart: the jar lacks the community modules' Java implementations, so TLC would evaluate (or fail on)
# their TLA+ text; they are compared with index.tsv's TLC time (1 worker, measured once here), not run.
#
# TLC runs under `flock /tmp/tlc.lock` (one Java process at a time on the machine), each in a fresh
# copy of the spec's folder (TLC writes files beside the spec). A full run takes about an hour: run it on
# a quiet machine. tlc-c's distinct count is checked against index.tsv's (a mismatch is marked `!=`
# after its time), and so is TLC's (marked `?`: TLC's counts at a violation vary with its workers).
#
# Usage: bench/heavy.sh [options]
#   --bin PATH        tlc-c binary (default build/tlc-c)
#   --workers "1 2"   the worker counts (default "1 2")
#   --filter REGEX    only models whose cfg path matches
#   --min-tlc S       only models TLC needs at least S s for (default 12)
#   --max-tlc S       only models TLC needs at most S s for (default: no limit)
#   --tlcc-only       run only tlc-c, against index.tsv's TLC times (TLC columns for 2 workers empty)
#   --cpu             also print tlc-c's CPU seconds (user + system) at the first worker count, a
#                     steadier figure than wall time on a loaded machine
# With more than one worker count, the last column is tlc-c's speed-up from the first to the last
# (wall time), and a last line counts the models of 100,000 distinct states or more that reach 1.9x.
#   --tsv FILE        also write one row per model and worker count (for bench/baseline.sh)
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
shared=$here/../shared
corpus=$shared/corpus
jar=$shared/tlc/tla2tools.jar
bin=$here/build/tlc-c
workers="1 2"
filter=.
min_tlc=12
max_tlc=1e9
tlcc_only=0
cpu=0
tsv=
while [ $# -gt 0 ]; do
    case $1 in
    --bin) bin=$2; shift 2 ;;
    --workers) workers=$2; shift 2 ;;
    --filter) filter=$2; shift 2 ;;
    --min-tlc) min_tlc=$2; shift 2 ;;
    --max-tlc) max_tlc=$2; shift 2 ;;
    --tlcc-only) tlcc_only=1; shift ;;
    --cpu) cpu=1; shift ;;
    --tsv) tsv=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -u/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "heavy.sh: unknown option $1 (--help)" >&2; exit 2 ;;
    esac
done
bin=$(realpath "$bin")
[ -x "$bin" ] || { echo "heavy.sh: no tlc-c binary at $bin (build first)" >&2; exit 2; }
[ -f "$corpus/index.tsv" ] || { echo "heavy.sh: no corpus at $corpus" >&2; exit 2; }
if [ $tlcc_only = 0 ] && { [ ! -f "$jar" ] || ! command -v java >/dev/null; }; then
    echo "heavy.sh: no java or no $jar: running tlc-c only" >&2
    tlcc_only=1
fi
tmp=$(mktemp -d /tmp/heavy.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
[ -n "$tsv" ] && printf 'cfg\tworkers\tdistinct\tseconds\tcpu_seconds\tpeak_kb\n' > "$tsv"

# The modules a root module EXTENDS or INSTANCEs, transitively (through the spec's folder and the
# corpus's lib, which TLC is given), that are found in lib-community: nonempty when TLC would need
# the community modules (lib's FiniteSetTheorems extends Functions, so Barriers needs them).
community_modules() { # folder root-module
    local dir=$1 todo=$2 seen=" " found="" m file
    while [ -n "$todo" ]; do
        set -- $todo
        [ $# -gt 0 ] || break
        m=$1; shift; todo="$*"
        case $seen in *" $m "*) continue ;; esac
        seen="$seen$m "
        file=""
        [ -f "$corpus/lib/$m.tla" ] && file=$corpus/lib/$m.tla
        [ -f "$dir/$m.tla" ] && file=$dir/$m.tla
        if [ -n "$file" ]; then
            todo="$todo $(tr '\n' ' ' < "$file" |
                    grep -oE '(EXTENDS|INSTANCE)[[:space:]]+[A-Za-z0-9_]+([[:space:]]*,[[:space:]]*[A-Za-z0-9_]+)*' |
                    sed -E 's/^(EXTENDS|INSTANCE)//; s/,/ /g')"
        elif [ -f "$corpus/lib-community/$m.tla" ]; then
            found="$found $m"
        fi
    done
    echo $found
}

# Runs a command (under a lock if one is given) with wall time, CPU time and peak RSS; sets secs,
# cpu_secs, peak_kb, distinct; the command's output is in $tmp/out.
measure() { # lockfile-or-empty command...
    local lock=$1; shift
    local timer=(/usr/bin/time -f 'PEAK %M ELAPSED %e CPU %U %S' -o "$tmp/time")
    if [ -n "$lock" ]; then
        flock "$lock" "${timer[@]}" "$@" > "$tmp/out" 2>&1
    else
        "${timer[@]}" "$@" > "$tmp/out" 2>&1
    fi
    # the last line: time(1) writes "Command exited with non-zero status N" before it
    read -r _ peak_kb _ secs _ user sys < <(tail -n 1 "$tmp/time")
    cpu_secs=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    distinct=$(sed -n 's/^[0-9]* states generated, \([0-9]*\) distinct states found.*/\1/p' "$tmp/out" | tail -n 1)
    return 0
}

# TLC's time / tlc-c's; the clock's resolution is 0.01 s, so a run shown as 0.00 counts as 0.01
ratio() { awk -v t="$1" -v s="$2" 'BEGIN { if (s + 0 < 0.01) s = 0.01; if (t == "" || t == "-") print "-"; else printf "%.1f", t / s }'; }
# the same to two decimals (one worker count's time over another's)
speedup() { awk -v t="$1" -v s="$2" 'BEGIN { if (s + 0 < 0.01) s = 0.01; printf "%.2f", t / s }'; }

first_w=${workers%% *}
last_w=${workers##* }
# header
{
    printf '%-58s %9s' model distinct
    for w in $workers; do printf ' %8s %8s %7s' "TLC-w$w" "tlcc-w$w" ratio; done
    printf ' %8s %8s %7s' TLC-MB tlcc-MB B/state
    [ $cpu = 1 ] && printf ' %9s' "cpu-w${workers%% *}"
    [ "$first_w" != "$last_w" ] && printf ' %9s' "w$first_w/w$last_w"
    printf '\n'
}

# rows: spec folder, module, cfg, distinct, TLC seconds, TLC peak KB, the folder they are relative to
rows=$( {
    awk -F'\t' -v lo="$min_tlc" -v hi="$max_tlc" -v base="$corpus/specifications" '
        NR > 1 && $4 == "exhaustive search" && $13 + 0 >= lo + 0 && $13 + 0 <= hi + 0 &&
        $8 ~ /^(success|safety failure|deadlock failure|liveness failure|assumption failure)$/ {
            print $1 "\t" $2 "\t" $3 "\t" $10 "\t" $13 "\t" $14 "\t" base }' "$corpus/index.tsv"
    # the project's own heavy models (bench/models.tsv: the same columns, TLC's figures measured here)
    awk -F'\t' -v base="$here/bench" '!/^#/ && NF >= 6 { print $0 "\t" base }' "$here/bench/models.tsv"
    } | grep -E -- "$filter")
main_log=$tmp/main.log
apart_log=$tmp/apart.log
: > "$main_log"; : > "$apart_log"
while IFS=$'\t' read -r spec module cfg tlc_distinct tlc_secs tlc_kb base; do
    [ -n "$module" ] || continue
    case $tlc_kb in ''|*[!0-9]*) tlc_kb=0 ;; esac   # not measured
    dir=$(dirname "$base/$module")
    root=$(basename "$module" .tla)
    community=$(community_modules "$dir" "$root")
    apart=0
    [ -n "$community" ] && apart=1
    line=$(printf '%-58s %9s' "${cfg%.cfg}" "$tlc_distinct")
    peak_tlc=0
    peak_c=0
    first_cpu=-
    first_t=-
    shown_distinct=$tlc_distinct
    for w in $workers; do
        t_tlc=-
        if [ $apart = 1 ] || [ $tlcc_only = 1 ]; then
            [ "$w" = 1 ] && t_tlc=$tlc_secs && peak_tlc=$tlc_kb
        else
            rm -rf "$tmp/spec"
            mkdir -p "$tmp/spec" "$tmp/meta"
            cp -r "$base/$spec" "$tmp/spec/"
            (cd "$tmp/spec/$(dirname "$module")" &&
             measure /tmp/tlc.lock java -XX:+UseParallelGC -DTLA-Library="$corpus/lib" -cp "$jar" tlc2.TLC \
                 -workers "$w" -noGenerateSpecTE -metadir "$tmp/meta/$w" \
                 -config "$(basename "$cfg")" "$(basename "$module")"
             echo "$secs $peak_kb ${distinct:-?}" > "$tmp/tlc.res")
            read -r t_tlc kb d < "$tmp/tlc.res"
            [ "$kb" -gt "$peak_tlc" ] 2>/dev/null && peak_tlc=$kb
            [ "$d" != "$tlc_distinct" ] && [ -n "$tlc_distinct" ] && t_tlc="$t_tlc?"
            rm -rf "$tmp/meta"
        fi
        (cd "$dir" && TLA_PATH=$corpus/lib measure "" "$bin" -workers "$w" -config "$base/$cfg" "$base/$module"
         echo "$secs $peak_kb ${distinct:--} $cpu_secs" > "$tmp/c.res")
        read -r t_c kb d c_cpu < "$tmp/c.res"
        [ "$kb" -gt "$peak_c" ] && peak_c=$kb
        [ "$first_cpu" = - ] && first_cpu=$c_cpu
        [ "$first_t" = - ] && first_t=$t_c
        mark=
        [ -n "$tlc_distinct" ] && [ "$d" != "$tlc_distinct" ] && mark='!='
        [ -z "$tlc_distinct" ] && shown_distinct=$d
        [ -n "$tsv" ] && printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$cfg" "$w" "$d" "$t_c" "$c_cpu" "$kb" >> "$tsv"
        line="$line$(printf ' %8s %8s %7s' "$t_tlc" "$t_c$mark" "$(ratio "${t_tlc%\?}" "$t_c")")"
    done
    bps=$(awk -v k="$peak_c" -v d="$shown_distinct" 'BEGIN { if (d + 0 > 0) printf "%.0f", k * 1024 / d; else print "-" }')
    tlc_mb=-
    [ "$peak_tlc" -gt 0 ] && tlc_mb=$((peak_tlc / 1024))
    line="$line$(printf ' %8s %8s %7s' "$tlc_mb" "$((peak_c / 1024))" "$bps")"
    [ $cpu = 1 ] && line="$line$(printf ' %9s' "$first_cpu")"
    [ "$first_w" != "$last_w" ] && line="$line$(printf ' %8sx' "$(speedup "$first_t" "$t_c")")"
    if [ $apart = 1 ]; then
        echo "$line  [$community]" >> "$apart_log"
    else
        echo "$line" >> "$main_log"
        echo "$line"
    fi
done <<< "$rows"

# geometric means and least ratio per worker count, over the models of one table
summary() { # log title
    local col=0 w
    for w in $workers; do
        awk -v c=$((5 + 3 * col)) -v w="$w" -v title="$2" '{ if ($c != "-" && $c + 0 > 0) { s += log($c); n++; if (!m || $c + 0 < m) m = $c + 0 } }
            END { if (n) printf "%s, %s worker(s): geometric mean %.1fx TLC, least %.1fx (%d models)\n", title, w, exp(s / n), m, n }' "$1"
        col=$((col + 1))
    done
}
summary "$main_log" "side by side"
# tlc-c's speed-up from the first worker count to the last, on the models of >= 100,000 states
scaling() { # log
    awk -v a="$first_w" -v b="$last_w" '$2 + 0 >= 100000 && $NF ~ /x$/ {
            r = $NF; sub(/x$/, "", r); n++; if (r + 0 >= 1.9) k++
            if (!m || r + 0 < m) { m = r + 0; least = $1 } }
        END { if (n) printf "tlc-c from %s to %s workers, models of >= 100,000 distinct states: %d of %d at >= 1.9x, least %.2fx (%s)\n", a, b, k, n, m, least }' "$1"
}
if [ -s "$apart_log" ]; then
    echo
    echo "Needing community modules' Java (TLC time from index.tsv, 1 worker):"
    cat "$apart_log"
    summary "$apart_log" "against index.tsv"
fi
[ "$first_w" != "$last_w" ] && cat "$main_log" "$apart_log" | scaling /dev/stdin
