#pragma once

#include "core/tagger.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// What the CoNLL commands (tag --conll, eval, train) share.
namespace dramatis::cli {

// The model file at `modelPath`, or the built-in tagger when it is empty; nullptr and `error` on failure.
std::shared_ptr<const Tagger> loadTaggerOrDefault(const QString &modelPath, QString *error);

// The lines of the CoNLL file at `path` with the predicted tag appended (see ConllAnnotator).
// `confidence`, if given, receives each line's mention confidence.
std::optional<QStringList> annotateConllFile(
    const QString &path, const Tagger &tagger, QString *error, QList<float> *confidence = nullptr);
// The same, tagged by the model file at `modelPath` (the built-in tagger when it is empty); nullopt
// once a one-line message is printed.
std::optional<QStringList> annotateConllFile(
    const QString &path, const QString &modelPath, QList<float> *confidence = nullptr);

// tag --conll FILE [--model MODEL]: the annotated lines on stdout.
int tagConll(const QString &file, const QString &modelPath);

} // namespace dramatis::cli
