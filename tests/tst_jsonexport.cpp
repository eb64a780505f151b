#include "analysis.h"
#include "jsonexport.h"
#include "lexicontagger.h"

#include <QJsonArray>
#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

class TestJsonExport : public QObject
{
    Q_OBJECT
private slots:
    void codePoints_data();
    void codePoints();
    void mentionsSliceByCodePoints();
    void unknownFieldsAreNull();
};

void TestJsonExport::codePoints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("utf16");
    QTest::addColumn<int>("codePoints");
    QTest::newRow("ascii") << u"Lisa Su"_s << 5 << 5;
    QTest::newRow("after one emoji") << u"🚀 Lisa Su"_s << 3 << 2;
    QTest::newRow("after two emoji") << u"🚀🚀 Lisa"_s << 5 << 3;
    QTest::newRow("accents are one unit") << u"Société Lisa"_s << 8 << 8;
    QTest::newRow("end of text") << u"a🚀b"_s << 4 << 3;
}

void TestJsonExport::codePoints()
{
    QFETCH(QString, text);
    QFETCH(int, utf16);
    QFETCH(int, codePoints);
    const CodePointMap map(text);
    QCOMPARE(map.toCodePoints(utf16), qsizetype(codePoints));
    QCOMPARE(map.toUtf16(codePoints), qsizetype(utf16));
}

void TestJsonExport::mentionsSliceByCodePoints()
{
    Article article;
    article.text = u"👩‍💻 Lisa Su met 🚀 Jensen Huang of Nvidia."_s;
    LexiconTagger tagger;
    tagger.add(u"Lisa Su"_s, EntityType::Person);
    tagger.add(u"Jensen Huang"_s, EntityType::Person);
    tagger.add(u"Nvidia"_s, EntityType::Organization);
    const AnalysisPtr analysis = analyzeArticle(article, tagger);
    const QJsonObject json = analysisToJson(*analysis, u"x.txt"_s);
    const QJsonArray mentions = json[u"mentions"].toArray();
    QCOMPARE(mentions.size(), 3);
    // A consumer slicing the text by code points gets each mention's text back.
    const QList<uint> ucs4 = article.text.toUcs4();
    for (const QJsonValue &v : mentions) {
        const QJsonObject m = v.toObject();
        const auto start = m[u"start"].toInt(), end = m[u"end"].toInt();
        QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()) + start, end - start),
                 m[u"text"].toString());
    }
    QCOMPARE(mentions[0].toObject()[u"start"].toInt(), 4); // 👩‍💻 is three code points (+ ZWJ) = 3, then a space
}

void TestJsonExport::unknownFieldsAreNull()
{
    Article article;
    article.text = u"Nothing named here."_s;
    const QJsonObject json = analysisToJson(*analyzeArticle(article, LexiconTagger()), u"x.txt"_s);
    const QJsonObject a = json[u"article"].toObject();
    QVERIFY(a.contains(u"date"));
    QVERIFY(a[u"date"].isNull());
    QVERIFY(a[u"title"].isNull());
    QVERIFY(a[u"author"].isNull());
    QCOMPARE(a[u"text"].toString(), article.text);
    QVERIFY(json[u"mentions"].toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestJsonExport)
#include "tst_jsonexport.moc"
