#include "formats/markdowntext.h"

#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

// Markdown to readable text: inline syntax goes, words stay.
class TestMarkdownText : public QObject
{
    Q_OBJECT
private slots:
    void stripInline_data();
    void stripInline();
    void convert_data();
    void convert();
};

void TestMarkdownText::stripInline_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << u"No syntax here."_s << u"No syntax here."_s;
    QTest::newRow("strong and emphasis") << u"**Ana** met *Tom* and __Lee__ and _Kim_."_s << u"Ana met Tom and Lee and Kim."_s;
    QTest::newRow("strong emphasis") << u"***very*** good"_s << u"very good"_s;
    QTest::newRow("strike") << u"~~old~~ new"_s << u"old new"_s;
    QTest::newRow("link") << u"See [the report](https://example.org/r \"Report\") today."_s << u"See the report today."_s;
    QTest::newRow("link with parentheses in URL") << u"[Acme](https://example.org/a_(b)) rose"_s << u"Acme rose"_s;
    QTest::newRow("reference link") << u"[Acme Corp][1] rose"_s << u"Acme Corp rose"_s;
    QTest::newRow("image removed") << u"Before ![a chart](c.png) after"_s << u"Before  after"_s;
    QTest::newRow("autolink") << u"Mail <https://example.org/x> now"_s << u"Mail https://example.org/x now"_s;
    QTest::newRow("code span is literal") << u"Run `a *b* c` now"_s << u"Run a *b* c now"_s;
    QTest::newRow("escapes") << u"\\*not emphasis\\* and \\_this\\_"_s << u"*not emphasis* and _this_"_s;
    QTest::newRow("snake_case untouched") << u"the max_file_size value"_s << u"the max_file_size value"_s;
    QTest::newRow("multiplication untouched") << u"2 * 3 * 4"_s << u"2 * 3 * 4"_s;
    QTest::newRow("html tags and comments") << u"<span>Ana</span><!-- note --> Ruiz"_s << u"Ana Ruiz"_s;
    QTest::newRow("footnote") << u"Profits rose[^1] sharply"_s << u"Profits rose sharply"_s;
}

void TestMarkdownText::stripInline()
{
    QFETCH(QString, markdown);
    QFETCH(QString, text);
    QCOMPARE(MarkdownText::stripInline(markdown), text);
}

void TestMarkdownText::convert_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("text");
    QTest::newRow("ATX title, closing hashes") << u"# Acme wins ##\n\nBody."_s << u"Acme wins"_s << u"Body."_s;
    QTest::newRow("image before the title") << u"![logo](l.png)\n\n# Acme wins\n\nBody."_s << u"Acme wins"_s << u"Body."_s;
    QTest::newRow("late heading is not the title") << u"Intro.\n\n# Later\n\nMore."_s << QString() << u"Intro.\n\nLater\n\nMore."_s;
    QTest::newRow("thematic break dropped") << u"One.\n\n---\n\nTwo."_s << QString() << u"One.\n\nTwo."_s;
    QTest::newRow("hard break kept") << u"Line one  \nline two"_s << QString() << u"Line one\nline two"_s;
    QTest::newRow("link definitions dropped") << u"See [Acme][a].\n\n[a]: https://example.org"_s << QString() << u"See Acme."_s;
    QTest::newRow("task list") << u"- [x] done\n- [ ] open"_s << QString() << u"done\nopen"_s;
    QTest::newRow("tilde fence") << u"~~~\ncode *here*\n~~~"_s << QString() << u"code *here*"_s;
    QTest::newRow("list item continuation") << u"- first item\n  goes on\n- second"_s << QString() << u"first item goes on\nsecond"_s;
}

void TestMarkdownText::convert()
{
    QFETCH(QString, markdown);
    QFETCH(QString, title);
    QFETCH(QString, text);
    const MarkdownText::Result r = MarkdownText::convert(markdown);
    QCOMPARE(r.title, title);
    QCOMPARE(r.text, text);
}

QTEST_GUILESS_MAIN(TestMarkdownText)
#include "tst_markdowntext.moc"
