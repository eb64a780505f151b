#pragma once

#include "core/entitytype.h"

#include <QList>

namespace dramatis {

// A span of the article text that names something. [start, end) are UTF-16 offsets into Article::text.
struct Mention
{
    qsizetype start = 0;
    qsizetype end = 0;
    EntityType type = EntityType::Misc;
    float confidence = 1.0f;
    int entity = -1; // index into the resolver's entities, -1 before resolution

    qsizetype length() const { return end - start; }
    friend bool operator==(const Mention &, const Mention &) = default;
};

using MentionList = QList<Mention>;

} // namespace dramatis
