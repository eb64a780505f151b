#include "core/analysis.h"

#include <algorithm>

namespace dramatis {

qsizetype mentionCovering(const MentionList &mentions, qsizetype pos)
{
    auto it = std::upper_bound(
        mentions.cbegin(), mentions.cend(), pos, [](qsizetype p, const Mention &m) { return p < m.start; });
    if (it == mentions.cbegin())
        return -1;
    --it;
    return pos < it->end ? std::distance(mentions.cbegin(), it) : -1;
}

qsizetype Analysis::mentionAt(qsizetype pos) const
{
    return mentionCovering(mentions, pos);
}

qsizetype Analysis::titleMentionAt(qsizetype pos) const
{
    return mentionCovering(titleMentions, pos);
}

qsizetype Analysis::identifierAt(qsizetype pos) const
{
    auto it = std::upper_bound(identifiers.cbegin(), identifiers.cend(), pos,
        [](qsizetype p, const Identifier &i) { return p < i.start; });
    if (it == identifiers.cbegin())
        return -1;
    --it;
    return pos < it->end ? std::distance(identifiers.cbegin(), it) : -1;
}

} // namespace dramatis
