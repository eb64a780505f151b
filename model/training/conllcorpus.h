#pragma once

#include "core/entitytype.h"
#include "core/token.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dramatis {

// An entity span inside one sentence: tokens [first, end).
struct ConllSpan
{
    qsizetype first = 0;
    qsizetype end = 0;
    EntityType type = EntityType::Misc;
    friend bool operator==(const ConllSpan &, const ConllSpan &) = default;
};

struct ConllSentence
{
    QStringList words;
    QList<ConllSpan> spans; // gold entities, empty when the file has no tag column
};

struct ConllDocument
{
    QList<ConllSentence> sentences;
};

// A CoNLL-2003 style file: one token per line, the word first and the entity tag last, columns
// separated by tabs (when the line has one) or spaces; blank lines end sentences, "-DOCSTART-" lines
// start documents. Tags may be IOB1 (B- only between touching entities, as eng.train) or BIO: both
// decode to the same spans, since an I- that does not continue an entity of its type starts one.
class ConllCorpus final
{
public:
    QList<ConllDocument> documents;

    // Reads `path`; on failure returns nullopt and sets `error` to "FILE:LINE: what is wrong".
    // With `requireTags`, every token line needs a tag column (O, B-TYPE, I-TYPE; TYPE one of
    // PER ORG LOC MISC); without it a line with one column is a bare word.
    static std::optional<ConllCorpus> read(const QString &path, bool requireTags, QString *error);
    static std::optional<ConllCorpus> parse(const QByteArray &data, const QString &name, bool requireTags,
                                            QString *error);

    // Whether `line` is a token line (neither blank nor -DOCSTART-): the lines `tag --conll` annotates.
    static bool isTokenLine(QStringView line);

    qsizetype tokenCount() const;
    // The words as one text (joined by spaces, one sentence per line) with the sentences and documents the
    // file gave, so CoNLL input runs through the same tagger code as an article.
    TokenizedText toTokenizedText() const;
};

} // namespace dramatis
