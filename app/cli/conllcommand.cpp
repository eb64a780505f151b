#include "commands.h"
#include "conllcommand.h"

#include "ner/gazetteer.h"
#include "ner/perceptrontagger.h"
#include "ner/taggerfactory.h"
#include "training/conllannotator.h"

#include <QCoreApplication>
#include <QFile>

#include <memory>

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

std::optional<QStringList> annotateConllFile(
    const QString &path, const Tagger &tagger, QString *error, QList<float> *confidence)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("cli", "%1: cannot read: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    return ConllAnnotator::annotate(f.readAll(), path, tagger, error, confidence);
}

std::optional<QStringList> annotateConllFile(
    const QString &path, const QString &modelPath, QList<float> *confidence)
{
    QString error;
    const auto tagger = loadTaggerOrDefault(modelPath, &error);
    auto lines = tagger ? annotateConllFile(path, *tagger, &error, confidence) : std::nullopt;
    if (!lines)
        err() << error << '\n';
    return lines;
}

int tagConll(const QString &file, const QString &modelPath)
{
    const auto lines = annotateConllFile(file, modelPath);
    if (!lines)
        return BadInput;
    for (const QString &l : *lines)
        out() << l << '\n';
    return Ok;
}

} // namespace dramatis::cli
