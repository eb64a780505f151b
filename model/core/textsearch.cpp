#include "core/textsearch.h"

namespace dramatis {

QList<qsizetype> findQuote(const QString &text, const QString &quote)
{
    QList<qsizetype> found;
    if (quote.isEmpty())
        return found;
    for (qsizetype at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1))
        found.append(at);
    return found;
}

} // namespace dramatis
