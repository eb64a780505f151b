#pragma once

#include "core/entitytype.h"

#include <QList>
#include <QStringList>

namespace dramatis {

// One person, company, place or other thing, with every mention that refers to it.
struct Entity
{
    QString name; // canonical: the longest, most complete form
    EntityType type = EntityType::Misc;
    QStringList aliases; // other surface forms, without `name`
    QString role; // "chief executive"; empty when unknown
    int affiliation = -1; // index of another entity, -1 when unknown
    double salience = 0.0; // 0..1, how central the entity is to the article
    bool ambiguous = false; // a bare name that fits several entities, so it joined none
    // The sentence the role and affiliation were read from ([start, end) in the text), -1 when none.
    qsizetype roleSentenceStart = -1;
    qsizetype roleSentenceEnd = -1;
    QList<int> mentions; // indexes into the mention list, ascending
    QList<int> titleMentions; // indexes into the title's mention list (Analysis::titleMentions), ascending

    // Every mention, the title's included: what the sidebar, summaries and the library count, and the
    // stops F3 walks (the title's first, in reading order).
    qsizetype mentionCount() const { return titleMentions.size() + mentions.size(); }
};

using EntityList = QList<Entity>;

} // namespace dramatis
