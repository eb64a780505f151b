#pragma once

#include "ner/perceptrontagger.h"
#include "training/conllcorpus.h"

#include <functional>
#include <memory>

namespace dramatis {

// Trains a PerceptronTagger from CoNLL corpora: averaged structured perceptron (Collins 2002) with
// Viterbi decoding, sentences visited in an order shuffled by a fixed seed, so the same data and options
// always give the same model bytes. The second stage is trained on first-stage labels obtained by
// jackknifing (each fold labelled by a model that never saw it), as they will look on unseen text.
class PerceptronTrainer final
{
public:
    struct Options
    {
        int epochs = 10;
        int tableBits = 20;
        bool twoStages = true;
        int folds = 4;
        quint32 seed = 20031;
        // Models trained on differently shuffled passes, averaged: a cheap ensemble.
        int ensemble = 5;
        // Weights below this fraction of the largest are dropped from the shipped model.
        double prune = 0.002;
    };
    // Progress lines ("epoch 3: ...") for the CLI.
    using Log = std::function<void(const QString &)>;

    PerceptronTrainer(std::shared_ptr<const Gazetteer> gazetteer, Options options);

    std::unique_ptr<PerceptronTagger> train(const QList<ConllCorpus> &corpora, const Log &log = {}) const;

private:
    std::shared_ptr<const Gazetteer> m_gazetteer;
    Options m_options;
};

} // namespace dramatis
