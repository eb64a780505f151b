#!/usr/bin/env python3
"""Writes the loader's encoding test files. Sentences are our own; run again to regenerate."""
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

# Everything Western 8-bit text can hold: accents, ß, ñ, and (windows-1252 only) curly quotes, dashes, euro.
WESTERN = ("Caf\u00e9 owner Jos\u00e9 Mu\u00f1oz met J\u00fcrgen Wei\u00df in M\u00e1laga \u2014 "
           "\u201cthe deal is done,\u201d he said, and paid \u20ac40 for both coffees.")
LATIN1 = ("Caf\u00e9 owner Jos\u00e9 Mu\u00f1oz met J\u00fcrgen Wei\u00df in M\u00e1laga on a gr\u00eay "
          "morning; the bill came to 40 francs, and \u00c9lodie Br\u00fcckner paid it.")
CYRILLIC = ("\u0413\u043b\u0430\u0432\u0430 \u043a\u043e\u043c\u043f\u0430\u043d\u0438\u0438 \u0418\u0432\u0430\u043d "
            "\u041f\u0435\u0442\u0440\u043e\u0432 \u0441\u043a\u0430\u0437\u0430\u043b, \u0447\u0442\u043e "
            "\u043d\u043e\u0432\u044b\u0439 \u0437\u0430\u0432\u043e\u0434 \u0432 \u041c\u043e\u0441\u043a\u0432\u0435 "
            "\u043e\u0442\u043a\u0440\u043e\u0435\u0442\u0441\u044f \u0432\u0435\u0441\u043d\u043e\u0439, "
            "\u0430 \u0440\u0430\u0431\u043e\u0442\u0443 \u043f\u043e\u043b\u0443\u0447\u0430\u0442 "
            "\u0442\u0440\u0438\u0441\u0442\u0430 \u0447\u0435\u043b\u043e\u0432\u0435\u043a.")

POLISH = ("Zofia Kowalczyk z \u0141odzi m\u00f3wi, \u017ce nowa fabryka w Gda\u0144sku "
          "zatrudni pi\u0119\u0107set os\u00f3b, a \u015bwie\u017cy chleb b\u0119dzie tani.")


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


write("utf8.txt", WESTERN.encode("utf-8") + b"\n")
write("utf8-bom.txt", b"\xef\xbb\xbf" + WESTERN.encode("utf-8") + b"\n")
write("utf16le-bom.txt", b"\xff\xfe" + (WESTERN + "\n").encode("utf-16-le"))
write("utf16be-bom.txt", b"\xfe\xff" + (WESTERN + "\n").encode("utf-16-be"))
write("utf16le-nobom.txt", (WESTERN + "\n").encode("utf-16-le"))
write("utf32le-bom.txt", b"\xff\xfe\x00\x00" + (WESTERN + "\n").encode("utf-32-le"))
write("windows-1252.txt", WESTERN.encode("cp1252") + b"\r\n")
write("latin1.txt", LATIN1.encode("latin-1") + b"\n")
write("latin1-short.txt", "Se\u00f1or Mu\u00f1oz ate paella.\n".encode("latin-1"))
write("latin2.txt", POLISH.encode("iso-8859-2") + b"\n")
write("windows-1251.txt", CYRILLIC.encode("cp1251") + b"\n")
# A UTF-8 file with one windows-1252 apostrophe pasted in (0x92): UTF-8 stays UTF-8, the byte becomes ’.
write("mixed.txt", "Jos\u00e9 Mu\u00f1oz said the caf\u00e9".encode("utf-8") + b"\x92s owner paid \xe2\x82\xac40.\n")
# Line endings and normalisation: CRLF, old Mac CR, decomposed accents (NFD).
write("crlf.txt", b"First paragraph here.\r\n\r\nSecond paragraph, with Jos\xc3\xa9.\r\n")
write("cr.txt", b"First paragraph here.\r\rSecond paragraph, with Jos\xc3\xa9.\r")
write("nfd.txt", unicodedata.normalize("NFD", "Second paragraph, with Jos\u00e9 and J\u00fcrgen.").encode("utf-8") + b"\n")
# A stray NUL at the end, as some editors leave: still text.
write("trailing-nul.txt", b"Words with a stray NUL at the end.\n\x00")
# Bad files.
write("binary.dat", bytes(range(256)) * 8)
write("fake.pdf.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
write("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00")
write("archive.zip", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(40))
write("empty.txt", b"")
write("blank.txt", b"  \n\t\r\n   \n")
write("page.html", b"<!DOCTYPE html>\n<html><head><title>x</title></head><body><p>Hi</p></body></html>\n")
# An extension-less text file loads like a .txt.
write("README", b"Plain words in a file without an extension.\n")
