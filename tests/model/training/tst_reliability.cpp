// The reliability diagram behind `dramatis-cli eval --reliability`: which mentions count as right, the
// calibration error, and the Platt scaling fitted to scores that are off in a known way.
#include "training/reliability.h"

#include <QTest>

#include <cmath>

using namespace dramatis;
using namespace Qt::StringLiterals;

class TestReliability final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void judging_data();
    void judging();
    void perfectScoresHaveNoError();
    void plattScalingRecoversTheDistortion();
    void emptyIsHarmless();
};

void TestReliability::judging_data()
{
    // Lines "word gold predicted", one confidence a line; the mentions right and wrong at their scores.
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QList<float>>("confidence");
    QTest::addColumn<int>("right");
    QTest::addColumn<int>("wrong");

    QTest::newRow("exact") << QStringList {u"Ada I-PER B-PER"_s, u"Lovelace I-PER I-PER"_s, u"wrote O O"_s}
                           << QList<float> {0.9f, 0.9f, 1.0f} << 1 << 0;
    QTest::newRow("short-boundary")
        << QStringList {u"Ada I-PER B-PER"_s, u"Lovelace I-PER O"_s, u"wrote O O"_s}
        << QList<float> {0.4f, 1.0f, 1.0f} << 0 << 1;
    QTest::newRow("wrong-type") << QStringList {u"Orvex B-ORG B-PER"_s, u"hired O O"_s, u"Ada B-PER B-PER"_s}
                                << QList<float> {0.6f, 1.0f, 0.9f} << 1 << 1;
    // IOB1 gold: two adjacent phrases of one type are split by B-.
    QTest::newRow("iob1-adjacent")
        << QStringList {u"Oslo I-LOC B-LOC"_s, u"Bergen B-LOC B-LOC"_s, u"won O O"_s}
        << QList<float> {0.8f, 0.7f, 1.0f} << 2 << 0;
    // A sentence break ends a phrase.
    QTest::newRow("sentence-break") << QStringList {u"Oslo I-LOC B-LOC"_s, u""_s, u"Bergen I-LOC I-LOC"_s}
                                    << QList<float> {0.8f, 1.0f, 0.7f} << 2 << 0;
    // The gold annotates no MISC: a MISC mention is not judged.
    QTest::newRow("unjudged-type") << QStringList {u"Ada I-PER B-PER"_s, u"Nobel O B-MISC"_s}
                                   << QList<float> {0.9f, 0.3f} << 1 << 0;
}

void TestReliability::judging()
{
    QFETCH(QStringList, lines);
    QFETCH(QList<float>, confidence);
    QFETCH(int, right);
    QFETCH(int, wrong);
    const Reliability r = Reliability::fromConll(lines, confidence);
    int correct = 0;
    for (const Reliability::Bin &b : r.bins())
        correct += b.correct;
    QCOMPARE(r.mentions(), right + wrong);
    QCOMPARE(correct, right);
}

void TestReliability::perfectScoresHaveNoError()
{
    // At 0.75, 3 of 4 right; at 0.25, 1 of 4: calibrated. All right at 0.25: off by 0.75 for those.
    Reliability calibrated;
    for (int i = 0; i < 4; ++i) {
        calibrated.add(0.75, i < 3);
        calibrated.add(0.25, i < 1);
    }
    QVERIFY(calibrated.expectedCalibrationError() < 1e-9);
    Reliability under;
    for (int i = 0; i < 4; ++i)
        under.add(0.25, true);
    QCOMPARE(under.expectedCalibrationError(), 0.75);
}

void TestReliability::plattScalingRecoversTheDistortion()
{
    // Scores whose share right is sigmoid(2 * logit(score) - 1), in counts out of 1,000 per score: the
    // fit must find a = 2, b = -1 (to the counts' rounding).
    Reliability r;
    for (int step = 1; step < 20; ++step) {
        const double score = step / 20.0;
        const double z = 2.0 * std::log(score / (1.0 - score)) - 1.0;
        const int right = int(std::lround(1000.0 / (1.0 + std::exp(-z))));
        for (int i = 0; i < 1000; ++i)
            r.add(score, i < right);
    }
    const Reliability::Scaling s = r.plattScaling();
    QVERIFY2(std::abs(s.a - 2.0) < 0.02, qPrintable(u"a %1"_s.arg(s.a)));
    QVERIFY2(std::abs(s.b + 1.0) < 0.02, qPrintable(u"b %1"_s.arg(s.b)));
    QVERIFY(r.expectedCalibrationError() > 0.05);
}

void TestReliability::emptyIsHarmless()
{
    const Reliability r = Reliability::fromConll({}, {});
    QCOMPARE(r.mentions(), 0);
    QCOMPARE(r.expectedCalibrationError(), 0.0);
    QCOMPARE(r.plattScaling().a, 1.0);
    QVERIFY(r.report().contains(u"0 mentions"_s));
}

QTEST_GUILESS_MAIN(TestReliability)
#include "tst_reliability.moc"
