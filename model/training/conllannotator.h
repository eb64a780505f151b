#pragma once

#include "core/tagger.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace dramatis {

// Runs a Tagger over a CoNLL file and writes the file back with one more column, the predicted tag (BIO):
// what `dramatis-cli tag --conll` prints and `eval` scores. The words become one TokenizedText (sentences
// from blank lines, documents from -DOCSTART-), so CoNLL input takes the same code path as an article.
// -DOCSTART- lines get an "O" column too, as conlleval expects every non-blank line to have as many columns.
class ConllAnnotator final
{
public:
    // nullopt (and `error` naming the file and line) if `data` is not a CoNLL file. `confidence`, if given,
    // receives one value a line: the confidence of the predicted mention on that line's token, 1 elsewhere.
    static std::optional<QStringList> annotate(const QByteArray &data, const QString &name, const Tagger &tagger,
                                               QString *error, QList<float> *confidence = nullptr);
};

} // namespace dramatis
