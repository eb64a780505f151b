#include "formats/articleloader.h"
#include "formats/docxloader.h"
#include "support/zipbuilder.h"

#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;
using ziptest::Entry;

namespace {

const QByteArray kContentTypes
    = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/word/document.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
      "</Types>";

const QByteArray kCore
    = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<cp:coreProperties "
      "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
      "<dc:title>Ferry timetable changes</dc:title><dc:creator>Priya Raman</dc:creator>"
      "<dcterms:created>2024-05-02T08:15:00Z</dcterms:created></cp:coreProperties>";

QByteArray documentXml(
    const QByteArray &body, const QByteArray &prolog = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
{
    return prolog
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
          "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>"
        + body + "</w:body></w:document>";
}

const QByteArray kBody
    = "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>Summer ferries</w:t></w:r></w:p>"
      "<w:p><w:r><w:t xml:space=\"preserve\">The island ferry will sail "
      "</w:t></w:r><w:r><w:rPr><w:b/></w:rPr>"
      "<w:t>six</w:t></w:r><w:del><w:r><w:delText>four</w:delText></w:r></w:del><w:r><w:t "
      "xml:space=\"preserve\"> times a "
      "day from June, said Jonas Ek</w:t></w:r><w:r><w:fldChar "
      "w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE "
      "</w:instrText></w:r><w:r><w:t>.</w:t></w:r></w:p>"
      "<w:p><w:r><w:t>Tickets</w:t><w:tab/><w:t>€12</w:t><w:br/><w:t>Children</w:t><w:tab/><w:t>free</w:t></"
      "w:r></w:p>"
      "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:t>Text box words.</w:t></mc:Choice>"
      "<mc:Fallback><w:t>Text box words.</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>"
      "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Port</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Departures</w:t></"
      "w:r></w:p>"
      "</w:tc></w:tr></w:tbl>";

QByteArray docx(const QByteArray &documentXml, const QList<Entry> &extra = {})
{
    QList<Entry> entries {{u"[Content_Types].xml"_s, kContentTypes}, {u"_rels/.rels"_s, "<Relationships/>"},
        {u"word/document.xml"_s, documentXml}, {u"docProps/core.xml"_s, kCore}};
    entries << extra;
    return ziptest::makeZip(entries);
}

} // namespace

// Word documents: paragraphs in order, without revisions or field codes; metadata from core.xml.
class TestDocxLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void document_data();
    void document();
    void broken_data();
    void broken();
};

void TestDocxLoader::document_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    const QByteArray good = docx(documentXml(kBody));
    QTest::newRow(".docx") << good << u"ferries.docx"_s;
    QTest::newRow("no extension: by content") << good << u"ferries"_s;
    QTest::newRow("an entry climbing out with ../ is ignored") << docx(
        documentXml(kBody), {Entry {u"../../evil.xml"_s, "<x>evil</x>"}, Entry {u"/etc/evil.xml"_s, "<x/>"}})
                                                               << u"ferries.docx"_s;
}

void TestDocxLoader::document()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    const LoadResult r = ArticleLoader::loadBytes(bytes, name);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    const Article &a = r.article;
    QCOMPARE(a.format, u"docx"_s);
    QCOMPARE(a.title, u"Ferry timetable changes"_s);
    QCOMPARE(a.author, u"Priya Raman"_s);
    QCOMPARE(a.date, QDate(2024, 5, 2));
    QCOMPARE(a.text,
        u"Summer ferries\n\nThe island ferry will sail six times a day from June, said Jonas Ek.\n\n"
        "Tickets\t€12\nChildren\tfree\n\nText box words.\n\nPort\n\nDepartures"_s);
}

void TestDocxLoader::broken_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("reason");
    const QByteArray good = docx(documentXml(kBody));
    QTest::newRow("truncated archive")
        << good.left(good.size() / 2) << int(LoadError::Malformed) << u"damaged or cut short"_s;
    QTest::newRow("zip bomb") << docx(
        documentXml("<w:p><w:r><w:t>" + QByteArray(40 * 1024 * 1024, ' ') + "</w:t></w:r></w:p>"))
                              << int(LoadError::TooLarge) << u"zip bomb"_s;
    QTest::newRow("malformed XML") << docx(documentXml("<w:p><w:r><w:t>unclosed</w:r></w:p>"))
                                   << int(LoadError::Malformed) << u"XML is malformed"_s;
    QTest::newRow("entity expansion bomb") << docx(documentXml("<w:p><w:r><w:t>&lol3;</w:t></w:r></w:p>",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [<!ENTITY lol \"lollollollollollol\">"
        "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
        "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>\n"))
                                           << int(LoadError::Malformed) << u"declares entities"_s;
    QTest::newRow("external entity") << docx(documentXml("<w:p><w:r><w:t>&ext;</w:t></w:r></w:p>",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [<!ENTITY ext SYSTEM \"file:///etc/passwd\">]>\n"))
                                     << int(LoadError::Malformed) << u"declares entities"_s;
    QTest::newRow("no document part")
        << ziptest::makeZip({{u"[Content_Types].xml"_s, kContentTypes}, {u"word/x.xml"_s, "<x/>"}})
        << int(LoadError::Malformed) << u"not a Word document"_s;
    QTest::newRow("empty document") << docx(documentXml("")) << int(LoadError::NoText) << u"holds no text"_s;
}

void TestDocxLoader::broken()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, kind);
    QFETCH(QString, reason);
    const LoadResult r = DocxLoader().load(bytes, u"bad.docx"_s);
    QVERIFY2(!r.ok(), qPrintable(r.article.text.left(200)));
    QVERIFY2(r.error->message.startsWith(u"bad.docx: "), qPrintable(r.error->message));
    QVERIFY2(r.error->message.contains(reason), qPrintable(r.error->message));
    QCOMPARE(int(r.error->kind), kind);
    QVERIFY(!r.error->message.contains(u'\n'));
}

QTEST_GUILESS_MAIN(TestDocxLoader)
#include "tst_docxloader.moc"
