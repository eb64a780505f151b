// Viterbi against brute force: on short random sequences it must find the best well-formed labelling.
#include "ner/viterbi.h"

#include <QTest>

#include <random>

using namespace dramatis;

class TestViterbi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesBruteForce_data();
    void matchesBruteForce();
    void neverIllFormed();
    void marginsMatchBruteForce_data() { matchesBruteForce_data(); }
    void marginsMatchBruteForce();
};

namespace {

constexpr int L = bilou::LabelCount;
constexpr int W = L + 1;

float pathScore(const std::vector<float> &e, const std::vector<float> &t, const std::vector<int> &y)
{
    float s = 0;
    int prev = -1;
    for (std::size_t i = 0; i < y.size(); ++i) {
        s += t[(prev + 1) * W + y[i] + 1] + e[i * L + y[i]];
        prev = y[i];
    }
    return s + t[(prev + 1) * W];
}

bool wellFormed(const std::vector<int> &y)
{
    int prev = -1;
    for (int v : y) {
        if (!bilou::allowed(prev, v))
            return false;
        prev = v;
    }
    return bilou::allowed(prev, -1);
}

// Random emissions for `length` tokens and random transitions, from `seed`.
void randomScores(int length, int seed, std::vector<float> &e, std::vector<float> &t)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> dist(-3, 3);
    e.resize(std::size_t(length) * L);
    t.resize(W * W);
    for (float &v : e)
        v = dist(rng);
    for (float &v : t)
        v = dist(rng);
}

} // namespace

void TestViterbi::matchesBruteForce_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("seed");
    for (int n = 1; n <= 4; ++n) {
        for (int seed = 1; seed <= 5; ++seed)
            QTest::addRow("n%d-seed%d", n, seed) << n << seed;
    }
}

void TestViterbi::matchesBruteForce()
{
    QFETCH(int, length);
    QFETCH(int, seed);
    std::vector<float> e, t;
    randomScores(length, seed, e, t);

    std::vector<int> got(length);
    const float score = viterbi(e.data(), length, t.data(), got.data());
    QVERIFY(wellFormed(got));
    QCOMPARE(score, pathScore(e, t, got));

    float best = -1e30f;
    std::vector<int> y(length, 0);
    std::vector<int> arg;
    for (;;) {
        if (wellFormed(y)) {
            const float s = pathScore(e, t, y);
            if (s > best) {
                best = s;
                arg = y;
            }
        }
        int k = 0;
        while (k < length && ++y[k] == L)
            y[k++] = 0;
        if (k == length)
            break;
    }
    QVERIFY(std::abs(best - score) < 1e-4f);
    QCOMPARE(got, arg);
}

void TestViterbi::neverIllFormed()
{
    // Emissions that favour an unclosed "B-PER" everywhere still decode to a well-formed sequence.
    std::vector<float> e(5 * L, 0.0f), t(W * W, 0.0f);
    for (int i = 0; i < 5; ++i)
        e[i * L + bilou::label(EntityType::Person, bilou::Begin)] = 10;
    std::vector<int> got(5);
    viterbi(e.data(), 5, t.data(), got.data());
    QVERIFY(wellFormed(got));
}

void TestViterbi::marginsMatchBruteForce()
{
    // The margin of token i is the best score minus the best score of a well-formed labelling that gives
    // token i another label.
    QFETCH(int, length);
    QFETCH(int, seed);
    std::vector<float> e, t;
    randomScores(length, seed + 100, e, t);
    BilouDecoder decoder(t.data());
    std::vector<int> got(length);
    const float best = decoder.decode(e.data(), length, got.data());
    std::vector<float> margins(length);
    decoder.margins(e.data(), length, got.data(), best, margins.data());

    std::vector<float> alternative(length, -1e30f);
    std::vector<int> y(length, 0);
    for (;;) {
        if (wellFormed(y)) {
            const float s = pathScore(e, t, y);
            for (int i = 0; i < length; ++i) {
                if (y[i] != got[i])
                    alternative[i] = std::max(alternative[i], s);
            }
        }
        int k = 0;
        while (k < length && ++y[k] == L)
            y[k++] = 0;
        if (k == length)
            break;
    }
    for (int i = 0; i < length; ++i) {
        QVERIFY(margins[i] >= 0);
        QVERIFY2(std::abs(margins[i] - (best - alternative[i])) < 1e-3f,
            qPrintable(
                QStringLiteral("token %1: %2 vs %3").arg(i).arg(margins[i]).arg(best - alternative[i])));
    }
}

QTEST_GUILESS_MAIN(TestViterbi)
#include "tst_viterbi.moc"
