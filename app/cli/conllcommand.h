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
std::optional<QStringList> annotateConllFile(const QString &path, const Tagger &tagger, QString *error);

} // namespace dramatis::cli
