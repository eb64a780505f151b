#!/usr/bin/env python3
"""Writes the small files of the bad-file corpus (tests/data/bad/). Deterministic: run it again to get the
same bytes. The big cases (5 MB line, 2 GB sparse file, 1 GB zip bombs, HTML nested 100,000 deep, a FIFO,
a symlink loop, an unreadable file) are made at run time by tests/tst_badfiles.cpp, not committed. The
fuzz-* files are not made here: they are inputs libFuzzer found (tests/fuzz/), committed as found, each the
regression test of the fix it led to."""
import io
import os
import random
import struct
import zipfile
import zlib

here = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(20261126)


def put(name, data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    with open(os.path.join(here, name), 'wb') as f:
        f.write(data)


def zipped(entries, compress=zipfile.ZIP_DEFLATED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', compress) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2024, 3, 14, 9, 30, 0))
            info.compress_type = compress
            z.writestr(info, data)
    return buf.getvalue()


BODY = 'The St Mawes ferry will run a winter timetable, said Fal River Boats.'
LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
          + ''.join(f' <!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">\n' for i in range(1, 10))
          + ']>\n')
LAUGHS = LAUGHS.replace('&lol0;', '&lol;')


def docx(document, extra=()):
    return zipped([
        ('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ('word/document.xml', document), *extra])


def odt(content):
    return zipped([('mimetype', 'application/vnd.oasis.opendocument.text'),
                   ('META-INF/manifest.xml', '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
                    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'),
                   ('content.xml', content)])


def epub(chapters, opf_items=None, spine=None):
    items = opf_items or ''.join(f'<item id="c{i}" href="{name}" media-type="application/xhtml+xml"/>' for i, (name, _) in enumerate(chapters))
    spine = spine or ''.join(f'<itemref idref="c{i}"/>' for i in range(len(chapters)))
    return zipped([('mimetype', 'application/epub+zip'),
                   ('META-INF/container.xml', '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
                    '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>'),
                   ('OEBPS/content.opf', f'<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata/>'
                    f'<manifest>{items}</manifest><spine>{spine}</spine></package>'),
                   *[('OEBPS/' + name, data) for name, data in chapters]])


W_DOC = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{}</w:body></w:document>'
ODT_DOC = ('<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>{}</office:text></office:body></office:document-content>')
XHTML = '<html xmlns="http://www.w3.org/1999/xhtml"><body>{}</body></html>'

# --- text: charsets, encodings, control bytes ---
put('empty.txt', b'')
put('only-bom.txt', b'\xef\xbb\xbf')
put('only-whitespace.txt', ' \t\n\r\n   \n\n\t')
put('binary-random.bin', bytes(rnd.randrange(256) for _ in range(4096)))
put('binary-random.txt', bytes(rnd.randrange(256) for _ in range(2048)))
put('elf-header.txt', b'\x7fELF\x02\x01\x01\x00' + bytes(56) + b'hello')
put('gzip.txt', zlib.compress(BODY.encode() * 20)[:0] + b'\x1f\x8b\x08\x00' + bytes(6) + zlib.compress(BODY.encode() * 20))
put('invalid-utf8.txt', b'Caf\xc3\x28 \xa0\xa1 overlong \xc0\xaf surrogate \xed\xa0\x80 max \xf4\x90\x80\x80 ' + BODY.encode() + b' \xfe\xff\n')
put('truncated-utf8.txt', (BODY + ' Ca').encode() + b'\xc3')
put('truncated-utf8-4byte.txt', (BODY + ' emoji ').encode() + b'\xf0\x9f\x98')
put('utf16le-nobom.txt', (BODY + '\n').encode('utf-16-le'))
put('utf16be-nobom.txt', (BODY + '\n').encode('utf-16-be'))
put('utf16le-bom-odd-length.txt', b'\xff\xfe' + (BODY + '\n').encode('utf-16-le') + b'\x41')
put('utf16le-lone-surrogates.txt', b'\xff\xfe' + 'Ferry '.encode('utf-16-le') + b'\x00\xd8\x41\x00\x00\xdc' + ' ends.'.encode('utf-16-le'))
put('utf32le-bom-truncated.txt', b'\xff\xfe\x00\x00' + 'Ferry'.encode('utf-32-le') + b'\x41\x00')
put('utf32-out-of-range.txt', b'\x00\x00\xfe\xff' + b'\x00\x11\x00\x00' * 8 + 'x'.encode('utf-32-be'))
put('nul-scattered.txt', BODY.encode().replace(b' ', b'\x00'))
put('nul-only.txt', bytes(1024))
put('nul-after-text.txt', (BODY + '\n').encode() + bytes(300))
put('control-chars.txt', ''.join(chr(c) for c in range(1, 32) if c not in (9, 10, 13)) + BODY + '\x7f\x85\u2028\u2029\n')
put('mixed-line-endings.txt', 'Ferry cuts\r\n\r\n' + BODY + '\rSecond line.\n\rThird\r\r\n\n\nLast paragraph.\r')
put('lone-cr-lines.txt', '\r'.join(['Ferry cuts', '', BODY, '', 'The end.']) + '\r')
put('bidi-overrides.txt', 'Ferry \u202eemit retniw\u202c timetable \u2066Fal\u2069 River Boats \u200f\u200e\u200b\ufeff said.\n')
put('combining-pileup.txt', 'Z' + '\u0301\u0316\u0327' * 2000 + ' ' + BODY + '\n')
put('long-word.txt', 'A' * 100000 + ' ' + BODY + '\n')
put('many-short-lines.txt', '\n'.join(['x'] * 20000))
put('windows-1252.txt', ('Caf\xe9 owner \x93Ren\xe9\x94 Dubois said prices \x96 rose by \x80 2 at Fal River Boats.\n').encode('latin-1'))
put('png-named-txt.txt', b'\x89PNG\r\n\x1a\n' + bytes(64))
# --- Markdown ---
put('markdown-deep-quotes.md', '> ' * 5000 + BODY + '\n')
put('markdown-deep-lists.md', '- ' * 2000 + 'item\n' + '1. ' * 2000 + 'item\n')
put('markdown-unclosed.md', '# Title\n\n```\nunclosed fence ' + '[' * 3000 + '](' * 3000 + '*' * 3000 + '`' * 1001 + '\n')
put('markdown-frontmatter-only.md', '---\ntitle: x\ndate: 99/99/9999\n---\n')
# --- HTML ---
put('html-nested-2000.html', '<html><body>' + '<div>' * 2000 + BODY + '</div>' * 2000 + '</body></html>')
put('html-unclosed-tags.html', '<html><body><p>' + '<b><i><span>' * 3000 + BODY)
put('html-billion-laughs.html', LAUGHS + '<html><body><p>&lol9;</p></body></html>')
put('html-script-only.html', '<!DOCTYPE html><html><head><script>' + 'var x=1;' * 500 + '</script></head><body></body></html>')
put('html-charset-lies.html', '<html><head><meta charset="utf-16"></head><body><p>' + BODY + '</p></body></html>')
put('html-bad-entities.html', '<html><body><p>&#0; &#x110000; &#xD800; &#99999999999; &bogus; &amp' + BODY + '</p></body></html>')
put('mhtml-bad-boundary.mhtml', 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_X"\r\n\r\n------=_Y\r\nContent-Type: text/html\r\n\r\n<p>' + BODY + '</p>\r\n')
put('xml-billion-laughs.xml', LAUGHS + '<lolz>&lol9;</lolz>\n')
put('xml-external-entity.xhtml', '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd"><!ENTITY y SYSTEM "http://127.0.0.1:9/x">]>'
    + XHTML.format('<p>&x;&y;' + BODY + '</p>'))
# --- archives: DOCX, ODT, EPUB, ZIP ---
put('docx-billion-laughs.docx', docx(LAUGHS.replace('lolz', 'w:document') + W_DOC.format('<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>')))
put('odt-billion-laughs.odt', odt(LAUGHS.replace('lolz', 'office:document-content') + ODT_DOC.format('<text:p>&lol9;</text:p>')))
put('epub-billion-laughs.epub', epub([('c1.xhtml', LAUGHS.replace('lolz', 'html') + XHTML.format('<p>&lol9;</p>'))]))
put('docx-ratio-bomb.docx', docx(W_DOC.format('<w:p><w:r><w:t>' + ' ' * (24 << 20) + '</w:t></w:r></w:p>')))
put('zip-ratio-bomb.zip', zipped([('article.txt', b'\0' * (24 << 20))]))
put('zip-dotdot-path.zip', zipped([('../../../../tmp/dramatis-escaped.txt', BODY), ('article.txt', BODY)]))
put('docx-dotdot-path.docx', docx(W_DOC.format('<w:p><w:r><w:t>' + BODY + '</w:t></w:r></w:p>'),
                                  [('../../../../tmp/dramatis-escaped.xml', '<x/>'), ('/tmp/dramatis-absolute.xml', '<x/>')]))
put('epub-dotdot-chapter.epub', epub([('c1.xhtml', XHTML.format('<p>' + BODY + '</p>'))],
                                     opf_items='<item id="c0" href="../../../../../etc/passwd" media-type="application/xhtml+xml"/>'
                                               '<item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/>',
                                     spine='<itemref idref="c0"/><itemref idref="c1"/><itemref idref="missing"/>'))
put('epub-no-container.epub', zipped([('mimetype', 'application/epub+zip'), ('OEBPS/c1.xhtml', XHTML.format('<p>x</p>'))]))
put('docx-no-document.docx', zipped([('[Content_Types].xml', '<Types/>')]))
put('docx-truncated.docx', docx(W_DOC.format('<w:p><w:r><w:t>' + BODY * 50 + '</w:t></w:r></w:p>'))[:700])
put('odt-truncated.odt', odt(ODT_DOC.format('<text:p>' + BODY * 50 + '</text:p>'))[:500])
put('zip-empty.zip', b'PK\x05\x06' + bytes(18))
good = bytearray(docx(W_DOC.format('<w:p><w:r><w:t>' + BODY + '</w:t></w:r></w:p>')))
i = good.find(b'word/document.xml') - 30  # local header of the document: corrupt its CRC
good[i + 14:i + 18] = b'\xde\xad\xbe\xef'
put('docx-bad-crc.docx', bytes(good))
enc = bytearray(zipped([('article.txt', BODY)], zipfile.ZIP_STORED))
enc[6] |= 1  # "encrypted" flag in the local header
cd = enc.find(b'PK\x01\x02')
enc[cd + 8] |= 1
put('zip-encrypted-flag.zip', bytes(enc))
put('docx-xml-garbage.docx', docx('<w:document><w:body><w:p>' + '<' * 5000 + '\x00\x01'))
# --- PDF ---
def pdf(objects, xref=True, trailer='<< /Size {n} /Root 1 0 R >>', startxref=None):
    out = b'%PDF-1.4\n'
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f'{i} 0 obj\n{body}\nendobj\n'.encode('latin-1')
    x = len(out)
    if xref:
        out += f'xref\n0 {len(objects) + 1}\n0000000000 65535 f \n'.encode()
        out += b''.join(f'{o:010d} 00000 n \n'.encode() for o in offsets)
    out += b'trailer\n' + trailer.format(n=len(objects) + 1, x=x).encode() + b'\n'
    out += f'startxref\n{x if startxref is None else startxref}\n%%EOF\n'.encode()
    return out

stream = 'BT /F1 12 Tf 72 720 Td (' + BODY + ') Tj ET'
page_objs = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
             '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
             f'<< /Length {len(stream)} >>\nstream\n{stream}\nendstream', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
put('pdf-xref-prev-loop.pdf', pdf(page_objs, trailer='<< /Size {n} /Root 1 0 R /Prev {x} >>'))
loop = list(page_objs)
loop[1] = '<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>'  # the page tree contains itself
put('pdf-page-tree-loop.pdf', pdf(loop))
ref = list(page_objs)
ref[3] = '<< /Length 4 0 R >>\nstream\n' + stream + '\nendstream'  # a stream length that refers to itself
put('pdf-length-self-reference.pdf', pdf(ref))
put('pdf-broken-xref.pdf', pdf(page_objs, startxref=99999).replace(b'0000000009 00000 n', b'00000000zz 00000 n'))
put('pdf-no-xref.pdf', pdf(page_objs, xref=False, startxref=0))
put('pdf-truncated.pdf', pdf(page_objs)[:400])
put('pdf-header-only.pdf', b'%PDF-1.7\n')
put('pdf-encrypted.pdf', pdf(page_objs + ['<< /Filter /Standard /V 2 /R 3 /Length 128 /O <00> /U <00> /P -4 >>'],
                             trailer='<< /Size {n} /Root 1 0 R /Encrypt 6 0 R /ID [<00><00>] >>'))
put('pdf-no-text.pdf', pdf(page_objs[:3] + ['<< /Length 0 >>\nstream\n\nendstream', page_objs[4]]))
deep = list(page_objs)
deep[3] = '<< /Length 10 /Filter [' + '/FlateDecode ' * 400 + '] >>\nstream\n0123456789\nendstream'
put('pdf-filter-chain.pdf', pdf(deep))
# --- e-mail ---
put('eml-bad-boundary.eml', 'From: a@example.org\r\nSubject: Ferry\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="AAA"\r\n\r\n'
    '--BBB\r\nContent-Type: text/plain\r\n\r\n' + BODY + '\r\n--AAA')
put('eml-no-boundary-param.eml', 'Subject: x\nContent-Type: multipart/alternative\n\n--\n' + BODY + '\n')
put('eml-huge-header.eml', 'Subject: ' + 'x' * 30000 + '\n' + ''.join(f'X-H{i}: {i}\n' for i in range(2000)) + '\n' + BODY + '\n')
put('eml-bad-base64.eml', 'Subject: Ferry\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n!!!!====@@@@\n')
put('eml-bad-qp.eml', 'Subject: =?utf-8?Q?Fer=ZZry?= =?bogus?B?////?=\nContent-Type: text/plain; charset="no-such-charset"\n'
    'Content-Transfer-Encoding: quoted-printable\n\nFerry =\n=ZZ =E2=80 ' + BODY + '=\n')
put('eml-nested-multipart.eml', 'Subject: nest\nContent-Type: multipart/mixed; boundary="b0"\n\n'
    + ''.join(f'--b{i}\nContent-Type: multipart/mixed; boundary="b{i + 1}"\n\n' for i in range(300))
    + '--b300\nContent-Type: text/plain\n\n' + BODY + '\n')
# --- RTF ---
put('rtf-deep-groups.rtf', '{\\rtf1 ' + '{' * 20000 + BODY + '}' * 20000 + '}')
put('rtf-truncated.rtf', '{\\rtf1\\ansi{\\fonttbl{\\f0 Times;}}\\f0 ' + BODY + '\\u')
