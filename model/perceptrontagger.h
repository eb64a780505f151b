#pragma once

#include "bilou.h"
#include "hugepagebuffer.h"
#include "nerfeatures.h"
#include "tagger.h"

#include <QByteArray>

#include <array>
#include <functional>
#include <memory>
#include <vector>

namespace dramatis {

// The trained entity tagger: an averaged structured perceptron over hashed features (NerFeatures) with
// first-order Viterbi decoding over BILOU labels. With two stages, the second sees how the first labelled
// the other occurrences of each word in the document (Ratinov & Roth's prediction aggregation).
// Immutable after loading: safe to share between threads.
class PerceptronTagger final : public Tagger
{
public:
    static constexpr int TransitionCount = (bilou::LabelCount + 1) * (bilou::LabelCount + 1);

    // One trained stage: int16 weight rows for the hashed features that have any, and a transition matrix.
    // Rows are packed (most of the hash table is empty), so loading touches little memory.
    struct Stage
    {
        // Which hashed features have a row (a bit each) and how many rows precede each 64-feature block:
        // a rank index of under a quarter of a byte per feature, small enough to stay in cache.
        std::vector<std::uint64_t> present;
        std::vector<std::uint32_t> rankBefore;
        HugeVector<std::int16_t> rows; // packed rows of LabelCount weights, in feature order
        float scale = 1;
        std::array<float, TransitionCount> transitions {};

        const std::int16_t *row(std::uint32_t feature) const
        {
            const std::uint64_t word = present[feature >> 6];
            const std::uint64_t bit = std::uint64_t(1) << (feature & 63);
            if (!(word & bit))
                return nullptr;
            const std::uint32_t k = rankBefore[feature >> 6] + popcount(word & (bit - 1));
            return &rows[std::size_t(k) * bilou::LabelCount];
        }
        std::size_t featureCount() const { return present.size() * 64; }
        static std::uint32_t popcount(std::uint64_t x)
        {
#ifdef __POPCNT__
            return std::uint32_t(__builtin_popcountll(x));
#else
            // Without -mpopcnt the builtin is a call into libgcc; this is a few inline instructions.
            x = x - ((x >> 1) & 0x5555555555555555ULL);
            x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
            x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
            return std::uint32_t((x * 0x0101010101010101ULL) >> 56);
#endif
        }
        // Builds the index from the sorted features that have rows (rows already packed in that order).
        void setPresent(const std::vector<std::uint32_t> &features, std::size_t featureCount);
        // Packs a dense table of (1 << bits) rows, dropping the all-zero ones.
        void setDense(const std::vector<std::int16_t> &dense);
    };

    PerceptronTagger(std::shared_ptr<const Gazetteer> gazetteer, int bits, std::vector<Stage> stages);

    // Reads a model written by serialize(); nullptr (and `error`) if it is not one.
    static std::unique_ptr<PerceptronTagger> load(
        const QByteArray &data, std::shared_ptr<const Gazetteer> gazetteer, QString *error = nullptr);
    // The same, asking for the gazetteer only once the weights are read (so both can load in parallel).
    static std::unique_ptr<PerceptronTagger> load(const QByteArray &data,
        const std::function<std::shared_ptr<const Gazetteer>()> &gazetteer, QString *error = nullptr);
    QByteArray serialize() const;

    QString name() const override
    {
        return QStringLiteral("perceptron");
    }
    MentionList tag(const TokenizedText &tokens, std::stop_token stop = {}) const override;

    // The BILOU label of every token, and a confidence (0..1) per token of a mention from the score margin
    // (1 outside mentions).
    void label(const TokenizedText &tokens, std::vector<int> &labels, std::vector<float> *confidence,
        std::stop_token stop = {}) const;

    // Labels tokens [first, end) of `tokens` as one document into labels[first..end).
    void labelRange(
        const TokenizedText &tokens, qsizetype first, qsizetype end, std::vector<int> &labels) const
    {
        decodeDocument(tokens, first, end, labels, nullptr);
    }

    int tableBits() const
    {
        return m_features.tableBits();
    }

    // All stages' rows of a feature side by side (stage 0's LabelCount weights, then stage 1's): one index
    // lookup and one cache line serve every stage, and the stages' sums over the shared features are taken
    // in one pass. Built from the stages at construction (which then keep only scale and transitions).
    struct JointRows
    {
        Stage index; // present / rankBefore over the union of the stages' features; rows unused
        HugeVector<std::int16_t> rows;
        int stride = bilou::LabelCount;

        const std::int16_t *row(std::uint32_t feature) const
        {
            const std::uint64_t word = index.present[feature >> 6];
            const std::uint64_t bit = std::uint64_t(1) << (feature & 63);
            if (!(word & bit))
                return nullptr;
            const std::uint32_t k = index.rankBefore[feature >> 6] + Stage::popcount(word & (bit - 1));
            return &rows[std::size_t(k) * std::size_t(stride)];
        }
    };

private:
    void decodeDocument(const TokenizedText &tokens, qsizetype first, qsizetype end, std::vector<int> &labels,
        std::vector<float> *confidence) const;

    // Stage `stage`'s row of `feature`, or nullptr if it has none (all zero).
    const std::int16_t *stageRow(std::size_t stage, std::uint32_t feature) const;

    NerFeatures m_features;
    std::vector<Stage> m_stages;
    JointRows m_joint;
};

} // namespace dramatis
