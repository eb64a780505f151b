// TextAnchor and resolveAnchor: W3C-style anchors re-attaching to edited texts.
#include "annotations/anchor.h"
#include "core/textsearch.h"

#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(dramatis::AnchorStatus)

class TestAnchor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromRangeCountsCodePoints();
    void contextIsThirtyTwoCodePoints();
    void reanchor_data();
    void reanchor();
    void repeatedQuotePicksTheRightOne();
    void findQuote_data();
    void findQuote();
};

namespace {

const QString Original = u"The harbour board met on Tuesday. Its chair, Wenna Polglase, said the new pier "
                         "would open in spring. Critics on the quay were not convinced."_s;
const QString Quote = u"the new pier would open in spring"_s;

} // namespace

void TestAnchor::fromRangeCountsCodePoints()
{
    const QString text = u"🚢🚢 The ferry Gwenno sails at dawn."_s;
    const qsizetype start = text.indexOf(u"Gwenno");
    const TextAnchor a = TextAnchor::fromRange(text, start, start + 6);
    QCOMPARE(a.exact, u"Gwenno"_s);
    // Two ships are four UTF-16 units but two code points.
    QCOMPARE(a.start, start - 2);
    QCOMPARE(a.end, start - 2 + 6);
    QCOMPARE(a.prefix, u"🚢🚢 The ferry "_s);
    QCOMPARE(a.suffix, u" sails at dawn."_s);
    const AnchorMatch m = resolveAnchor(a, text);
    QCOMPARE(m.status, AnchorStatus::Exact);
    QCOMPARE(m.start, start);
}

void TestAnchor::contextIsThirtyTwoCodePoints()
{
    const QString text = QString(40, u'x') + u"🐟"_s.repeated(40) + u"QUOTE"_s + u"🐟"_s.repeated(40);
    const qsizetype start = text.indexOf(u"QUOTE");
    const TextAnchor a = TextAnchor::fromRange(text, start, start + 5);
    QCOMPARE(a.prefix, u"🐟"_s.repeated(32));
    QCOMPARE(a.suffix, u"🐟"_s.repeated(32));
}

void TestAnchor::reanchor_data()
{
    QTest::addColumn<QString>("edited");
    QTest::addColumn<AnchorStatus>("status");
    QTest::addColumn<QString>("found"); // the text the anchor covers afterwards; empty when orphaned

    QTest::newRow("unchanged") << Original << AnchorStatus::Exact << Quote;
    QTest::newRow("text inserted before")
        << QString(Original).insert(0, u"UPDATE, 6 p.m.: statement added. "_s) << AnchorStatus::Moved
        << Quote;
    QTest::newRow("text inserted after")
        << Original + u" A vote follows next month."_s << AnchorStatus::Exact << Quote;
    QTest::newRow("text inserted inside")
        << QString(Original).replace(u"would open"_s, u"would, weather permitting, open"_s)
        << AnchorStatus::Changed << u"the new pier would, weather permitting, open in spring"_s;
    QTest::newRow("quote deleted") << QString(Original).replace(Quote, QString()) << AnchorStatus::Orphaned
                                   << QString();
    QTest::newRow("quote reworded") << QString(Original).replace(Quote, u"work was stalled"_s)
                                    << AnchorStatus::Orphaned << QString();
    QTest::newRow("paragraph moved to the end")
        << u"Critics on the quay were not convinced. The harbour board met on Tuesday. Its chair, Wenna "
           "Polglase, said the new pier would open in spring."_s
        << AnchorStatus::Moved << Quote;
    QTest::newRow("emoji inserted before") << u"⚓ "_s + Original << AnchorStatus::Moved << Quote;
}

void TestAnchor::reanchor()
{
    QFETCH(QString, edited);
    QFETCH(AnchorStatus, status);
    QFETCH(QString, found);
    const qsizetype start = Original.indexOf(Quote);
    const TextAnchor anchor = TextAnchor::fromRange(Original, start, start + Quote.size());
    const AnchorMatch m = resolveAnchor(anchor, edited);
    QCOMPARE(m.status, status);
    if (found.isEmpty()) {
        QCOMPARE(m.start, -1);
    } else {
        QCOMPARE(edited.mid(m.start, m.end - m.start), found);
    }
}

void TestAnchor::repeatedQuotePicksTheRightOne()
{
    const QString text
        = u"Tomas Brae owns the mill. Locals said the mill was loud. Later, Brae sold the mill "
          "to a cooperative from Redruth."_s;
    const qsizetype second = text.indexOf(u"the mill", text.indexOf(u"the mill") + 1);
    const TextAnchor anchor = TextAnchor::fromRange(text, second, second + 8);
    // Another mention of "the mill" typed in front moves all of them; the context says which is ours.
    const QString edited = u"Visitors admire the mill. "_s + text;
    const AnchorMatch m = resolveAnchor(anchor, edited);
    QCOMPARE(m.status, AnchorStatus::Moved);
    QCOMPARE(m.start, second + 26);
    QVERIFY(edited.mid(m.end).startsWith(u" was loud"));
}

void TestAnchor::findQuote_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QList<qsizetype>>("expected");
    QTest::newRow("none") << u"abc"_s << u"x"_s << QList<qsizetype> {};
    QTest::newRow("twice") << u"ab ab"_s << u"ab"_s << QList<qsizetype> {0, 3};
    QTest::newRow("overlapping") << u"aaa"_s << u"aa"_s << QList<qsizetype> {0, 1};
    QTest::newRow("empty quote") << u"abc"_s << QString() << QList<qsizetype> {};
}

void TestAnchor::findQuote()
{
    QFETCH(QString, text);
    QFETCH(QString, quote);
    QFETCH(QList<qsizetype>, expected);
    QCOMPARE(dramatis::findQuote(text, quote), expected);
}

QTEST_GUILESS_MAIN(TestAnchor)
#include "tst_anchor.moc"
