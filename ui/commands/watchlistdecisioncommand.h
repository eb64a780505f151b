#pragma once

#include "core/entitytype.h"
#include "watchlists/watchliststore.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace dramatis {

// The analyst's verdict on a watchlist hit (confirm, dismiss, or take the verdict back) for an entity:
// written to the store at once; undo writes back the verdict read when the command was made.
//
// WatchlistStore is no QObject: the store must outlive the command (the window's watchlist controller owns
// it and is destroyed after the undo stacks). `changed` is called after every write that succeeded, so
// the badges follow.
class WatchlistDecisionCommand final : public QUndoCommand
{
public:
    WatchlistDecisionCommand(WatchlistStore *store, qint64 entryId, EntityType type,
        const QString &entityName, WatchlistStore::Decision decision, std::function<void()> changed = {});

    WatchlistStore::Decision before() const { return m_before; }
    WatchlistStore::Decision after() const { return m_after; }

    void redo() override;
    void undo() override;

private:
    bool apply(WatchlistStore::Decision decision);

    WatchlistStore *m_store;
    qint64 m_entryId;
    EntityType m_type;
    QString m_entityName;
    WatchlistStore::Decision m_before;
    WatchlistStore::Decision m_after;
    std::function<void()> m_changed;
};

} // namespace dramatis
