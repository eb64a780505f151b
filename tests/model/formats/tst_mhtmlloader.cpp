#include "formats/articleloader.h"
#include "formats/mhtmlloader.h"

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

// A saved page built from parts: each its own headers (without the blank line) and its HTML.
struct Part
{
    QByteArray headers;
    QByteArray body;
};

QByteArray mhtml(const QByteArray &rootHeaders, const QList<Part> &parts)
{
    QByteArray out = "From: <Saved by Blink>\r\nMIME-Version: 1.0\r\n" + rootHeaders
        + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"--B--\"";
    out += "\r\n\r\n";
    for (const Part &p : parts)
        out += "----B--\r\n" + p.headers + "\r\n" + p.body + "\r\n";
    return out + "----B----\r\n";
}

const QByteArray kStory
    = "<html><head><meta property=\"og:title\" content=\"Dockers accept the new shift plan\"></head><body>"
      "<article><p>The dockers voted on Friday to accept the shift plan that the port authority put to them "
      "in January, after two months of talks about night work and overtime.</p><p>Odile Marchetti, who led "
      "the talks, said nobody would lose a job and that the plan would be reviewed after a year.</p>"
      "</article></body></html>";
const QByteArray kAd
    = "<html><body><p>Cheap ferry tickets to the islands, book today and save.</p></body></html>";

} // namespace

// Web pages saved as a single MIME file.
class TestMhtmlLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void savedPage_data();
    void savedPage();
    void noHtmlPart();
    void rootPart_data();
    void rootPart();
    void articleInFrame();
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

void TestMhtmlLoader::rootPart_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray adHeaders = "Content-Type: text/html\r\nContent-ID: <frame-ad@mhtml.blink>\r\n"
                                 "Content-Location: https://ads.example.invalid/banner\r\n";
    // The story shows the ad in a frame, as a saved page does.
    const QByteArray story = QByteArray(kStory).replace(
        "</article>", "</article><iframe src=\"cid:frame-ad@mhtml.blink\"></iframe>");
    const QByteArray storyHeaders
        = "Content-Type: text/html; charset=utf-8\r\nContent-ID: <frame-main@mhtml.blink>\r\n"
          "Content-Location: https://news.example.invalid/dockers\r\n";
    QTest::newRow("named by start, after an ad")
        << mhtml("", {{adHeaders, kAd}, {storyHeaders, story}})
               .replace("type=\"text/html\";", "type=\"text/html\"; start=\"<frame-main@mhtml.blink>\";");
    QTest::newRow("at the snapshot's address, after an ad")
        << mhtml("Snapshot-Content-Location: https://news.example.invalid/dockers\r\n",
               {{adHeaders, kAd}, {storyHeaders, story}});
    QTest::newRow("the one part no frame shows") << mhtml("", {{adHeaders, kAd}, {storyHeaders, story}});
    QTest::newRow("first, ad after it") << mhtml("", {{storyHeaders, story}, {adHeaders, kAd}});
}

void TestMhtmlLoader::rootPart()
{
    QFETCH(QByteArray, bytes);
    const LoadResult r = MhtmlLoader().load(bytes, u"dockers.mhtml"_s);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    QCOMPARE(r.article.title, u"Dockers accept the new shift plan"_s);
    QVERIFY2(r.article.text.startsWith(u"The dockers voted on Friday"_s), qPrintable(r.article.text));
    QVERIFY2(!r.article.text.contains(u"ferry tickets"_s), qPrintable(r.article.text));
}

void TestMhtmlLoader::articleInFrame()
{
    // The page is a frame around the story (a reader view, an embed): the text is the story's, the headline
    // the page's when the story has none; the ad frame beside it loses, having less to say.
    const QByteArray page
        = "<html><head><meta property=\"og:title\" content=\"Harbour news: the dockers vote\"></head><body>"
          "<nav><a href=\"/\">Home</a></nav><h1>Harbour news</h1>"
          "<iframe src=\"cid:frame-ad@mhtml.blink\"></iframe><iframe "
          "src=\"cid:frame-story@mhtml.blink\"></iframe>"
          "</body></html>";
    const QByteArray story = QByteArray(kStory).replace(
        "<meta property=\"og:title\" content=\"Dockers accept the new shift plan\">", "");
    const QByteArray bytes = mhtml("Snapshot-Content-Location: https://news.example.invalid/vote\r\n",
        {{"Content-Type: text/html\r\nContent-Location: https://news.example.invalid/vote\r\n", page},
            {"Content-Type: text/html\r\nContent-ID: <frame-ad@mhtml.blink>\r\n", kAd},
            {"Content-Type: text/html\r\nContent-ID: <frame-story@mhtml.blink>\r\n", story}});
    const LoadResult r = MhtmlLoader().load(bytes, u"vote.mhtml"_s);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    QCOMPARE(r.article.title, u"Harbour news: the dockers vote"_s);
    QVERIFY2(r.article.text.startsWith(u"The dockers voted on Friday"_s), qPrintable(r.article.text));
    QVERIFY2(r.article.text.contains(u"reviewed after a year."_s), qPrintable(r.article.text));
    QVERIFY2(!r.article.text.contains(u"ferry tickets"_s), qPrintable(r.article.text));
}

QTEST_GUILESS_MAIN(TestMhtmlLoader)
#include "tst_mhtmlloader.moc"
