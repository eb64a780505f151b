#include "core/analysis.h"
#include "export/standoffwriter.h"
#include "export/summary.h"
#include "export/summarypdf.h"
#include "export/summarywriter.h"
#include "lexicon/lexicontagger.h"
#include "pipeline/pipeline.h"

#include <poppler-qt6.h>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

// Golden outputs: tests/data/export/<case>/{article.txt, lexicon.json} in, expected.<ext> out. Run with
// DRAMATIS_UPDATE_GOLDEN=1 to rewrite the expected files after a deliberate change (then read the diff).
class TestSummaryWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data();
    void golden();
    void escaping_data();
    void escaping();
    void escapeMarkdown_data();
    void escapeMarkdown();
    void keySentencesInTextOrder();
    void pdfHasNamesAndPageNumbers();
    void notesInTextOrder();
    void identifiers_data();
    void identifiers();

private:
    static AnalysisPtr analyse(const QString &caseName);
    static QString render(const QString &format, const AnalysisPtr &a);
};

AnalysisPtr TestSummaryWriter::analyse(const QString &caseName)
{
    const QString dir = QStringLiteral(DRAMATIS_TEST_DATA "/export/") + caseName;
    QFile textFile(dir + u"/article.txt"_s), lexiconFile(dir + u"/lexicon.json"_s);
    if (!textFile.open(QIODevice::ReadOnly) || !lexiconFile.open(QIODevice::ReadOnly))
        return nullptr;
    LexiconTagger tagger;
    const QJsonObject lexicon = QJsonDocument::fromJson(lexiconFile.readAll()).object();
    for (auto it = lexicon.begin(); it != lexicon.end(); ++it) {
        for (const QJsonValue &v : it.value().toArray())
            tagger.add(v.toString(), entityTypeFromCode(it.key()).value_or(EntityType::Misc));
    }
    Article article;
    article.text = QString::fromUtf8(textFile.readAll());
    article.title = caseName == u"northwind" ? u"Northwind Robotics names Maria Alvarez chief executive"_s
                                             : u"Acme & <Sons> *news*"_s;
    article.source = u"Harbor Ledger"_s;
    article.author = u"Jane Doe"_s;
    article.date = QDate(2024, 3, 14);
    article.filePath = u"/articles/"_s + caseName + u".txt"_s;
    return analyzeArticle(article, tagger);
}

QString TestSummaryWriter::render(const QString &format, const AnalysisPtr &a)
{
    const QList<Summary> s{buildSummary(*a, SummaryOptions{2, true})};
    if (format == u"md")
        return SummaryWriter::markdown(s);
    if (format == u"html")
        return SummaryWriter::html(s);
    if (format == u"csv")
        return SummaryWriter::csv(s);
    if (format == u"ann")
        return StandoffWriter::bratAnn(*a);
    return StandoffWriter::conll(*a);
}

void TestSummaryWriter::golden_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<QString>("format");
    for (const QString &c : {u"northwind"_s, u"escaping"_s}) {
        for (const QString &f : {u"md"_s, u"html"_s, u"csv"_s, u"ann"_s, u"conll"_s})
            QTest::newRow(qPrintable(c + u'.' + f)) << c << f;
    }
}

void TestSummaryWriter::golden()
{
    QFETCH(QString, caseName);
    QFETCH(QString, format);
    const AnalysisPtr a = analyse(caseName);
    QVERIFY(a);
    const QString got = render(format, a);
    const QString path = QStringLiteral(DRAMATIS_TEST_DATA "/export/") + caseName + u"/expected."_s + format;
    if (qEnvironmentVariableIntValue("DRAMATIS_UPDATE_GOLDEN") == 1) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(got.toUtf8());
    }
    QFile expected(path);
    QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(got, QString::fromUtf8(expected.readAll()));
}

void TestSummaryWriter::escaping_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("mustContain");
    QTest::addColumn<QStringList>("mustNotContain");
    QTest::newRow("markdown") << u"md"_s
                              << QStringList{u"Jo \\*Star\\* Park"_s, u"Acme \\& Sons"_s, u"\\<b\\>bold\\</b\\>"_s,
                                             u"\\<script\\>"_s, u"\\[link\\]\\(http://x\\)"_s, u"\\| owner"_s}
                              << QStringList{u"<script>"_s, u"<b>"_s, u"Jo *Star*"_s};
    QTest::newRow("html") << u"html"_s
                          << QStringList{u"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"_s, u"Acme &amp; Sons"_s,
                                         u"&lt;b&gt;bold&lt;/b&gt;"_s, u"Acme &amp; &lt;Sons&gt; *news*"_s}
                          << QStringList{u"<script>"_s, u"<b>bold"_s, u"<Sons>"_s};
    QTest::newRow("csv") << u"csv"_s << QStringList{u"Jo *Star* Park,PER"_s, u"Acme & Sons,ORG"_s}
                         << QStringList{u"&amp;"_s};
}

void TestSummaryWriter::escaping()
{
    QFETCH(QString, format);
    QFETCH(QStringList, mustContain);
    QFETCH(QStringList, mustNotContain);
    const AnalysisPtr a = analyse(u"escaping"_s);
    QVERIFY(a);
    // The key sentence quoting the article carries every metacharacter.
    const QString out = render(format, a);
    for (const QString &s : mustContain)
        QVERIFY2(out.contains(s), qPrintable(u"missing: "_s + s + u"\n"_s + out));
    for (const QString &s : mustNotContain)
        QVERIFY2(!out.contains(s), qPrintable(u"unescaped: "_s + s + u"\n"_s + out));
}

void TestSummaryWriter::escapeMarkdown_data()
{
    using Place = SummaryWriter::MarkdownPlace;
    QTest::addColumn<QString>("text");
    QTest::addColumn<Place>("place");
    QTest::addColumn<QString>("expected");
    QTest::newRow("E.164 in a cell") << u"+442079460958"_s << Place::Inline << u"+442079460958"_s;
    QTest::newRow("plus inside a line") << u"call +44 20 7946 0958 now"_s << Place::LineStart
                                        << u"call +44 20 7946 0958 now"_s;
    QTest::newRow("plus opening a line") << u"+44 20 7946 0958"_s << Place::LineStart << u"\\+44 20 7946 0958"_s;
    QTest::newRow("plus after leading spaces") << u"  + item"_s << Place::LineStart << u"  \\+ item"_s;
    QTest::newRow("line break becomes a space") << u"a\n+b"_s << Place::Inline << u"a +b"_s;
    QTest::newRow("other markup still escaped") << u"*a* [b](c) #d |e"_s << Place::Inline
                                                << u"\\*a\\* \\[b\\]\\(c\\) \\#d \\|e"_s;
}

void TestSummaryWriter::escapeMarkdown()
{
    QFETCH(QString, text);
    QFETCH(SummaryWriter::MarkdownPlace, place);
    QFETCH(QString, expected);
    QCOMPARE(SummaryWriter::escapeMarkdown(text, place), expected);
}

void TestSummaryWriter::keySentencesInTextOrder()
{
    const AnalysisPtr a = analyse(u"northwind"_s);
    QVERIFY(a);
    const Summary s = buildSummary(*a, SummaryOptions{2, false});
    QCOMPARE(s.keySentences.size(), 2);
    QVERIFY(s.keySentences[0].start < s.keySentences[1].start);
    // The lead names the most salient people and companies; it must be chosen.
    QVERIFY(s.keySentences[0].text.startsWith(u"Northwind Robotics said"_s));
    // Offsets are code points into the text and link back to the span.
    QCOMPARE(a->article.text.mid(s.keySentences[0].start, 18), u"Northwind Robotics"_s);
    QVERIFY(s.link(s.keySentences[0].start, s.keySentences[0].end).startsWith(u"dramatis://open?file=%2Farticles%2Fnorthwind.txt&start=0&end="_s));
    // Places and other entities only when asked for.
    for (const auto &e : s.entities)
        QVERIFY(e.type == EntityType::Person || e.type == EntityType::Organization);
}

void TestSummaryWriter::pdfHasNamesAndPageNumbers()
{
    const AnalysisPtr a = analyse(u"northwind"_s);
    QVERIFY(a);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(writeSummaryPdf(SummaryWriter::html({buildSummary(*a)}), &buffer));
    QVERIFY(buffer.data().startsWith("%PDF"));
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(buffer.data());
    QVERIFY(doc);
    QVERIFY(doc->numPages() >= 1);
    QString text;
    for (int i = 0; i < doc->numPages(); ++i)
        text += doc->page(i)->text(QRectF());
    text = text.simplified();
    for (const QString &name : {u"Maria Alvarez"_s, u"Northwind Robotics"_s, u"Tom Becker"_s, u"chief executive"_s})
        QVERIFY2(text.contains(name), qPrintable(name + u" not in: "_s + text));
    QVERIFY2(text.contains(u"1"_s), "no page number");
}

void TestSummaryWriter::notesInTextOrder()
{
    const AnalysisPtr a = analyse(u"northwind"_s);
    QVERIFY(a);
    Summary s = buildSummary(*a);
    const QString &text = a->article.text;
    Annotation later, earlier, orphan;
    later.kind = Annotation::Highlight;
    later.category = u"Follow up"_s;
    later.start = text.indexOf(u"Tom Becker"_s);
    later.end = later.start + 10;
    earlier.kind = Annotation::Note;
    earlier.text = u"Is <she> really 47?"_s;
    earlier.start = text.indexOf(u"Alvarez, 47"_s);
    earlier.end = earlier.start + 11;
    orphan.kind = Annotation::Note;
    orphan.text = u"about a deleted line"_s;
    orphan.status = AnchorStatus::Orphaned;
    orphan.anchor.exact = u"a sentence that is gone"_s;
    addAnnotations(s, {orphan, later, earlier}, {u"robotics"_s, u"hiring news"_s});
    QCOMPARE(s.annotations.size(), 3);
    QCOMPARE(s.annotations[0].text, u"Alvarez, 47"_s);
    QCOMPARE(s.annotations[1].category, u"Follow up"_s);
    QCOMPARE(s.annotations[2].text, u"a sentence that is gone"_s);
    const QString md = SummaryWriter::markdown({s});
    QVERIFY(md.contains(u"“Alvarez, 47” — Is \\<she\\> really 47?"_s));
    QVERIFY(md.contains(u"**Follow up** “Tom Becker”"_s));
    QVERIFY(md.contains(u"#robotics #hiring-news"_s));
    QVERIFY(md.indexOf(u"Alvarez, 47"_s) < md.indexOf(u"**Follow up**"_s));
    const QString html = SummaryWriter::html({s});
    QVERIFY(html.contains(u"Is &lt;she&gt; really 47?"_s));
}

void TestSummaryWriter::identifiers_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");
    const QString text = u"Mail press@harbour.example.org or call +44 20 7946 0958 about the £3.4bn bid. "
                         u"Again: press@harbour.example.org."_s;
    QTest::newRow("markdown") << u"md"_s << text
                              << QStringList {u"## Contacts and identifiers"_s,
                                     u"| E-mail address | [press@harbour.example.org](dramatis://open?"_s,
                                     u"| +442079460958 | 1 |"_s, u"| GBP 3400000000 | 1 |"_s,
                                     u"press@harbour.example.org | 2 |"_s}
                              << QStringList {};
    QTest::newRow("html") << u"html"_s << text
                          << QStringList {u"<h2>Contacts and identifiers</h2>"_s,
                                 u"<span class=\"identifier\">+44 20 7946 0958</span></a></td><td>+442079460958</td>"_s,
                                 u".identifier{"_s}
                          << QStringList {};
    QTest::newRow("csv") << u"csv"_s << text
                         << QStringList {u"/articles/ids.txt,press@harbour.example.org,email,,,,2,\r\n"_s,
                                u"/articles/ids.txt,+442079460958,phone,+44 20 7946 0958,,,1,\r\n"_s}
                         << QStringList {};
    QTest::newRow("markdown without identifiers") << u"md"_s << u"Nothing to call or mail here."_s
                                                  << QStringList {} << QStringList {u"Contacts and identifiers"_s};
    QTest::newRow("html without identifiers") << u"html"_s << u"Nothing to call or mail here."_s
                                              << QStringList {}
                                              << QStringList {u"Contacts and identifiers"_s, u".identifier{"_s};
}

void TestSummaryWriter::identifiers()
{
    QFETCH(QString, format);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    Article article;
    article.text = text;
    article.filePath = u"/articles/ids.txt"_s;
    const AnalysisPtr a = analyzeArticle(article, LexiconTagger());
    const QString got = render(format, a);
    for (const QString &e : expected)
        QVERIFY2(got.contains(e), qPrintable(e + u"\n---\n"_s + got));
    for (const QString &e : absent)
        QVERIFY2(!got.contains(e), qPrintable(e));
}

QTEST_MAIN(TestSummaryWriter)
#include "tst_summarywriter.moc"
