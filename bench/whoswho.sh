#!/usr/bin/env bash
# The who's-who yardstick on real web pages: runs `dramatis-cli tag --format json` on each page of
# ../shared/data/web/readability-test-pages that has a hand-made gold in tests/data/whoswho/, and scores it
# with ../shared/tools/whoswho-eval.py (people and organisations: precision, recall, F1, fragmentation).
#   bench/whoswho.sh [CLI] [-v] [--news]   CLI defaults to build/release/app/dramatis-cli; --news scores only
#                                          the news and magazine pages (tests/data/whoswho/news.txt)
# The pages are read as saved (source.html), as an analyst would open them; the gold stores no article text.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
data=${DRAMATIS_DATA_DIR:-$here/../shared/data}
tools=${DRAMATIS_TOOLS_DIR:-$(dirname "$data")/tools}
cli=$here/build/release/app/dramatis-cli
verbose=()
news=
for a in "$@"; do
    if [[ $a == -v ]]; then verbose=(-v); elif [[ $a == --news ]]; then news=1; else cli=$a; fi
done
pages=$data/web/readability-test-pages
[[ -d $pages && -f $tools/whoswho-eval.py ]] || { echo "whoswho.sh: no pages or scorer under $data" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for gold in "$here"/tests/data/whoswho/*.gold.json; do
    case=$(basename "$gold" .gold.json)
    [[ -f $pages/$case/source.html ]] || continue
    if [[ -n $news ]] && ! grep -qx "$case" "$here/tests/data/whoswho/news.txt"; then continue; fi
    cp "$gold" "$work/"
    # The scorer hands the CLI <case>.txt; the loader recognises the page by its content.
    ln -s "$pages/$case/source.html" "$work/$case.txt"
done
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$work}
python3 "$tools/whoswho-eval.py" "$cli tag {} --format json --db $work/bench.sqlite" "$work" "${verbose[@]}"
