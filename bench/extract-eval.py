#!/usr/bin/env python3
"""Scores how well dramatis-cli reads web pages, against Mozilla Readability's output for the same pages.

    bench/extract-eval.py PATH/TO/dramatis-cli [--pdf DIR] [--quiet]

The pages are DATA/web/readability-test-pages/<case>/ (source.html, expected.html, expected-metadata.json),
DATA being $DRAMATIS_DATA_DIR or ../shared/data beside the repository. Every page is read with
`dramatis-cli tag PAGE --format json` and scored:

- body: bag of words (\\w+ lower-cased) of our article text against the text of expected.html;
  precision, recall and F1 per page, their mean over pages (macro F1) and the pooled counts (micro P/R).
- title: ours equals the expected title after collapsing whitespace. Nothing else is normalised: quotes,
  dashes and case must be the same.
- byline: over the pages whose expected byline is not empty. Readability keeps the byline as the page
  prints it ("By\\n  JANE DOE"), we keep the name ("Jane Doe"); so whitespace is collapsed, a leading
  "By" / "Par" / "Von" word is dropped from both and case is ignored before they are compared. A second,
  looser count accepts ours when the expected byline starts with it at a word boundary (Readability's
  byline often carries the date: "By Jane Doe March 25, 2015").
- refused: pages the CLI does not open (a non-zero exit or no JSON).

With --pdf DIR, the pages are the PDFs DIR/<case>.pdf (bench/print-pdfs.sh prints them) and only title and
body are scored: a printed page has no metadata to take a byline from. A printed page shows the headline,
not the page's <title>, so there a title is also right when it is the expected title without its site part
("Headline" for "Headline | Site": the expected title split once at " | ", " - ", " – ", " — " or " · "),
case aside; both counts are printed.
"""
import argparse
import collections
import html
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def data_dir():
    d = os.environ.get("DRAMATIS_DATA_DIR") or os.path.join(HERE, "..", "..", "shared", "data")
    return os.path.join(d, "web", "readability-test-pages")


def words(text):
    return re.findall(r"\w+", text.lower())


def expected_text(path):
    with open(path, encoding="utf-8") as f:
        page = f.read()
    page = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", page, flags=re.S | re.I)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def collapse(s):
    return " ".join((s or "").split())


BY = re.compile(r"^(?:by|par|von)\s+", re.I)
SEPARATOR = re.compile(r" (?:\||-|–|—|·) ")


def headline_right(ours, expected):
    ours, expected = collapse(ours).casefold(), collapse(expected).casefold()
    if not ours:
        return False
    if ours == expected:
        return True
    return any(ours in (expected[:m.start()], expected[m.end():]) for m in SEPARATOR.finditer(expected))


def byline_key(s):
    return BY.sub("", collapse(s)).casefold()


def read(cli, path, env, db):
    r = subprocess.run([cli, "tag", path, "--format", "json", "--db", db], capture_output=True, env=env)
    if r.returncode != 0:
        return None
    try:
        return json.loads(r.stdout)["article"]
    except (ValueError, KeyError):
        return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cli")
    ap.add_argument("--pdf", metavar="DIR", help="score the printed PDFs in DIR instead of the HTML pages")
    ap.add_argument("--quiet", action="store_true", help="totals only")
    args = ap.parse_args()

    pages = data_dir()
    if not os.path.isdir(pages):
        sys.exit(f"no pages at {pages} (set DRAMATIS_DATA_DIR)")
    tmp = tempfile.mkdtemp(prefix="extract-eval-")
    env = dict(os.environ, XDG_RUNTIME_DIR=tmp, QT_QPA_PLATFORM="offscreen")
    db = os.path.join(tmp, "eval.sqlite")

    rows = []
    common_total = got_total = expected_total = 0
    titles = title_pages = headlines = 0
    bylines = bylines_loose = byline_pages = 0
    refused = []
    for case in sorted(os.listdir(pages)):
        d = os.path.join(pages, case)
        if not os.path.isfile(os.path.join(d, "expected.html")):
            continue
        source = os.path.join(args.pdf, case + ".pdf") if args.pdf else os.path.join(d, "source.html")
        if not os.path.isfile(source):
            continue
        with open(os.path.join(d, "expected-metadata.json"), encoding="utf-8") as f:
            meta = json.load(f)
        article = read(args.cli, source, env, db)
        if article is None:
            refused.append(case)
            article = {}
        ew = collections.Counter(words(expected_text(os.path.join(d, "expected.html"))))
        gw = collections.Counter(words(article.get("text", "")))
        common = sum((ew & gw).values())
        p = common / max(1, sum(gw.values()))
        r = common / max(1, sum(ew.values()))
        f1 = 2 * p * r / max(1e-9, p + r)
        common_total += common
        got_total += sum(gw.values())
        expected_total += sum(ew.values())

        title_ok = None
        if collapse(meta.get("title")):
            title_pages += 1
            title_ok = collapse(article.get("title")) == collapse(meta.get("title"))
            titles += title_ok
            headlines += headline_right(article.get("title"), meta.get("title"))
        byline_ok = None
        if not args.pdf and collapse(meta.get("byline")):
            byline_pages += 1
            ours, theirs = byline_key(article.get("author")), byline_key(meta.get("byline"))
            byline_ok = bool(ours) and ours == theirs
            loose = bool(ours) and theirs.startswith(ours) and not theirs[len(ours):len(ours) + 1].isalnum()
            bylines += byline_ok
            bylines_loose += loose
        rows.append((case, p, r, f1, title_ok, byline_ok, article, meta))

    if not args.quiet:
        mark = {None: " ", True: "+", False: "-"}
        print(f"{'case':28s}    P     R    F1  T B  title / byline (ours, then expected when they differ)")
        for case, p, r, f1, t, b, article, meta in rows:
            print(f"{case:28s} {p:5.2f} {r:5.2f} {f1:5.2f}  {mark[t]} {mark[b]}  {collapse(article.get('title'))!r}")
            if t is False:
                print(f"{'':57s}!= {collapse(meta.get('title'))!r}")
            if b is not None:
                print(f"{'':57s}by {collapse(article.get('author'))!r}" +
                      ("" if b else f" != {collapse(meta.get('byline'))!r}"))
    n = max(1, len(rows))
    micro_p = common_total / max(1, got_total)
    micro_r = common_total / max(1, expected_total)
    print(f"pages {len(rows)}  body macro F1 {sum(x[3] for x in rows) / n:.3f}  "
          f"micro P {micro_p:.3f} R {micro_r:.3f}")
    print(f"title exact {titles}/{title_pages}" +
          (f"  title right (headline without the site part) {headlines}/{title_pages}" if args.pdf else "") +
          ("" if args.pdf else f"  byline {bylines}/{byline_pages} (loose {bylines_loose}/{byline_pages})") +
          f"  refused {len(refused)}" + (f" ({', '.join(refused)})" if refused else ""))


if __name__ == "__main__":
    main()
