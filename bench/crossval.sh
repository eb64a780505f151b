#!/usr/bin/env bash
# Cross-validation of the tagger's recipe on CoNLL-2003 eng.train: its documents are dealt round-robin into K
# folds; for each fold a model is trained on the others (the shipped recipe: `dramatis-cli train` with its
# defaults) and scored on the fold (`dramatis-cli eval --model`, the rules after decoding included). Prints
# each fold's report line and the mean overall F1. Nothing here touches eng.testa.
#   bench/crossval.sh [K] [CLI]        K defaults to 5; CLI to build/release/app/dramatis-cli
# A fold trains for about as long as the shipped model does (minutes): this is a benchmark, not a test.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
data=${DRAMATIS_DATA_DIR:-$here/../shared/data}
k=${1:-5}
cli=${2:-$here/build/release/app/dramatis-cli}
train=$data/ner/conll2003/eng.train
[[ -f $train ]] || { echo "crossval.sh: no $train" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$work}
python3 - "$train" "$work" "$k" <<'PY'
import sys
src, work, k = sys.argv[1], sys.argv[2], int(sys.argv[3])
docs, cur = [], []
for line in open(src, encoding='utf-8'):
    if line.startswith('-DOCSTART-'):
        if cur:
            docs.append(cur)
        cur = [line]
    else:
        cur.append(line)
if cur:
    docs.append(cur)
for f in range(k):
    with open(f'{work}/fold{f}.test', 'w', encoding='utf-8') as test, \
            open(f'{work}/fold{f}.train', 'w', encoding='utf-8') as train:
        for i, d in enumerate(docs):
            (test if i % k == f else train).writelines(d)
PY
scores=()
for ((f = 0; f < k; ++f)); do
    "$cli" train --train "$work/fold$f.train" --out "$work/fold$f.model" > "$work/fold$f.log" 2>&1
    line=$("$cli" eval --conll "$work/fold$f.test" --model "$work/fold$f.model" | grep '^accuracy')
    echo "fold $((f + 1))/$k: $line"
    scores+=("${line##*FB1: }")
done
printf '%s\n' "${scores[@]}" | awk '{ s += $1 } END { printf "mean F1 over %d folds: %.2f\n", NR, s / NR }'
