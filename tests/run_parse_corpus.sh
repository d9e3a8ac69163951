#!/usr/bin/env bash
# Every .tla file of the shared corpus that TLC's parser (SANY) accepts must pass `tlc-c --parse`
# (parsing and semantic analysis), run from its folder with TLA_PATH at the proof library.
# Skipped (exit 77) when ../shared is not beside the source tree.
set -u
bin=$1
src=$2
corpus=$src/../shared/corpus
if [ ! -f "$corpus/sany.tsv" ]; then
    echo "skipped: no corpus at $corpus"
    exit 77
fi
pass=0
fail=0
while IFS=$'\t' read -r file verdict; do
    [ "$file" = file ] && continue
    path=$corpus/specifications/$file
    if (cd "$(dirname "$path")" && TLA_PATH=$corpus/lib timeout 30 "$bin" --parse "$(basename "$path")" >/dev/null 2>/tmp/tlcc-parse-$$.txt); then
        ok=$([ "$verdict" = ok ] && echo 1 || echo 0)
    else
        ok=$([ "$verdict" = ok ] && echo 0 || echo 1)
    fi
    if [ "$ok" = 1 ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL $file (SANY: $verdict)"
        head -5 /tmp/tlcc-parse-$$.txt
    fi
done < "$corpus/sany.tsv"
rm -f /tmp/tlcc-parse-$$.txt
echo "$pass passed, $fail failed"
[ $fail = 0 ]
