#!/usr/bin/env python3
"""Writes a reproducible corpus of made-up news articles in every format Dramatis reads, for
`dramatis-cli bench --folder DIR --threads 2` (the library's intake benchmark).

    bench/make-corpus.py DIR [--count 1000] [--seed 7]
    bench/make-corpus.py --jsonl [--count 100000] > requests.jsonl   # `tag --jsonl` requests, no files

With --jsonl it writes the same kind of articles as `tag --jsonl` requests ({"id", "text", "title", "date",
"source"}), one a line: the way to a library of 100,000 articles without 100,000 files to read. Some articles
end with a press contact (an e-mail address and a phone number from the ranges kept for drama)
that other articles of the same company or person share, so the library links articles by identifier too.

Every sentence is synthesised here from invented names and templates (no corpus text is copied). People,
companies and places recur across articles, so the library has entities shared between articles. The mix:
text, Markdown, HTML, e-mail, DOCX, ODT, EPUB, RTF and a few PDFs; the same seed gives the same files.
"""
import argparse
import datetime
import html
import json
import os
import random
import sys
import zipfile

FIRST = ["Maren", "Jory", "Talia", "Oskar", "Ines", "Bram", "Lucía", "Kofi", "Anneli", "Ravi", "Sunniva",
         "Teodor", "Amara", "Niamh", "Emeka", "Yusra", "Pelle", "Zoë", "Dorota", "Hamish", "Ilse", "Mateus"]
LAST = ["Olsby", "Tremayne", "Varga", "Lindqvist", "Okafor", "Castellan", "Marsh", "Haddad", "Pereira",
        "Nakamura", "Ferreira", "Kowalczyk", "Brennan", "Sørlie", "Abernethy", "Quist", "Delacroix", "Mbeki"]
COMPANY_A = ["Kestrel", "Harrow", "Bluefin", "Northmere", "Copperline", "Saltmarsh", "Ardent", "Greywater",
             "Halcyon", "Juniper", "Larkspur", "Moorgate", "Pinecrest", "Redwing", "Tidewell", "Vantor"]
COMPANY_B = ["Silicon", "Robotics", "Energy", "Logistics", "Pharma", "Foods", "Shipping", "Analytics",
             "Aerospace", "Grid", "Textiles", "Capital"]
DESIGNATOR = ["", "", "Inc.", "Ltd", "plc", "GmbH", "AG", "Corp."]
PLACES = ["Porthcarrow", "Tromsø", "Penlowen", "Kirkwall", "Ostrava", "Valparaíso", "Gdańsk", "Lübeck",
          "Aalborg", "Cádiz", "Dunmore", "Harwich", "Lisbon", "Rotterdam", "Marseille", "Bergen"]
TITLES = ["chief executive", "finance director", "head of research", "spokeswoman", "spokesman", "chairman",
          "chief engineer", "union representative", "mayor", "harbour master"]
HONORIFIC = ["", "", "", "Dr. ", "Prof. ", "Ms. ", "Mr. "]
VERBS = ["announced", "denied", "confirmed", "postponed", "defended", "criticised", "welcomed", "questioned"]
THINGS = ["a new factory", "the merger talks", "quarterly results", "a recall of older models",
          "plans for a second terminal", "job cuts", "a pilot programme", "the export licence",
          "a wage agreement", "the safety review", "an investment of 40 million euros", "a move to cloud billing"]
FILLER = ["Analysts said the decision had been expected for weeks.",
          "The figures were published late on Thursday.", "Shares moved little in early trading.",
          "Local councillors asked for a public hearing.", "Several suppliers declined to comment.",
          "The regulator is expected to respond within a month.", "Workers gathered outside the gates at dawn.",
          "A spokesperson promised more details next week.", "The weather delayed the first shipments.",
          "Critics argued the timetable was too ambitious."]
SOURCES = ["The Harbour Gazette", "Northern Wire", "Coastal Ledger", "Baltic Business Review", "Morning Post"]


class Cast:
    """The recurring people, companies and places an article draws from."""

    def __init__(self, rng):
        self.people = [(rng.choice(FIRST), rng.choice(LAST)) for _ in range(120)]
        self.companies = list({(a, b) for a in COMPANY_A for b in COMPANY_B})
        self.companies.sort()
        rng.shuffle(self.companies)
        self.companies = self.companies[:70]


def company_name(rng, c, full):
    name = f"{c[0]} {c[1]}"
    if full:
        d = rng.choice(DESIGNATOR)
        name = f"{name}{',' if d == 'Inc.' else ''} {d}".strip()
    return name


def article(rng, cast, n):
    people = rng.sample(cast.people, rng.randint(2, 4))
    companies = rng.sample(cast.companies, rng.randint(1, 3))
    places = rng.sample(PLACES, 2)
    main = companies[0]
    title = f"{main[0]} {main[1]} {rng.choice(VERBS)} {rng.choice(THINGS)} in {places[0]}"
    paragraphs = []
    for p in range(rng.randint(4, 9)):
        sentences = []
        for _ in range(rng.randint(3, 6)):
            who = rng.choice(people)
            comp = rng.choice(companies)
            first_time = p == 0
            kind = rng.random()
            if kind < 0.35:
                sentences.append(
                    f"{rng.choice(HONORIFIC) if first_time else ''}{who[0]} {who[1]}, {rng.choice(TITLES)} of "
                    f"{company_name(rng, comp, first_time)}, said the company had {rng.choice(VERBS)} "
                    f"{rng.choice(THINGS)}.")
            elif kind < 0.6:
                sentences.append(
                    f"{who[1]} told reporters in {rng.choice(places)} that {comp[0]} would not change course.")
            elif kind < 0.8:
                sentences.append(
                    f"{company_name(rng, comp, False)} {rng.choice(VERBS)} {rng.choice(THINGS)} on "
                    f"{rng.choice(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}.")
            else:
                sentences.append(rng.choice(FILLER))
        paragraphs.append(" ".join(sentences))
    paragraphs.append(f"(Article {n} of the Dramatis benchmark corpus.)")
    date = datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randint(0, 600))
    author = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    return title, paragraphs, date, rng.choice(SOURCES), author


def contact(n, cast):
    """A press contact line for some articles, drawn from its own generator (seeded by the article's number)
    so the articles themselves are the same with or without it. Companies have one press office each; a few
    people give a mobile number, so a number links a handful of articles."""
    rng = random.Random(n * 7919 + 17)
    roll = rng.random()
    if roll < 0.2:
        i = rng.randrange(len(cast.companies))
        c = cast.companies[i]
        slug = f"{c[0]}-{c[1]}".lower()
        return f"Press enquiries: press@{slug}.example, +44 20 7946 0{i:03d}."
    if roll < 0.23:
        i = rng.randrange(len(cast.people))
        p = cast.people[i]
        return f"{p[0]} {p[1]} can be reached at {p[0].lower()}.{i}@mail.example or on +44 20 7946 0{100 + i:03d}."
    return None


def write_jsonl(count, cast, rng):
    out = sys.stdout
    for n in range(count):
        t, ps, d, src, au = article(rng, cast, n)
        line = contact(n, cast)
        if line:
            ps = ps[:-1] + [line] + ps[-1:]
        out.write(json.dumps({"id": f"article-{n:06d}", "title": t, "text": t + "\n\n" + "\n\n".join(ps),
                              "date": d.isoformat(), "source": src}, ensure_ascii=False) + "\n")


def esc(s):
    return html.escape(s, quote=True)


def write_txt(path, t, ps, d, src, au):
    with open(path, "w", encoding="utf-8") as f:
        f.write(t + "\n\n" + "\n\n".join(ps) + "\n")


def write_md(path, t, ps, d, src, au):
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"# {t}\n\n*{src}, {d.isoformat()}*\n\n" + "\n\n".join(ps) + "\n")


def write_html(path, t, ps, d, src, au):
    body = "".join(f"<p>{esc(p)}</p>\n" for p in ps)
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(t)} | {esc(src)}</title>
<meta property="og:title" content="{esc(t)}"><meta property="og:site_name" content="{esc(src)}">
<meta property="article:published_time" content="{d.isoformat()}T08:00:00Z">
<meta name="author" content="{esc(au)}"></head><body>
<nav><a href="/">Home</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav>
<article><h1>{esc(t)}</h1><p class="byline">By {esc(au)}</p>
{body}</article><aside class="ad">Subscribe for 1 euro a week</aside>
<footer>Copyright {esc(src)}</footer><script>var tracking = 1;</script></body></html>
""")


def write_eml(path, t, ps, d, src, au):
    import base64
    import email.utils
    text = "\n\n".join(ps) + "\n"
    stamp = email.utils.format_datetime(datetime.datetime(d.year, d.month, d.day, 9, 30,
                                                          tzinfo=datetime.timezone.utc))
    b64 = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    with open(path, "w", encoding="ascii", newline="\r\n") as f:
        f.write(f"""From: {au.encode('ascii', 'replace').decode()} <newsroom@example.org>
To: desk@example.org
Subject: =?utf-8?b?{base64.b64encode(t.encode('utf-8')).decode()}?=
Date: {stamp}
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64}
--b1
Content-Type: text/html; charset=utf-8

<html><body><p>See the plain text part.</p></body></html>
--b1--
""")


def write_docx(path, t, ps, d, src, au):
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{esc(p)}</w:t></w:r></w:p>' for p in [t] + ps)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>""")
        z.writestr("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>""")
        z.writestr("word/document.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{paras}</w:body></w:document>""")
        z.writestr("docProps/core.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">
<dc:title>{esc(t)}</dc:title><dc:creator>{esc(au)}</dc:creator>
<dcterms:created>{d.isoformat()}T08:00:00Z</dcterms:created></cp:coreProperties>""")


def write_odt(path, t, ps, d, src, au):
    paras = f'<text:h text:outline-level="1">{esc(t)}</text:h>' + "".join(f"<text:p>{esc(p)}</text:p>" for p in ps)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("META-INF/manifest.xml", """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>""", zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:text>{paras}</office:text></office:body></office:document-content>""", zipfile.ZIP_DEFLATED)
        z.writestr("meta.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2">
<office:meta><dc:title>{esc(t)}</dc:title><meta:initial-creator>{esc(au)}</meta:initial-creator>
<meta:creation-date>{d.isoformat()}T08:00:00</meta:creation-date></office:meta></office:document-meta>""",
                   zipfile.ZIP_DEFLATED)


def write_epub(path, t, ps, d, src, au):
    half = max(1, len(ps) // 2)
    chapters = [ps[:half], ps[half:]]
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
        z.writestr("META-INF/container.xml", """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>""", zipfile.ZIP_DEFLATED)
        items = "".join(f'<item id="c{i}" href="c{i}.xhtml" media-type="application/xhtml+xml"/>' for i in range(2))
        spine = "".join(f'<itemref idref="c{i}"/>' for i in range(2))
        z.writestr("OEBPS/content.opf", f"""<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">bench-{esc(os.path.basename(path))}</dc:identifier>
<dc:title>{esc(t)}</dc:title><dc:creator>{esc(au)}</dc:creator><dc:publisher>{esc(src)}</dc:publisher>
<dc:date>{d.isoformat()}</dc:date><dc:language>en</dc:language></metadata>
<manifest>{items}</manifest><spine>{spine}</spine></package>""", zipfile.ZIP_DEFLATED)
        for i, chapter in enumerate(chapters):
            body = "".join(f"<p>{esc(p)}</p>" for p in chapter)
            head = f"<h1>{esc(t)}</h1>" if i == 0 else ""
            z.writestr(f"OEBPS/c{i}.xhtml", f"""<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>{esc(t)}</title></head><body>{head}{body}</body></html>""",
                       zipfile.ZIP_DEFLATED)


def rtf_escape(s):
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
        else:
            out.append(ch)
    return "".join(out)


def write_rtf(path, t, ps, d, src, au):
    body = "".join(f"{rtf_escape(p)}\\par\n" for p in ps)
    with open(path, "w", encoding="ascii") as f:
        f.write("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n"
                f"{{\\info{{\\title {rtf_escape(t)}}}{{\\author {rtf_escape(au)}}}}}\n"
                f"\\f0\\fs24 {{\\b {rtf_escape(t)}}}\\par\n{body}}}\n")


def pdf_text(s):
    # WinAnsi covers the Latin letters used here; PDF strings escape backslash and parentheses.
    b = s.encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def write_pdf(path, t, ps, d, src, au):
    import textwrap
    lines = [(16, t)] + [(0, "")]
    for p in ps:
        lines += [(11, line) for line in textwrap.wrap(p, 85)] + [(0, "")]
    pages, page = [], []
    for item in lines:
        page.append(item)
        if len(page) >= 52:
            pages.append(page)
            page = []
    if page:
        pages.append(page)
    objects = []  # bytes of objects 1..n

    def add(obj):
        objects.append(obj)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>")
    pages_id = len(objects) + 1 + 2 * len(pages) + 1  # after the page objects and the info dictionary
    kids = []
    for pg in pages:
        stream = b"BT\n"
        y = 800
        for size, text in pg:
            if size:
                stream += b"/F1 %d Tf 1 0 0 1 56 %d Tm (" % (size, y) + pdf_text(text) + b") Tj\n"
            y -= 14
        stream += b"ET\n"
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R"
                        b" /Resources << /Font << /F1 %d 0 R >> >> >>" % (pages_id, content, font)))
    info = add(b"<< /Title (" + pdf_text(t) + b") /Author (" + pdf_text(au) + b") /CreationDate (D:"
               + d.strftime("%Y%m%d").encode() + b"080000Z) >>")
    assert add(b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>"
               % len(kids)) == pages_id
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, catalog, info, xref)
    with open(path, "wb") as f:
        f.write(out)


# (extension, writer, weight): mostly the formats analysts get most, a few PDFs.
FORMATS = [("txt", write_txt, 16), ("md", write_md, 10), ("html", write_html, 20), ("eml", write_eml, 14),
           ("docx", write_docx, 12), ("odt", write_odt, 8), ("epub", write_epub, 6), ("rtf", write_rtf, 9),
           ("pdf", write_pdf, 5)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?")
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--jsonl", action="store_true", help="write tag --jsonl requests to stdout, no files")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    cast = Cast(rng)
    if args.jsonl:
        write_jsonl(args.count, cast, rng)
        return
    if not args.dir:
        ap.error("a folder to write into, or --jsonl")
    os.makedirs(args.dir, exist_ok=True)
    total = sum(w for _, _, w in FORMATS)
    counts = {}
    for n in range(args.count):
        # Deterministic shares: article n takes the format whose cumulative weight covers n mod total.
        slot = (n * 37) % total
        for ext, writer, weight in FORMATS:
            if slot < weight:
                break
            slot -= weight
        sub = os.path.join(args.dir, ext)
        os.makedirs(sub, exist_ok=True)
        writer(os.path.join(sub, f"article-{n:04d}.{ext}"), *article(rng, cast, n))
        counts[ext] = counts.get(ext, 0) + 1
    print(f"{args.count} articles in {args.dir}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
