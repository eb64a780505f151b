#pragma once

#include <QtGlobal>

#include <algorithm>

namespace dramatis {

// How a list model finds the row of one of its items: by id, path or pointer. The row of the first item of
// `items` for which `matches` holds; -1 when none does.
template<typename List, typename Predicate> int rowWhere(const List &items, Predicate matches)
{
    const auto it = std::find_if(items.cbegin(), items.cend(), matches);
    return it == items.cend() ? -1 : int(it - items.cbegin());
}

// The row of the item whose `id` member is `id` (a stored annotation, a library article or entity).
template<typename List> int rowOfId(const List &items, qint64 id)
{
    return rowWhere(items, [id](const auto &item) { return item.id == id; });
}

} // namespace dramatis
