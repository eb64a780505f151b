#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace dramatis {

// How often the tagger's mentions are right at each confidence: a reliability diagram in ten bins, the
// expected calibration error, and the Platt scaling that would calibrate the scores. A mention is right
// when the gold holds a phrase with the same tokens and type (conlleval's rule). A calibrated tagger's
// mentions at 0.9 are right about 9 times in 10.
class Reliability final
{
public:
    struct Bin
    {
        int mentions = 0;
        int correct = 0;
        double confidenceSum = 0;
        double accuracy() const { return mentions ? double(correct) / mentions : 0.0; }
        double meanConfidence() const { return mentions ? confidenceSum / mentions : 0.0; }
    };
    static constexpr int BinCount = 10;

    void add(double confidence, bool correct);

    // From annotated CoNLL lines (gold and predicted tags in the last two columns, IOB1 or IOB2) and, for
    // each line, the confidence of the predicted mention on it (ConllAnnotator). A mention's confidence is
    // its first token's.
    static Reliability fromConll(const QStringList &lines, const QList<float> &confidence);

    const std::array<Bin, BinCount> &bins() const { return m_bins; }
    int mentions() const;
    // The mention-weighted mean of |accuracy - mean confidence| over the bins.
    double expectedCalibrationError() const;

    // Platt scaling of the scores: p' = 1 / (1 + exp(-(a * logit(p) + b))), fitted by maximum likelihood
    // (Newton's method) on the mentions added. {1, 0} when there is nothing to fit.
    struct Scaling
    {
        double a = 1.0;
        double b = 0.0;
    };
    Scaling plattScaling() const;

    // The diagram as text: one row per non-empty bin, then the error and the scaling.
    QString report() const;

private:
    std::array<Bin, BinCount> m_bins {};
    QList<std::pair<double, bool>> m_samples;
};

} // namespace dramatis
