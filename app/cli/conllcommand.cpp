#include "commands.h"
#include "conllcommand.h"

#include "ner/gazetteer.h"
#include "ner/perceptrontagger.h"
#include "ner/taggerfactory.h"
#include "training/conllannotator.h"

#include <QCoreApplication>
#include <QFile>

namespace dramatis::cli {

std::shared_ptr<const Tagger> loadTaggerOrDefault(const QString &modelPath, QString *error)
{
    if (modelPath.isEmpty())
        return defaultTagger();
    QFile f(modelPath);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("cli", "%1: cannot read: %2").arg(modelPath, f.errorString());
        return nullptr;
    }
    QString why;
    std::shared_ptr<const Tagger> t = PerceptronTagger::load(f.readAll(), Gazetteer::builtIn(), &why);
    if (!t)
        *error = modelPath + u": " + why;
    return t;
}

std::optional<QStringList> annotateConllFile(const QString &path, const Tagger &tagger, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("cli", "%1: cannot read: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    return ConllAnnotator::annotate(f.readAll(), path, tagger, error);
}

int tagConllCommand(const QStringList &args)
{
    QString file;
    QString model;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--conll" && i + 1 < args.size())
            file = args[++i];
        else if (args[i] == u"--model" && i + 1 < args.size())
            model = args[++i];
        else {
            err() << "usage: dramatis-cli tag --conll FILE [--model MODEL]\n";
            return Usage;
        }
    }
    if (file.isEmpty()) {
        err() << "usage: dramatis-cli tag --conll FILE [--model MODEL]\n";
        return Usage;
    }
    QString error;
    const auto tagger = loadTaggerOrDefault(model, &error);
    if (!tagger) {
        err() << error << '\n';
        return BadInput;
    }
    const auto lines = annotateConllFile(file, *tagger, &error);
    if (!lines) {
        err() << error << '\n';
        return BadInput;
    }
    for (const QString &l : *lines)
        out() << l << '\n';
    return Ok;
}

} // namespace dramatis::cli
