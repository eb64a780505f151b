#include "formats/articleloader.h"
#include "formats/epubloader.h"
#include "support/zipbuilder.h"

#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;
using ziptest::Entry;

namespace {

const QByteArray kContainer
    = "<?xml version=\"1.0\"?>\n"
      "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
      "<rootfiles><rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/>"
      "</rootfiles></container>";

// The manifest lists chapter two first; the spine says chapter one is read first.
const QByteArray kPackage
    = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"id\">"
      "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:identifier "
      "id=\"id\">urn:uuid:1</dc:identifier>"
      "<dc:title>Notes from the Harbour</dc:title><dc:creator>Mira Castell</dc:creator><dc:creator>Ivo "
      "Brandt</dc:creator>"
      "<dc:publisher>Quay Press</dc:publisher><dc:date>2022-09-01</dc:date></metadata>"
      "<manifest><item id=\"c2\" href=\"text/chapter%202.xhtml\" media-type=\"application/xhtml+xml\"/>"
      "<item id=\"c1\" href=\"text/chapter1.xhtml\" media-type=\"application/xhtml+xml\"/>"
      "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>"
      "<item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>"
      "<item id=\"evil\" href=\"../../outside.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
      "<spine><itemref idref=\"nav\"/><itemref idref=\"c1\"/><itemref idref=\"c2\"/><itemref idref=\"evil\"/>"
      "<itemref idref=\"css\"/></spine></package>";

QByteArray chapter(const QByteArray &heading, const QByteArray &paragraph)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
           "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>"
        + heading + "</title><link rel=\"stylesheet\" href=\"../style.css\"/></head><body><h1>" + heading
        + "</h1><p>" + paragraph + "</p></body></html>";
}

QByteArray epub(const QByteArray &package = kPackage, const QByteArray &container = kContainer)
{
    return ziptest::makeZip(
        {{u"mimetype"_s, "application/epub+zip"}, {u"META-INF/container.xml"_s, container},
            {u"OEBPS/content.opf"_s, package},
            {u"OEBPS/nav.xhtml"_s, chapter("Contents", "Table of contents, not a chapter.")},
            {u"OEBPS/text/chapter1.xhtml"_s,
                chapter("One", "The ferry left at dawn with Mira Castell on board.")},
            {u"OEBPS/text/chapter 2.xhtml"_s,
                chapter("Two", "By noon the island was in sight &amp; the wind had dropped.")},
            {u"outside.xhtml"_s, chapter("Outside", "Never read: outside the package folder.")},
            {u"OEBPS/style.css"_s, "p { margin: 0 }"}},
        true);
}

} // namespace

// E-books: chapters in spine order, metadata from the package document.
class TestEpubLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void book_data();
    void book();
    void broken_data();
    void broken();
};

void TestEpubLoader::book_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow(".epub") << u"harbour.epub"_s;
    QTest::newRow("no extension: by content") << u"harbour"_s;
}

void TestEpubLoader::book()
{
    QFETCH(QString, name);
    const LoadResult r = ArticleLoader::loadBytes(epub(), name);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    const Article &a = r.article;
    QCOMPARE(a.format, u"epub"_s);
    QCOMPARE(a.title, u"Notes from the Harbour"_s);
    QCOMPARE(a.author, u"Mira Castell, Ivo Brandt"_s);
    QCOMPARE(a.source, u"Quay Press"_s);
    QCOMPARE(a.date, QDate(2022, 9, 1));
    QCOMPARE(a.text,
        u"One\n\nThe ferry left at dawn with Mira Castell on board.\n\nTwo\n\n"
        "By noon the island was in sight & the wind had dropped."_s);
}

void TestEpubLoader::broken_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("reason");
    const QByteArray good = epub();
    QTest::newRow("truncated archive")
        << good.left(good.indexOf("<manifest>")) << int(LoadError::Malformed) << u"damaged or cut short"_s;
    QTest::newRow("zip bomb") << ziptest::makeZip(
        {{u"META-INF/container.xml"_s, kContainer}, {u"OEBPS/content.opf"_s, kPackage},
            {u"OEBPS/text/chapter1.xhtml"_s, QByteArray(40 * 1024 * 1024, ' ')}})
                              << int(LoadError::TooLarge) << u"zip bomb"_s;
    QTest::newRow("malformed package") << epub(QByteArray(kPackage).replace("</metadata>", ""))
                                       << int(LoadError::Malformed) << u"package document is malformed"_s;
    QTest::newRow("entity bomb in the package")
        << epub("<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
                "\"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
               + QByteArray(kPackage).mid(39).replace("Notes from the Harbour", "&b;"))
        << int(LoadError::Malformed) << u"declares entities"_s;
    QTest::newRow("no container.xml") << ziptest::makeZip({{u"mimetype"_s, "application/epub+zip"}}, true)
                                      << int(LoadError::Malformed) << u"not an e-book"_s;
    QTest::newRow("empty spine") << epub(
        QByteArray(kPackage).replace("<itemref idref=\"c1\"/><itemref idref=\"c2\"/>", ""))
                                 << int(LoadError::NoText) << u"holds no text"_s;
}

void TestEpubLoader::broken()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, kind);
    QFETCH(QString, reason);
    const LoadResult r = EpubLoader().load(bytes, u"bad.epub"_s);
    QVERIFY2(!r.ok(), qPrintable(r.article.text.left(200)));
    QVERIFY2(r.error->message.startsWith(u"bad.epub: "), qPrintable(r.error->message));
    QVERIFY2(r.error->message.contains(reason), qPrintable(r.error->message));
    QCOMPARE(int(r.error->kind), kind);
}

QTEST_GUILESS_MAIN(TestEpubLoader)
#include "tst_epubloader.moc"
