#include "commands.h"

#include "commandline.h"
#include "conllcommand.h"
#include "ner/gazetteer.h"
#include "training/conlleval.h"
#include "training/perceptrontrainer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace dramatis::cli {

int trainCommand(const QStringList &args)
{
    CommandLine line(u"train"_s,
        u"usage: dramatis-cli train --train FILE... [--dev FILE] --out MODEL [--epochs N] [--bits B]"
        " [--one-stage] [--folds K] [--seed S] [--prune F] [--ensemble N]\n"_s,
        u"Trains the tagger (an averaged perceptron) on CoNLL files and writes its model."_s);
    line.addOption(
        u"train"_s, u"A CoNLL file to learn from; the files after it are more of them."_s, u"FILE"_s);
    line.addPositional(u"FILE"_s, u"More CoNLL files to learn from, after --train."_s, u"[FILE...]"_s);
    line.addOption(u"dev"_s, u"A CoNLL file to score the model on once it is written."_s, u"FILE"_s);
    line.addOption(u"out"_s, u"Where the model is written."_s, u"MODEL"_s);
    line.addOption(u"epochs"_s, u"Passes over the training data (from 1)."_s, u"N"_s);
    line.addOption(u"bits"_s, u"Size of the weight table, as a power of two (12 to 24)."_s, u"B"_s);
    line.addOption(u"one-stage"_s, u"Trains one stage only."_s);
    line.addOption(u"folds"_s, u"Folds for the second stage's features."_s, u"K"_s);
    line.addOption(u"seed"_s, u"The shuffling's seed."_s, u"S"_s);
    line.addOption(u"prune"_s, u"Drops weights below this fraction of the largest."_s, u"F"_s);
    line.addOption(u"ensemble"_s, u"Models trained on differently shuffled passes, averaged."_s, u"N"_s);
    if (const auto stop = line.parse(args))
        return *stop;
    // Files follow --train as far as the next option: the first is its value, the others positional.
    const QStringList trainFiles
        = line.isSet(u"train"_s) ? line.values(u"train"_s) + line.positional() : QStringList();
    const QString devFile = line.value(u"dev"_s);
    const QString outFile = line.value(u"out"_s);
    PerceptronTrainer::Options options;
    options.twoStages = !line.isSet(u"one-stage"_s);
    const bool ok = line.number(u"epochs"_s, &options.epochs) && line.number(u"bits"_s, &options.tableBits)
        && options.tableBits >= 12 && options.tableBits <= 24 && line.number(u"folds"_s, &options.folds)
        && line.number(u"seed"_s, &options.seed) && line.number(u"prune"_s, &options.prune)
        && line.number(u"ensemble"_s, &options.ensemble);
    if (!ok || trainFiles.isEmpty() || outFile.isEmpty() || options.epochs < 1)
        return line.usageError();

    QElapsedTimer timer;
    timer.start();
    QList<ConllCorpus> corpora;
    for (const QString &f : trainFiles) {
        QString error;
        auto c = ConllCorpus::read(f, true, &error);
        if (!c) {
            err() << error << '\n';
            return BadInput;
        }
        corpora.append(std::move(*c));
    }
    std::optional<ConllCorpus> dev;
    if (!devFile.isEmpty()) {
        QString error;
        dev = ConllCorpus::read(devFile, true, &error);
        if (!dev) {
            err() << error << '\n';
            return BadInput;
        }
    }

    const PerceptronTrainer trainer(Gazetteer::builtIn(), options);
    auto log = [&](const QString &message) {
        err() << QString::number(timer.elapsed() / 1000.0, 'f', 1) << "s " << message << '\n';
        err().flush();
    };
    const std::unique_ptr<PerceptronTagger> model = trainer.train(corpora, log);
    const QByteArray bytes = model->serialize();
    QSaveFile out(outFile);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        err() << outFile << ": cannot write: " << out.errorString() << '\n';
        return BadInput;
    }
    log(QStringLiteral("wrote %1 (%2 bytes)").arg(outFile).arg(bytes.size()));

    if (dev) {
        QString error;
        const auto lines = annotateConllFile(devFile, *model, &error);
        if (lines) {
            ConllEval eval;
            for (const QString &l : *lines)
                eval.addLine(l);
            eval.finish();
            err() << eval.report();
        }
    }
    return Ok;
}

} // namespace dramatis::cli
