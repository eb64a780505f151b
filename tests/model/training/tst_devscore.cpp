// The regression guard: the shipped model must keep its CoNLL-2003 dev (eng.testa) scores, overall and
// per type, within 0.3 F1 of the figures reported when it was trained.
#include "ner/taggerfactory.h"
#include "training/conllannotator.h"
#include "training/conlleval.h"

#include <QFile>
#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

class TestDevScore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void score_data();
    void score();

private:
    ConllEval m_eval;
};

void TestDevScore::initTestCase()
{
    QString dir = qEnvironmentVariable("DRAMATIS_DATA_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(DRAMATIS_DEFAULT_DATA_DIR);
    QFile f(dir + u"/ner/conll2003/eng.testa");
    if (!f.open(QIODevice::ReadOnly)) {
        const QString why = u"no CoNLL-2003 dev set at %1"_s.arg(f.fileName());
        if (qEnvironmentVariable("DRAMATIS_REQUIRE_DATA") == u"1")
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    QString error;
    const auto lines = ConllAnnotator::annotate(f.readAll(), f.fileName(), *defaultTagger(), &error);
    QVERIFY2(lines, qPrintable(error));
    for (const QString &l : *lines)
        QVERIFY2(m_eval.addLine(l, &error), qPrintable(error));
    m_eval.finish();
    qInfo().noquote() << m_eval.report();
}

void TestDevScore::score_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<double>("reported");
    // The figures of the shipped model (resources/model/ner.model) with the rules after decoding, from
    // `dramatis-cli eval`.
    QTest::newRow("overall") << QString() << 93.42;
    QTest::newRow("PER") << u"PER"_s << 95.67;
    QTest::newRow("ORG") << u"ORG"_s << 90.21;
    QTest::newRow("LOC") << u"LOC"_s << 95.97;
    QTest::newRow("MISC") << u"MISC"_s << 88.50;
}

void TestDevScore::score()
{
    QFETCH(QString, type);
    QFETCH(double, reported);
    const double f1 = type.isEmpty() ? m_eval.overall().f1() : m_eval.type(type).f1();
    QVERIFY2(f1 >= reported - 0.3, qPrintable(u"F1 %1, reported %2"_s.arg(f1, 0, 'f', 2).arg(reported)));
}

QTEST_GUILESS_MAIN(TestDevScore)
#include "tst_devscore.moc"
