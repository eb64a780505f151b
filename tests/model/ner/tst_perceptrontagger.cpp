// The shipped tagger on short texts of the kind analysts paste (tests/data/tagger/golden/<case>/article.txt,
// written for this project): each name listed in expected.json must be found, at every whole-word occurrence,
// with exactly that span and type; each "absent" text must not be (part of) a mention of that type; each
// "known_wrong" one is an expected failure (a limit we know of).
#include "ner/perceptrontagger.h"
#include "ner/taggerfactory.h"
#include "ner/tokenizer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

class TestPerceptronTagger final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void confidenceOnlyInsideMentions();
};

namespace {

QString goldenDir()
{
    return QStringLiteral(DRAMATIS_TEST_DATA) + u"/tagger/golden"_s;
}

// Start offsets of `needle` in `text` where it is a whole word (no letter or digit either side).
QList<qsizetype> wholeWordOccurrences(const QString &text, const QString &needle)
{
    QList<qsizetype> out;
    for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
        const qsizetype end = at + needle.size();
        const bool before = at > 0 && text.at(at - 1).isLetterOrNumber();
        const bool after = end < text.size() && text.at(end).isLetterOrNumber();
        if (!before && !after)
            out.append(at);
    }
    return out;
}

QString describe(const QString &text, const MentionList &mentions)
{
    QStringList parts;
    for (const Mention &m : mentions)
        parts << u"%1 %2"_s.arg(entityTypeCode(m.type), text.mid(m.start, m.length()));
    return parts.join(u"; "_s);
}

} // namespace

void TestPerceptronTagger::golden_data()
{
    QTest::addColumn<QString>("dir");
    const QStringList cases = QDir(goldenDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(!cases.isEmpty(), qPrintable(u"no cases in %1"_s.arg(goldenDir())));
    for (const QString &c : cases)
        QTest::newRow(qPrintable(c)) << goldenDir() + u'/' + c;
}

void TestPerceptronTagger::golden()
{
    QFETCH(QString, dir);
    QFile article(dir + u"/article.txt"_s);
    QFile expected(dir + u"/expected.json"_s);
    QVERIFY(article.open(QIODevice::ReadOnly));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(article.readAll());
    const QJsonObject spec = QJsonDocument::fromJson(expected.readAll()).object();
    QVERIFY(!spec.isEmpty());

    const MentionList mentions = defaultTagger()->tag(Tokenizer().tokenize(text));
    const QString found = describe(text, mentions);

    // "known_wrong" lists what the tagger should find but does not yet: expected failures, so that a fix
    // shows up (as an unexpected pass) instead of going unnoticed.
    for (const QString &key : {u"mentions"_s, u"known_wrong"_s}) {
        for (const QJsonValue &v : spec.value(key).toArray()) {
            const QString name = v[u"text"_s].toString();
            const QString type = v[u"type"_s].toString();
            const QList<qsizetype> at = wholeWordOccurrences(text, name);
            QVERIFY2(!at.isEmpty(), qPrintable(u"'%1' is not in the article"_s.arg(name)));
            for (qsizetype start : at) {
                const bool hit = std::any_of(mentions.begin(), mentions.end(), [&](const Mention &m) {
                    return m.start == start && m.end == start + name.size() && entityTypeCode(m.type) == type;
                });
                if (key == u"known_wrong")
                    QEXPECT_FAIL("", qPrintable(v[u"why"_s].toString()), Continue);
                QVERIFY2(hit,
                    qPrintable(
                        u"%1 '%2' at %3 not found; tagged: %4"_s.arg(type, name).arg(start).arg(found)));
            }
        }
    }
    for (const QJsonValue &v : spec.value(u"absent"_s).toArray()) {
        const QString name = v[u"text"_s].toString();
        const QString type = v[u"type"_s].toString();
        for (qsizetype start : wholeWordOccurrences(text, name)) {
            const qsizetype end = start + name.size();
            const bool overlap = std::any_of(mentions.begin(), mentions.end(), [&](const Mention &m) {
                return m.start < end && m.end > start && (type.isEmpty() || entityTypeCode(m.type) == type);
            });
            QVERIFY2(!overlap, qPrintable(u"'%1' tagged %2; tagged: %3"_s.arg(name, type, found)));
        }
    }
}

void TestPerceptronTagger::confidenceOnlyInsideMentions()
{
    // Confidences are computed for mention tokens only; every other token reads 1, and a mention's is in (0,
    // 1].
    const auto *tagger = dynamic_cast<const PerceptronTagger *>(defaultTagger().get());
    QVERIFY(tagger);
    const TokenizedText tokens = Tokenizer().tokenize(
        u"The board of Northwind Robotics met in Oslo on Monday, said Ingrid Solberg."_s);
    std::vector<int> labels;
    std::vector<float> confidence;
    tagger->label(tokens, labels, &confidence);
    QCOMPARE(labels.size(), std::size_t(tokens.tokens.size()));
    bool anyMention = false;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] == bilou::Outside) {
            QCOMPARE(confidence[i], 1.0f);
        } else {
            anyMention = true;
            QVERIFY(confidence[i] > 0.0f && confidence[i] <= 1.0f);
        }
    }
    QVERIFY(anyMention);
}

QTEST_GUILESS_MAIN(TestPerceptronTagger)
#include "tst_perceptrontagger.moc"
