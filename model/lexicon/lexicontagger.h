#pragma once

#include "core/tagger.h"

#include <QHash>

namespace dramatis {

// Tags exact (case-sensitive) token sequences from a list of names: the analyst's own lexicon, and a
// deterministic tagger for tests. Longest match wins.
class LexiconTagger final : public Tagger
{
public:
    void add(const QString &phrase, EntityType type);
    QString name() const override { return QStringLiteral("lexicon"); }
    MentionList tag(const TokenizedText &tokens, std::stop_token stop = {}) const override;

private:
    // Phrase tokens joined with U+001F, by first token.
    QHash<QString, QList<std::pair<QStringList, EntityType>>> m_byFirst;
};

} // namespace dramatis
