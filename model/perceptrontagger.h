#pragma once

#include "bilou.h"
#include "nerfeatures.h"
#include "tagger.h"

#include <QByteArray>

#include <array>
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

    // One trained stage: an int16 weight row per hashed feature and a transition matrix.
    struct Stage
    {
        std::vector<std::int16_t> weights; // (1 << bits) rows of LabelCount
        float scale = 1;
        std::array<float, TransitionCount> transitions{};
    };

    PerceptronTagger(std::shared_ptr<const Gazetteer> gazetteer, int bits, std::vector<Stage> stages);

    // Reads a model written by serialize(); nullptr (and `error`) if it is not one.
    static std::unique_ptr<PerceptronTagger> load(const QByteArray &data, std::shared_ptr<const Gazetteer> gazetteer,
                                                  QString *error = nullptr);
    QByteArray serialize() const;

    QString name() const override { return QStringLiteral("perceptron"); }
    MentionList tag(const TokenizedText &tokens, std::stop_token stop = {}) const override;

    // The BILOU label of every token, and a confidence (0..1) per token from the score margin.
    void label(const TokenizedText &tokens, std::vector<int> &labels, std::vector<float> *confidence,
               std::stop_token stop = {}) const;

    // Labels tokens [first, end) of `tokens` as one document into labels[first..end).
    void labelRange(const TokenizedText &tokens, qsizetype first, qsizetype end, std::vector<int> &labels) const
    {
        decodeDocument(tokens, first, end, labels, nullptr);
    }

    int tableBits() const { return m_features.tableBits(); }
    const std::vector<Stage> &stages() const { return m_stages; }

private:
    void decodeDocument(const TokenizedText &tokens, qsizetype first, qsizetype end, std::vector<int> &labels,
                        std::vector<float> *confidence) const;

    NerFeatures m_features;
    std::vector<Stage> m_stages;
};

} // namespace dramatis
