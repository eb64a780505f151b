#pragma once

#include "core/article.h"
#include "core/entity.h"
#include "core/identifier.h"
#include "core/mention.h"
#include "core/token.h"

#include <memory>

namespace dramatis {

// Everything known about one article after tagging: an immutable snapshot that views share and that a
// newer analysis replaces whole.
struct Analysis
{
    Article article;
    TokenizedText tokens;
    MentionList mentions; // sorted by start
    // Mentions in the title, which is not part of `text`: offsets into article.title, sorted by start. Each
    // has an entity: the body's of the same name (the title counts towards it) or one only the title names
    // (an entity with titleMentions and no mentions).
    MentionList titleMentions;
    EntityList entities;
    // E-mail addresses, phone numbers, amounts, ... in the text and in the title (offsets into
    // article.title), each sorted by start.
    IdentifierList identifiers;
    IdentifierList titleIdentifiers;
    QString taggerName;
    QList<int> lexiconEntities; // entities an analyst's lexicon rule decided (indexes, ascending)
    qint64 tokenizeMicros = 0;
    qint64 tagMicros = 0;
    qint64 identifyMicros = 0;

    // Index of the mention covering UTF-16 offset `pos`, or -1.
    qsizetype mentionAt(qsizetype pos) const;
    // Index of the title mention covering UTF-16 offset `pos` of the title, or -1.
    qsizetype titleMentionAt(qsizetype pos) const;
    // Index of the identifier covering UTF-16 offset `pos` of the text, or -1.
    qsizetype identifierAt(qsizetype pos) const;
};

using AnalysisPtr = std::shared_ptr<const Analysis>;

// Index of the mention of `mentions` (sorted by start, not overlapping) covering offset `pos`, or -1.
qsizetype mentionCovering(const MentionList &mentions, qsizetype pos);

} // namespace dramatis
