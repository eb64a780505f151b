#include "formats/articleloader.h"
#include "formats/htmlloader.h"

#include <QFile>
#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(DRAMATIS_TEST_DATA "/loader/html/") + name;
}

LoadResult loadHtml(const QByteArray &bytes, const QString &name = u"page.html"_s)
{
    return HtmlLoader().load(bytes, name);
}

} // namespace

// Web pages: the article's main content and its metadata, without the page around it.
class TestHtmlLoader : public QObject
{
    Q_OBJECT
private slots:
    void pages_data();
    void pages();
    void charset_data();
    void charset();
    void structure_data();
    void structure();
    void broken_data();
    void broken();
    void throughArticleLoader();
};

void TestHtmlLoader::pages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QStringList>("present"); // in this order
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("news page: og tags, furniture around the article")
        << u"news.html"_s << u"Harbour cranes arrive early as port expands"_s << u"Lena Vasquez"_s
        << u"The Quayside Courier"_s << QDate(2024, 3, 14)
        << QStringList {u"Four new container cranes reached the southern quay"_s, u"“a relief”"_s,
               u"will double the number of ships the quay can unload at once & cut waiting times"_s,
               u"Union agreement"_s, u"The dockers’ union agreed"_s, u"Work on the northern quay"_s,
               u"€120 million"_s}
        << QStringList {u"cookies"_s, u"Sport"_s, u"Weather"_s, u"Share on social media"_s,
               u"Advertisement"_s, u"Related stories"_s, u"Ferry timetable"_s, u"Great news for the town"_s,
               u"Comments"_s, u"newsletter"_s, u"All rights reserved"_s, u"tracker"_s, u"analytics"_s,
               u"font-family"_s, u"Photo:"_s, u"By Lena Vasquez"_s, u"\u00A0"_s};
    QTest::newRow("JSON-LD @graph, no og tags")
        << u"jsonld.html"_s << u"Family bakery chain sold to rival"_s << u"Priya Raman, Jonas Ek"_s
        << u"Midland Ledger"_s << QDate(2023, 11, 2)
        << QStringList {u"The Harrow family has sold its chain"_s, u"Crumb & Co, based in Leeds"_s,
               u"Neither side disclosed the price."_s}
        << QStringList {u"Home"_s, u"Most read"_s};
}

void TestHtmlLoader::pages()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QString, author);
    QFETCH(QString, source);
    QFETCH(QDate, date);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    QFile f(dataFile(file));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const LoadResult r = loadHtml(f.readAll(), file);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    const Article &a = r.article;
    QCOMPARE(a.format, u"html"_s);
    QCOMPARE(a.title, title);
    QCOMPARE(a.author, author);
    QCOMPARE(a.source, source);
    QCOMPARE(a.date, date);
    qsizetype at = 0;
    for (const QString &p : present) {
        const qsizetype found = a.text.indexOf(p, at);
        QVERIFY2(found >= 0, qPrintable(u"missing or out of order: "_s + p + u"\n---\n"_s + a.text));
        at = found + p.size();
    }
    for (const QString &p : absent)
        QVERIFY2(!a.text.contains(p), qPrintable(u"should be gone: "_s + p + u"\n---\n"_s + a.text));
    QVERIFY2(!a.text.startsWith(title), "the headline is metadata, not body");
}

void TestHtmlLoader::charset_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    const QByteArray body = "<p>Jos\xE9 Mu\xF1oz said \x93yes\x94 \x96 and paid \x80"
                            "40.</p>";
    QTest::newRow("meta charset windows-1252")
        << QByteArray("<html><head><meta charset=\"windows-1252\"></head><body>" + body)
        << u"José Muñoz said “yes” – and paid €40."_s;
    QTest::newRow("http-equiv ISO-8859-1 means windows-1252") << QByteArray(
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
        "charset=ISO-8859-1\"></head><body>"
        + body) << u"José Muñoz said “yes” – and paid €40."_s;
    QTest::newRow("no declaration: detected")
        << QByteArray("<html><body>" + body) << u"José Muñoz said “yes” – and paid €40."_s;
    QTest::newRow("UTF-8 BOM beats a wrong meta") << QByteArray(
        "\xEF\xBB\xBF<html><head><meta charset=\"windows-1252\"></head><body><p>Jos\xC3\xA9 "
        "M\xC3\xBC\xC3\xB1oz</p>") << u"José Müñoz"_s;
    QTest::newRow("UTF-16LE with BOM")
        << QByteArray("\xFF\xFE<\0p\0>\0\xE9\0t\0\xE9\0<\0/\0p\0>\0", 22) << u"été"_s;
    QTest::newRow("entities") << QByteArray(
        "<p>caf&eacute; &amp; &lt;b&gt; &#8212; &#x201C;q&#x201D; AT&amp;T&nbsp;x</p>")
                              << u"café & <b> — “q” AT&T x"_s;
}

void TestHtmlLoader::charset()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    const LoadResult r = loadHtml(bytes);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    QCOMPARE(r.article.text, text);
}

void TestHtmlLoader::structure_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("unclosed tags, tables, unknown entities")
        << QByteArray("<html><head><title>Unclosed tags\n<body><div><p>First paragraph, never closed"
                      "<p>Second <b>bold, <i>italic</b> broken</i> nesting.<table><tr><td>Cell one<td>Cell "
                      "two</table>"
                      "<p>&unknown; &amp;</div>")
        << u"First paragraph, never closed\n\nSecond bold, italic broken nesting.\n\nCell one\tCell two\n\n&unknown; &"_s;
    QTest::newRow("line breaks and lists") << QByteArray(
        "<title>Fruit</title><body><p>One<br>two</p><ul><li>apples</li><li>pears</li></ul><pre>  keep   "
        "this\n  spacing</pre></body>") << u"One\ntwo\n\napples\npears\n\nkeep   this\n  spacing"_s;
    QTest::newRow("hidden and scripted parts go") << QByteArray(
        "<body><p hidden>secret</p><p style=\"display: none\">also secret</p><p aria-hidden=\"true\">x</p>"
        "<noscript>enable JS</noscript><template><p>t</p></template><p>Shown words.</p></body>")
                                                  << u"Shown words."_s;
    QTest::newRow("XHTML with an XML declaration") << QByteArray(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.1//EN\" "
        "\"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
        "<body><p>Plain words.</p></body></html>") << u"Plain words."_s;
}

void TestHtmlLoader::structure()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    const LoadResult r = loadHtml(bytes);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    QCOMPARE(r.article.text, text);
}

void TestHtmlLoader::broken_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("reason");
    QByteArray deep("<html><body>");
    for (int i = 0; i < 100000; ++i)
        deep += "<div>";
    deep += "deep words";
    QTest::newRow("nested 100,000 deep") << deep << int(LoadError::Malformed) << u"nested too deeply"_s;
    QTest::newRow("no text") << QByteArray(
        "<html><head><title>T</title></head><body><script>x()</script></body></html>")
                             << int(LoadError::NoText) << u"holds no text"_s;
    QByteArray junk("<html>");
    for (int i = 0; i < 2000; ++i)
        junk += char(i % 31 + 1);
    QTest::newRow("binary after a tag") << junk << int(LoadError::Binary) << u"binary data"_s;
}

void TestHtmlLoader::broken()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, kind);
    QFETCH(QString, reason);
    const LoadResult r = loadHtml(bytes, u"broken.html"_s);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error->kind), kind);
    QVERIFY2(r.error->message.startsWith(u"broken.html: "), qPrintable(r.error->message));
    QVERIFY2(r.error->message.contains(reason), qPrintable(r.error->message));
    QVERIFY(!r.error->message.contains(u'\n'));
}

void TestHtmlLoader::throughArticleLoader()
{
    const LoadResult r = ArticleLoader::load(dataFile(u"malformed.html"_s));
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    QCOMPARE(r.article.format, u"html"_s);
    QVERIFY(r.article.text.contains(u"café <tag> “quoted”"));
    QVERIFY(r.article.filePath.endsWith(u"malformed.html"));
}

QTEST_GUILESS_MAIN(TestHtmlLoader)
#include "tst_htmlloader.moc"
