#include "ner/perceptrontagger.h"

#include "ner/productnames.h"
#include "ner/taggerrules.h"
#include "ner/viterbi.h"

#include <cmath>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace dramatis {

namespace {

constexpr int L = bilou::LabelCount;

// Max-marginal margins are in weight units: how much the best labelling loses if a token of the mention
// is labelled otherwise. A mention's confidence is sigmoid((margin - offset) / temperature) of its
// smallest margin, calibrated on eng.testa (Platt scaling, `dramatis-cli eval --reliability`): there a
// mention at 0.9 is right about 9 times in 10. A margin of 0 reads 0.49: the model's weakest mentions
// are right about half the time. Out of domain (web text) the scores run high; see the README.
constexpr float ConfidenceOffset = 0.59f;
constexpr float ConfidenceTemperature = 14.21f;

// A token's 17 label scores while its feature rows are summed: int16 weights widened into int32 lanes,
// four labels per SSE2 register where there is SSE2 (every x86-64), plain loops elsewhere.
struct Accumulator
{
#ifdef __SSE2__
    __m128i v[4];
    std::int32_t last;

    Accumulator()
        : v {_mm_setzero_si128(), _mm_setzero_si128(), _mm_setzero_si128(), _mm_setzero_si128()}
        , last(0)
    {
    }
    void addRow(const std::int16_t *w)
    {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(w));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(w + 8));
        v[0] = _mm_add_epi32(v[0], _mm_srai_epi32(_mm_unpacklo_epi16(a, a), 16));
        v[1] = _mm_add_epi32(v[1], _mm_srai_epi32(_mm_unpackhi_epi16(a, a), 16));
        v[2] = _mm_add_epi32(v[2], _mm_srai_epi32(_mm_unpacklo_epi16(b, b), 16));
        v[3] = _mm_add_epi32(v[3], _mm_srai_epi32(_mm_unpackhi_epi16(b, b), 16));
        last += w[16];
    }
    void addSums(const std::int32_t *s)
    {
#pragma GCC unroll 4
        for (int k = 0; k < 4; ++k)
            v[k] = _mm_add_epi32(v[k], _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + 4 * k)));
        last += s[16];
    }
    void store(std::int32_t *out) const
    {
#pragma GCC unroll 4
        for (int k = 0; k < 4; ++k)
            _mm_storeu_si128(reinterpret_cast<__m128i *>(out + 4 * k), v[k]);
        out[16] = last;
    }
    void storeScaled(float scale, float *out) const
    {
        const __m128 f = _mm_set1_ps(scale);
#pragma GCC unroll 4
        for (int k = 0; k < 4; ++k)
            _mm_storeu_ps(out + 4 * k, _mm_mul_ps(_mm_cvtepi32_ps(v[k]), f));
        out[16] = float(last) * scale;
    }
#else
    std::int32_t v[L] = {};

    void addRow(const std::int16_t *w)
    {
        for (int y = 0; y < L; ++y)
            v[y] += w[y];
    }
    void addSums(const std::int32_t *s)
    {
        for (int y = 0; y < L; ++y)
            v[y] += s[y];
    }
    void store(std::int32_t *out) const
    {
        std::copy(v, v + L, out);
    }
    void storeScaled(float scale, float *out) const
    {
        for (int y = 0; y < L; ++y)
            out[y] = float(v[y]) * scale;
    }
#endif
};
static_assert(L == 17, "Accumulator holds 16 labels in registers and one more");

using JointRows = PerceptronTagger::JointRows;

// Adds the rows of ids[begin, end) to one accumulator per stage (Stages of them, from stage `from` on).
template<int Stages>
void addIds(const JointRows &joint, int from, const std::uint32_t *ids, std::uint32_t begin,
    std::uint32_t end, Accumulator *acc)
{
    for (std::uint32_t k = begin; k < end; ++k) {
        if (const std::int16_t *w = joint.row(ids[k])) {
            for (int s = 0; s < Stages; ++s)
                acc[s].addRow(w + (from + s) * L);
        }
    }
}

// First-stage scores of every label for the tokens of `rows` and, with two stages, the second stage's sums
// over the same features (`partial`, int32), to which only the first-pass features remain to be added.
// Each type's weights are summed once per offset (types repeat), then each token adds its context
// features and its window's type sums.
template<int Stages>
void sharedEmissions(const JointRows &joint, float scale, const FeatureRows &rows, std::vector<float> &out,
    std::vector<std::int32_t> &partial)
{
    const qsizetype n = rows.tokenCount();
    const qsizetype typeSlots = rows.typeCount() * 5;
    constexpr std::size_t Stride = std::size_t(Stages) * L;
    thread_local std::vector<std::int32_t> typeSums;
    typeSums.resize(std::size_t(typeSlots) * Stride);
    for (qsizetype t = 0; t < typeSlots; ++t) {
        Accumulator acc[Stages];
        addIds<Stages>(joint, 0, rows.typeIds.data(), rows.typeStarts[t], rows.typeStarts[t + 1], acc);
        for (int s = 0; s < Stages; ++s)
            acc[s].store(&typeSums[std::size_t(t) * Stride + std::size_t(s) * L]);
    }
    out.resize(std::size_t(n) * L);
    if (Stages > 1)
        partial.resize(std::size_t(n) * L);
    for (qsizetype i = 0; i < n; ++i) {
        Accumulator acc[Stages];
        addIds<Stages>(joint, 0, rows.ids.data(), rows.starts[i], rows.starts[i + 1], acc);
        const int left = rows.reach[i] & 3;
        const int right = rows.reach[i] >> 2;
        for (int k = -left; k <= right; ++k) {
            const std::int32_t *sums
                = &typeSums[(std::size_t(rows.types[i + k]) * 5 + std::size_t(k + 2)) * Stride];
            for (int s = 0; s < Stages; ++s)
                acc[s].addSums(sums + s * L);
        }
        acc[0].storeScaled(scale, &out[std::size_t(i) * L]);
        if (Stages > 1)
            acc[Stages - 1].store(&partial[std::size_t(i) * L]);
    }
}

// Second-stage scores: the shared sums plus the rows of the first-pass features.
void secondEmissions(const JointRows &joint, float scale, const std::vector<std::int32_t> &partial,
    const std::vector<std::uint32_t> &ids, const std::vector<std::uint32_t> &starts, std::vector<float> &out)
{
    const std::size_t n = starts.size() - 1;
    out.resize(n * L);
    for (std::size_t i = 0; i < n; ++i) {
        Accumulator acc[1];
        acc[0].addSums(&partial[i * L]);
        addIds<1>(joint, 1, ids.data(), starts[i], starts[i + 1], acc);
        acc[0].storeScaled(scale, &out[i * L]);
    }
}

} // namespace

PerceptronTagger::PerceptronTagger(
    std::shared_ptr<const Gazetteer> gazetteer, int bits, std::vector<Stage> stages)
    : PerceptronTagger(std::move(gazetteer), taggerimage::join(std::move(stages), bits))
{
}

PerceptronTagger::PerceptronTagger(std::shared_ptr<const Gazetteer> gazetteer, taggerimage::Weights weights)
    : m_features(std::move(gazetteer), weights.bits)
    , m_weights(std::move(weights))
{
}

void PerceptronTagger::decodeDocument(const TokenizedText &tokens, qsizetype first, qsizetype end,
    std::vector<int> &labels, std::vector<float> *confidence) const
{
    // Features are extracted once: a second stage sees the same ones plus the first-pass features.
    thread_local FeatureRows rows;
    thread_local std::vector<float> scores;
    thread_local std::vector<std::uint32_t> passIds;
    thread_local std::vector<std::uint32_t> passStarts;
    thread_local std::vector<float> margins;
    thread_local std::vector<std::int32_t> partial;
    rows.clear();
    m_features.extract(tokens, first, end, nullptr, rows);
    const qsizetype n = end - first;
    const auto &stages = m_weights.stages;
    const JointRows &joint = m_weights.joint;
    for (std::size_t s = 0; s < stages.size(); ++s) {
        if (s == 0 && stages.size() == 1)
            sharedEmissions<1>(joint, stages[0].scale, rows, scores, partial);
        else if (s == 0)
            sharedEmissions<2>(joint, stages[0].scale, rows, scores, partial);
        else {
            m_features.firstPassFeatures(rows, labels.data() + first, passIds, passStarts);
            secondEmissions(joint, stages[1].scale, partial, passIds, passStarts, scores);
        }
        BilouDecoder decoder(stages[s].transitions.data());
        const bool last = s + 1 == stages.size();
        // Decode sentence by sentence: a sentence is a run starting at a SentenceStart token.
        qsizetype b = 0;
        for (qsizetype i = 1; i <= n; ++i) {
            if (i < n && !tokens.tokens[first + i].has(Token::SentenceStart))
                continue;
            const float *e = &scores[std::size_t(b) * L];
            int *y = &labels[first + b];
            const float best = decoder.decode(e, i - b, y);
            // Confidence only where there is a mention to be confident about.
            if (last && confidence
                && std::any_of(y, y + (i - b), [](int v) { return v != bilou::Outside; })) {
                margins.resize(i - b);
                decoder.margins(e, i - b, y, best, margins.data());
                for (qsizetype k = 0; k < i - b; ++k) {
                    if (y[k] != bilou::Outside)
                        (*confidence)[first + b + k] = 1.0f
                            / (1.0f + std::exp(-(margins[k] - ConfidenceOffset) / ConfidenceTemperature));
                }
            }
            b = i;
        }
    }
}

void PerceptronTagger::label(const TokenizedText &tokens, std::vector<int> &labels,
    std::vector<float> *confidence, std::stop_token stop) const
{
    const qsizetype n = tokens.tokens.size();
    labels.assign(n, bilou::Outside);
    if (confidence)
        confidence->assign(n, 1.0f);
    QList<qsizetype> starts = tokens.documentStarts;
    if (starts.isEmpty() || starts.front() != 0)
        starts.prepend(0);
    for (qsizetype d = 0; d < starts.size(); ++d) {
        const qsizetype first = starts[d];
        const qsizetype end = d + 1 < starts.size() ? starts[d + 1] : n;
        // Long articles go in slices of whole sentences so memory stays flat; document features then see
        // a slice's worth of context, which is more than their window anyway.
        constexpr qsizetype Slice = 10000;
        qsizetype b = first;
        while (b < end) {
            if (stop.stop_requested())
                return;
            qsizetype e = std::min(end, b + Slice);
            while (e < end && !tokens.tokens[e].has(Token::SentenceStart))
                ++e;
            decodeDocument(tokens, b, e, labels, confidence);
            b = e;
        }
    }
    applyTaggerRules(tokens, m_features.gazetteer(), labels, confidence);
    labelKnownProducts(tokens, m_features.gazetteer(), labels);
    if (confidence) {
        // A mention a rule dropped is now outside, where confidence reads 1.
        for (qsizetype i = 0; i < n; ++i) {
            if (labels[i] == bilou::Outside)
                (*confidence)[i] = 1.0f;
        }
    }
}

bool PerceptronTagger::knowsOrganisation(QStringView name) const
{
    if (name.contains(u' '))
        return false;
    // A rare surname of the census lists aside ("Uber", "Apple").
    constexpr std::uint16_t Other = Gazetteer::FirstName | Gazetteer::FirstNameCommon
        | Gazetteer::SurnameCommon | Gazetteer::Nationality | Gazetteer::Country | Gazetteer::City
        | Gazetteer::Region;
    const std::uint16_t categories = m_features.gazetteer().lookupWord(name);
    return (categories & Gazetteer::KnownOrganization) && !(categories & Other);
}

MentionList PerceptronTagger::tag(const TokenizedText &tokens, std::stop_token stop) const
{
    std::vector<int> labels;
    std::vector<float> confidence;
    label(tokens, labels, &confidence, stop);
    MentionList out;
    const qsizetype n = qsizetype(labels.size());
    for (qsizetype i = 0; i < n; ++i) {
        const int y = labels[i];
        if (y == bilou::Outside)
            continue;
        const bilou::Part part = bilou::partOf(y);
        if (part != bilou::Begin && part != bilou::Unit)
            continue;
        qsizetype j = i;
        float conf = confidence[i];
        if (part == bilou::Begin) {
            while (
                j + 1 < n && labels[j + 1] != bilou::Outside && bilou::partOf(labels[j + 1]) == bilou::Inside)
                ++j;
            if (j + 1 < n && bilou::partOf(labels[j + 1]) == bilou::Last)
                ++j;
            for (qsizetype k = i; k <= j; ++k)
                conf = std::min(conf, confidence[k]);
        }
        out.append(Mention {tokens.tokens[i].start, tokens.tokens[j].end, bilou::typeOf(y), conf});
        i = j;
    }
    return out;
}

QByteArray PerceptronTagger::serialize() const
{
    return taggerimage::writeModel(m_weights);
}

QByteArray PerceptronTagger::image() const
{
    return taggerimage::writeImage(m_weights);
}

std::unique_ptr<PerceptronTagger> PerceptronTagger::load(
    const QByteArray &data, std::shared_ptr<const Gazetteer> gazetteer, QString *error)
{
    return load(
        data, [&gazetteer] { return gazetteer; }, error);
}

std::unique_ptr<PerceptronTagger> PerceptronTagger::load(const QByteArray &data,
    const std::function<std::shared_ptr<const Gazetteer>()> &gazetteer, QString *error)
{
    std::vector<Stage> stages;
    int bits = 0;
    if (!taggerimage::readModel(data, &stages, &bits, error))
        return nullptr;
    return std::make_unique<PerceptronTagger>(gazetteer(), bits, std::move(stages));
}

std::unique_ptr<PerceptronTagger> PerceptronTagger::fromImage(
    const char *data, qsizetype size, std::shared_ptr<const Gazetteer> gazetteer, QString *error)
{
    taggerimage::Weights weights;
    if (!taggerimage::viewImage(data, size, &weights, error))
        return nullptr;
    return std::make_unique<PerceptronTagger>(std::move(gazetteer), std::move(weights));
}

} // namespace dramatis
