#include "watchlists/watchliststore.h"

#include "entities/resolver.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace dramatis {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("dramatis::WatchlistStore", s);
}

QVariant typeValue(const std::optional<EntityType> &type)
{
    return type ? QVariant(entityTypeCode(*type)) : QVariant(QMetaType(QMetaType::QString));
}

QString notNull(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

} // namespace

struct WatchlistStore::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : insertEntry(db)
        , deleteAliases(db)
        , insertAlias(db)
    {
        insertEntry.prepare(u"INSERT INTO watchlist_entries (list_id, ref, name, type, note, source)"
                            " VALUES (?, ?, ?, ?, ?, ?)"_s);
        deleteAliases.prepare(u"DELETE FROM watchlist_aliases WHERE entry_id = ?"_s);
        insertAlias.prepare(u"INSERT INTO watchlist_aliases (entry_id, alias) VALUES (?, ?)"_s);
    }
    QSqlQuery insertEntry;
    QSqlQuery deleteAliases;
    QSqlQuery insertAlias;
};

WatchlistStore::WatchlistStore() = default;

WatchlistStore::~WatchlistStore() = default;

void WatchlistStore::close()
{
    m_statements.reset();
    m_store.close();
}

bool WatchlistStore::open(const QString &path)
{
    return open(path, AnnotationStore::Options());
}

bool WatchlistStore::open(const QString &path, const AnnotationStore::Options &options)
{
    m_error.clear();
    m_statements.reset();
    return m_store.open(path, options);
}

QList<Watchlist> WatchlistStore::lists() const
{
    QList<Watchlist> out;
    if (!isReady())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    if (!q.exec(u"SELECT w.id, w.name, w.colour, w.created, w.active,"
                " (SELECT count(*) FROM watchlist_entries e WHERE e.list_id = w.id), w.revision"
                " FROM watchlists w ORDER BY w.name COLLATE NOCASE"_s))
        return out;
    while (q.next()) {
        Watchlist w;
        w.id = q.value(0).toLongLong();
        w.name = q.value(1).toString();
        w.colour = q.value(2).toString();
        w.created = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs).toUTC();
        w.active = q.value(4).toBool();
        w.entryCount = q.value(5).toInt();
        w.revision = q.value(6).toInt();
        out.append(w);
    }
    return out;
}

std::optional<Watchlist> WatchlistStore::list(const QString &name) const
{
    for (const Watchlist &w : lists()) {
        if (w.name == name)
            return w;
    }
    return std::nullopt;
}

QList<WatchlistEntry> WatchlistStore::entries(qint64 listId) const
{
    QList<WatchlistEntry> out;
    if (!isReady())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT id, ref, name, type, note, source FROM watchlist_entries WHERE list_id = ? ORDER BY id"_s);
    q.addBindValue(listId);
    if (!q.exec())
        return out;
    QHash<qint64, qsizetype> row;
    while (q.next()) {
        WatchlistEntry e;
        e.id = q.value(0).toLongLong();
        e.ref = q.value(1).toString();
        e.name = q.value(2).toString();
        if (!q.value(3).isNull())
            e.type = entityTypeFromCode(q.value(3).toString());
        e.note = q.value(4).toString();
        e.source = q.value(5).toString();
        row.insert(e.id, out.size());
        out.append(std::move(e));
    }
    q.prepare(
        u"SELECT a.entry_id, a.alias FROM watchlist_aliases a JOIN watchlist_entries e ON e.id = a.entry_id"
        " WHERE e.list_id = ? ORDER BY a.rowid"_s);
    q.addBindValue(listId);
    if (q.exec()) {
        while (q.next()) {
            const auto it = row.constFind(q.value(0).toLongLong());
            if (it != row.cend())
                out[*it].aliases.append(q.value(1).toString());
        }
    }
    return out;
}

bool WatchlistStore::begin()
{
    m_error.clear();
    if (!isReady()) {
        m_error = m_store.errorString();
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
        m_error = tr("Cannot write to the database %1: %2").arg(m_store.path(), q.lastError().databaseText());
        return false;
    }
    return true;
}

bool WatchlistStore::commit()
{
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    if (q.exec(u"COMMIT"_s))
        return true;
    rollback(tr("the change"), q.lastError().databaseText());
    return false;
}

void WatchlistStore::rollback(const QString &what, const QString &reason)
{
    m_statements.reset(); // prepared again at the next write, in case the failure was theirs
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    q.exec(u"ROLLBACK"_s);
    m_error = tr("Cannot save %1 in %2: %3").arg(what, m_store.path(), reason);
}

qint64 WatchlistStore::insertEntry(qint64 listId, const WatchlistEntry &entry)
{
    if (!m_statements)
        m_statements = std::make_unique<Statements>(QSqlDatabase::database(m_store.connectionName(), false));
    QSqlQuery &q = m_statements->insertEntry;
    for (const QVariant &v : {QVariant(listId), QVariant(entry.ref), QVariant(entry.name),
             typeValue(entry.type), QVariant(notNull(entry.note)), QVariant(notNull(entry.source))})
        q.addBindValue(v);
    if (!q.exec()) {
        rollback(tr("the entry \"%1\"").arg(entry.name), q.lastError().databaseText());
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    return writeAliases(id, entry.aliases, false) ? id : 0;
}

bool WatchlistStore::writeAliases(qint64 entryId, const QStringList &aliases, bool replace)
{
    if (!m_statements)
        m_statements = std::make_unique<Statements>(QSqlDatabase::database(m_store.connectionName(), false));
    if (replace) {
        QSqlQuery &q = m_statements->deleteAliases;
        q.addBindValue(entryId);
        if (!q.exec()) {
            rollback(tr("the aliases"), q.lastError().databaseText());
            return false;
        }
    }
    QSqlQuery &q = m_statements->insertAlias;
    for (const QString &alias : aliases) {
        q.addBindValue(entryId);
        q.addBindValue(alias);
        if (!q.exec()) {
            rollback(tr("the alias \"%1\"").arg(alias), q.lastError().databaseText());
            return false;
        }
    }
    return true;
}

qint64 WatchlistStore::addList(
    const QString &name, const QString &colour, const QList<WatchlistEntry> &entries)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        m_error = tr("A watchlist needs a name");
        return 0;
    }
    if (!begin())
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    q.prepare(u"SELECT count(*) FROM watchlists WHERE name = ?"_s);
    q.addBindValue(trimmed);
    if (q.exec() && q.next() && q.value(0).toInt() > 0) {
        q.finish();
        rollback(tr("the watchlist"), tr("there is already a watchlist named \"%1\"").arg(trimmed));
        m_error = tr("There is already a watchlist named \"%1\"").arg(trimmed);
        return 0;
    }
    q.prepare(u"INSERT INTO watchlists (name, colour, created) VALUES (?, ?, ?)"_s);
    q.addBindValue(trimmed);
    q.addBindValue(colour.isEmpty() ? nextColour() : colour);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        rollback(tr("the watchlist"), q.lastError().databaseText());
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    for (const WatchlistEntry &entry : entries) {
        if (!insertEntry(id, entry))
            return 0;
    }
    return commit() ? id : 0;
}

bool WatchlistStore::renameList(qint64 listId, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        m_error = tr("A watchlist needs a name");
        return false;
    }
    if (!begin())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    q.prepare(u"UPDATE watchlists SET name = ? WHERE id = ?"_s);
    q.addBindValue(trimmed);
    q.addBindValue(listId);
    if (!q.exec()) {
        rollback(tr("the name"), q.lastError().databaseText());
        if (q.lastError().nativeErrorCode() == u"2067" || q.lastError().nativeErrorCode() == u"19")
            m_error = tr("There is already a watchlist named \"%1\"").arg(trimmed);
        return false;
    }
    if (q.numRowsAffected() != 1) {
        rollback(tr("the name"), tr("no such watchlist"));
        return false;
    }
    return commit();
}

bool WatchlistStore::setColour(qint64 listId, const QString &colour)
{
    if (!begin())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    q.prepare(u"UPDATE watchlists SET colour = ? WHERE id = ?"_s);
    q.addBindValue(colour);
    q.addBindValue(listId);
    if (!q.exec()) {
        rollback(tr("the colour"), q.lastError().databaseText());
        return false;
    }
    return commit();
}

bool WatchlistStore::setActive(qint64 listId, bool active)
{
    if (!begin())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    q.prepare(u"UPDATE watchlists SET active = ? WHERE id = ?"_s);
    q.addBindValue(active ? 1 : 0);
    q.addBindValue(listId);
    if (!q.exec()) {
        rollback(tr("the watchlist"), q.lastError().databaseText());
        return false;
    }
    return commit();
}

std::optional<WatchlistStore::Update> WatchlistStore::updateList(
    qint64 listId, const QList<WatchlistEntry> &entries)
{
    const QList<WatchlistEntry> old = this->entries(listId);
    if (!begin())
        return std::nullopt;
    QHash<QString, const WatchlistEntry *> oldByRef;
    for (const WatchlistEntry &e : old)
        oldByRef.insert(e.ref, &e);
    Update update;
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    QSet<QString> newRefs;
    for (const WatchlistEntry &entry : entries) {
        newRefs.insert(entry.ref);
        const WatchlistEntry *before = oldByRef.value(entry.ref);
        if (!before) {
            if (!insertEntry(listId, entry))
                return std::nullopt;
            ++update.added;
            continue;
        }
        WatchlistEntry compared = entry;
        compared.id = before->id;
        if (compared == *before) {
            ++update.kept;
            continue;
        }
        q.prepare(u"UPDATE watchlist_entries SET name = ?, type = ?, note = ?, source = ? WHERE id = ?"_s);
        for (const QVariant &v : {QVariant(entry.name), typeValue(entry.type), QVariant(notNull(entry.note)),
                 QVariant(notNull(entry.source)), QVariant(before->id)})
            q.addBindValue(v);
        if (!q.exec()) {
            rollback(tr("the entry \"%1\"").arg(entry.name), q.lastError().databaseText());
            return std::nullopt;
        }
        if (!writeAliases(before->id, entry.aliases, true))
            return std::nullopt;
        ++update.changed;
    }
    q.prepare(u"DELETE FROM watchlist_entries WHERE id = ?"_s);
    for (const WatchlistEntry &e : old) {
        if (newRefs.contains(e.ref))
            continue;
        q.addBindValue(e.id);
        if (!q.exec()) {
            rollback(tr("the entry \"%1\"").arg(e.name), q.lastError().databaseText());
            return std::nullopt;
        }
        ++update.removed;
    }
    if (update.added + update.removed + update.changed > 0) {
        q.prepare(u"UPDATE watchlists SET revision = revision + 1 WHERE id = ?"_s);
        q.addBindValue(listId);
        if (!q.exec()) {
            rollback(tr("the watchlist"), q.lastError().databaseText());
            return std::nullopt;
        }
    }
    if (!commit())
        return std::nullopt;
    return update;
}

bool WatchlistStore::removeList(qint64 listId)
{
    if (!begin())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    q.prepare(u"DELETE FROM watchlists WHERE id = ?"_s);
    q.addBindValue(listId);
    if (!q.exec()) {
        rollback(tr("the watchlist"), q.lastError().databaseText());
        return false;
    }
    if (q.numRowsAffected() != 1) {
        rollback(tr("the watchlist"), tr("no such watchlist"));
        return false;
    }
    return commit();
}

std::optional<WatchlistStore::Snapshot> WatchlistStore::snapshot(qint64 listId) const
{
    Snapshot out;
    bool found = false;
    for (const Watchlist &w : lists()) {
        if (w.id == listId) {
            out.list = w;
            found = true;
        }
    }
    if (!found)
        return std::nullopt;
    out.entries = entries(listId);
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT d.entry_id, d.entity_type, d.entity_key, d.confirmed, d.decided FROM watchlist_decisions d"
        " JOIN watchlist_entries e ON e.id = d.entry_id WHERE e.list_id = ?"_s);
    q.addBindValue(listId);
    if (!q.exec())
        return std::nullopt;
    while (q.next()) {
        out.verdicts.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toBool(), q.value(4).toString()});
    }
    return out;
}

qint64 WatchlistStore::restoreList(const Snapshot &snapshot)
{
    const QString name = snapshot.list.name;
    if (!begin())
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    q.prepare(u"SELECT count(*) FROM watchlists WHERE name = ?"_s);
    q.addBindValue(name);
    if (q.exec() && q.next() && q.value(0).toInt() > 0) {
        q.finish();
        rollback(tr("the watchlist"), tr("there is already a watchlist named \"%1\"").arg(name));
        m_error = tr("There is already a watchlist named \"%1\"").arg(name);
        return 0;
    }
    q.prepare(u"INSERT INTO watchlists (name, colour, created, active, revision) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(name);
    q.addBindValue(snapshot.list.colour);
    q.addBindValue(snapshot.list.created.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(snapshot.list.active ? 1 : 0);
    q.addBindValue(snapshot.list.revision);
    if (!q.exec()) {
        rollback(tr("the watchlist"), q.lastError().databaseText());
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    QHash<qint64, qint64> newId;
    for (const WatchlistEntry &entry : snapshot.entries) {
        const qint64 entryId = insertEntry(id, entry);
        if (!entryId)
            return 0;
        newId.insert(entry.id, entryId);
    }
    q.prepare(u"INSERT INTO watchlist_decisions (entry_id, entity_type, entity_key, confirmed, decided)"
              " VALUES (?, ?, ?, ?, ?)"_s);
    for (const Snapshot::Verdict &v : snapshot.verdicts) {
        const qint64 entry = newId.value(v.entryId);
        if (!entry)
            continue;
        for (const QVariant &value : {QVariant(entry), QVariant(v.entityType), QVariant(v.entityKey),
                 QVariant(v.confirmed ? 1 : 0), QVariant(v.decided)})
            q.addBindValue(value);
        if (!q.exec()) {
            rollback(tr("the decision"), q.lastError().databaseText());
            return 0;
        }
    }
    return commit() ? id : 0;
}

WatchlistMatcher WatchlistStore::activeMatcher() const
{
    WatchlistMatcher matcher;
    for (const Watchlist &w : lists()) {
        if (w.active)
            matcher.addList(std::make_shared<const WatchlistIndex>(w, entries(w.id)));
    }
    return matcher;
}

WatchlistStore::Decision WatchlistStore::decision(
    qint64 entryId, EntityType type, const QString &entityName) const
{
    if (!isReady())
        return Decision::None;
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    q.prepare(
        u"SELECT confirmed FROM watchlist_decisions WHERE entry_id = ? AND entity_type = ? AND entity_key = ?"_s);
    q.addBindValue(entryId);
    q.addBindValue(entityTypeCode(type));
    q.addBindValue(Resolver::identityKey(entityName, type));
    if (!q.exec() || !q.next())
        return Decision::None;
    return q.value(0).toBool() ? Decision::Confirmed : Decision::Dismissed;
}

bool WatchlistStore::setDecision(
    qint64 entryId, EntityType type, const QString &entityName, Decision decision)
{
    if (!begin())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    if (decision == Decision::None) {
        q.prepare(
            u"DELETE FROM watchlist_decisions WHERE entry_id = ? AND entity_type = ? AND entity_key = ?"_s);
    } else {
        q.prepare(u"INSERT OR REPLACE INTO watchlist_decisions (entry_id, entity_type, entity_key, "
                  u"confirmed, decided)"
                  " VALUES (?, ?, ?, ?, ?)"_s);
    }
    q.addBindValue(entryId);
    q.addBindValue(entityTypeCode(type));
    q.addBindValue(Resolver::identityKey(entityName, type));
    if (decision != Decision::None) {
        q.addBindValue(decision == Decision::Confirmed ? 1 : 0);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    }
    if (!q.exec()) {
        rollback(tr("the decision"), q.lastError().databaseText());
        return false;
    }
    return commit();
}

qint64 WatchlistStore::dataVersion() const
{
    if (!isReady())
        return -1;
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    if (!q.exec(u"PRAGMA data_version"_s) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString WatchlistStore::nextColour() const
{
    static const QStringList palette {
        u"#c0392b"_s, u"#8e44ad"_s, u"#d35400"_s, u"#16a085"_s, u"#2c3e50"_s, u"#b7950b"_s};
    QHash<QString, int> used;
    for (const Watchlist &w : lists())
        ++used[w.colour];
    QString best = palette.front();
    for (const QString &c : palette) {
        if (used.value(c) < used.value(best))
            best = c;
    }
    return best;
}

} // namespace dramatis
