#include "watchlists/watchlistcontroller.h"

#include "commands/watchlistdecisioncommand.h"
#include "itemmodels/entitymodel.h"
#include "watchlists/watchlistimporter.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QTimer>
#include <QUndoStack>
#include <QtConcurrent>

#include <algorithm>
#include <utility>

namespace dramatis {

namespace {

// An index can be kept while its list is what it was indexed as: its name and colour are in every hit.
bool sameList(const Watchlist &a, const Watchlist &b)
{
    return a.id == b.id && a.name == b.name && a.colour == b.colour && a.entryCount == b.entryCount
        && a.revision == b.revision;
}

// What a file holds, or the reason it holds nothing to import.
WatchlistImporter::Result readList(const QString &file, QString *error)
{
    const QString shown = QFileInfo(file).fileName();
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = WatchlistController::tr("Cannot read %1: %2").arg(shown, f.errorString());
        return {};
    }
    WatchlistImporter::Result result = WatchlistImporter::read(f.readAll());
    if (!result.ok())
        *error = WatchlistController::tr("Nothing was imported from %1: %2").arg(shown, result.error);
    else if (result.entries.isEmpty())
        *error = WatchlistController::tr("Nothing was imported from %1: it names no one").arg(shown);
    return result;
}

// What a deletion's undo command knows: the list's id while it is there, and the list whole while it is
// not. Shared with the writes the command starts, which end after undo() or redo() has returned.
struct RemovalState
{
    qint64 listId = 0;
    std::shared_ptr<const WatchlistStore::Snapshot> snapshot;
};

// A change already made when it is pushed on the controller's history, so its first redo has nothing to do:
// a deletion of a list (both directions are whole-list writes that run off the GUI thread, so the command
// only starts them) or a small edit (a name, a colour, written on the GUI thread when it is made).
class DoneCommand final : public QUndoCommand
{
public:
    DoneCommand(const QString &text, std::function<void()> redo, std::function<void()> undo)
        : m_redo(std::move(redo))
        , m_undo(std::move(undo))
    {
        setText(text);
    }
    void redo() override
    {
        if (!std::exchange(m_first, false))
            m_redo();
    }
    void undo() override { m_undo(); }

private:
    std::function<void()> m_redo;
    std::function<void()> m_undo;
    bool m_first = true;
};

} // namespace

WatchlistController::WatchlistController(EntityModel *entities, QObject *parent)
    : QObject(parent)
    , m_entities(entities)
    , m_store(std::make_unique<WatchlistStore>())
    , m_history(new QUndoStack(this))
    , m_watchTimer(new QTimer(this))
{
    // Lists changed from the command line while the window is open show without a step in the window.
    m_watchTimer->setInterval(2000);
    connect(m_watchTimer, &QTimer::timeout, this, &WatchlistController::checkForChanges);
    m_watchTimer->start();
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive)
            checkForChanges();
    });
    connect(&m_indexWatcher, &QFutureWatcher<Built>::finished, this, &WatchlistController::onIndexed);
    connect(&m_writeWatcher, &QFutureWatcher<Written>::finished, this, [this] {
        const Written written = m_writeWatcher.result();
        m_writing = false;
        if (const auto done = std::exchange(m_written, {}))
            done(written);
        if (written.ok) {
            if (written.listId)
                m_staleLists.insert(written.listId);
            Q_EMIT listsChanged();
            reindex();
        }
        Q_EMIT writeFinished(written.ok, written.message);
        setBusy();
    });
}

WatchlistController::~WatchlistController()
{
    // A write is one transaction on its own connection: let it end rather than cut it off.
    m_writeWatcher.waitForFinished();
    m_indexWatcher.waitForFinished();
}

void WatchlistController::setDatabasePath(const QString &path)
{
    if (path == m_path && (path.isEmpty() || m_store->isReady()))
        return;
    m_path = path;
    m_store->close();
    if (!path.isEmpty() && !m_store->open(path))
        Q_EMIT statusMessage(tr("Watchlists are off: %1").arg(m_store->errorString()), 6000);
    m_dataVersion = m_store->dataVersion();
    m_indexes.clear();
    m_staleLists.clear();
    m_matcher = {};
    refresh();
    Q_EMIT listsChanged();
    reindex();
}

void WatchlistController::setBusy()
{
    Q_EMIT busyChanged(m_indexing || m_writing);
}

void WatchlistController::reindex()
{
    if (m_indexing) {
        m_reindexAgain = true;
        return;
    }
    if (!m_store->isReady()) {
        m_matcher = {};
        m_indexes.clear();
        refresh();
        return;
    }
    m_indexing = true;
    setBusy();
    const QString path = m_path;
    const auto cache = m_indexes;
    const QSet<qint64> stale = std::exchange(m_staleLists, {});
    m_indexWatcher.setFuture(QtConcurrent::run([path, cache, stale] {
        Built built;
        WatchlistStore store;
        if (!store.open(path)) {
            built.error = store.errorString();
            return built;
        }
        for (const Watchlist &list : store.lists()) {
            if (!list.active)
                continue;
            const auto kept = cache.value(list.id);
            if (kept && !stale.contains(list.id) && sameList(kept->list(), list))
                built.indexes.append(kept);
            else
                built.indexes.append(std::make_shared<const WatchlistIndex>(list, store.entries(list.id)));
        }
        return built;
    }));
}

void WatchlistController::onIndexed()
{
    m_indexing = false;
    const Built built = m_indexWatcher.result();
    if (m_reindexAgain) {
        // The lists changed (or another database was opened) while these were indexed: only the newer
        // indexes count.
        m_reindexAgain = false;
        reindex();
        return;
    }
    if (!built.error.isEmpty())
        Q_EMIT statusMessage(tr("Watchlists are off: %1").arg(built.error), 6000);
    m_matcher = {};
    m_indexes.clear();
    for (const auto &index : built.indexes) {
        m_indexes.insert(index->list().id, index);
        m_matcher.addList(index);
    }
    refresh();
    setBusy();
    Q_EMIT indexed();
}

void WatchlistController::checkForChanges()
{
    // A change under way here is followed by its own indexing; look again once it is done.
    if (m_indexing || m_writing || !m_store->isReady())
        return;
    const qint64 version = m_store->dataVersion();
    if (version < 0 || version == std::exchange(m_dataVersion, version))
        return;
    // Another connection wrote: maybe a list, maybe only the library's recorder. The lists' rows tell,
    // each with its entry count and revision.
    QList<Watchlist> active;
    for (const Watchlist &list : m_store->lists()) {
        if (list.active)
            active.append(list);
    }
    const bool same = active.size() == m_indexes.size()
        && std::all_of(active.cbegin(), active.cend(), [this](const Watchlist &list) {
               const auto index = m_indexes.value(list.id);
               return index && sameList(index->list(), list);
           });
    if (same) {
        refresh();
        return;
    }
    Q_EMIT listsChanged();
    reindex();
}

void WatchlistController::refresh()
{
    m_shownCache.clear();
    Q_EMIT badgesChanged();
    const AnalysisPtr analysis = m_entities->analysis();
    if (!analysis || m_matcher.isEmpty()) {
        if (!m_entities->watchlistMatches().isEmpty())
            m_entities->setWatchlistMatches({});
        return;
    }
    m_entities->setWatchlistMatches(
        EntityMatches::match(m_matcher, analysis->entities, m_store->isReady() ? m_store.get() : nullptr));
}

QList<WatchlistMatch> WatchlistController::shownFor(const QString &name, EntityType type) const
{
    if (m_matcher.isEmpty() || name.isEmpty())
        return {};
    const std::pair key(int(type), name);
    if (const auto it = m_shownCache.constFind(key); it != m_shownCache.cend())
        return *it;
    Entity entity;
    entity.name = name;
    entity.type = type;
    const QList<WatchlistMatch> shown
        = EntityMatches::match(m_matcher, {entity}, m_store->isReady() ? m_store.get() : nullptr).shown(0);
    m_shownCache.insert(key, shown);
    return shown;
}

std::optional<EntityMatches> WatchlistController::matchesFor(const Analysis &analysis) const
{
    if (m_matcher.isEmpty())
        return std::nullopt;
    return EntityMatches::match(m_matcher, analysis.entities, m_store->isReady() ? m_store.get() : nullptr);
}

void WatchlistController::addEntityActions(QMenu *menu, int entity)
{
    const QList<WatchlistMatch> matches = m_entities->watchlistMatches().all(entity);
    if (matches.isEmpty() || !m_store->isReady())
        return;
    menu->addSeparator();
    for (const WatchlistMatch &match : matches) {
        // One hit: its actions in the menu itself, the entry named in each; several: a submenu per hit.
        QMenu *target = menu;
        QString suffix = u" (" + match.hit.listName + u": " + match.hit.entry.name + u')';
        if (matches.size() > 1) {
            target
                = menu->addMenu(tr("Watchlist: %1").arg(match.hit.listName + u": " + match.hit.entry.name));
            target->setToolTipsVisible(true);
            suffix.clear();
        }
        using Decision = WatchlistStore::Decision;
        auto add = [&](const QString &text, const char *name, Decision decision) {
            QAction *action = target->addAction(
                text + suffix, this, [this, entity, match, decision] { decide(entity, match, decision); });
            action->setObjectName(QString::fromLatin1(name));
            action->setToolTip(match.describe());
        };
        if (!match.confirmed())
            add(tr("Confirm Watchlist Match"), "confirmWatchlistMatch", Decision::Confirmed);
        if (!match.dismissed())
            add(tr("Dismiss Watchlist Match"), "dismissWatchlistMatch", Decision::Dismissed);
        if (match.decision != Decision::None)
            add(match.dismissed() ? tr("Show Dismissed Watchlist Match Again") : tr("Take Back Confirmation"),
                "reconsiderWatchlistMatch", Decision::None);
    }
}

void WatchlistController::decide(int entity, const WatchlistMatch &match, WatchlistStore::Decision decision)
{
    const AnalysisPtr analysis = m_entities->analysis();
    if (!analysis || entity < 0 || entity >= analysis->entities.size() || !m_store->isReady())
        return;
    const Entity &e = analysis->entities.at(entity);
    auto *command = new WatchlistDecisionCommand(
        m_store.get(), match.hit.entry.id, e.type, e.name, decision, [this] { refresh(); });
    if (QUndoStack *stack = m_undoStack ? m_undoStack() : nullptr) {
        stack->push(command);
    } else {
        command->redo();
        delete command;
    }
    if (m_store->decision(match.hit.entry.id, e.type, e.name) != decision)
        Q_EMIT statusMessage(m_store->errorString(), 6000);
}

void WatchlistController::runWrite(
    std::function<Written(WatchlistStore &)> write, std::function<void(const Written &)> done)
{
    if (!m_store->isReady()) {
        Q_EMIT writeFinished(false, tr("Watchlists need a database: %1").arg(m_store->errorString()));
        return;
    }
    if (m_writing) {
        Q_EMIT writeFinished(false, tr("Another watchlist is still being saved; try again when it is done"));
        return;
    }
    m_writing = true;
    m_written = std::move(done);
    setBusy();
    m_writeWatcher.setFuture(QtConcurrent::run([path = m_path, write = std::move(write)] {
        WatchlistStore store;
        if (!store.open(path))
            return Written {false, store.errorString(), 0, nullptr};
        return write(store);
    }));
}

void WatchlistController::importList(const QString &file, const QString &name, const QString &colour)
{
    runWrite([file, name, colour](WatchlistStore &store) {
        Written written;
        const WatchlistImporter::Result read = readList(file, &written.message);
        if (!written.message.isEmpty())
            return written;
        written.listId = store.addList(name, colour, read.entries);
        if (!written.listId) {
            written.message = store.errorString();
            return written;
        }
        written.ok = true;
        const int n = int(read.entries.size());
        written.message = n == 1 ? tr("Watchlist “%1”: 1 entry imported").arg(name.trimmed())
                                 : tr("Watchlist “%1”: %2 entries imported").arg(name.trimmed()).arg(n);
        return written;
    });
}

void WatchlistController::updateList(qint64 listId, const QString &file)
{
    runWrite([listId, file](WatchlistStore &store) {
        Written written;
        const WatchlistImporter::Result read = readList(file, &written.message);
        if (!written.message.isEmpty())
            return written;
        const std::optional<WatchlistStore::Update> update = store.updateList(listId, read.entries);
        if (!update) {
            written.message = store.errorString();
            return written;
        }
        QString name;
        for (const Watchlist &list : store.lists()) {
            if (list.id == listId)
                name = list.name;
        }
        written.ok = true;
        written.listId = listId;
        written.message = tr("Watchlist “%1” updated: %2 added, %3 removed, %4 changed, %5 unchanged")
                              .arg(name)
                              .arg(update->added)
                              .arg(update->removed)
                              .arg(update->changed)
                              .arg(update->kept);
        return written;
    });
}

void WatchlistController::removeList(qint64 listId)
{
    runRemoval(listId, [this](const Written &written) {
        if (!written.ok || !written.removed)
            return;
        // Deleted already: the command's first redo does nothing, its undo adds the list back and its
        // later redos delete it again, wherever its id is by then.
        auto state = std::make_shared<RemovalState>(RemovalState {0, written.removed});
        m_history->push(new DoneCommand(
            tr("Delete “%1”").arg(written.removed->list.name),
            [this, state] {
                runRemoval(state->listId, [state](const Written &w) {
                    if (w.ok && w.removed)
                        state->snapshot = w.removed;
                });
            },
            [this, state] {
                runRestore(state->snapshot, [state](const Written &w) {
                    if (w.ok)
                        state->listId = w.listId;
                });
            }));
    });
}

void WatchlistController::runRemoval(qint64 listId, std::function<void(const Written &)> done)
{
    runWrite(
        [listId](WatchlistStore &store) {
            Written written;
            std::optional<WatchlistStore::Snapshot> snapshot = store.snapshot(listId);
            if (!snapshot) {
                written.message = store.errorString().isEmpty() ? tr("That watchlist is gone already")
                                                                : store.errorString();
                return written;
            }
            if (!store.removeList(listId)) {
                written.message = store.errorString();
                return written;
            }
            written.ok = true;
            written.message = tr("Watchlist “%1” deleted").arg(snapshot->list.name);
            written.removed = std::make_shared<const WatchlistStore::Snapshot>(std::move(*snapshot));
            return written;
        },
        std::move(done));
}

void WatchlistController::runRestore(
    std::shared_ptr<const WatchlistStore::Snapshot> snapshot, std::function<void(const Written &)> done)
{
    runWrite(
        [snapshot](WatchlistStore &store) {
            Written written;
            written.listId = store.restoreList(*snapshot);
            if (!written.listId) {
                written.message = tr("Watchlist “%1” could not be brought back: %2")
                                      .arg(snapshot->list.name, store.errorString());
                return written;
            }
            written.ok = true;
            const int n = int(snapshot->entries.size());
            written.message = n == 1
                ? tr("Watchlist “%1” is back with its entry").arg(snapshot->list.name)
                : tr("Watchlist “%1” is back with its %2 entries").arg(snapshot->list.name).arg(n);
            return written;
        },
        std::move(done));
}

bool WatchlistController::renameList(qint64 listId, const QString &name)
{
    const std::optional<Watchlist> before = listWithId(listId);
    if (!before || !m_store->renameList(listId, name))
        return false;
    // By name: a deletion undone on the history gives the list another id.
    const QString from = before->name;
    const QString to = name.trimmed();
    m_history->push(new DoneCommand(
        tr("Rename “%1”").arg(from), [this, to, from] { return renameNamed(from, to); },
        [this, to, from] { return renameNamed(to, from); }));
    Q_EMIT listsChanged();
    reindex();
    return true;
}

bool WatchlistController::setColour(qint64 listId, const QString &colour)
{
    const std::optional<Watchlist> before = listWithId(listId);
    if (!before || !m_store->setColour(listId, colour))
        return false;
    const QString name = before->name;
    const QString from = before->colour;
    m_history->push(new DoneCommand(
        tr("Colour of “%1”").arg(name), [this, name, colour] { return colourNamed(name, colour); },
        [this, name, from] { return colourNamed(name, from); }));
    Q_EMIT listsChanged();
    reindex();
    return true;
}

std::optional<Watchlist> WatchlistController::listWithId(qint64 listId) const
{
    for (const Watchlist &list : m_store->lists()) {
        if (list.id == listId)
            return list;
    }
    return std::nullopt;
}

bool WatchlistController::renameNamed(const QString &from, const QString &to)
{
    const std::optional<Watchlist> list = m_store->list(from);
    if (!list || !m_store->renameList(list->id, to)) {
        Q_EMIT writeFinished(
            false, list ? m_store->errorString() : tr("There is no watchlist named “%1” any more").arg(from));
        return false;
    }
    Q_EMIT listsChanged();
    reindex();
    return true;
}

bool WatchlistController::colourNamed(const QString &name, const QString &colour)
{
    const std::optional<Watchlist> list = m_store->list(name);
    if (!list || !m_store->setColour(list->id, colour)) {
        Q_EMIT writeFinished(
            false, list ? m_store->errorString() : tr("There is no watchlist named “%1” any more").arg(name));
        return false;
    }
    Q_EMIT listsChanged();
    reindex();
    return true;
}

bool WatchlistController::setActive(qint64 listId, bool active)
{
    if (!m_store->setActive(listId, active))
        return false;
    Q_EMIT listsChanged();
    reindex();
    return true;
}

QIcon watchlistSwatch(const QColor &colour, bool possible)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    if (possible) {
        p.setPen(QPen(colour, 1.2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
    } else {
        p.setPen(colour.darker(130));
        p.setBrush(colour);
    }
    p.drawRoundedRect(QRectF(1.5, 1.5, 11, 11), 3, 3);
    return QIcon(pixmap);
}

} // namespace dramatis
