# corpus.sh - what the bench scripts that run single corpus models share (sourced, after setting
# corpus): corpus_model M (e.g. btree/btree) sets cfg and tla to the model's paths and tmp to a fresh
# copy of its folder, to run in (tools write files beside the spec); the caller removes tmp.
corpus_model() {
    local dir=$corpus/specifications/$(dirname "$1")
    cfg=$corpus/specifications/$1.cfg
    tla=$corpus/specifications/$(awk -F'\t' -v c="$1.cfg" '$3 == c { print $2; exit }' "$corpus/index.tsv")
    tmp=$(mktemp -d)
    cp -r "$dir"/. "$tmp"/
}
