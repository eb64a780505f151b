#pragma once

#include <QList>
#include <QString>

namespace dramatis {

// UTF-16 start offsets of every occurrence of `quote` in `text` (overlapping ones too), in order.
QList<qsizetype> findQuote(const QString &text, const QString &quote);

} // namespace dramatis
