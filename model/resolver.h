#pragma once

#include "entity.h"
#include "mention.h"

namespace dramatis {

// Groups an article's mentions into entities and links each mention to its entity (Mention::entity).
// Entities come back ordered by type, then by mention count (descending), then by first appearance.
class Resolver final
{
public:
    EntityList resolve(const QString &text, MentionList &mentions) const;

    // The key two surface forms share when they name the same thing: case-folded, NFKC, without
    // diacritics, with straight apostrophes and without a possessive "'s".
    static QString matchKey(QStringView surface);
};

} // namespace dramatis
