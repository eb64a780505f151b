#pragma once

#include "core/entitytype.h"

#include <array>

namespace dramatis::bilou {

// The tagger's labels: O, then Begin/Inside/Last/Unit for each entity type (Ratinov & Roth found BILOU
// clearly better than BIO). Label ids are dense so they index weight rows.
enum Part : int { Begin = 0, Inside = 1, Last = 2, Unit = 3 };

inline constexpr int Outside = 0;
inline constexpr int LabelCount = 1 + 4 * EntityTypeCount;

constexpr int label(EntityType type, Part part)
{
    return 1 + 4 * static_cast<int>(type) + part;
}
constexpr EntityType typeOf(int label)
{
    return static_cast<EntityType>((label - 1) / 4);
}
constexpr Part partOf(int label)
{
    return static_cast<Part>((label - 1) % 4);
}
// Whether `to` may follow `from` (Outside and -1 for "before the sentence" / "after it").
constexpr bool allowed(int from, int to)
{
    const bool fromOpen = from > 0 && (partOf(from) == Begin || partOf(from) == Inside);
    if (to < 0)
        return !fromOpen;
    const bool toContinues = to > 0 && (partOf(to) == Inside || partOf(to) == Last);
    if (fromOpen)
        return toContinues && typeOf(to) == typeOf(from);
    return !toContinues;
}

} // namespace dramatis::bilou
