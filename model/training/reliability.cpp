#include "training/reliability.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace dramatis {

namespace {

double logit(double p)
{
    p = std::clamp(p, 1e-6, 1.0 - 1e-6);
    return std::log(p / (1.0 - p));
}

// A phrase of one column: tokens [first, end) of one type.
struct Phrase
{
    qsizetype first = 0;
    qsizetype end = 0;
    QString type;
    friend bool operator==(const Phrase &, const Phrase &) = default;
};

// The phrases of one column of tags (IOB1 or IOB2; "" for a sentence break).
QList<Phrase> phrasesOf(const QStringList &tags)
{
    QList<Phrase> out;
    QString open; // the type of the phrase being read, or empty
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const QString &tag = tags[i];
        const QString type = tag.size() > 2 && tag[1] == u'-' ? tag.mid(2) : QString();
        const bool begins = !type.isEmpty() && (tag.startsWith(u'B') || type != open);
        if (!open.isEmpty() && (type.isEmpty() || begins))
            open.clear();
        if (begins) {
            out.append({i, i + 1, type});
            open = type;
        } else if (!open.isEmpty()) {
            out.back().end = i + 1;
        }
    }
    return out;
}

} // namespace

void Reliability::add(double confidence, bool correct)
{
    confidence = std::clamp(confidence, 0.0, 1.0);
    Bin &bin = m_bins[std::min(BinCount - 1, int(confidence * BinCount))];
    ++bin.mentions;
    bin.correct += correct;
    bin.confidenceSum += confidence;
    m_samples.append({confidence, correct});
}

Reliability Reliability::fromConll(const QStringList &lines, const QList<float> &confidence)
{
    QStringList gold, predicted;
    QList<float> scores;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        static const QRegularExpression space(QStringLiteral("\\s+"));
        const QStringList columns = lines[i].split(space, Qt::SkipEmptyParts);
        const bool token = columns.size() >= 3 && !columns.front().startsWith(u"-DOCSTART-");
        gold.append(token ? columns[columns.size() - 2] : QString());
        predicted.append(token ? columns.back() : QString());
        scores.append(i < confidence.size() ? confidence[i] : 1.0f);
    }
    const QList<Phrase> goldPhrases = phrasesOf(gold);
    // A type the gold never annotates (MISC in a PER/ORG/LOC set) is not judged.
    QSet<QString> goldTypes;
    for (const Phrase &p : goldPhrases)
        goldTypes.insert(p.type);
    Reliability out;
    qsizetype g = 0;
    for (const Phrase &p : phrasesOf(predicted)) {
        if (!goldTypes.contains(p.type))
            continue;
        while (g < goldPhrases.size() && goldPhrases[g].end <= p.first)
            ++g;
        out.add(scores[p.first], g < goldPhrases.size() && goldPhrases[g] == p);
    }
    return out;
}

int Reliability::mentions() const
{
    int n = 0;
    for (const Bin &b : m_bins)
        n += b.mentions;
    return n;
}

double Reliability::expectedCalibrationError() const
{
    const int n = mentions();
    if (n == 0)
        return 0.0;
    double error = 0;
    for (const Bin &b : m_bins)
        error += b.mentions * std::abs(b.accuracy() - b.meanConfidence());
    return error / n;
}

Reliability::Scaling Reliability::plattScaling() const
{
    Scaling s;
    if (m_samples.isEmpty())
        return s;
    // Newton's method on the log loss of sigmoid(a * x + b), x = logit(confidence), with a small ridge
    // term so a sample of one class still converges, and steps halved until the loss goes down.
    auto loss = [this](const Scaling &t) {
        double l = 0;
        for (const auto &[confidence, correct] : m_samples) {
            const double z = t.a * logit(confidence) + t.b;
            // log(1 + exp(-z)) for a right mention, log(1 + exp(z)) for a wrong one, without overflow.
            const double v = correct ? -z : z;
            l += v > 0 ? v + std::log1p(std::exp(-v)) : std::log1p(std::exp(v));
        }
        return l;
    };
    double current = loss(s);
    for (int iteration = 0; iteration < 50; ++iteration) {
        double ga = 0, gb = 0, haa = 1e-6, hab = 0, hbb = 1e-6;
        for (const auto &[confidence, correct] : m_samples) {
            const double x = logit(confidence);
            const double p = 1.0 / (1.0 + std::exp(-(s.a * x + s.b)));
            const double r = p - (correct ? 1.0 : 0.0);
            const double w = p * (1.0 - p);
            ga += r * x;
            gb += r;
            haa += w * x * x;
            hab += w * x;
            hbb += w;
        }
        const double det = haa * hbb - hab * hab;
        if (std::abs(det) < 1e-12)
            break;
        double da = (hbb * ga - hab * gb) / det;
        double db = (haa * gb - hab * ga) / det;
        Scaling next {s.a - da, s.b - db};
        double value = loss(next);
        for (int halving = 0; halving < 30 && value > current; ++halving) {
            da /= 2;
            db /= 2;
            next = {s.a - da, s.b - db};
            value = loss(next);
        }
        if (value > current)
            break;
        s = next;
        current = value;
        if (std::abs(da) + std::abs(db) < 1e-9)
            break;
    }
    return s;
}

QString Reliability::report() const
{
    QString out = QStringLiteral("reliability: confidence bin, mentions, mean confidence, share right\n");
    for (int i = 0; i < BinCount; ++i) {
        const Bin &b = m_bins[i];
        if (b.mentions == 0)
            continue;
        out += QStringLiteral("  %1-%2 %3 %4 %5\n")
                   .arg(double(i) / BinCount, 0, 'f', 1)
                   .arg(double(i + 1) / BinCount, 0, 'f', 1)
                   .arg(b.mentions, 7)
                   .arg(b.meanConfidence(), 6, 'f', 3)
                   .arg(b.accuracy(), 6, 'f', 3);
    }
    const Scaling s = plattScaling();
    out += QStringLiteral("expected calibration error %1 over %2 mentions; Platt scaling a %3, b %4\n")
               .arg(expectedCalibrationError(), 0, 'f', 4)
               .arg(mentions())
               .arg(s.a, 0, 'f', 3)
               .arg(s.b, 0, 'f', 3);
    return out;
}

} // namespace dramatis
