#include "formats/articleloader.h"
#include "formats/odtloader.h"
#include "support/zipbuilder.h"

#include <QBuffer>
#include <QTest>
#include <QTextDocument>
#include <QTextDocumentWriter>

using namespace dramatis;
using namespace Qt::StringLiterals;
using ziptest::Entry;

namespace {

// An ODT as Qt writes one (QTextDocumentWriter's OpenDocument format).
QByteArray writtenByQt()
{
    QTextDocument doc;
    doc.setHtml(u"<h1>Library reopens after repairs</h1>"
                "<p>The town library on Mill Street reopened on Monday after <b>eight months</b> of repairs, "
                "said Hanna Lindqvist, its head librarian.</p>"
                "<p>A second paragraph, about the new lifts.</p>"
                "<ul><li>New roof</li><li>New lifts</li></ul>"_s);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    writer.write(&doc);
    return bytes;
}

const QByteArray kMeta
    = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
      "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><office:meta>"
      "<dc:title>Library reopens</dc:title><meta:initial-creator>Hanna Lindqvist</meta:initial-creator>"
      "<meta:creation-date>2024-02-19T10:00:00</meta:creation-date></office:meta></office:document-meta>";

QByteArray contentXml(const QByteArray &text)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
           "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
        + text + "</office:text></office:body></office:document-content>";
}

const QByteArray kText
    = "<text:sequence-decls><text:sequence-decl text:name=\"Figure\"/></text:sequence-decls>"
      "<text:h text:outline-level=\"1\">Library reopens</text:h>"
      "<text:p>Readers   queued\n at the door<text:note><text:note-citation>1</text:note-citation>"
      "<text:note-body><text:p>A footnote that is not the article.</text:p></text:note-body></text:note>"
      " before nine.<text:s text:c=\"2\"/>Twice spaced.</text:p>"
      "<office:annotation><text:p>Reviewer comment.</text:p></office:annotation>"
      "<text:list><text:list-item><text:p>Line one<text:line-break/>line two<text:tab/>tabbed</text:p>"
      "</text:list-item></text:list>";

QByteArray odt(const QByteArray &content, bool withMeta = true)
{
    QList<Entry> entries {{u"mimetype"_s, "application/vnd.oasis.opendocument.text"},
        {u"META-INF/manifest.xml"_s, "<manifest/>"}, {u"content.xml"_s, content}};
    if (withMeta)
        entries << Entry {u"meta.xml"_s, kMeta};
    return ziptest::makeZip(entries, true);
}

} // namespace

// OpenDocument text: paragraphs and headings in order, without notes and annotations; meta.xml.
class TestOdtLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writtenByQt_data();
    void writtenByQt();
    void handMade();
    void broken_data();
    void broken();
};

void TestOdtLoader::writtenByQt_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow(".odt") << u"library.odt"_s;
    QTest::newRow("no extension: by content") << u"library"_s;
}

void TestOdtLoader::writtenByQt()
{
    QFETCH(QString, name);
    const LoadResult r = ArticleLoader::loadBytes(::writtenByQt(), name);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    QCOMPARE(r.article.format, u"odt"_s);
    QCOMPARE(r.article.title, u"Library reopens after repairs"_s); // no meta.xml: the first short paragraph
    QCOMPARE(r.article.text,
        u"The town library on Mill Street reopened on Monday after eight months of repairs, said "
        "Hanna Lindqvist, its head librarian.\n\nA second paragraph, about the new lifts."
        "\n\nNew roof\n\nNew lifts"_s);
}

void TestOdtLoader::handMade()
{
    const LoadResult r = OdtLoader().load(odt(contentXml(kText)), u"library.odt"_s);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    QCOMPARE(r.article.title, u"Library reopens"_s);
    QCOMPARE(r.article.author, u"Hanna Lindqvist"_s);
    QCOMPARE(r.article.date, QDate(2024, 2, 19));
    QCOMPARE(r.article.text,
        u"Readers queued at the door before nine.  Twice spaced.\n\nLine one\nline two\ttabbed"_s);
}

void TestOdtLoader::broken_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("reason");
    const QByteArray good = odt(contentXml(kText));
    // Cut inside content.xml (stored, so its text is in plain sight).
    QTest::newRow("truncated archive")
        << good.left(good.indexOf("Line one")) << int(LoadError::Malformed) << u"damaged or cut short"_s;
    QTest::newRow("zip bomb") << ziptest::makeZip(
        {{u"content.xml"_s, contentXml("<text:p>" + QByteArray(40 * 1024 * 1024, 'a') + "</text:p>")}})
                              << int(LoadError::TooLarge) << u"zip bomb"_s;
    QTest::newRow("malformed XML") << odt(contentXml("<text:p>unclosed")) << int(LoadError::Malformed)
                                   << u"XML is malformed"_s;
    QTest::newRow("entity declarations")
        << odt("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaa\">]>"
               + contentXml("<text:p>&a;</text:p>").mid(39))
        << int(LoadError::Malformed) << u"declares entities"_s;
    QTest::newRow("no content.xml") << ziptest::makeZip(
        {{u"mimetype"_s, "application/vnd.oasis.opendocument.text"}}, true)
                                    << int(LoadError::Malformed) << u"no content.xml"_s;
}

void TestOdtLoader::broken()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, kind);
    QFETCH(QString, reason);
    const LoadResult r = OdtLoader().load(bytes, u"bad.odt"_s);
    QVERIFY2(!r.ok(), qPrintable(r.article.text.left(200)));
    QVERIFY2(r.error->message.startsWith(u"bad.odt: "), qPrintable(r.error->message));
    QVERIFY2(r.error->message.contains(reason), qPrintable(r.error->message));
    QCOMPARE(int(r.error->kind), kind);
}

QTEST_MAIN(TestOdtLoader)
#include "tst_odtloader.moc"
