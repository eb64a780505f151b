#pragma once

#include "core/entity.h"
#include "watchlists/watchlistmatcher.h"
#include "watchlists/watchliststore.h"

#include <QHash>
#include <QList>

namespace dramatis {

// One hit of an entity with the analyst's verdict on it.
struct WatchlistMatch
{
    WatchlistHit hit;
    WatchlistStore::Decision decision = WatchlistStore::Decision::None;

    bool dismissed() const { return decision == WatchlistStore::Decision::Dismissed; }
    bool confirmed() const { return decision == WatchlistStore::Decision::Confirmed; }
    // "Inquiry: John Smith (alias of J. Smith) · confirmed", with the entry's note on a line of its own:
    // the one text a tooltip, a summary and a context menu share.
    QString describe() const;
    // "On a watchlist:" and each of `shown` described on its own line: an entity's tooltip lines, the
    // same in the sidebar and the Library.
    static QString describe(const QList<WatchlistMatch> &shown);
};

// The watchlist hits of one article's entities, keyed by entity index (into Analysis::entities). Every
// hit is kept, dismissed ones too (an analyst may take a dismissal back); what is shown leaves them out.
class EntityMatches final
{
public:
    // Matches every entity against `matcher`, the verdicts read from `store` (none when it is null).
    static EntityMatches match(const WatchlistMatcher &matcher, const EntityList &entities,
        const WatchlistStore *store, double threshold = WatchlistIndex::DefaultThreshold);

    bool isEmpty() const { return m_byEntity.isEmpty(); }
    // The entities with at least one hit, in index order.
    QList<int> entities() const;
    // Every hit of `entity`, dismissed ones included, best first.
    QList<WatchlistMatch> all(int entity) const { return m_byEntity.value(entity); }
    // The hits to show: not dismissed, confirmed ones first, then sure ones, then possible ones.
    QList<WatchlistMatch> shown(int entity) const;
    // How many entities have a hit to show.
    int shownCount() const;

    void insert(int entity, QList<WatchlistMatch> matches);

private:
    QHash<int, QList<WatchlistMatch>> m_byEntity;
};

} // namespace dramatis
