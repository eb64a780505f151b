#include "formats/articleloader.h"
#include "formats/charsetdecoder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace dramatis;
using namespace Qt::StringLiterals;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(DRAMATIS_TEST_DATA "/loader/") + name;
}

QString sampleFile(const QString &name)
{
    return QStringLiteral(DRAMATIS_SOURCE_DIR "/resources/samples/") + name;
}

// The sentences tests/data/loader/make_data.py writes, in each encoding.
const QString kWestern
    = u"Café owner José Muñoz met Jürgen Weiß in Málaga — “the deal is done,” he said, and paid €40 for both coffees."_s;
const QString kLatin1
    = u"Café owner José Muñoz met Jürgen Weiß in Málaga on a grêy morning; the bill came to 40 francs, and Élodie Brückner paid it."_s;
const QString kPolish
    = u"Zofia Kowalczyk z Łodzi mówi, że nowa fabryka w Gdańsku zatrudni pięćset osób, a świeży chleb będzie tani."_s;
const QString kCyrillic
    = u"Глава компании Иван Петров сказал, что новый завод в Москве откроется весной, а работу получат триста человек."_s;

} // namespace

// Loading article files: encodings, normalisation, formats and the files that must be refused.
class TestArticleLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encodings_data();
    void encodings();
    void normalisation_data();
    void normalisation();
    void badFiles_data();
    void badFiles();
    void directory();
    void missing();
    void tooLarge();
    void tooLargeSparse();
    void unreadable();
    void supportedFiles_data();
    void supportedFiles();
    void markdown_data();
    void markdown();
    void plainTextUnwrap_data();
    void plainTextUnwrap();
    void samples_data();
    void samples();
    void formatByContent_data();
    void formatByContent();
};

void TestArticleLoader::encodings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("UTF-8") << u"utf8.txt"_s << kWestern << u"UTF-8"_s;
    QTest::newRow("UTF-8 with BOM") << u"utf8-bom.txt"_s << kWestern << u"UTF-8"_s;
    QTest::newRow("UTF-16LE with BOM") << u"utf16le-bom.txt"_s << kWestern << u"UTF-16LE"_s;
    QTest::newRow("UTF-16BE with BOM") << u"utf16be-bom.txt"_s << kWestern << u"UTF-16BE"_s;
    QTest::newRow("UTF-16LE without BOM") << u"utf16le-nobom.txt"_s << kWestern << u"UTF-16LE"_s;
    QTest::newRow("UTF-32LE with BOM") << u"utf32le-bom.txt"_s << kWestern << u"UTF-32LE"_s;
    QTest::newRow("windows-1252 (curly quotes, dash, euro)")
        << u"windows-1252.txt"_s << kWestern << u"windows-1252"_s;
    QTest::newRow("ISO-8859-1") << u"latin1.txt"_s << kLatin1 << u"ISO-8859-1"_s;
    QTest::newRow("ISO-8859-1, short (ties with Latin-2 in ICU)")
        << u"latin1-short.txt"_s << u"Señor Muñoz ate paella."_s << u"ISO-8859-1"_s;
    QTest::newRow("ISO-8859-2 (Polish)") << u"latin2.txt"_s << kPolish << u"ISO-8859-2"_s;
    QTest::newRow("windows-1251 (Cyrillic)") << u"windows-1251.txt"_s << kCyrillic << u"windows-1251"_s;
    QTest::newRow("UTF-8 with a stray windows-1252 byte")
        << u"mixed.txt"_s << u"José Muñoz said the café’s owner paid €40."_s << u"UTF-8"_s;
}

void TestArticleLoader::encodings()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    const LoadResult r = ArticleLoader::load(dataFile(file));
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    QCOMPARE(r.article.text, text);
    QCOMPARE(r.article.encoding, encoding);
    QVERIFY(!r.article.text.contains(QChar(0xFFFD)));
}

void TestArticleLoader::normalisation_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    QTest::newRow("CRLF") << u"crlf.txt"_s << u"First paragraph here.\n\nSecond paragraph, with José."_s;
    QTest::newRow("CR") << u"cr.txt"_s << u"First paragraph here.\n\nSecond paragraph, with José."_s;
    QTest::newRow("NFD to NFC") << u"nfd.txt"_s << u"Second paragraph, with José and Jürgen."_s;
    QTest::newRow("stray NUL dropped") << u"trailing-nul.txt"_s << u"Words with a stray NUL at the end."_s;
    QTest::newRow("extension-less") << u"README"_s << u"Plain words in a file without an extension."_s;
}

void TestArticleLoader::normalisation()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    const LoadResult r = ArticleLoader::load(dataFile(file));
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    QCOMPARE(r.article.text, text);
    QCOMPARE(r.article.text.size(), text.size()); // NFC: é is one code unit, not e + U+0301
}

void TestArticleLoader::badFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("binary") << u"binary.dat"_s << int(LoadError::Binary) << u"binary data"_s;
    QTest::newRow("broken PDF named .txt")
        << u"fake.pdf.txt"_s << int(LoadError::Malformed) << u"PDF is damaged"_s;
    QTest::newRow("PNG") << u"image.png"_s << int(LoadError::Binary) << u"PNG image"_s;
    QTest::newRow("ZIP") << u"archive.zip"_s << int(LoadError::Unsupported)
                         << u"ZIP archive that is not a Word"_s;
    QTest::newRow("empty") << u"empty.txt"_s << int(LoadError::Empty) << u"empty"_s;
    QTest::newRow("only blank space") << u"blank.txt"_s << int(LoadError::Empty) << u"blank space"_s;
}

void TestArticleLoader::badFiles()
{
    QFETCH(QString, file);
    QFETCH(int, kind);
    QFETCH(QString, reason);
    const LoadResult r = ArticleLoader::load(dataFile(file));
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error->kind), kind);
    // One line that names the file and says why.
    QVERIFY2(r.error->message.contains(file), qPrintable(r.error->message));
    QVERIFY2(r.error->message.contains(reason), qPrintable(r.error->message));
    QVERIFY(!r.error->message.contains(u'\n'));
}

void TestArticleLoader::directory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const LoadResult r = ArticleLoader::load(dir.path());
    QVERIFY(!r.ok());
    QCOMPARE(r.error->kind, LoadError::NotAFile);
    QVERIFY(r.error->message.contains(dir.path()));
    QVERIFY(r.error->message.contains(u"folder"));
}

void TestArticleLoader::missing()
{
    const QString path = dataFile(u"no-such-article.txt"_s);
    const LoadResult r = ArticleLoader::load(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error->kind, LoadError::NotFound);
    QVERIFY(r.error->message.contains(path));
}

void TestArticleLoader::tooLarge()
{
    const LoadResult small = ArticleLoader::load(dataFile(u"utf8.txt"_s), 64);
    QVERIFY(!small.ok());
    QCOMPARE(small.error->kind, LoadError::TooLarge);
    QVERIFY(small.error->message.contains(u"utf8.txt"));
    QVERIFY(small.error->message.contains(u"limit"));
    QVERIFY(ArticleLoader::load(dataFile(u"utf8.txt"_s), 1024).ok());
}

void TestArticleLoader::tooLargeSparse()
{
    // A sparse file one byte over the real limit: refused from its size, never read into memory.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile f(dir.filePath(u"huge.txt"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(ArticleLoader::MaxFileSize + 1));
    f.close();
    const LoadResult r = ArticleLoader::load(f.fileName());
    QVERIFY(!r.ok());
    QCOMPARE(r.error->kind, LoadError::TooLarge);
    QVERIFY(r.error->message.contains(u"64.0 MB"));
}

void TestArticleLoader::unreadable()
{
    if (::geteuid() == 0)
        QSKIP("running as root: file permissions do not stop root from reading");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile f(dir.filePath(u"secret.txt"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Hidden words.\n");
    f.close();
    QVERIFY(f.setPermissions(QFileDevice::WriteOwner));
    const LoadResult r = ArticleLoader::load(f.fileName());
    QVERIFY(!r.ok());
    QCOMPARE(r.error->kind, LoadError::Unreadable);
    QVERIFY(r.error->message.contains(u"secret.txt"));
}

void TestArticleLoader::supportedFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("supported");
    QTest::newRow(".txt") << u"/nowhere/a.txt"_s << true;
    QTest::newRow(".TXT") << u"/nowhere/a.TXT"_s << true;
    QTest::newRow(".text") << u"/nowhere/a.text"_s << true;
    QTest::newRow(".md") << u"/nowhere/a.md"_s << true;
    QTest::newRow(".markdown") << u"/nowhere/a.markdown"_s << true;
    QTest::newRow(".pdf") << u"/nowhere/a.pdf"_s << true;
    QTest::newRow(".html") << u"/nowhere/a.html"_s << true;
    QTest::newRow(".eml") << u"/nowhere/a.eml"_s << true;
    QTest::newRow(".docx") << u"/nowhere/a.DOCX"_s << true;
    QTest::newRow(".odt") << u"/nowhere/a.odt"_s << true;
    QTest::newRow(".epub") << u"/nowhere/a.epub"_s << true;
    QTest::newRow(".rtf") << u"/nowhere/a.rtf"_s << true;
    QTest::newRow(".mhtml") << u"/nowhere/a.mhtml"_s << true;
    QTest::newRow(".doc (old Word)") << u"/nowhere/a.doc"_s << false;
    QTest::newRow(".png") << dataFile(u"image.png"_s) << false;
    QTest::newRow("extension-less text") << dataFile(u"README"_s) << true;
    QTest::newRow("missing extension-less") << dataFile(u"NOTHING"_s) << false;
    QTest::newRow("directory") << QStringLiteral(DRAMATIS_TEST_DATA) << false;
}

void TestArticleLoader::supportedFiles()
{
    QFETCH(QString, path);
    QFETCH(bool, supported);
    QCOMPARE(ArticleLoader::isSupportedFile(path), supported);
}

void TestArticleLoader::markdown_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("text");
    QTest::newRow("heading, emphasis, link") << QByteArray(
        "# Orbital Foods buys a bakery\n\nThe **deal** was *signed* by [Ana Ruiz](https://example.org/ana) "
        "on _Monday_.\n") << u"Orbital Foods buys a bakery"_s
                                             << u"The deal was signed by Ana Ruiz on Monday."_s;
    QTest::newRow("soft breaks join, paragraphs stay")
        << QByteArray("# Title here\n\nFirst line\nsame paragraph.\n\nSecond paragraph.\n") << u"Title here"_s
        << u"First line same paragraph.\n\nSecond paragraph."_s;
    QTest::newRow("image and caption removed") << QByteArray(
        "# Title here\n\n![A man at a podium](photo.jpg)\n\n*Photo: Lena Park/Harbor Ledger*\n\n"
        "Body text starts here.\n") << u"Title here"_s
                                               << u"Body text starts here."_s;
    QTest::newRow("lists and subheadings")
        << QByteArray(
               "# Title here\n\nIntro.\n\n## What changes\n\n- fewer stores\n* more vans\n1. first step\n")
        << u"Title here"_s << u"Intro.\n\nWhat changes\n\nfewer stores\nmore vans\n1. first step"_s;
    QTest::newRow("code fence kept as text")
        << QByteArray("# Title here\n\nRun this:\n\n```\nmake *all*\n```\n") << u"Title here"_s
        << u"Run this:\n\nmake *all*"_s;
    QTest::newRow("inline code, escapes, snake_case")
        << QByteArray("# Title here\n\nThe `max_size` flag and \\*stars\\* and file_name_here stay.\n")
        << u"Title here"_s << u"The max_size flag and *stars* and file_name_here stay."_s;
    QTest::newRow("setext heading and quote")
        << QByteArray("Title here\n==========\n\n> Quoted words\n> go on.\n") << u"Title here"_s
        << u"Quoted words go on."_s;
    QTest::newRow("front matter") << QByteArray(
        "---\ntitle: \"Front matter title\"\ndate: 2024-03-14\nauthor: Ana Ruiz\n---\n\nBody.\n")
                                  << u"Front matter title"_s << u"Body."_s;
    QTest::newRow("table") << QByteArray(
        "# Title here\n\n| Name | Role |\n|------|------|\n| Ana | chief |\n")
                           << u"Title here"_s << u"Name\tRole\nAna\tchief"_s;
}

void TestArticleLoader::markdown()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, title);
    QFETCH(QString, text);
    const LoadResult r = ArticleLoader::loadBytes(bytes, u"article.md"_s);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    QCOMPARE(r.article.format, u"markdown"_s);
    QCOMPARE(r.article.title, title);
    QCOMPARE(r.article.text, text);
}

void TestArticleLoader::plainTextUnwrap_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("hard-wrapped paragraph is joined")
        << QByteArray("The harbour authority said on Tuesday that the new cranes would arrive\n"
                      "in the spring, and that the dock workers' union had agreed to the plan\n"
                      "after three weeks of talks.\n")
        << u"The harbour authority said on Tuesday that the new cranes would arrive in the spring, and that "
           u"the "
           "dock workers' union had agreed to the plan after three weeks of talks."_s;
    QTest::newRow("short lines stay")
        << QByteArray("Ana Ruiz said the plan was sound.\nShe left at noon.\nNobody followed her.\n")
        << u"Ana Ruiz said the plan was sound.\nShe left at noon.\nNobody followed her."_s;
}

void TestArticleLoader::plainTextUnwrap()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    const LoadResult r = ArticleLoader::loadBytes(bytes, u"wrapped.txt"_s);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    QCOMPARE(r.article.text, text);
}

void TestArticleLoader::samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("phrase"); // a phrase of the body that needs the right charset
    QTest::newRow("sample.txt (the default)")
        << u"sample.txt"_s << u"text"_s << u"UTF-8"_s << u"€420 million"_s;
    QTest::newRow("markdown sample") << u"sample2-energy-grid.md"_s << u"markdown"_s << u"UTF-8"_s
                                     << u"Mette Sørensen, a spokesperson"_s;
    QTest::newRow("windows-1252 sample") << u"sample3-bakery-1252.txt"_s << u"text"_s << u"windows-1252"_s
                                         << u"has agreed to sell — a surprise"_s;
}

void TestArticleLoader::samples()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, encoding);
    QFETCH(QString, phrase);
    const LoadResult r = ArticleLoader::load(sampleFile(file));
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    const Article &a = r.article;
    QCOMPARE(a.format, format);
    QCOMPARE(a.encoding, encoding);
    QVERIFY2(a.text.contains(phrase), qPrintable(phrase));
    QVERIFY2(!a.title.isEmpty(), "no title");
    QVERIFY2(a.date.isValid(), "no date");
    QVERIFY2(!a.author.isEmpty(), "no author");
    QVERIFY2(!a.source.isEmpty(), "no source");
    // The header is gone: the text starts with the body, not with the headline or a label.
    QVERIFY(!a.text.startsWith(a.title));
    QVERIFY(!a.text.contains(u"Share this article"));
    QVERIFY(!a.text.contains(u"Advertisement"));
    QVERIFY(!a.text.contains(QChar(0xFFFD)));
    QVERIFY(a.text.size() > 1500);
}

void TestArticleLoader::formatByContent_data()
{
    // The content picks the loader, whatever the name says; the name decides only when the content
    // could be anything.
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("format");
    const QByteArray page(
        "<!DOCTYPE html><html><body><article><p>Mira Castell opened the new depot in the harbour "
        "district on Friday, with forty drivers hired.</p></article></body></html>");
    const QByteArray mail(
        "From: Ana Ruiz <ana@example.org>\nSubject: Depot news\nDate: Thu, 14 Mar 2024 09:30:00 +0000\n\n"
        "Mira Castell opened the new depot on Friday.\n");
    const QByteArray rtf("{\\rtf1\\ansi Mira Castell opened the new depot on Friday.\\par}");
    QTest::newRow("HTML named .html") << page << u"a.html"_s << u"html"_s;
    QTest::newRow("HTML named .txt") << page << u"a.txt"_s << u"html"_s;
    QTest::newRow("HTML without a doctype, named .htm")
        << QByteArray("<p>Mira Castell opened the new depot on Friday.</p>") << u"a.htm"_s << u"html"_s;
    QTest::newRow("e-mail named .eml") << mail << u"a.eml"_s << u"email"_s;
    QTest::newRow("e-mail without an extension") << mail << u"message"_s << u"email"_s;
    QTest::newRow("RTF named .txt") << rtf << u"a.txt"_s << u"rtf"_s;
    QTest::newRow("text named .html stays readable")
        << QByteArray("Mira Castell opened the new depot on Friday.") << u"a.html"_s << u"html"_s;
    QTest::newRow("text") << QByteArray("Mira Castell opened the new depot on Friday.") << u"a.txt"_s
                          << u"text"_s;
}

void TestArticleLoader::formatByContent()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(QString, format);
    const LoadResult r = ArticleLoader::loadBytes(bytes, name);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    QCOMPARE(r.article.format, format);
    QVERIFY2(r.article.text.contains(u"Mira Castell opened the new depot"), qPrintable(r.article.text));
}

QTEST_GUILESS_MAIN(TestArticleLoader)
#include "tst_articleloader.moc"
