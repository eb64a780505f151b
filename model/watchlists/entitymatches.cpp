#include "watchlists/entitymatches.h"

#include <QCoreApplication>

#include <algorithm>

namespace dramatis {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("dramatis::EntityMatches", s);
}

// Confirmed before the rest, sure matches before possible ones; the matcher's order within each.
int rank(const WatchlistMatch &m)
{
    if (m.confirmed())
        return 0;
    return m.hit.possible ? 2 : 1;
}

} // namespace

QString WatchlistMatch::describe() const
{
    QString text = hit.listName + u": " + hit.entry.name + u" (" + hit.reason + u')';
    if (confirmed())
        text += u" \u00b7 " + tr("confirmed");
    else if (dismissed())
        text += u" \u00b7 " + tr("dismissed");
    if (!hit.entry.note.isEmpty())
        text += u"\n    " + hit.entry.note;
    return text;
}

QString WatchlistMatch::describe(const QList<WatchlistMatch> &shown)
{
    QString text = tr("On a watchlist:");
    for (const WatchlistMatch &m : shown)
        text += u'\n' + m.describe();
    return text;
}

EntityMatches EntityMatches::match(const WatchlistMatcher &matcher, const EntityList &entities,
    const WatchlistStore *store, double threshold)
{
    EntityMatches out;
    if (matcher.isEmpty())
        return out;
    for (int i = 0; i < entities.size(); ++i) {
        const Entity &entity = entities.at(i);
        const QList<WatchlistHit> hits = matcher.match(entity, threshold);
        if (hits.isEmpty())
            continue;
        QList<WatchlistMatch> matches;
        matches.reserve(hits.size());
        for (const WatchlistHit &hit : hits) {
            const auto decision = store ? store->decision(hit.entry.id, entity.type, entity.name)
                                        : WatchlistStore::Decision::None;
            matches.append({hit, decision});
        }
        out.insert(i, std::move(matches));
    }
    return out;
}

void EntityMatches::insert(int entity, QList<WatchlistMatch> matches)
{
    if (matches.isEmpty())
        m_byEntity.remove(entity);
    else
        m_byEntity.insert(entity, std::move(matches));
}

QList<int> EntityMatches::entities() const
{
    QList<int> out = m_byEntity.keys();
    std::sort(out.begin(), out.end());
    return out;
}

QList<WatchlistMatch> EntityMatches::shown(int entity) const
{
    QList<WatchlistMatch> out;
    for (const WatchlistMatch &m : m_byEntity.value(entity)) {
        if (!m.dismissed())
            out.append(m);
    }
    std::stable_sort(out.begin(), out.end(),
        [](const WatchlistMatch &a, const WatchlistMatch &b) { return rank(a) < rank(b); });
    return out;
}

int EntityMatches::shownCount() const
{
    int n = 0;
    for (auto it = m_byEntity.cbegin(); it != m_byEntity.cend(); ++it) {
        n += std::any_of(it->cbegin(), it->cend(), [](const WatchlistMatch &m) { return !m.dismissed(); });
    }
    return n;
}

} // namespace dramatis
