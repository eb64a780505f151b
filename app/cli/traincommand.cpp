#include "commands.h"
#include "conllcommand.h"

#include "ner/gazetteer.h"
#include "training/conlleval.h"
#include "training/perceptrontrainer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

namespace dramatis::cli {

namespace {

void usage()
{
    err() << "usage: dramatis-cli train --train FILE... [--dev FILE] --out MODEL [--epochs N] [--bits B]"
             " [--one-stage] [--folds K] [--seed S] [--prune F] [--ensemble N]\n";
}

} // namespace

int trainCommand(const QStringList &args)
{
    QStringList trainFiles;
    QString devFile;
    QString outFile;
    PerceptronTrainer::Options options;
    bool ok = true;
    for (qsizetype i = 0; i < args.size() && ok; ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == u"--train" && hasValue) {
            while (i + 1 < args.size() && !args[i + 1].startsWith(u"--"))
                trainFiles.append(args[++i]);
        } else if (a == u"--dev" && hasValue) {
            devFile = args[++i];
        } else if (a == u"--out" && hasValue) {
            outFile = args[++i];
        } else if (a == u"--epochs" && hasValue) {
            options.epochs = args[++i].toInt(&ok);
        } else if (a == u"--bits" && hasValue) {
            options.tableBits = args[++i].toInt(&ok);
            ok = ok && options.tableBits >= 12 && options.tableBits <= 24;
        } else if (a == u"--folds" && hasValue) {
            options.folds = args[++i].toInt(&ok);
        } else if (a == u"--seed" && hasValue) {
            options.seed = args[++i].toUInt(&ok);
        } else if (a == u"--prune" && hasValue) {
            options.prune = args[++i].toDouble(&ok);
        } else if (a == u"--ensemble" && hasValue) {
            options.ensemble = args[++i].toInt(&ok);
        } else if (a == u"--one-stage") {
            options.twoStages = false;
        } else {
            ok = false;
        }
    }
    if (!ok || trainFiles.isEmpty() || outFile.isEmpty() || options.epochs < 1) {
        usage();
        return Usage;
    }

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
    auto log = [&](const QString &line) {
        err() << QString::number(timer.elapsed() / 1000.0, 'f', 1) << "s " << line << '\n';
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
