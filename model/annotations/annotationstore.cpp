#include "annotations/annotationstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QtGlobal>

#include <algorithm>
#include <atomic>
#include <utility>

using namespace Qt::StringLiterals;

namespace dramatis {

namespace {

// Each step takes the schema from version (index) to version (index + 1); statements run one by one
// because the SQLite driver executes only the first statement of a query.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps {
        {
            u"CREATE TABLE articles (id INTEGER PRIMARY KEY, hash TEXT NOT NULL, path TEXT NOT NULL DEFAULT "
            u"'',"
            " title TEXT NOT NULL DEFAULT '', first_seen TEXT NOT NULL, last_seen TEXT NOT NULL)"_s,
            u"CREATE INDEX articles_hash ON articles(hash)"_s,
            u"CREATE INDEX articles_path ON articles(path)"_s,
            u"CREATE TABLE annotations (id INTEGER PRIMARY KEY,"
            " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, kind INTEGER NOT NULL,"
            " pos_start INTEGER NOT NULL, pos_end INTEGER NOT NULL, exact TEXT NOT NULL, prefix TEXT NOT "
            "NULL,"
            " suffix TEXT NOT NULL, body TEXT NOT NULL DEFAULT '', category TEXT NOT NULL DEFAULT '',"
            " created TEXT NOT NULL, modified TEXT NOT NULL)"_s,
            u"CREATE INDEX annotations_article ON annotations(article_id)"_s,
            u"CREATE TABLE tags (article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
            " tag TEXT NOT NULL, PRIMARY KEY (article_id, tag))"_s,
        },
        {
            u"ALTER TABLE annotations ADD COLUMN status INTEGER NOT NULL DEFAULT 0"_s,
            u"CREATE TABLE categories (name TEXT PRIMARY KEY, color TEXT NOT NULL)"_s,
            u"INSERT INTO categories (name, color) VALUES ('Key claim', '#f2c14e'), ('Follow up', '#7fb3d5'),"
            " ('Doubtful', '#e59866')"_s,
            u"CREATE TABLE lexicon_rules (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, scope INTEGER NOT NULL,"
            " article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE, surface TEXT NOT NULL, type TEXT,"
            " other TEXT NOT NULL DEFAULT '', origin_path TEXT NOT NULL DEFAULT '',"
            " origin_context TEXT NOT NULL DEFAULT '', created TEXT NOT NULL)"_s,
        },
        {
            // The library (LibraryStore): what the analyst saw of each article, its entities across
            // articles, and a full-text index. An article forgotten by the library keeps its notes.
            u"ALTER TABLE articles ADD COLUMN source TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE articles ADD COLUMN author TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE articles ADD COLUMN date TEXT"_s,
            u"ALTER TABLE articles ADD COLUMN format TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE articles ADD COLUMN entity_count INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE articles ADD COLUMN in_library INTEGER NOT NULL DEFAULT 1"_s,
            u"CREATE TABLE library_entities (id INTEGER PRIMARY KEY, type TEXT NOT NULL, key TEXT NOT NULL,"
            " name TEXT NOT NULL, renamed INTEGER NOT NULL DEFAULT 0,"
            " merged_into INTEGER REFERENCES library_entities(id) ON DELETE SET NULL, UNIQUE (type, key))"_s,
            u"CREATE INDEX library_entities_merged ON library_entities(merged_into)"_s,
            u"CREATE TABLE article_entities (article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE"
            " CASCADE, entity_id INTEGER NOT NULL REFERENCES library_entities(id) ON DELETE CASCADE,"
            " mentions INTEGER NOT NULL, PRIMARY KEY (article_id, entity_id))"_s,
            u"CREATE INDEX article_entities_entity ON article_entities(entity_id)"_s,
            u"CREATE VIRTUAL TABLE article_text USING fts5(title, source, body,"
            " tokenize = 'unicode61 remove_diacritics 2')"_s,
        },
        {
            // The identifiers of each library article (e-mail addresses, phone numbers, ...), one row per
            // normalised form, so the articles that share one are an index lookup away; and the indexes
            // that read an entity's articles a page at a time (most mentions first) and newest first.
            u"CREATE TABLE article_identifiers (article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE"
            " CASCADE, kind TEXT NOT NULL, normalized TEXT NOT NULL, text TEXT NOT NULL,"
            " occurrences INTEGER NOT NULL, PRIMARY KEY (article_id, kind, normalized)) WITHOUT ROWID"_s,
            u"CREATE INDEX article_identifiers_value ON article_identifiers(kind, normalized)"_s,
            u"CREATE INDEX article_entities_ranked ON article_entities(entity_id, mentions, article_id)"_s,
            u"CREATE INDEX article_entities_latest ON article_entities(entity_id, article_id)"_s,
        },
        {
            // Watchlists (WatchlistStore): the analyst's lists of names to look out for, their entries with
            // aliases, and the analyst's verdict on a match of an entry with an entity (by the entity's
            // type and identity key, so it holds in every article).
            u"CREATE TABLE watchlists (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, colour TEXT NOT NULL,"
            " created TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1)"_s,
            u"CREATE TABLE watchlist_entries (id INTEGER PRIMARY KEY,"
            " list_id INTEGER NOT NULL REFERENCES watchlists(id) ON DELETE CASCADE, ref TEXT NOT NULL,"
            " name TEXT NOT NULL, type TEXT, note TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE INDEX watchlist_entries_list ON watchlist_entries(list_id)"_s,
            u"CREATE TABLE watchlist_aliases (entry_id INTEGER NOT NULL REFERENCES watchlist_entries(id) ON"
            " DELETE CASCADE, alias TEXT NOT NULL)"_s,
            u"CREATE INDEX watchlist_aliases_entry ON watchlist_aliases(entry_id)"_s,
            u"CREATE TABLE watchlist_decisions (entry_id INTEGER NOT NULL REFERENCES watchlist_entries(id) ON"
            " DELETE CASCADE, entity_type TEXT NOT NULL, entity_key TEXT NOT NULL, confirmed INTEGER NOT NULL,"
            " decided TEXT NOT NULL, PRIMARY KEY (entry_id, entity_type, entity_key))"_s,
        },
        {
            // Counts the library keeps as it records (LibraryStore): per entity, its articles and mentions;
            // per pair of entities, in both directions, the articles that name both and the mentions of the
            // other in them. An entity's page then reads a few rows instead of counting over every article
            // that names it. Filled here from the articles already recorded.
            u"ALTER TABLE library_entities ADD COLUMN article_count INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE library_entities ADD COLUMN mention_count INTEGER NOT NULL DEFAULT 0"_s,
            u"UPDATE library_entities SET (article_count, mention_count) = (SELECT count(*),"
            " coalesce(sum(ae.mentions), 0) FROM article_entities ae"
            " WHERE ae.entity_id = library_entities.id)"_s,
            u"CREATE TABLE co_mentions (entity_id INTEGER NOT NULL REFERENCES library_entities(id) ON DELETE"
            " CASCADE, other_id INTEGER NOT NULL REFERENCES library_entities(id) ON DELETE CASCADE,"
            " articles INTEGER NOT NULL, mentions INTEGER NOT NULL, PRIMARY KEY (entity_id, other_id))"
            " WITHOUT ROWID"_s,
            u"INSERT INTO co_mentions (entity_id, other_id, articles, mentions)"
            " SELECT a.entity_id, b.entity_id, count(*), sum(b.mentions) FROM article_entities a"
            " JOIN article_entities b ON b.article_id = a.article_id AND b.entity_id <> a.entity_id"
            " GROUP BY a.entity_id, b.entity_id"_s,
        },
        {
            // A watchlist's revision, counted up by every change of its entries (an update from a newer
            // file), so that a window can tell a list another process changed from the one it indexed by
            // reading the lists' rows alone.
            u"ALTER TABLE watchlists ADD COLUMN revision INTEGER NOT NULL DEFAULT 0"_s,
        },
    };
    return steps;
}

} // namespace


namespace {

// SQLite's driver binds a null QString as NULL; these columns hold text, possibly empty.
QString notNull(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime fromStored(const QString &s)
{
    return QDateTime::fromString(s, Qt::ISODateWithMs).toUTC();
}

// SQLite's primary result codes, as the driver reports them in nativeErrorCode().
enum SqliteCode { Busy = 5, Locked = 6, ReadOnly = 8, Corrupt = 11, CantOpen = 14, NotADb = 26 };

Annotation readAnnotation(const QSqlQuery &q)
{
    Annotation a;
    a.id = q.value(0).toLongLong();
    a.articleId = q.value(1).toLongLong();
    a.kind = q.value(2).toInt() == Annotation::Highlight ? Annotation::Highlight : Annotation::Note;
    a.anchor.start = q.value(3).toLongLong();
    a.anchor.end = q.value(4).toLongLong();
    a.anchor.exact = q.value(5).toString();
    a.anchor.prefix = q.value(6).toString();
    a.anchor.suffix = q.value(7).toString();
    a.text = q.value(8).toString();
    a.category = q.value(9).toString();
    a.created = fromStored(q.value(10).toString());
    a.modified = fromStored(q.value(11).toString());
    a.status
        = q.value(12).toInt() == int(AnchorStatus::Orphaned) ? AnchorStatus::Orphaned : AnchorStatus::Exact;
    return a;
}

constexpr auto AnnotationColumns
    = "id, article_id, kind, pos_start, pos_end, exact, prefix, suffix, body, category,"
      " created, modified, status";

LexiconRule readRule(const QSqlQuery &q)
{
    LexiconRule r;
    r.id = q.value(0).toLongLong();
    r.kind = LexiconRule::kindFromCode(q.value(1).toString()).value_or(LexiconRule::Mark);
    r.scope
        = q.value(2).toInt() == LexiconRule::ThisArticle ? LexiconRule::ThisArticle : LexiconRule::Everywhere;
    r.articleId = q.value(3).toLongLong();
    r.surface = q.value(4).toString();
    if (!q.value(5).isNull())
        r.type = entityTypeFromCode(q.value(5).toString());
    r.other = q.value(6).toString();
    r.originPath = q.value(7).toString();
    r.originContext = q.value(8).toString();
    r.created = fromStored(q.value(9).toString());
    return r;
}

constexpr auto RuleColumns
    = "id, kind, scope, article_id, surface, type, other, origin_path, origin_context, created";

// The row of `table` with that id, read by `read`; nullopt when there is none.
template<typename Read>
auto selectById(const QString &connection, const char *table, const char *columns, qint64 id, Read read)
    -> std::optional<decltype(read(std::declval<const QSqlQuery &>()))>
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    q.prepare(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(QLatin1String(columns), QLatin1String(table)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return read(q);
}

} // namespace

AnnotationStore::AnnotationStore(QObject *parent)
    : QObject(parent)
{
    static std::atomic<quint64> counter {0};
    m_connection = u"dramatis-store-%1"_s.arg(++counter);
}

AnnotationStore::~AnnotationStore()
{
    close();
}

QString AnnotationStore::databasePath(const QString &option)
{
    if (!option.isEmpty())
        return option;
    const QString env = qEnvironmentVariable("DRAMATIS_DB");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/library.sqlite"_s;
}

QString AnnotationStore::contentHash(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool AnnotationStore::open(const QString &path)
{
    return open(path, Options());
}

bool AnnotationStore::open(const QString &path, const Options &options)
{
    close();
    m_path = path;
    m_backupPath.clear();
    // Programs started together on one database (a batch engine's workers) meet here. SQLite waits the
    // busy timeout for most locks, but not for all of them (one switching a new file to WAL, or recovering
    // its log, makes the others fail at once): opening is tried again until the timeout has passed.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        m_error.clear();
        m_locked = false;
        if (initialize(options)) {
            m_state = State::Ready;
            return true;
        }
        close();
        if (!m_locked || waited.elapsed() >= options.busyTimeoutMs)
            break;
        QThread::msleep(20);
    }
    m_state = State::Disabled;
    return false;
}

bool AnnotationStore::initialize(const Options &options)
{
    m_readOnly = options.readOnly;
    const QFileInfo info(m_path);
    if (info.exists() && !info.isFile())
        return fail(tr("The notes database %1 is not a file").arg(m_path));
    if (m_readOnly && !info.exists())
        return fail(tr("There is no notes database at %1").arg(m_path));
    if (!m_readOnly && !QDir().mkpath(info.absolutePath()))
        return fail(tr("Cannot create the folder of the notes database %1").arg(m_path));

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    QString connectOptions = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(options.busyTimeoutMs);
    if (m_readOnly)
        connectOptions += u";QSQLITE_OPEN_READONLY"_s;
    db.setConnectOptions(connectOptions);
    if (!db.open())
        return fail(describeError(db.lastError()));

    QSqlQuery q(db);
    // The first statement reads the file header: a damaged or foreign file fails here.
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
        // SQLite cannot read a WAL database read-only when its -shm file is missing and the folder is
        // read-only (it cannot create it). Nobody can be writing then: read the file as immutable.
        if (!m_readOnly || QFileInfo(info.absolutePath()).isWritable())
            return fail(describeError(q.lastError()));
        q = QSqlQuery();
        db.close();
        db.setDatabaseName(u"file:%1?immutable=1"_s.arg(
            QString::fromUtf8(QUrl::toPercentEncoding(info.absoluteFilePath(), "/"))));
        db.setConnectOptions(connectOptions + u";QSQLITE_OPEN_URI"_s);
        if (!db.open())
            return fail(describeError(db.lastError()));
        q = QSqlQuery(db);
        if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
            return fail(describeError(q.lastError()));
    }
    const int version = q.value(0).toInt();
    if (version > schemaVersion()) {
        return fail(
            tr("The notes database %1 was written by a newer Dramatis (schema %2; this one reads up to %3)")
                .arg(m_path)
                .arg(version)
                .arg(schemaVersion()));
    }
    if (m_readOnly) {
        if (version != schemaVersion()) {
            return fail(tr("The notes database %1 needs an update (schema %2 to %3) and is opened read-only: "
                           "open it once where it can be written")
                            .arg(m_path)
                            .arg(version)
                            .arg(schemaVersion()));
        }
        return true;
    }
    // WAL lets the GUI read while the CLI writes; FULL syncs the log at every commit, so an edit that
    // returned survives power loss too, not only a killed process. Edits come at human speed.
    if (!q.exec(u"PRAGMA journal_mode=WAL"_s) || !q.exec(u"PRAGMA synchronous=FULL"_s)
        || !q.exec(u"PRAGMA foreign_keys=ON"_s))
        return fail(describeError(q.lastError()));
    // Take the write lock once now, so a locked or read-only file is reported when opened, not at the
    // first edit the analyst makes.
    if (!q.exec(u"BEGIN IMMEDIATE"_s))
        return fail(describeError(q.lastError()));
    q.exec(u"ROLLBACK"_s);
    // A damaged page shows up here rather than in the middle of an edit. The notes' own tables only: the
    // library shares the file and may be hundreds of megabytes, which would be read at every start (3 s for
    // 100,000 articles), and what it holds is recorded again by opening the articles.
    QStringList notesTables;
    if (!q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('annotations', 'tags',"
                " 'categories', 'lexicon_rules')"_s))
        return fail(describeError(q.lastError()));
    while (q.next())
        notesTables << q.value(0).toString();
    for (const QString &table : std::as_const(notesTables)) {
        if (!q.exec(u"PRAGMA quick_check(%1)"_s.arg(table)) || !q.next())
            return fail(describeError(q.lastError()));
        if (q.value(0).toString() != u"ok")
            return fail(tr("The notes database %1 is damaged (%2)").arg(m_path, q.value(0).toString()));
    }
    q.finish();
    return version == schemaVersion() || migrate(version);
}

void AnnotationStore::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_state = State::Closed;
}

int AnnotationStore::schemaVersion()
{
    return int(migrations().size());
}

bool AnnotationStore::migrate(int from)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // Another program may have updated the file since its version was read: read it again, with the tables
    // as they are now, so that its fresh tables are not taken for somebody's old data.
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return fail(describeError(q.lastError()));
    from = q.value(0).toInt();
    if (from == schemaVersion())
        return true;
    // A file with tables but no version is somebody's data too: copy it before touching it. The copy is
    // taken outside the transaction below (VACUUM cannot run inside one).
    const bool hasData
        = from > 0 || (q.exec(u"SELECT count(*) FROM sqlite_master"_s) && q.next() && q.value(0).toInt() > 0);
    q.finish();
    if (hasData && !backup(from))
        return false;
    // Batch engines start many programs at once on a new database: each read version 0 above, but only
    // one may create the tables. The write lock is taken first (waiting up to the busy timeout for the
    // others) and the version read again under it, so the others find the work done and change nothing.
    if (!q.exec(u"BEGIN IMMEDIATE"_s))
        return fail(describeError(q.lastError()));
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
        const QString reason = describeError(q.lastError());
        q.exec(u"ROLLBACK"_s);
        return fail(reason);
    }
    const int current = q.value(0).toInt();
    q.finish();
    if (current >= schemaVersion()) {
        q.exec(u"ROLLBACK"_s);
        if (!m_backupPath.isEmpty()) {
            // Another program updated it meanwhile and kept its own copy of the old data.
            QFile::remove(m_backupPath);
            m_backupPath.clear();
        }
        if (current > schemaVersion()) {
            return fail(tr("The notes database %1 was written by a newer Dramatis (schema %2; this one reads "
                           "up to %3)")
                            .arg(m_path)
                            .arg(current)
                            .arg(schemaVersion()));
        }
        return true;
    }
    for (int v = current; v < schemaVersion(); ++v) {
        for (const QString &statement : migrations().at(v)) {
            if (!q.exec(statement)) {
                const QString reason = q.lastError().databaseText();
                q.exec(u"ROLLBACK"_s);
                return fail(tr("Cannot update the notes database %1 from schema %2: %3")
                                .arg(m_path)
                                .arg(v)
                                .arg(reason));
            }
        }
    }
    if (!q.exec(u"PRAGMA user_version = %1"_s.arg(schemaVersion())) || !q.exec(u"COMMIT"_s)) {
        const QString reason = describeError(q.lastError());
        q.exec(u"ROLLBACK"_s);
        return fail(reason);
    }
    return true;
}

bool AnnotationStore::backup(int version)
{
    // The name is taken by creating the file (VACUUM INTO writes into an empty one): two programs updating
    // the same database at once each keep their own copy instead of one failing on the other's.
    QString target = u"%1.v%2.bak"_s.arg(m_path).arg(version);
    QFile reserved(target);
    if (!reserved.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        target = u"%1.v%2-%3-%4.bak"_s.arg(m_path)
                     .arg(version)
                     .arg(QDateTime::currentDateTimeUtc().toString(u"yyyyMMddTHHmmsszzz"_s))
                     .arg(QCoreApplication::applicationPid());
        reserved.setFileName(target);
        if (!reserved.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            return fail(tr("Cannot back up the notes database %1 before updating it: %2")
                            .arg(m_path, reserved.errorString()));
        }
    }
    reserved.close();
    // VACUUM INTO writes a consistent copy that includes what still sits in the WAL.
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(target);
    if (!q.exec()) {
        QFile::remove(target);
        return fail(tr("Cannot back up the notes database %1 before updating it: %2")
                        .arg(m_path, q.lastError().databaseText()));
    }
    m_backupPath = target;
    return true;
}

bool AnnotationStore::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool AnnotationStore::writeFailed(const QString &what, const QSqlError &error)
{
    m_error = tr("Cannot save %1 in %2: %3").arg(what, m_path, error.databaseText());
    Q_EMIT errorOccurred(m_error);
    return false;
}

QString AnnotationStore::describeError(const QSqlError &error) const
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (code) {
    case Busy:
    case Locked:
        m_locked = true;
        return tr("The notes database %1 is locked by another program (%2)").arg(m_path, detail);
    case ReadOnly:
        return tr("The notes database %1 is read-only (%2)").arg(m_path, detail);
    case Corrupt:
    case NotADb:
        return tr("The notes database %1 is damaged or not a database (%2)").arg(m_path, detail);
    case CantOpen:
        return tr("Cannot open the notes database %1 (%2)").arg(m_path, detail);
    default:
        return tr("The notes database %1 cannot be used (%2)").arg(m_path, detail);
    }
}

qint64 AnnotationStore::findArticle(const Article &article) const
{
    if (!isReady())
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT id FROM articles WHERE hash = ? ORDER BY last_seen DESC LIMIT 1"_s);
    q.addBindValue(contentHash(article.text));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    if (article.filePath.isEmpty())
        return 0;
    q.prepare(u"SELECT id FROM articles WHERE path = ? ORDER BY last_seen DESC LIMIT 1"_s);
    q.addBindValue(QFileInfo(article.filePath).absoluteFilePath());
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

qint64 AnnotationStore::articleId(const Article &article)
{
    if (!isReady())
        return 0;
    // Finding and adding in one write transaction: another connection (the library's recorder on its
    // thread) may be adding the same article at this moment, and two rows for one article would split its
    // notes.
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
        writeFailed(tr("the article"), q.lastError());
        return 0;
    }
    const qint64 id = findOrAddArticle(article);
    if (id <= 0 || !q.exec(u"COMMIT"_s)) {
        if (id > 0)
            writeFailed(tr("the article"), q.lastError());
        q.exec(u"ROLLBACK"_s);
        return 0;
    }
    return id;
}

qint64 AnnotationStore::findOrAddArticle(const Article &article)
{
    const QString path
        = article.filePath.isEmpty() ? QString() : QFileInfo(article.filePath).absoluteFilePath();
    const QString stamp = now();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    const qint64 known = findArticle(article);
    if (known > 0) {
        // Same text under a new path (moved file), or same path with new text (edited file): remember both
        // as they are now, so the next open finds it by hash.
        q.prepare(u"UPDATE articles SET hash = ?, path = CASE WHEN ? = '' THEN path ELSE ? END, last_seen = ?"
                  " WHERE id = ?"_s);
        q.addBindValue(contentHash(article.text));
        q.addBindValue(notNull(path));
        q.addBindValue(notNull(path));
        q.addBindValue(stamp);
        q.addBindValue(known);
        if (!q.exec())
            writeFailed(tr("the article"), q.lastError());
        return known;
    }
    q.prepare(u"INSERT INTO articles (hash, path, title, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(contentHash(article.text));
    q.addBindValue(notNull(path));
    q.addBindValue(notNull(article.title));
    q.addBindValue(stamp);
    q.addBindValue(stamp);
    if (!q.exec()) {
        writeFailed(tr("the article"), q.lastError());
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

AnnotationList AnnotationStore::annotations(qint64 articleId, const QString &text)
{
    AnnotationList list;
    if (!isReady())
        return list;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(u"SELECT %1 FROM annotations WHERE article_id = ?"_s.arg(QLatin1String(AnnotationColumns)));
    q.addBindValue(articleId);
    if (!q.exec())
        return list;
    while (q.next())
        list.append(readAnnotation(q));

    // Moved anchors are saved, unless the store only reads (then they are found again next time).
    const bool began = !m_readOnly && db.transaction();
    QSqlQuery u(db);
    for (Annotation &a : list) {
        const AnchorMatch match = resolveAnchor(a.anchor, text);
        const bool wasOrphaned = a.isOrphaned();
        a.status = match.status;
        a.start = match.start;
        a.end = match.end;
        if (match.status == AnchorStatus::Moved || match.status == AnchorStatus::Changed) {
            // The anchor follows its words; the old quote goes with the old text.
            a.anchor = TextAnchor::fromRange(text, match.start, match.end);
            u.prepare(u"UPDATE annotations SET pos_start = ?, pos_end = ?, exact = ?, prefix = ?, suffix = ?,"
                      " status = 0 WHERE id = ?"_s);
            u.addBindValue(a.anchor.start);
            u.addBindValue(a.anchor.end);
            u.addBindValue(notNull(a.anchor.exact));
            u.addBindValue(notNull(a.anchor.prefix));
            u.addBindValue(notNull(a.anchor.suffix));
            u.addBindValue(a.id);
            if (!m_readOnly)
                u.exec();
        } else if (a.isOrphaned() != wasOrphaned) {
            // The stored anchor stays as it was: if the text comes back, so does the annotation.
            u.prepare(u"UPDATE annotations SET status = ? WHERE id = ?"_s);
            u.addBindValue(
                int(a.status == AnchorStatus::Orphaned ? AnchorStatus::Orphaned : AnchorStatus::Exact));
            u.addBindValue(a.id);
            if (!m_readOnly)
                u.exec();
        }
    }
    if (began) {
        if (!db.commit())
            db.rollback();
    }
    std::stable_sort(list.begin(), list.end(), inTextOrder);
    return list;
}

std::optional<Annotation> AnnotationStore::annotation(qint64 id) const
{
    if (!isReady())
        return std::nullopt;
    return selectById(m_connection, "annotations", AnnotationColumns, id, readAnnotation);
}

int AnnotationStore::write(
    const QString &sql, const QVariantList &values, const QString &what, qint64 *insertedId)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    // One statement is one transaction in SQLite: committed (and synced) when exec() returns.
    if (!q.exec()) {
        writeFailed(what, q.lastError());
        return -1;
    }
    if (insertedId)
        *insertedId = q.lastInsertId().toLongLong();
    return q.numRowsAffected();
}

bool AnnotationStore::insertRow(
    const char *table, const char *columns, const QVariantList &values, const QString &what, qint64 *id)
{
    QStringList placeholders;
    placeholders.fill(u"?"_s, values.size());
    return write(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
                     QLatin1String(table), QLatin1String(columns), placeholders.join(u", "_s)),
               values, what, id)
        >= 0;
}

bool AnnotationStore::insertAnnotation(const Annotation &a, bool withId, qint64 *id)
{
    return insertRow("annotations", AnnotationColumns,
        {withId ? QVariant(a.id) : QVariant(), a.articleId, int(a.kind), a.anchor.start, a.anchor.end,
            notNull(a.anchor.exact), notNull(a.anchor.prefix), notNull(a.anchor.suffix), notNull(a.text),
            notNull(a.category), a.created.toUTC().toString(Qt::ISODateWithMs),
            a.modified.toUTC().toString(Qt::ISODateWithMs),
            int(a.isOrphaned() ? AnchorStatus::Orphaned : AnchorStatus::Exact)},
        tr("the note"), id);
}

qint64 AnnotationStore::addAnnotation(Annotation &annotation)
{
    if (!isReady())
        return 0;
    annotation.created = annotation.modified = QDateTime::currentDateTimeUtc();
    qint64 id = 0;
    if (!insertAnnotation(annotation, false, &id))
        return 0;
    annotation.id = id;
    Q_EMIT annotationAdded(annotation);
    return id;
}

bool AnnotationStore::restoreAnnotation(const Annotation &annotation)
{
    qint64 id = 0;
    if (!isReady() || annotation.id <= 0 || !insertAnnotation(annotation, true, &id))
        return false;
    Q_EMIT annotationAdded(annotation);
    return true;
}

bool AnnotationStore::updateAnnotation(const Annotation &annotation)
{
    if (!isReady()
        || write(u"UPDATE annotations SET body = ?, category = ?, kind = ?, modified = ? WHERE id = ?"_s,
               {notNull(annotation.text), notNull(annotation.category), int(annotation.kind), now(),
                   annotation.id},
               tr("the note"))
            != 1)
        return false;
    Q_EMIT annotationChanged(annotation);
    return true;
}

bool AnnotationStore::removeAnnotation(qint64 id)
{
    const std::optional<Annotation> old = annotation(id);
    if (!old || write(u"DELETE FROM annotations WHERE id = ?"_s, {id}, tr("the note")) < 0)
        return false;
    Q_EMIT annotationRemoved(old->articleId, id);
    return true;
}

QList<HighlightCategory> AnnotationStore::categories() const
{
    QList<HighlightCategory> list;
    if (!isReady())
        return list;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(u"SELECT name, color FROM categories ORDER BY name"_s)) {
        while (q.next())
            list.append({q.value(0).toString(), q.value(1).toString()});
    }
    return list;
}

bool AnnotationStore::setCategory(const HighlightCategory &category)
{
    if (!isReady() || category.name.trimmed().isEmpty()
        || write(u"INSERT INTO categories (name, color) VALUES (?, ?)"
                 " ON CONFLICT(name) DO UPDATE SET color = excluded.color"_s,
               {category.name.trimmed(), notNull(category.color)}, tr("the category"))
            < 0)
        return false;
    Q_EMIT categoriesChanged();
    return true;
}

bool AnnotationStore::removeCategory(const QString &name)
{
    if (!isReady())
        return false;
    const int removed = write(u"DELETE FROM categories WHERE name = ?"_s, {name}, tr("the category"));
    if (removed < 0)
        return false;
    Q_EMIT categoriesChanged();
    return removed > 0;
}

QStringList AnnotationStore::tags(qint64 articleId) const
{
    QStringList list;
    if (!isReady())
        return list;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT tag FROM tags WHERE article_id = ? ORDER BY tag"_s);
    q.addBindValue(articleId);
    if (q.exec()) {
        while (q.next())
            list.append(q.value(0).toString());
    }
    return list;
}

bool AnnotationStore::addTag(qint64 articleId, const QString &tag)
{
    if (!isReady() || tag.trimmed().isEmpty()
        || write(u"INSERT OR IGNORE INTO tags (article_id, tag) VALUES (?, ?)"_s,
               {articleId, notNull(tag.trimmed())}, tr("the tag"))
            <= 0)
        return false;
    Q_EMIT tagsChanged(articleId);
    return true;
}

bool AnnotationStore::removeTag(qint64 articleId, const QString &tag)
{
    if (!isReady()
        || write(u"DELETE FROM tags WHERE article_id = ? AND tag = ?"_s, {articleId, notNull(tag.trimmed())},
               tr("the tag"))
            <= 0)
        return false;
    Q_EMIT tagsChanged(articleId);
    return true;
}

AnalystLexicon AnnotationStore::lexicon() const
{
    QList<LexiconRule> rules;
    if (!isReady())
        return AnalystLexicon();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(u"SELECT %1 FROM lexicon_rules"_s.arg(QLatin1String(RuleColumns)))) {
        while (q.next())
            rules.append(readRule(q));
    }
    return AnalystLexicon(std::move(rules));
}

AnalystLexicon AnnotationStore::lexiconFor(qint64 articleId) const
{
    return lexicon().forArticle(articleId);
}

AnalystLexicon AnnotationStore::readLexicon(const QString &path, const Article &article, QString *error)
{
    if (!QFileInfo::exists(path))
        return AnalystLexicon();
    AnnotationStore store;
    Options options;
    options.readOnly = true;
    if (!store.open(path, options)) {
        if (error)
            *error = store.errorString();
        return AnalystLexicon();
    }
    return store.lexiconFor(store.findArticle(article));
}

std::optional<LexiconRule> AnnotationStore::rule(qint64 id) const
{
    if (!isReady())
        return std::nullopt;
    return selectById(m_connection, "lexicon_rules", RuleColumns, id, readRule);
}

bool AnnotationStore::insertRule(const LexiconRule &r, bool withId, qint64 *id)
{
    return insertRow("lexicon_rules", RuleColumns,
        {withId ? QVariant(r.id) : QVariant(), LexiconRule::kindCode(r.kind), int(r.scope),
            r.articleId > 0 ? QVariant(r.articleId) : QVariant(), notNull(r.surface),
            r.type ? QVariant(entityTypeCode(*r.type)) : QVariant(), notNull(r.other), notNull(r.originPath),
            notNull(r.originContext), r.created.toUTC().toString(Qt::ISODateWithMs)},
        tr("the correction"), id);
}

qint64 AnnotationStore::addRule(LexiconRule &rule)
{
    if (!isReady() || rule.surface.isEmpty())
        return 0;
    rule.created = QDateTime::currentDateTimeUtc();
    qint64 id = 0;
    if (!insertRule(rule, false, &id))
        return 0;
    rule.id = id;
    Q_EMIT lexiconChanged();
    return id;
}

bool AnnotationStore::restoreRule(const LexiconRule &rule)
{
    qint64 id = 0;
    if (!isReady() || rule.id <= 0 || !insertRule(rule, true, &id))
        return false;
    Q_EMIT lexiconChanged();
    return true;
}

bool AnnotationStore::removeRule(qint64 id)
{
    if (!isReady() || write(u"DELETE FROM lexicon_rules WHERE id = ?"_s, {id}, tr("the correction")) <= 0)
        return false;
    Q_EMIT lexiconChanged();
    return true;
}

} // namespace dramatis
