#include "annotations/annotationstore.h"
#include "annotations/webannotation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

class TestWebAnnotation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shape();
    void roundTripThroughAnotherDatabase();
    void quoteOnlyImportedTwiceAddsNothing();
    void rejects_data();
    void rejects();

private:
    static Article article();
    static AnnotationList sampleAnnotations(const QString &text);
};

Article TestWebAnnotation::article()
{
    Article a;
    a.text = u"Quentin Marsh, the founder of Brightwell Labs, said the 🚀 launch <b>slipped</b> & would cost €3m."_s;
    a.filePath = u"/articles/brightwell.txt"_s;
    return a;
}

AnnotationList TestWebAnnotation::sampleAnnotations(const QString &text)
{
    Annotation note;
    note.kind = Annotation::Note;
    const qsizetype s = text.indexOf(u"launch"_s);
    note.anchor = TextAnchor::fromRange(text, s, s + 6);
    note.text = u"Which <launch> & when?"_s;
    Annotation highlight;
    highlight.kind = Annotation::Highlight;
    const qsizetype h = text.indexOf(u"Quentin Marsh"_s);
    highlight.anchor = TextAnchor::fromRange(text, h, h + 13);
    highlight.category = u"Key claim"_s;
    return {note, highlight};
}

void TestWebAnnotation::shape()
{
    const Article a = article();
    const QJsonArray json = webAnnotationsToJson(sampleAnnotations(a.text), u"file:///articles/brightwell.txt"_s);
    QCOMPARE(json.size(), 2);
    const QJsonObject note = json[0].toObject();
    QCOMPARE(note[u"@context"].toString(), u"http://www.w3.org/ns/anno.jsonld"_s);
    QCOMPARE(note[u"type"].toString(), u"Annotation"_s);
    QCOMPARE(note[u"motivation"].toString(), u"commenting"_s);
    QCOMPARE(note[u"body"].toObject()[u"value"].toString(), u"Which <launch> & when?"_s);
    const QJsonArray selectors = note[u"target"].toObject()[u"selector"].toArray();
    QCOMPARE(selectors.size(), 2);
    QCOMPARE(selectors[0].toObject()[u"type"].toString(), u"TextPositionSelector"_s);
    // Code points: the emoji before "launch" counts once.
    const qsizetype utf16 = a.text.indexOf(u"launch"_s);
    QCOMPARE(selectors[0].toObject()[u"start"].toInteger(), qint64(utf16 - 1));
    QCOMPARE(selectors[1].toObject()[u"type"].toString(), u"TextQuoteSelector"_s);
    QCOMPARE(selectors[1].toObject()[u"exact"].toString(), u"launch"_s);
    QVERIFY(selectors[1].toObject()[u"prefix"].toString().endsWith(u"🚀 "_s));
    const QJsonObject highlight = json[1].toObject();
    QCOMPARE(highlight[u"motivation"].toString(), u"highlighting"_s);
    QCOMPARE(highlight[u"body"].toObject()[u"purpose"].toString(), u"tagging"_s);
}

void TestWebAnnotation::roundTripThroughAnotherDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Article a = article();
    QJsonObject exported;
    {
        AnnotationStore first;
        QVERIFY2(first.open(dir.filePath(u"first.sqlite"_s)), qPrintable(first.errorString()));
        QString error;
        QCOMPARE(importAnnotations(first, a, sampleAnnotations(a.text), {u"robots"_s}, &error), 2);
        const qint64 id = first.findArticle(a);
        exported.insert(u"annotations"_s, webAnnotationsToJson(first.annotations(id, a.text), u"file:///x"_s));
    }
    // Through text, as a file would carry it.
    const QJsonDocument reread = QJsonDocument::fromJson(QJsonDocument(exported).toJson());
    QString error;
    const auto parsed = webAnnotationsFromJson(reread.object(), &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->size(), 2);

    AnnotationStore second;
    QVERIFY(second.open(dir.filePath(u"second.sqlite"_s)));
    QCOMPARE(importAnnotations(second, a, *parsed, {u"robots"_s}, &error), 2);
    QCOMPARE(importAnnotations(second, a, *parsed, {u"robots"_s}, &error), 0); // twice adds nothing
    const AnnotationList restored = second.annotations(second.findArticle(a), a.text);
    QCOMPARE(restored.size(), 2);
    const AnnotationList original = sampleAnnotations(a.text);
    for (const Annotation &o : original) {
        const auto match = std::find_if(restored.cbegin(), restored.cend(), [&](const Annotation &r) {
            return r.kind == o.kind && r.text == o.text && r.category == o.category && r.anchor == o.anchor;
        });
        QVERIFY(match != restored.cend());
        QCOMPARE(a.text.mid(match->start, match->end - match->start), o.anchor.exact);
    }
    QCOMPARE(second.tags(second.findArticle(a)), QStringList{u"robots"_s});
}

void TestWebAnnotation::quoteOnlyImportedTwiceAddsNothing()
{
    // What other tools write (and what an import rerun after a full disk sends again): a quote, no position.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Article a = article();
    const QJsonDocument json = QJsonDocument::fromJson(R"([{"type": "Annotation", "motivation": "highlighting",
        "body": {"purpose": "tagging", "value": "People"},
        "target": {"selector": {"type": "TextQuoteSelector", "exact": "Brightwell Labs"}}}])");
    QString error;
    const auto parsed = webAnnotationsFromJson(json.array(), &error);
    QVERIFY2(parsed, qPrintable(error));
    AnnotationStore store;
    QVERIFY(store.open(dir.filePath(u"notes.sqlite"_s)));
    QCOMPARE(importAnnotations(store, a, *parsed, {}, &error), 1);
    QCOMPARE(importAnnotations(store, a, *parsed, {}, &error), 0);
    const AnnotationList stored = store.annotations(store.findArticle(a), a.text);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(a.text.mid(stored[0].start, stored[0].end - stored[0].start), u"Brightwell Labs"_s);
}

void TestWebAnnotation::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no annotations") << R"({"x": 1})"_ba;
    QTest::newRow("not an annotation") << R"([{"type": "Note"}])"_ba;
    QTest::newRow("no quote selector")
        << R"([{"type": "Annotation", "target": {"selector": {"type": "TextPositionSelector", "start": 1, "end": 2}}}])"_ba;
}

void TestWebAnnotation::rejects()
{
    QFETCH(QByteArray, json);
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QString error;
    QVERIFY(!webAnnotationsFromJson(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestWebAnnotation)
#include "tst_webannotation.moc"
