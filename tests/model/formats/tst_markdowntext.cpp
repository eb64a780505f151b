#include "formats/markdowntext.h"

#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

// Markdown to readable text: inline syntax goes, words stay.
class TestMarkdownText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
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
    QTest::newRow("block marker stays text") << u"# 1. - not a heading"_s << u"# 1. - not a heading"_s;
    QTest::newRow("entity") << u"Smith &amp; Sons"_s << u"Smith & Sons"_s;
}

void TestMarkdownText::stripInline()
{
    QFETCH(QString, markdown);
    QFETCH(QString, text);
    QCOMPARE(MarkdownText::stripInline(markdown), text);
}

// The CommonMark constructs articles carry, as the reader should see them: more rows for convert().
static void addCommonMarkRows()
{
    QTest::newRow("intraword underscores")
        << u"the snake_case_name value"_s << QString() << u"the snake_case_name value"_s;
    QTest::newRow("strong") << u"**Acme** rose"_s << QString() << u"Acme rose"_s;
    QTest::newRow("emphasis inside a word") << u"*a*b and __c__d"_s << QString() << u"ab and __c__d"_s;
    QTest::newRow("lone stars") << u"2 * 3 and a*"_s << QString() << u"2 * 3 and a*"_s;
    QTest::newRow("link text kept") << u"Read [the *filing*](https://sec.gov/x \"t\")."_s << QString()
                                    << u"Read the filing."_s;
    QTest::newRow("image dropped") << u"Before ![a *chart*](c.png) after"_s << QString()
                                   << u"Before  after"_s;
    QTest::newRow("image inside a link")
        << u"[![logo](l.png) Acme](https://a.example)"_s << QString() << u"Acme"_s;
    QTest::newRow("autolink") << u"See <https://a.example/x>."_s << QString()
                              << u"See https://a.example/x."_s;
    QTest::newRow("reference definitions not in the text")
        << u"See [Acme][a] and [Beta].\n\n[a]: https://a.example\n[beta]: https://b.example \"B\""_s
        << QString() << u"See Acme and Beta."_s;
    QTest::newRow("undefined reference")
        << u"[Acme][7] and [Beta][] rose"_s << QString() << u"Acme and Beta rose"_s;
    QTest::newRow("footnote") << u"Profits rose.[^1]\n\n[^1]: The company's filing."_s << QString()
                              << u"Profits rose."_s;
    QTest::newRow("HTML block: tags dropped, text kept")
        << u"<div class=\"box\">\n<p>Ana <b>Ruiz</b> &amp; Co.</p>\n</div>\n\nAfter."_s << QString()
        << u"Ana Ruiz & Co.\n\nAfter."_s;
    QTest::newRow("script block dropped")
        << u"<script>\nvar a = 'Acme';\n</script>\n\nText."_s << QString() << u"Text."_s;
    QTest::newRow("inline HTML") << u"Ana<br>Ruiz <span class=\"x\">spoke</span><!-- c -->."_s << QString()
                                 << u"Ana\nRuiz spoke."_s;
    QTest::newRow("inline script dropped")
        << u"Hi <script>alert('x')</script>there"_s << QString() << u"Hi there"_s;
    QTest::newRow("setext title") << u"Acme wins\n=========\n\nBody."_s << u"Acme wins"_s << u"Body."_s;
    QTest::newRow("setext heading later")
        << u"Intro.\n\nSection\n-------\n\nMore."_s << QString() << u"Intro.\n\nSection\n\nMore."_s;
    QTest::newRow("level 3 heading is not the title")
        << u"### Brief\n\nBody."_s << QString() << u"Brief\n\nBody."_s;
    QTest::newRow("code span") << u"Run `make *all*` now"_s << QString() << u"Run make *all* now"_s;
    QTest::newRow("fenced code") << u"```cpp\nint x = 1;\n  y();\n```"_s << QString()
                                 << u"int x = 1;\n  y();"_s;
    QTest::newRow("indented lines are prose")
        << u"    Indented paragraph\n    goes on."_s << QString() << u"Indented paragraph goes on."_s;
    QTest::newRow("bullets") << u"- one\n- *two*\n\nAfter."_s << QString() << u"one\ntwo\n\nAfter."_s;
    QTest::newRow("ordered list keeps numbers")
        << u"3. three\n4) no, a new list"_s << QString() << u"3. three\n4) no, a new list"_s;
    QTest::newRow("nested list") << u"- a\n  - b\n- c"_s << QString() << u"a\nb\nc"_s;
    QTest::newRow("loose list") << u"- a\n\n- b"_s << QString() << u"a\n\nb"_s;
    QTest::newRow("block quote") << u"> Quoted *words*\n> go on.\n>\n> Second.\n\nAfter."_s << QString()
                                 << u"Quoted words go on.\n\nSecond.\n\nAfter."_s;
    QTest::newRow("hard break: backslash") << u"One\\\nTwo"_s << QString() << u"One\nTwo"_s;
    QTest::newRow("soft break") << u"One\nTwo"_s << QString() << u"One Two"_s;
    QTest::newRow("entities") << u"AT&amp;T &copy; &#233;t&#xE9; &bogus; &#0;"_s << QString()
                              << u"AT&T \u00A9 \u00E9t\u00E9 &bogus; \uFFFD"_s;
    QTest::newRow("escaped markers") << u"\\# not a heading, \\*not\\*"_s << QString()
                                     << u"# not a heading, *not*"_s;
    QTest::newRow("table") << u"| a | b |\n|---|:-:|\n| 1 | **2** |"_s << QString() << u"a\tb\n1\t2"_s;
    QTest::newRow("front matter") << u"---\ntitle: \"Acme *wins*\"\nauthor: Ana\n---\n# Heading\n\nBody."_s
                                  << u"Acme wins"_s << u"Heading\n\nBody."_s;
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
    addCommonMarkRows();
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
