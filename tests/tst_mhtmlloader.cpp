#include "articleloader.h"
#include "mhtmlloader.h"

#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

namespace {

// A page saved as one file, in the shape a browser writes: quoted-printable HTML, then its resources.
const QByteArray kSaved
    = "From: <Saved by Blink>\r\n"
      "Snapshot-Content-Location: https://news.example.invalid/cranes\r\n"
      "Subject: =?utf-8?Q?Cranes_arrive_=E2=80=93_Quayside?=\r\n"
      "Date: Thu, 14 Mar 2024 09:31:00 -0000\r\n"
      "MIME-Version: 1.0\r\n"
      "Content-Type: multipart/related;\r\n"
      "\ttype=\"text/html\";\r\n"
      "\tboundary=\"----MultipartBoundary--abc123----\"\r\n"
      "\r\n"
      "------MultipartBoundary--abc123----\r\n"
      "Content-Type: text/html\r\n"
      "Content-ID: <frame-1@mhtml.blink>\r\n"
      "Content-Transfer-Encoding: quoted-printable\r\n"
      "Content-Location: https://news.example.invalid/cranes\r\n"
      "\r\n"
      "<html><head><meta http-equiv=3D\"Content-Type\" content=3D\"text/html; charset=3DUTF-8\">=\r\n"
      "<meta property=3D\"og:title\" content=3D\"Cranes arrive at the southern quay\"></head>=\r\n"
      "<body><nav><a href=3D\"/\">Home</a></nav><article><p>Four cranes reached the qu=\r\n"
      "ay on Tuesday, the authority said, two weeks ahead of the date in the contract=\r\n"
      ".</p><p>Caf=C3=A9 owners nearby expect more customers.</p></article>\r\n"
      "<img src=3D\"https://images.example.invalid/a.png\"></body></html>\r\n"
      "------MultipartBoundary--abc123----\r\n"
      "Content-Type: image/png\r\n"
      "Content-Transfer-Encoding: base64\r\n"
      "Content-Location: https://images.example.invalid/a.png\r\n"
      "\r\n"
      "iVBORw0KGgo=\r\n"
      "------MultipartBoundary--abc123------\r\n";

} // namespace

// Web pages saved as a single MIME file.
class TestMhtmlLoader : public QObject
{
    Q_OBJECT
private slots:
    void savedPage_data();
    void savedPage();
    void noHtmlPart();
};

void TestMhtmlLoader::savedPage_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow(".mhtml") << u"cranes.mhtml"_s;
    QTest::newRow(".mht") << u"cranes.mht"_s;
    QTest::newRow("no extension: by content") << u"cranes"_s;
}

void TestMhtmlLoader::savedPage()
{
    QFETCH(QString, name);
    const LoadResult r = ArticleLoader::loadBytes(kSaved, name);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    QCOMPARE(r.article.format, u"html"_s);
    QCOMPARE(r.article.title, u"Cranes arrive at the southern quay"_s);
    QCOMPARE(r.article.text,
        u"Four cranes reached the quay on Tuesday, the authority said, two weeks ahead of the date "
        "in the contract.\n\nCafé owners nearby expect more customers."_s);
}

void TestMhtmlLoader::noHtmlPart()
{
    QByteArray imagesOnly = kSaved;
    imagesOnly.replace("Content-Type: text/html\r\n", "Content-Type: text/css\r\n");
    const LoadResult r = MhtmlLoader().load(imagesOnly, u"page.mhtml"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error->kind, LoadError::Malformed);
    QVERIFY2(r.error->message.startsWith(u"page.mhtml: "), qPrintable(r.error->message));
    QVERIFY2(r.error->message.contains(u"no HTML part"), qPrintable(r.error->message));
}

QTEST_GUILESS_MAIN(TestMhtmlLoader)
#include "tst_mhtmlloader.moc"
