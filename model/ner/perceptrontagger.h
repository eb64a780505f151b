#pragma once

#include "core/tagger.h"
#include "ner/bilou.h"
#include "ner/nerfeatures.h"
#include "ner/taggerimage.h"

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
    static constexpr int TransitionCount = taggerimage::TransitionCount;
    using Stage = taggerimage::Stage;
    using JointRows = taggerimage::JointRows;

    PerceptronTagger(std::shared_ptr<const Gazetteer> gazetteer, int bits, std::vector<Stage> stages);
    PerceptronTagger(std::shared_ptr<const Gazetteer> gazetteer, taggerimage::Weights weights);

    // Reads a model written by serialize(); nullptr (and `error`) if it is not one.
    static std::unique_ptr<PerceptronTagger> load(
        const QByteArray &data, std::shared_ptr<const Gazetteer> gazetteer, QString *error = nullptr);
    // The same, asking for the gazetteer only once the weights are read (so both can load in parallel).
    static std::unique_ptr<PerceptronTagger> load(const QByteArray &data,
        const std::function<std::shared_ptr<const Gazetteer>()> &gazetteer, QString *error = nullptr);
    // The model file (what `dramatis-cli train` writes and load() reads).
    QByteArray serialize() const;
    // Uses the weights of an image (taggerimage::writeImage) where they lie: `data` must outlive the tagger.
    static std::unique_ptr<PerceptronTagger> fromImage(const char *data, qsizetype size,
        std::shared_ptr<const Gazetteer> gazetteer, QString *error = nullptr);
    // The image of this tagger's weights.
    QByteArray image() const;

    QString name() const override { return QStringLiteral("perceptron"); }
    MentionList tag(const TokenizedText &tokens, std::stop_token stop = {}) const override;
    bool knowsOrganisation(QStringView name) const override;

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

    int tableBits() const { return m_features.tableBits(); }

private:
    void decodeDocument(const TokenizedText &tokens, qsizetype first, qsizetype end, std::vector<int> &labels,
        std::vector<float> *confidence) const;

    NerFeatures m_features;
    taggerimage::Weights m_weights;
};

} // namespace dramatis
