// Training is deterministic and learns: same corpus and options, same model bytes; the model survives a
// save/load round trip and tags its own training sentences. The corpus is our own invented text.
#include "ner/gazetteer.h"
#include "training/conllannotator.h"
#include "training/conllcorpus.h"
#include "training/perceptrontrainer.h"

#include <QFile>
#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

class TestPerceptronTrainer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deterministic_data();
    void deterministic();
    void learnsAndRoundTrips();
    void rejectsGarbage();
    void otherOpenWithoutMisc_data();
    void otherOpenWithoutMisc();

private:
    ConllCorpus m_corpus;
    QByteArray m_raw;
};

void TestPerceptronTrainer::initTestCase()
{
    QFile f(QStringLiteral(DRAMATIS_TEST_DATA "/tagger/tiny.conll"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_raw = f.readAll();
    QString error;
    auto c = ConllCorpus::parse(m_raw, f.fileName(), true, &error);
    QVERIFY2(c, qPrintable(error));
    m_corpus = *c;
}

void TestPerceptronTrainer::deterministic_data()
{
    QTest::addColumn<bool>("twoStages");
    QTest::newRow("one stage") << false;
    QTest::newRow("two stages") << true;
}

void TestPerceptronTrainer::deterministic()
{
    QFETCH(bool, twoStages);
    PerceptronTrainer::Options o;
    o.epochs = 4;
    o.tableBits = 16;
    o.twoStages = twoStages;
    o.folds = 2;
    const PerceptronTrainer trainer(Gazetteer::builtIn(), o);
    const QByteArray a = trainer.train({m_corpus})->serialize();
    const QByteArray b = trainer.train({m_corpus})->serialize();
    QCOMPARE(a, b);
    o.seed += 1;
    const QByteArray c = PerceptronTrainer(Gazetteer::builtIn(), o).train({m_corpus})->serialize();
    QVERIFY(!c.isEmpty());
}

void TestPerceptronTrainer::learnsAndRoundTrips()
{
    PerceptronTrainer::Options o;
    o.epochs = 8;
    o.tableBits = 16;
    o.twoStages = false;
    const auto model = PerceptronTrainer(Gazetteer::builtIn(), o).train({m_corpus});
    QString error;
    const auto loaded = PerceptronTagger::load(model->serialize(), Gazetteer::builtIn(), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->serialize(), model->serialize());

    const auto lines = ConllAnnotator::annotate(m_raw, u"tiny"_s, *loaded, &error);
    QVERIFY2(lines, qPrintable(error));
    int right = 0, total = 0;
    for (const QString &l : *lines) {
        const QStringList cols = l.split(u' ', Qt::SkipEmptyParts);
        if (cols.size() != 3 || cols[0] == u"-DOCSTART-")
            continue;
        ++total;
        right += cols[1].mid(2) == cols[2].mid(2) ? 1 : 0;
    }
    QVERIFY(total > 40);
    QVERIFY2(right >= total - 2, qPrintable(u"%1 of %2"_s.arg(right).arg(total)));

    const TokenizedText text = m_corpus.toTokenizedText();
    const MentionList mentions = loaded->tag(text);
    QVERIFY(!mentions.isEmpty());
    for (qsizetype i = 1; i < mentions.size(); ++i)
        QVERIFY(mentions[i].start >= mentions[i - 1].end);
    for (const Mention &m : mentions)
        QVERIFY(m.confidence > 0 && m.confidence <= 1);
}

void TestPerceptronTrainer::rejectsGarbage()
{
    QString error;
    QVERIFY(!PerceptronTagger::load("not a model"_ba, Gazetteer::builtIn(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!PerceptronTagger::load(qCompress("DNERxxxx"_ba), Gazetteer::builtIn(), &error));
}

void TestPerceptronTrainer::otherOpenWithoutMisc_data()
{
    QTest::addColumn<bool>("secondLabelsOther"); // the second corpus has an Other mention of its own
    QTest::addColumn<QString>("expected"); // what "Veltish" becomes after training on both
    QTest::newRow("second corpus without Other") << false << u"B-MISC"_s;
    QTest::newRow("second corpus with Other") << true << u"O"_s;
}

// A corpus that labels people, organisations and places but no Other at all says nothing about
// nationalities: its O there is no evidence against the first corpus's Other. A corpus with Other
// mentions means its O.
void TestPerceptronTrainer::otherOpenWithoutMisc()
{
    QFETCH(bool, secondLabelsOther);
    QFETCH(QString, expected);
    QByteArray first = "-DOCSTART- O\n\n";
    for (int i = 0; i < 6; ++i)
        first += "The O\nVeltish B-MISC\nminister O\nmet O\nAna B-PER\nRuiz I-PER\n. O\n\n";
    QByteArray second = "-DOCSTART- O\n\n";
    for (int i = 0; i < 18; ++i)
        second += "The O\nVeltish O\nminister O\nmet O\nKim B-PER\nLund I-PER\n. O\n\n";
    second += secondLabelsOther ? "Orvia B-MISC\nCup I-MISC\nended O\n. O\n\n"
                                : "Orvia O\nCup O\nended O\n. O\n\n";
    QString error;
    const auto a = ConllCorpus::parse(first, u"first"_s, true, &error);
    QVERIFY2(a, qPrintable(error));
    const auto b = ConllCorpus::parse(second, u"second"_s, true, &error);
    QVERIFY2(b, qPrintable(error));
    PerceptronTrainer::Options o;
    o.epochs = 6;
    o.tableBits = 16;
    o.twoStages = false;
    const auto model = PerceptronTrainer(Gazetteer::builtIn(), o).train({*a, *b});
    const auto lines = ConllAnnotator::annotate(
        "-DOCSTART- O\n\nThe O\nVeltish O\nenvoy O\nspoke O\n. O\n"_ba, u"probe"_s, *model, &error);
    QVERIFY2(lines, qPrintable(error));
    QString veltish;
    for (const QString &l : *lines) {
        const QStringList cols = l.split(u' ', Qt::SkipEmptyParts);
        if (cols.size() == 3 && cols[0] == u"Veltish")
            veltish = cols[2];
    }
    QCOMPARE(veltish.left(expected.size()), expected);
}

QTEST_GUILESS_MAIN(TestPerceptronTrainer)
#include "tst_perceptrontrainer.moc"
