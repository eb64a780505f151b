#include "core/analysis.h"
#include "core/codepointmap.h"
#include "export/jsonexport.h"
#include "export/jsonstreamwriter.h"
#include "lexicon/lexicontagger.h"
#include "pipeline/pipeline.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

class TestJsonExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void codePoints_data();
    void codePoints();
    void mentionsSliceByCodePoints();
    void unknownFieldsAreNull();
    void identifiers();
    void escapesAsQt_data();
    void escapesAsQt();
    void streamsWhatQtWrites_data();
    void streamsWhatQtWrites();
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
    QCOMPARE(mentions[0].toObject()[u"start"].toInt(),
        4); // 👩‍💻 is three code points (+ ZWJ) = 3, then a space
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
    QVERIFY(json[u"identifiers"].isArray());
    QVERIFY(json[u"identifiers"].toArray().isEmpty());
}

void TestJsonExport::identifiers()
{
    Article article;
    article.title = u"🚀 Write to desk@harbour.example.org"_s;
    article.text = u"👩‍💻 The €420 million deal (NASDAQ: AMD), said @harbour_desk."_s;
    const QJsonObject json = analysisToJson(*analyzeArticle(article, LexiconTagger()), u"x.txt"_s);
    const QJsonArray ids = json[u"identifiers"].toArray();
    QCOMPARE(ids.size(), 3);
    const QList<uint> ucs4 = article.text.toUcs4();
    const QStringList kinds {u"money"_s, u"ticker"_s, u"handle"_s};
    const QStringList normalised {u"EUR 420000000"_s, u"NASDAQ:AMD"_s, u"@harbour_desk"_s};
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QJsonObject id = ids[i].toObject();
        QCOMPARE(id.keys(), (QStringList {u"end"_s, u"kind"_s, u"normalised"_s, u"start"_s, u"text"_s}));
        QCOMPARE(id[u"kind"].toString(), kinds[i]);
        QCOMPARE(id[u"normalised"].toString(), normalised[i]);
        // Sliced by code points, the text gives the identifier back.
        const auto start = id[u"start"].toInt(), end = id[u"end"].toInt();
        QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()) + start, end - start),
            id[u"text"].toString());
    }
    const QJsonArray title = json[u"titleIdentifiers"].toArray();
    QCOMPARE(title.size(), 1);
    QCOMPARE(title[0].toObject()[u"start"].toInt(), 11); // the rocket is one code point
    QCOMPARE(title[0].toObject()[u"normalised"].toString(), u"desk@harbour.example.org"_s);
}

void TestJsonExport::escapesAsQt_data()
{
    QTest::addColumn<QString>("text");
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls.append(QChar(c));
    QTest::newRow("plain") << u"Lisa Su"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("control characters") << controls + u"\x7f"_s;
    QTest::newRow("quotes and backslashes") << u"say \"hi\" \\ \\\" /"_s;
    QTest::newRow("accents and CJK") << u"Société Générale 株式会社"_s;
    QTest::newRow("emoji") << u"🚀 launch 👩‍💻"_s;
    QTest::newRow("lone high surrogate") << u"a"_s + QChar(0xd83d) + u"b"_s;
    QTest::newRow("lone low surrogate at the end") << u"a"_s + QChar(0xdc00);
    QTest::newRow("swapped pair") << QString(QChar(0xde80)) + QChar(0xd83d) + u"x"_s;
}

void TestJsonExport::escapesAsQt()
{
    QFETCH(QString, text);
    QByteArray qt = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    qt = qt.mid(2, qt.size() - 4); // without [" and "]
    QByteArray ours;
    JsonStreamWriter::appendEscaped(text, ours);
    QCOMPARE(ours, qt);
}

void TestJsonExport::streamsWhatQtWrites_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::newRow("mentions and entities")
        << u"Lisa Su met Jensen Huang of Nvidia. Su said Nvidia would \"grow\".\n\tNew line."_s << u"Chips"_s;
    QTest::newRow("nothing found") << u"Nothing named here."_s << QString();
    QTest::newRow("astral and lone surrogates")
        << (u"🚀 Lisa Su \x01 of Nvidia "_s + QChar(0xd800) + u" end"_s) << u"T\u00e9st"_s;
}

void TestJsonExport::streamsWhatQtWrites()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    Article article;
    article.text = text;
    article.title = title;
    article.date = QDate(2024, 3, 14);
    LexiconTagger tagger;
    tagger.add(u"Lisa Su"_s, EntityType::Person);
    tagger.add(u"Jensen Huang"_s, EntityType::Person);
    tagger.add(u"Nvidia"_s, EntityType::Organization);
    const AnalysisPtr analysis = analyzeArticle(article, tagger);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const QJsonObject extra {{u"annotations"_s, QJsonArray {QJsonObject {{u"a"_s, 1}}, QJsonObject {}}},
        {u"tags"_s, QJsonArray()}, {u"zzz"_s, 0.25}};
    {
        JsonStreamWriter w(&buffer);
        writeAnalysisJson(w, *analysis, u"dir/x.txt"_s, extra);
    }
    // Qt, given the same document, writes the same bytes.
    QJsonObject expected = analysisToJson(*analysis, u"dir/x.txt"_s);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        expected.insert(it.key(), it.value());
    QCOMPARE(buffer.data(), QJsonDocument(expected).toJson(QJsonDocument::Indented));
    QCOMPARE(expected[u"article"][u"text"].toString(), text);

    // Compact: Qt's compact bytes and one newline, a JSON Lines record (no raw newline inside).
    QBuffer line;
    QVERIFY(line.open(QIODevice::WriteOnly));
    {
        JsonStreamWriter w(&line, JsonStreamWriter::Style::Compact);
        writeAnalysisJson(w, *analysis, u"dir/x.txt"_s, extra);
    }
    QCOMPARE(line.data(), QJsonDocument(expected).toJson(QJsonDocument::Compact) + '\n');
    QCOMPARE(line.data().count('\n'), 1);
}

QTEST_GUILESS_MAIN(TestJsonExport)
#include "tst_jsonexport.moc"
