#!/bin/sh
# Prints the Readability test pages to PDF as an analyst would from a browser, for
# `bench/extract-eval.py CLI --pdf DIR`. Chromium runs headless with the network closed: the pages load
# only what sits beside them on disk (their remote images and fonts fail, as they would offline).
#
#   bench/print-pdfs.sh [OUT_DIR]     (default: build/release/bench/printed-pdfs; never committed)
#
# Needs Debian's `chromium` (a development tool only: apt-get install -y chromium). The pages come from
# $DRAMATIS_DATA_DIR or ../shared/data beside the repository.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${DRAMATIS_DATA_DIR:-$here/../../shared/data}
pages=$data/web/readability-test-pages
out=${1:-$here/../build/release/bench/printed-pdfs}
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "print-pdfs: chromium is not installed (apt-get install -y chromium)" >&2; exit 2; }
[ -d "$pages" ] || { echo "print-pdfs: no pages at $pages (set DRAMATIS_DATA_DIR)" >&2; exit 2; }
mkdir -p "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

# No network: every host resolves nowhere and every connection goes to a closed local port; no background updates, sync or metrics.
for dir in "$pages"/*/; do
    name=$(basename "$dir")
    [ -f "$dir/source.html" ] || continue
    timeout 60 "$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --user-data-dir="$profile" --host-resolver-rules='MAP * ~NOTFOUND' --proxy-server='127.0.0.1:9' \
        --disable-background-networking --disable-component-update --disable-sync \
        --disable-default-apps --no-first-run --metrics-recording-only --disable-breakpad \
        --run-all-compositor-stages-before-draw --virtual-time-budget=5000 \
        --print-to-pdf="$out/$name.pdf" "file://$dir/source.html" >/dev/null 2>&1 ||
        echo "print-pdfs: $name failed" >&2
done
echo "printed $(ls "$out"/*.pdf 2>/dev/null | wc -l) pages into $out"
