#pragma once

#include "core/analysis.h"
#include "watchlists/entitymatches.h"
#include "watchlists/watchliststore.h"

#include <QColor>
#include <QFutureWatcher>
#include <QHash>
#include <QIcon>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

class QMenu;
class QTimer;
class QUndoStack;

namespace dramatis {

class EntityModel;

// A list's colour as a small rounded square for its rows in the dialogs: filled for a list, or a match
// that is sure; dashed for a possible match.
QIcon watchlistSwatch(const QColor &colour, bool possible = false);

// The window's watchlists: the active lists' matcher, the badges of the article shown, the analyst's
// verdicts (undo commands) and the changes the Watchlists dialog makes.
//
// A list of 100,000 entries takes seconds to index and to write, so indexing and the writes of whole
// lists (import, update, delete) run off the GUI thread, each worker on its own connection; a list's
// index is built once and again only when its entries, name or colour change. Matching an article
// against the indexes takes well under a millisecond and runs on the GUI thread when the article is shown.
class WatchlistController final : public QObject
{
    Q_OBJECT
public:
    // `entities` is the sidebar's model: its analysis is the one matched and badged.
    explicit WatchlistController(EntityModel *entities, QObject *parent = nullptr);
    ~WatchlistController() override;

    // Opens the watchlists of the analyst's database (none when `path` is empty) and indexes them.
    void setDatabasePath(const QString &path);
    QString databasePath() const { return m_path; }
    bool isReady() const { return m_store->isReady(); }
    // The GUI thread's connection (the verdicts, the dialog's list); null never.
    WatchlistStore *store() const { return m_store.get(); }
    // Where verdicts are pushed (the article's undo stack).
    void setUndoStack(std::function<QUndoStack *()> stack) { m_undoStack = std::move(stack); }

    QList<Watchlist> lists() const { return m_store->lists(); }
    // Looks whether another connection (the command line, another window) changed the database since the
    // last look, and if it changed the lists, indexes them again; the verdicts are read again either way.
    // One cheap query when nothing changed: it runs on a timer and whenever the application is activated.
    void checkForChanges();

    // The indexes of the active lists, as last built.
    const WatchlistMatcher &matcher() const { return m_matcher; }
    // True while lists are indexed or written.
    bool isIndexing() const { return m_indexing; }
    bool isWriting() const { return m_writing; }

    // The hits of `analysis`' entities with their verdicts; none while no list is active (exports).
    std::optional<EntityMatches> matchesFor(const Analysis &analysis) const;
    // Matches the sidebar's analysis again and shows its badges.
    void refresh();
    // The hits to show of a library entity (its name and type), with the analyst's verdicts: what the
    // Library's badges say. Kept until the lists or a verdict change (badgesChanged()), since a view asks
    // at every paint.
    QList<WatchlistMatch> shownFor(const QString &name, EntityType type) const;
    // The watchlist actions of an entity's context menu (confirm, dismiss, reconsider each hit); none
    // without a hit.
    void addEntityActions(QMenu *menu, int entity);
    // Records a verdict on `match` of `entity` (of the sidebar's analysis) through the undo stack.
    void decide(int entity, const WatchlistMatch &match, WatchlistStore::Decision decision);

    // Whole-list writes, off the GUI thread; writeFinished() tells how they went.
    void importList(const QString &file, const QString &name, const QString &colour);
    void updateList(qint64 listId, const QString &file);
    // Deletes the list; an undo on history() adds it back whole, entries and verdicts.
    void removeList(qint64 listId);
    // The undo history of the lists' deletions, renamings and colours (the Watchlists dialog's Undo and
    // Redo). Undoing a deletion is a whole-list write: while one runs (isWriting()), the history must not
    // be stepped.
    QUndoStack *history() const { return m_history; }
    // Small writes, on the GUI thread; false with errorString() when they fail. Renaming and colouring go on
    // history().
    bool renameList(qint64 listId, const QString &name);
    bool setColour(qint64 listId, const QString &colour);
    bool setActive(qint64 listId, bool active);
    QString errorString() const { return m_store->errorString(); }

Q_SIGNALS:
    // The lists, their entries or their names changed (or another database was opened).
    void listsChanged();
    // The indexes were rebuilt and the badges redrawn.
    void indexed();
    // The lists or a verdict changed: every badge may read differently (the Library's views repaint).
    void badgesChanged();
    void busyChanged(bool busy);
    // A whole-list write ended: what it did, or why nothing was written.
    void writeFinished(bool ok, const QString &message);
    void statusMessage(const QString &text, int timeout);

private:
    struct Built
    {
        QList<std::shared_ptr<const WatchlistIndex>> indexes; // in the order of the lists
        QString error;
    };
    struct Written
    {
        bool ok = false;
        QString message;
        qint64 listId = 0;
        std::shared_ptr<const WatchlistStore::Snapshot> removed; // the list a deletion took away
    };
    void reindex();
    void onIndexed();
    // Runs `write` on a worker's connection; `done` is called on the GUI thread with its outcome.
    void runWrite(
        std::function<Written(WatchlistStore &)> write, std::function<void(const Written &)> done = {});
    // Deletes a list and keeps it whole for an undo, or adds back a list so kept.
    void runRemoval(qint64 listId, std::function<void(const Written &)> done);
    void runRestore(
        std::shared_ptr<const WatchlistStore::Snapshot> snapshot, std::function<void(const Written &)> done);
    void setBusy();
    std::optional<Watchlist> listWithId(qint64 listId) const;
    // The history's steps: by the list's name, which stays while its id may not.
    bool renameNamed(const QString &from, const QString &to);
    bool colourNamed(const QString &name, const QString &colour);

    EntityModel *m_entities;
    QString m_path;
    std::unique_ptr<WatchlistStore> m_store;
    std::function<QUndoStack *()> m_undoStack;
    WatchlistMatcher m_matcher;
    QHash<qint64, std::shared_ptr<const WatchlistIndex>> m_indexes; // by list id, the active lists
    QSet<qint64> m_staleLists; // entries changed since they were indexed
    mutable QHash<std::pair<int, QString>, QList<WatchlistMatch>> m_shownCache; // by type and name
    QFutureWatcher<Built> m_indexWatcher;
    QFutureWatcher<Written> m_writeWatcher;
    std::function<void(const Written &)> m_written; // the running write's `done`
    QUndoStack *m_history;
    bool m_indexing = false;
    bool m_reindexAgain = false; // lists changed while indexing
    bool m_writing = false;
    qint64 m_dataVersion = -1; // the store's data_version at the last look
    QTimer *m_watchTimer;
};

} // namespace dramatis
