#include "watchlists/libraryhits.h"

#include <QHash>

#include <algorithm>

namespace dramatis {

namespace {

QDateTime newness(const LibraryArticle &a)
{
    return a.date.isValid() ? a.date.startOfDay(Qt::UTC) : a.firstOpened;
}

int rank(const LibraryHits::Hit &h)
{
    return h.match.confirmed() ? 0 : h.match.hit.possible ? 2 : 1;
}

} // namespace

QList<LibraryHits::Article> LibraryHits::find(const LibraryStore &library, const WatchlistMatcher &matcher,
    const WatchlistStore *decisions, std::stop_token stop)
{
    QList<Article> out;
    if (matcher.isEmpty() || !library.isReady())
        return out;
    QHash<qint64, qsizetype> rowOf; // article id -> row of `out`
    for (const LibraryEntity &le : library.entities()) {
        if (stop.stop_requested())
            return {};
        Entity entity;
        entity.name = le.name;
        entity.type = le.type;
        const EntityMatches matches = EntityMatches::match(matcher, {entity}, decisions);
        const QList<WatchlistMatch> shown = matches.shown(0);
        if (shown.isEmpty())
            continue;
        const Hit hit {le.name, le.type, shown.front()};
        for (const LibraryArticle &a : library.articlesMentioning(le.id)) {
            auto it = rowOf.constFind(a.id);
            if (it == rowOf.cend()) {
                it = rowOf.insert(a.id, out.size());
                out.append({a, {}});
                out.last().article.mentions = 0;
            }
            out[*it].hits.append(hit);
        }
    }
    for (Article &a : out) {
        std::sort(a.hits.begin(), a.hits.end(), [](const Hit &x, const Hit &y) {
            if (rank(x) != rank(y))
                return rank(x) < rank(y);
            return x.entity.localeAwareCompare(y.entity) < 0;
        });
    }
    std::sort(out.begin(), out.end(), [](const Article &x, const Article &y) {
        const QDateTime a = newness(x.article), b = newness(y.article);
        if (a != b)
            return a > b;
        return x.article.id > y.article.id;
    });
    return out;
}

} // namespace dramatis
