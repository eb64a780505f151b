#!/usr/bin/env bash
# The out-of-domain yardstick: Universal NER's English Web Treebank dev set (blogs, reviews, e-mails; PER,
# ORG, LOC; CC BY-SA, evaluation only). Converted to CoNLL columns on the fly; the tagger's MISC (which the
# set does not annotate) counts as outside; scored by ../shared/tools/conlleval.py.
#   bench/uner-eval.sh [CLI] [dev|test]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
data=${DRAMATIS_DATA_DIR:-$here/../shared/data}
tools=$(dirname "$data")/tools
cli=${1:-$here/build/release/app/dramatis-cli}
part=${2:-dev}
src=$data/ner/uner-en-ewt/en_ewt-ud-$part.iob2
[[ -f $src ]] || { echo "uner-eval.sh: no $src" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$src" > "$work/gold.conll" <<'PY'
import sys
print("-DOCSTART- -X- -X- O\n")
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if line.startswith("#"):
        continue
    if not line.strip():
        print()
        continue
    f = line.split("\t")
    tag = "O" if f[2].endswith("OTH") else f[2]
    print(f"{f[1]} X X {tag}")
PY
"$cli" tag --conll "$work/gold.conll" | sed -E 's/ [BI]-MISC$/ O/' | python3 "$tools/conlleval.py"
