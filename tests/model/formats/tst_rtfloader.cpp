#include "formats/articleloader.h"
#include "formats/rtfloader.h"

#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

namespace {

// Written by hand in the shape WordPad and Word save: tables first, \info, then the text.
const QByteArray kDocument
    = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}{\\f1 "
      "Arial;}}\r\n"
      "{\\colortbl ;\\red0\\green0\\blue255;}{\\stylesheet{\\s1 heading 1;}}\r\n"
      "{\\info{\\title Quay report}{\\author Lena Vasquez}{\\creatim\\yr2024\\mo3\\dy14\\hr9\\min30}}\r\n"
      "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1\\pard\\f0\\fs24 Four cranes arrived at the\r\n"
      " quay on Tuesday.\\par\r\n"
      "Jos\\'e9 Mu\\'f1oz said \\ldblquote yes\\rdblquote .\\par\r\n"
      "{\\pict\\pngblip\\picw10\\pich10 89504e470d0a1a0a}{\\header Running header words}"
      "Unicode: \\u322?\\u243?d\\u378? and {\\uc2\\u8364??40}\\tab paid.\\line Next line "
      "\\{braces\\}.\\par\r\n"
      "{\\*\\bkmkstart x}{\\field{\\*\\fldinst HYPERLINK \"http://example.invalid\"}{\\fldrslt Link text}} "
      "stays.\\par\r\n"
      "{\\footnote A footnote.}Final words.}";

} // namespace

// RTF: the text runs, escapes and code pages, without tables, pictures or headers.
class TestRtfLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void document_data();
    void document();
    void truncated();
    void broken_data();
    void broken();
};

void TestRtfLoader::document_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow(".rtf") << u"report.rtf"_s;
    QTest::newRow("named .txt: by content") << u"report.txt"_s;
}

void TestRtfLoader::document()
{
    QFETCH(QString, name);
    const LoadResult r = ArticleLoader::loadBytes(kDocument, name);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    QCOMPARE(r.article.format, u"rtf"_s);
    QCOMPARE(r.article.title, u"Quay report"_s);
    QCOMPARE(r.article.author, u"Lena Vasquez"_s);
    QCOMPARE(r.article.date, QDate(2024, 3, 14));
    QCOMPARE(r.article.text,
        u"Four cranes arrived at the quay on Tuesday.\n\nJosé Muñoz said “yes”.\n\n"
        "Unicode: łódź and €40\tpaid.\nNext line {braces}.\n\nLink text stays.\n\nFinal words."_s);
}

void TestRtfLoader::truncated()
{
    // Cut short (braces never closed): what was written still reads.
    const LoadResult r = RtfLoader().load(kDocument.left(kDocument.indexOf("Unicode")), u"cut.rtf"_s);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    QCOMPARE(r.article.text, u"Four cranes arrived at the quay on Tuesday.\n\nJosé Muñoz said “yes”."_s);
}

void TestRtfLoader::broken_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("nested 100,000 deep") << QByteArray("{\\rtf1 ") + QByteArray(100000, '{') + "deep"
                                         << int(LoadError::Malformed) << u"nested too deeply"_s;
    QTest::newRow("only tables") << QByteArray("{\\rtf1{\\fonttbl{\\f0 Arial;}}{\\colortbl;}}")
                                 << int(LoadError::NoText) << u"holds no text"_s;
    QTest::newRow("named .rtf, not RTF")
        << QByteArray("plain words") << int(LoadError::Malformed) << u"not an RTF document"_s;
}

void TestRtfLoader::broken()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, kind);
    QFETCH(QString, reason);
    const LoadResult r = RtfLoader().load(bytes, u"bad.rtf"_s);
    QVERIFY2(!r.ok(), qPrintable(r.article.text.left(200)));
    QVERIFY2(r.error->message.startsWith(u"bad.rtf: "), qPrintable(r.error->message));
    QVERIFY2(r.error->message.contains(reason), qPrintable(r.error->message));
    QCOMPARE(int(r.error->kind), kind);
}

QTEST_GUILESS_MAIN(TestRtfLoader)
#include "tst_rtfloader.moc"
