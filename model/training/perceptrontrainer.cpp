#include "training/perceptrontrainer.h"

#include "ner/viterbi.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <random>

namespace dramatis {

namespace {

constexpr int L = bilou::LabelCount;
constexpr int W = L + 1;

// The training data as one stream: tokens, gold labels, sentences and documents.
struct Data
{
    TokenizedText text;
    std::vector<int> gold;
    // Tokens whose gold O may be Other: their corpus labels people, organisations and places but never
    // Other (the Broad Twitter Corpus), so an O there says nothing about nationalities and events.
    std::vector<bool> miscOpen;
    std::vector<std::pair<qsizetype, qsizetype>> documents; // token ranges
    std::vector<std::pair<qsizetype, qsizetype>> sentences;
    std::vector<int> sentenceDocument;
};

Data flatten(const QList<ConllCorpus> &corpora)
{
    Data d;
    d.text.documentStarts.clear();
    ConllCorpus all;
    std::vector<bool> documentWithoutMisc;
    for (const ConllCorpus &c : corpora) {
        bool misc = false;
        for (const ConllDocument &doc : c.documents) {
            for (const ConllSentence &s : doc.sentences) {
                for (const ConllSpan &sp : s.spans)
                    misc = misc || sp.type == EntityType::Misc;
            }
        }
        all.documents += c.documents;
        documentWithoutMisc.insert(documentWithoutMisc.end(), c.documents.size(), !misc);
    }
    d.text = all.toTokenizedText();
    d.gold.assign(d.text.tokens.size(), bilou::Outside);
    d.miscOpen.assign(d.text.tokens.size(), false);
    qsizetype t = 0;
    for (const ConllDocument &doc : all.documents) {
        const qsizetype docStart = t;
        if (documentWithoutMisc[d.documents.size()]) {
            qsizetype words = 0;
            for (const ConllSentence &s : doc.sentences)
                words += s.words.size();
            std::fill(d.miscOpen.begin() + t, d.miscOpen.begin() + t + words, true);
        }
        for (const ConllSentence &s : doc.sentences) {
            for (const ConllSpan &sp : s.spans) {
                for (qsizetype k = sp.first; k < sp.end; ++k) {
                    const bilou::Part part = sp.end - sp.first == 1 ? bilou::Unit
                        : k == sp.first                             ? bilou::Begin
                        : k + 1 == sp.end                           ? bilou::Last
                                                                    : bilou::Inside;
                    d.gold[t + k] = bilou::label(sp.type, part);
                    d.miscOpen[t + k] = false;
                }
            }
            d.sentences.emplace_back(t, t + s.words.size());
            d.sentenceDocument.push_back(int(d.documents.size()));
            t += s.words.size();
        }
        d.documents.emplace_back(docStart, t);
    }
    return d;
}

// Averaged perceptron state: current weights and the running sum trick of Daumé (w - u / c).
struct Learner
{
    std::vector<float> w;
    std::vector<double> u;
    std::vector<float> tw;
    std::vector<double> tu;
    double c = 1;

    explicit Learner(int bits)
        : w(std::size_t(L) << bits)
        , u(std::size_t(L) << bits)
        , tw(W * W)
        , tu(W * W)
    {
    }

    void update(std::uint32_t row, int y, float delta)
    {
        w[std::size_t(row) * L + y] += delta;
        u[std::size_t(row) * L + y] += c * delta;
    }
    void updateTransition(int from, int to, float delta)
    {
        tw[(from + 1) * W + to + 1] += delta;
        tu[(from + 1) * W + to + 1] += c * delta;
    }
};

void scoreTokens(
    const std::vector<float> &w, const FeatureRows &rows, qsizetype b, qsizetype e, std::vector<float> &out)
{
    out.assign(std::size_t(e - b) * L, 0.0f);
    for (qsizetype i = b; i < e; ++i) {
        float *o = &out[std::size_t(i - b) * L];
        for (std::uint32_t k = rows.starts[i]; k < rows.starts[i + 1]; ++k) {
            const float *r = &w[std::size_t(rows.ids[k]) * L];
            for (int y = 0; y < L; ++y)
                o[y] += r[y];
        }
    }
}

// Trains on the sentences whose document is selected; returns the averaged weights.
PerceptronTagger::Stage trainStage(const Data &d, const FeatureRows &rows,
    const std::vector<bool> &useDocument, const PerceptronTrainer::Options &o,
    const PerceptronTrainer::Log &log, const QString &what)
{
    std::vector<float> avg(std::size_t(L) << o.tableBits, 0.0f);
    std::vector<double> avgTransitions(W * W, 0.0);
    const int members = std::max(1, o.ensemble);
    for (int member = 0; member < members; ++member) {
        Learner learner(o.tableBits);
        std::vector<std::size_t> order;
        for (std::size_t s = 0; s < d.sentences.size(); ++s) {
            if (useDocument[d.sentenceDocument[s]])
                order.push_back(s);
        }
        std::mt19937 rng(o.seed + quint32(member) * 7919u);
        std::vector<float> scores;
        std::vector<int> predicted;
        std::vector<int> target;
        std::vector<float> transitions(W * W);
        for (int epoch = 0; epoch < o.epochs; ++epoch) {
            // Fisher-Yates with our own index draw: std::shuffle's algorithm differs between libraries.
            for (std::size_t k = order.size(); k > 1; --k)
                std::swap(order[k - 1], order[rng() % k]);
            qsizetype errors = 0;
            qsizetype tokens = 0;
            for (std::size_t s : order) {
                const auto [b, e] = d.sentences[s];
                scoreTokens(learner.w, rows, b, e, scores);
                predicted.resize(e - b);
                std::copy(learner.tw.begin(), learner.tw.end(), transitions.begin());
                viterbi(scores.data(), e - b, transitions.data(), predicted.data());
                tokens += e - b;
                // Where the gold leaves Other open, the target is the best path the gold allows: the model's
                // Other there is no error, and its people, organisations and places are.
                const int *gold = d.gold.data() + b;
                if (std::any_of(
                        d.miscOpen.begin() + b, d.miscOpen.begin() + e, [](bool open) { return open; })) {
                    for (qsizetype i = b; i < e; ++i) {
                        for (int y = 0; y < L; ++y) {
                            const bool ok = y == d.gold[i]
                                || (d.miscOpen[i] && y != bilou::Outside
                                    && bilou::typeOf(y) == EntityType::Misc);
                            if (!ok)
                                scores[std::size_t(i - b) * L + y] = -1e30f;
                        }
                    }
                    target.resize(e - b);
                    viterbi(scores.data(), e - b, transitions.data(), target.data());
                    gold = target.data();
                }
                bool wrong = false;
                for (qsizetype i = b; i < e; ++i) {
                    const int g = gold[i - b];
                    const int p = predicted[i - b];
                    const int gPrev = i == b ? -1 : gold[i - 1 - b];
                    const int pPrev = i == b ? -1 : predicted[i - 1 - b];
                    if (g != p) {
                        ++errors;
                        wrong = true;
                        for (std::uint32_t k = rows.starts[i]; k < rows.starts[i + 1]; ++k) {
                            learner.update(rows.ids[k], g, 1.0f);
                            learner.update(rows.ids[k], p, -1.0f);
                        }
                    }
                    if (g != p || gPrev != pPrev) {
                        learner.updateTransition(gPrev, g, 1.0f);
                        learner.updateTransition(pPrev, p, -1.0f);
                    }
                }
                if (wrong) {
                    const int g = gold[e - 1 - b];
                    const int p = predicted[e - 1 - b];
                    if (g != p) {
                        learner.updateTransition(g, -1, 1.0f);
                        learner.updateTransition(p, -1, -1.0f);
                    }
                }
                learner.c += 1;
            }
            if (log) {
                log(QStringLiteral("%1 epoch %2: %3 token errors of %4 (%5%)")
                        .arg(what)
                        .arg(epoch + 1)
                        .arg(errors)
                        .arg(tokens)
                        .arg(100.0 * double(errors) / double(std::max<qsizetype>(tokens, 1)), 0, 'f', 2));
            }
        }

        for (std::size_t k = 0; k < avg.size(); ++k)
            avg[k] += float((double(learner.w[k]) - learner.u[k] / learner.c) / members);
        for (int k = 0; k < W * W; ++k)
            avgTransitions[k] += (double(learner.tw[k]) - learner.tu[k] / learner.c) / members;
    }

    // Quantise to int16 and prune the tiny weights.
    PerceptronTagger::Stage st;
    float maxAbs = 0;
    for (float v : avg)
        maxAbs = std::max(maxAbs, std::fabs(v));
    st.scale = maxAbs > 0 ? maxAbs / 32767.0f : 1.0f;
    const float threshold = float(o.prune) * maxAbs;
    std::vector<std::int16_t> dense(avg.size());
    for (std::size_t k = 0; k < avg.size(); ++k)
        dense[k] = std::fabs(avg[k]) < threshold ? 0 : std::int16_t(std::lround(avg[k] / st.scale));
    st.setDense(dense);
    for (int k = 0; k < W * W; ++k)
        st.transitions[k] = float(avgTransitions[k]);
    return st;
}

} // namespace

PerceptronTrainer::PerceptronTrainer(std::shared_ptr<const Gazetteer> gazetteer, Options options)
    : m_gazetteer(std::move(gazetteer))
    , m_options(options)
{
}

std::unique_ptr<PerceptronTagger> PerceptronTrainer::train(
    const QList<ConllCorpus> &corpora, const Log &log) const
{
    const Data d = flatten(corpora);
    NerFeatures features(m_gazetteer, m_options.tableBits);
    FeatureRows rows;
    {
        FeatureRows compact;
        for (const auto &[b, e] : d.documents)
            features.extract(d.text, b, e, nullptr, compact);
        compact.expandInto(rows);
    }
    if (log)
        log(QStringLiteral("%1 documents, %2 sentences, %3 tokens, %4 feature occurrences")
                .arg(d.documents.size())
                .arg(d.sentences.size())
                .arg(d.text.tokens.size())
                .arg(rows.ids.size()));

    std::vector<bool> all(d.documents.size(), true);
    std::vector<PerceptronTagger::Stage> stages;
    stages.push_back(trainStage(d, rows, all, m_options, log, QStringLiteral("stage 1")));
    if (!m_options.twoStages || m_options.folds < 2)
        return std::make_unique<PerceptronTagger>(m_gazetteer, m_options.tableBits, std::move(stages));

    // Jackknifed first-stage labels for the second stage's features.
    std::vector<int> firstPass(d.text.tokens.size(), bilou::Outside);
    for (int f = 0; f < m_options.folds; ++f) {
        std::vector<bool> use(d.documents.size());
        for (std::size_t k = 0; k < use.size(); ++k)
            use[k] = int(k % m_options.folds) != f;
        std::vector<PerceptronTagger::Stage> foldStages;
        foldStages.push_back(trainStage(d, rows, use, m_options, {}, QString()));
        const PerceptronTagger fold(m_gazetteer, m_options.tableBits, std::move(foldStages));
        for (std::size_t k = 0; k < use.size(); ++k) {
            if (use[k])
                continue;
            const auto [b, e] = d.documents[k];
            fold.labelRange(d.text, b, e, firstPass);
        }
        if (log)
            log(QStringLiteral("fold %1 of %2 labelled").arg(f + 1).arg(m_options.folds));
    }
    FeatureRows second;
    {
        FeatureRows compact;
        for (const auto &[b, e] : d.documents)
            features.extract(d.text, b, e, firstPass.data() + b, compact);
        compact.expandInto(second);
    }
    stages.push_back(trainStage(d, second, all, m_options, log, QStringLiteral("stage 2")));
    return std::make_unique<PerceptronTagger>(m_gazetteer, m_options.tableBits, std::move(stages));
}

} // namespace dramatis
