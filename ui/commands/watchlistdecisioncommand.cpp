#include "commands/watchlistdecisioncommand.h"

#include <QCoreApplication>

namespace dramatis {

WatchlistDecisionCommand::WatchlistDecisionCommand(WatchlistStore *store, qint64 entryId, EntityType type,
    const QString &entityName, WatchlistStore::Decision decision, std::function<void()> changed)
    : m_store(store)
    , m_entryId(entryId)
    , m_type(type)
    , m_entityName(entityName)
    , m_before(store->decision(entryId, type, entityName))
    , m_after(decision)
    , m_changed(std::move(changed))
{
    switch (decision) {
    case WatchlistStore::Decision::Confirmed:
        setText(QCoreApplication::translate("WatchlistDecisionCommand", "Confirm “%1” on a watchlist")
                    .arg(entityName));
        break;
    case WatchlistStore::Decision::Dismissed:
        setText(QCoreApplication::translate("WatchlistDecisionCommand", "Dismiss “%1” on a watchlist")
                    .arg(entityName));
        break;
    case WatchlistStore::Decision::None:
        setText(QCoreApplication::translate("WatchlistDecisionCommand", "Reconsider “%1” on a watchlist")
                    .arg(entityName));
        break;
    }
}

bool WatchlistDecisionCommand::apply(WatchlistStore::Decision decision)
{
    if (!m_store->setDecision(m_entryId, m_type, m_entityName, decision))
        return false;
    if (m_changed)
        m_changed();
    return true;
}

void WatchlistDecisionCommand::redo()
{
    // The same verdict again, or one that could not be written, leaves nothing to undo.
    if (m_before == m_after || !apply(m_after))
        setObsolete(true);
}

void WatchlistDecisionCommand::undo()
{
    apply(m_before);
}

} // namespace dramatis
