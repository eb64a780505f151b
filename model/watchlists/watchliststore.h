#pragma once

#include "annotations/annotationstore.h"
#include "watchlists/watchlist.h"
#include "watchlists/watchlistmatcher.h"

#include <QHash>

#include <memory>
#include <optional>

namespace dramatis {

// The analyst's watchlists, in the notes database (the last steps of AnnotationStore's schema): lists
// with their entries and aliases, and the analyst's verdicts on matches. Every write is one transaction,
// so an import or an update is there whole or not at all.
//
// One instance is one connection, usable from the thread that opened it only.
class WatchlistStore final
{
public:
    // What an update from a newer file changed, entries compared by their ref.
    struct Update
    {
        int added = 0;
        int removed = 0;
        int changed = 0; // same ref, other name, type, aliases, note or list
        int kept = 0;
    };

    // The analyst's verdict on a hit, remembered for the entity (its type and Resolver::identityKey).
    enum class Decision { None, Confirmed, Dismissed };

    // A list whole, as it was before it was deleted: what an undo puts back.
    struct Snapshot
    {
        struct Verdict
        {
            qint64 entryId = 0; // of `entries`
            QString entityType;
            QString entityKey;
            bool confirmed = false;
            QString decided;
        };
        Watchlist list;
        QList<WatchlistEntry> entries; // with their ids at the time
        QList<Verdict> verdicts;
    };

    WatchlistStore();
    ~WatchlistStore();
    WatchlistStore(const WatchlistStore &) = delete;
    WatchlistStore &operator=(const WatchlistStore &) = delete;

    bool open(const QString &path);
    bool open(const QString &path, const AnnotationStore::Options &options);
    void close();
    bool isReady() const { return m_store.isReady(); }
    QString errorString() const { return m_error.isEmpty() ? m_store.errorString() : m_error; }

    QList<Watchlist> lists() const;
    std::optional<Watchlist> list(const QString &name) const;
    QList<WatchlistEntry> entries(qint64 listId) const;

    // Adds a list with its entries; its id, 0 when the name is taken or the write failed.
    qint64 addList(const QString &name, const QString &colour, const QList<WatchlistEntry> &entries);
    bool renameList(qint64 listId, const QString &name);
    bool setColour(qint64 listId, const QString &colour);
    bool setActive(qint64 listId, bool active);
    // Replaces the entries by `entries`: entries whose ref is gone are removed (with their verdicts), new
    // ones added, the others updated in place (keeping their verdicts).
    std::optional<Update> updateList(qint64 listId, const QList<WatchlistEntry> &entries);
    bool removeList(qint64 listId);
    // The list with its entries and the analyst's verdicts on them; none when there is no such list.
    std::optional<Snapshot> snapshot(qint64 listId) const;
    // Adds the list of `snapshot` back (its entries get new ids, the verdicts follow them); its new id, 0
    // when its name is taken meanwhile or the write failed (nothing is written then).
    qint64 restoreList(const Snapshot &snapshot);

    // The active lists, each indexed once, for matching.
    WatchlistMatcher activeMatcher() const;

    Decision decision(qint64 entryId, EntityType type, const QString &entityName) const;
    bool setDecision(qint64 entryId, EntityType type, const QString &entityName, Decision decision);

    // SQLite's data_version of this connection: it changes when another connection (another thread, the
    // command line) commits a change to the database, and not for this connection's own writes. -1 when
    // it cannot be read.
    qint64 dataVersion() const;

    // A colour for a new list: one of a few that read well as a badge, the least used first.
    QString nextColour() const;

private:
    bool begin();
    bool commit();
    void rollback(const QString &what, const QString &reason);
    qint64 insertEntry(qint64 listId, const WatchlistEntry &entry); // its id; 0 when it failed (rolled back)
    // `replace`: the entry had aliases before, which go.
    bool writeAliases(qint64 entryId, const QStringList &aliases, bool replace);
    QString m_error;
    AnnotationStore m_store;
    // The statements a whole list's write runs for every entry, prepared once per connection: preparing
    // them again for each of 100,000 entries took most of an import's time.
    struct Statements;
    std::unique_ptr<Statements> m_statements; // after m_store: gone before its connection
};

} // namespace dramatis
