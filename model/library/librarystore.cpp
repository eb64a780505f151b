#include "library/librarystore.h"

#include "core/analysis.h"
#include "entities/resolver.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dramatis {

namespace {

QString notNull(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("dramatis::LibraryStore", text);
}

QDateTime fromStored(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

// The article columns every listing reads, in the order readArticle expects.
constexpr auto ArticleColumns
    = "a.id, a.path, a.title, a.source, a.author, a.date, a.format, a.hash, a.first_seen, a.last_seen,"
      " a.entity_count, (SELECT count(*) FROM annotations n WHERE n.article_id = a.id AND n.kind = 0)";
constexpr int ArticleColumnCount = 12;

LibraryArticle readArticle(const QSqlQuery &q)
{
    LibraryArticle a;
    a.id = q.value(0).toLongLong();
    a.path = q.value(1).toString();
    a.title = q.value(2).toString();
    a.source = q.value(3).toString();
    a.author = q.value(4).toString();
    a.date = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    a.format = q.value(6).toString();
    a.hash = q.value(7).toString();
    a.firstOpened = fromStored(q.value(8));
    a.lastOpened = fromStored(q.value(9));
    a.entityCount = q.value(10).toInt();
    a.noteCount = q.value(11).toInt();
    return a;
}

// The raw entities that count as `root`: itself and every entity merged into it.
constexpr auto MembersOf = "(SELECT id FROM library_entities WHERE id = :root OR merged_into = :root)";

// "mine": the most recently recorded articles (up to :window) of the entity :root and those merged into
// it, the window the entity page's co-mentions and identifiers are counted over.
QString recentArticlesOf()
{
    return u"WITH mine AS (SELECT DISTINCT ae.article_id FROM article_entities ae INDEXED BY "
           u"article_entities_latest WHERE ae.entity_id IN %1 ORDER BY ae.article_id DESC LIMIT :window)"_s
               .arg(QLatin1String(MembersOf));
}

QString orderBy(const LibraryQuery &query, bool searching)
{
    QString column;
    switch (query.sortColumn) {
    case LibraryQuery::Title:
        column = u"a.title COLLATE NOCASE"_s;
        break;
    case LibraryQuery::Source:
        column = u"a.source COLLATE NOCASE"_s;
        break;
    case LibraryQuery::Date:
        column = u"a.date"_s;
        break;
    case LibraryQuery::Entities:
        column = u"a.entity_count"_s;
        break;
    case LibraryQuery::Notes:
        column = u"12"_s;
        break;
    case LibraryQuery::FirstOpened:
        column = u"a.first_seen"_s;
        break;
    case LibraryQuery::Path:
        column = u"a.path"_s;
        break;
    case LibraryQuery::Format:
        column = u"a.format"_s;
        break;
    case LibraryQuery::Relevance:
        if (searching) // bm25 is lower for better matches; titles weigh most
            return query.order == Qt::DescendingOrder ? u"bm25(article_text, 10.0, 4.0, 1.0), a.id"_s
                                                      : u"bm25(article_text, 10.0, 4.0, 1.0) DESC, a.id"_s;
        column = u"a.last_seen"_s;
        break;
    case LibraryQuery::LastOpened:
        column = u"a.last_seen"_s;
        break;
    case LibraryQuery::Recorded:
        column = u"a.id"_s;
        break;
    }
    const QString dir = query.order == Qt::DescendingOrder ? u" DESC"_s : u" ASC"_s;
    return u"%1%2, a.id%2"_s.arg(column, dir);
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

// Writes take the write lock when they begin: a transaction that first reads and later writes cannot
// wait for another connection's commit (SQLite answers "database is locked" at once), so a worker
// recording while another commits would fail instead of waiting its turn.
bool beginWrite(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(u"BEGIN IMMEDIATE"_s))
        return true;
    *error = q.lastError().databaseText();
    return false;
}

bool commitWrite(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(u"COMMIT"_s))
        return true;
    *error = q.lastError().databaseText();
    q.exec(u"ROLLBACK"_s);
    return false;
}

void rollbackWrite(const QSqlDatabase &db)
{
    QSqlQuery(db).exec(u"ROLLBACK"_s);
}

// Adds (`sign` 1) or takes off (-1) the article's rows of article_entities to the counts kept per entity
// and per pair of entities (co_mentions), inside the caller's transaction: called after its entities are
// written, and before they are deleted. A pair no article names any more is deleted. False when a statement
// failed (`q` then holds the error).
bool countEntitiesOf(const QSqlDatabase &db, qint64 articleId, int sign, QSqlQuery *q)
{
    *q = QSqlQuery(db);
    if (sign < 0) {
        // An article recorded for the first time names nothing yet: three statements fewer at each import.
        q->prepare(u"SELECT EXISTS (SELECT 1 FROM article_entities WHERE article_id = ?)"_s);
        q->addBindValue(articleId);
        if (!q->exec() || !q->next())
            return false;
        if (!q->value(0).toBool())
            return true;
    }
    const QString named = u"(SELECT entity_id FROM article_entities WHERE article_id = :article)"_s;
    q->prepare(
        u"UPDATE library_entities SET article_count = article_count + :sign, mention_count = mention_count"
        " + :sign * (SELECT ae.mentions FROM article_entities ae WHERE ae.article_id = :article"
        " AND ae.entity_id = library_entities.id) WHERE id IN %1"_s.arg(named));
    q->bindValue(u":sign"_s, sign);
    q->bindValue(u":article"_s, articleId);
    if (!q->exec())
        return false;
    if (sign > 0) {
        q->prepare(
            u"INSERT INTO co_mentions (entity_id, other_id, articles, mentions)"
            " SELECT a.entity_id, b.entity_id, 1, b.mentions FROM article_entities a JOIN article_entities b"
            " ON b.article_id = a.article_id AND b.entity_id <> a.entity_id WHERE a.article_id = :article"
            " ON CONFLICT (entity_id, other_id) DO UPDATE SET articles = articles + 1,"
            " mentions = mentions + excluded.mentions"_s);
        q->bindValue(u":article"_s, articleId);
        return q->exec();
    }
    q->prepare(
        u"UPDATE co_mentions SET articles = articles - 1, mentions = mentions - (SELECT b.mentions"
        " FROM article_entities b WHERE b.article_id = :article AND b.entity_id = co_mentions.other_id)"
        " WHERE entity_id IN %1 AND other_id IN %1 AND entity_id <> other_id"_s.arg(named));
    q->bindValue(u":article"_s, articleId);
    if (!q->exec())
        return false;
    q->prepare(u"DELETE FROM co_mentions WHERE entity_id IN %1 AND articles <= 0"_s.arg(named));
    q->bindValue(u":article"_s, articleId);
    return q->exec();
}

// "?, ?, ?": one placeholder a value, for an IN list.
QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(u"?"_s, count);
    return marks.join(u", "_s);
}

} // namespace

bool LibraryStore::open(const QString &path)
{
    return open(path, AnnotationStore::Options());
}

bool LibraryStore::open(const QString &path, const AnnotationStore::Options &options)
{
    m_error.clear();
    forgetMatches();
    if (!m_store.open(path, options))
        return false;
    installInterruptCheck();
    // What this connection writes can be recorded again by opening the article, so it need not wait for
    // the disk at every commit as notes do: in WAL mode NORMAL still never corrupts the database, and a
    // power cut loses at most the last records. Per connection: the notes' own store keeps FULL.
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    q.exec(u"PRAGMA synchronous=NORMAL"_s);
    if (options.readOnly)
        return true;
    // The Library's table reads one page at a time in the order of the header clicked: each order has an
    // index, so a page of a library of 100,000 articles is read without sorting them all. Created when
    // missing (once, on a library recorded before them); no schema change, so older versions still read it.
    for (const char *index : {"articles_list_seen ON articles(in_library, last_seen)",
             "articles_list_title ON articles(in_library, title COLLATE NOCASE)",
             "articles_list_source ON articles(in_library, source COLLATE NOCASE)",
             "articles_list_date ON articles(in_library, date)",
             "articles_list_entities ON articles(in_library, entity_count)",
             "articles_list_format ON articles(in_library, format)"}) {
        if (!q.exec(u"CREATE INDEX IF NOT EXISTS "_s + QLatin1String(index))) {
            m_error = tr("Cannot index the library %1: %2").arg(path, q.lastError().databaseText());
            m_store.close();
            return false;
        }
    }
    return true;
}

void LibraryStore::setInterruptCheck(std::function<bool()> check)
{
    m_interruptCheck = std::move(check);
    installInterruptCheck();
}

int LibraryStore::progress(void *store)
{
    auto *self = static_cast<LibraryStore *>(store);
    if (!self->m_interruptCheck || !self->m_interruptCheck())
        return 0;
    ++self->m_interruptions;
    return 1;
}

void LibraryStore::installInterruptCheck()
{
    if (!isReady())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_store.connectionName(), false);
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    // The handle is ours to use only when Qt's driver runs the SQLite this program links (a Qt built with
    // its own copy of SQLite keeps connections this copy cannot touch): then there is nothing to stop.
    QSqlQuery q(db);
    if (!connection || !q.exec(u"SELECT sqlite_source_id()"_s) || !q.next()
        || q.value(0).toString() != QLatin1String(sqlite3_sourceid()))
        return;
    // Every few hundred steps: a step is a fraction of a microsecond, and the check an atomic read.
    if (m_interruptCheck)
        sqlite3_progress_handler(connection, 256, &LibraryStore::progress, this);
    else
        sqlite3_progress_handler(connection, 0, nullptr, nullptr);
}

bool LibraryStore::writeFailed(const QString &what, const QString &reason)
{
    m_error = tr("Cannot save %1 in the library %2: %3").arg(what, path(), reason);
    return false;
}

QString LibraryStore::ftsQuery(const QString &userInput)
{
    QStringList terms;
    for (const QString &word : userInput.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts)) {
        if (std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        QString quoted = word;
        quoted.replace(u'"', u"\"\""_s);
        terms.append(u'"' + quoted + u'"');
    }
    if (terms.isEmpty())
        return {};
    // The last word is the start of one being typed, from its third letter: as a prefix, one or two letters
    // would be every word beginning with them (most of the index for "s" or "ha"), read at every first key.
    if (terms.last().size() > 4)
        terms.last() += u'*';
    return terms.join(u' ');
}

qint64 LibraryStore::record(const Analysis &analysis)
{
    m_error.clear();
    forgetMatches();
    if (!isReady())
        return 0;
    const Article &article = analysis.article;
    QSqlDatabase db = QSqlDatabase::database(m_store.connectionName(), false);
    // Found by hash, then path, else added: in its own transaction, or in the batch's.
    const qint64 id = m_inBatch ? m_store.articleIdInTransaction(article) : m_store.articleId(article);
    if (id <= 0) {
        m_error = m_store.errorString();
        if (m_inBatch)
            rollbackBatch();
        return 0;
    }
    QString reason;
    if (!m_inBatch && !beginWrite(db, &reason)) {
        writeFailed(tr("the article"), reason);
        return 0;
    }
    auto rollback = [&](const QSqlQuery &q) -> qint64 {
        const QString why = q.lastError().databaseText();
        rollbackWrite(db);
        m_inBatch = false;
        writeFailed(tr("the article"), why);
        return 0;
    };
    QSqlQuery q(db);

    // One row per library entity: several of the article's entities may share a key ("AMD" the company
    // and "AMD Inc." when the resolver kept them apart).
    struct Counted
    {
        EntityType type;
        QString key;
        QString name;
        int mentions = 0;
    };
    QList<Counted> counted;
    QHash<QString, qsizetype> byKey;
    for (const Entity &e : analysis.entities) {
        const QString key = Resolver::identityKey(e.name, e.type);
        if (key.isEmpty())
            continue;
        const QString slot = entityTypeCode(e.type) + u'\t' + key;
        auto it = byKey.constFind(slot);
        if (it == byKey.cend()) {
            it = byKey.insert(slot, counted.size());
            counted.append({e.type, key, e.name, 0});
        }
        counted[*it].mentions += int(std::max<qsizetype>(1, e.mentionCount()));
    }

    q.prepare(
        u"UPDATE articles SET title = ?, source = ?, author = ?, date = ?, format = ?, entity_count = ?,"
        " in_library = 1 WHERE id = ?"_s);
    q.addBindValue(notNull(article.title));
    q.addBindValue(notNull(article.source));
    q.addBindValue(notNull(article.author));
    q.addBindValue(article.date.isValid() ? QVariant(article.date.toString(Qt::ISODate)) : QVariant());
    q.addBindValue(notNull(article.format));
    q.addBindValue(int(counted.size()));
    q.addBindValue(id);
    if (!q.exec())
        return rollback(q);

    q.prepare(u"DELETE FROM article_text WHERE rowid = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return rollback(q);
    q.prepare(u"INSERT INTO article_text (rowid, title, source, body) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(id);
    q.addBindValue(notNull(article.title));
    q.addBindValue(notNull(article.source));
    q.addBindValue(notNull(article.text));
    if (!q.exec())
        return rollback(q);

    // The counts of what it named before come off, and what it names now is counted below.
    if (!countEntitiesOf(db, id, -1, &q))
        return rollback(q);
    q.prepare(u"DELETE FROM article_entities WHERE article_id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return rollback(q);
    QSqlQuery insertEntity(db);
    insertEntity.prepare(u"INSERT INTO library_entities (type, key, name) VALUES (?, ?, ?)"
                         " ON CONFLICT (type, key) DO NOTHING"_s);
    QSqlQuery findEntity(db);
    findEntity.prepare(u"SELECT id FROM library_entities WHERE type = ? AND key = ?"_s);
    QSqlQuery link(db);
    link.prepare(u"INSERT INTO article_entities (article_id, entity_id, mentions) VALUES (?, ?, ?)"_s);
    for (const Counted &c : std::as_const(counted)) {
        const QString type = entityTypeCode(c.type);
        insertEntity.addBindValue(type);
        insertEntity.addBindValue(c.key);
        insertEntity.addBindValue(notNull(c.name));
        if (!insertEntity.exec())
            return rollback(insertEntity);
        findEntity.addBindValue(type);
        findEntity.addBindValue(c.key);
        if (!findEntity.exec() || !findEntity.next())
            return rollback(findEntity);
        const qint64 entityId = findEntity.value(0).toLongLong();
        findEntity.finish();
        link.addBindValue(id);
        link.addBindValue(entityId);
        link.addBindValue(c.mentions);
        if (!link.exec())
            return rollback(link);
    }
    if (!countEntitiesOf(db, id, +1, &q))
        return rollback(q);

    // The identifiers, one row per normalised form: what links this article to others that share it.
    q.prepare(u"DELETE FROM article_identifiers WHERE article_id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return rollback(q);
    QSqlQuery insertIdentifier(db);
    insertIdentifier.prepare(
        u"INSERT INTO article_identifiers (article_id, kind, normalized, text, occurrences)"
        " VALUES (?, ?, ?, ?, ?)"_s);
    for (const DistinctIdentifier &d :
        distinctIdentifiers(article.text, analysis.identifiers, article.title, analysis.titleIdentifiers)) {
        if (d.normalized.isEmpty() || !linksArticles(d.kind))
            continue;
        insertIdentifier.addBindValue(id);
        insertIdentifier.addBindValue(identifierKindCode(d.kind));
        insertIdentifier.addBindValue(d.normalized);
        insertIdentifier.addBindValue(notNull(d.text));
        insertIdentifier.addBindValue(d.count());
        if (!insertIdentifier.exec())
            return rollback(insertIdentifier);
    }
    if (!m_inBatch && !commitWrite(db, &reason)) {
        writeFailed(tr("the article"), reason);
        return 0;
    }
    return id;
}

bool LibraryStore::beginBatch()
{
    m_error.clear();
    if (!isReady() || m_inBatch)
        return false;
    QString reason;
    if (!beginWrite(QSqlDatabase::database(m_store.connectionName(), false), &reason))
        return writeFailed(tr("the articles"), reason);
    m_inBatch = true;
    return true;
}

bool LibraryStore::commitBatch()
{
    if (!m_inBatch)
        return false;
    m_inBatch = false;
    QString reason;
    if (!commitWrite(QSqlDatabase::database(m_store.connectionName(), false), &reason))
        return writeFailed(tr("the articles"), reason);
    return true;
}

void LibraryStore::rollbackBatch()
{
    if (!m_inBatch)
        return;
    m_inBatch = false;
    rollbackWrite(QSqlDatabase::database(m_store.connectionName(), false));
}

bool LibraryStore::forget(const QString &path)
{
    m_error.clear();
    forgetMatches();
    const std::optional<LibraryArticle> known = articleByPath(path);
    if (!known)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_store.connectionName(), false);
    QString reason;
    if (!beginWrite(db, &reason))
        return writeFailed(tr("the change"), reason);
    QSqlQuery q(db);
    if (!countEntitiesOf(db, known->id, -1, &q)) {
        reason = q.lastError().databaseText();
        rollbackWrite(db);
        return writeFailed(tr("the change"), reason);
    }
    for (const QString &statement : {u"UPDATE articles SET in_library = 0, entity_count = 0 WHERE id = ?"_s,
             u"DELETE FROM article_text WHERE rowid = ?"_s,
             u"DELETE FROM article_entities WHERE article_id = ?"_s,
             u"DELETE FROM article_identifiers WHERE article_id = ?"_s}) {
        q.prepare(statement);
        q.addBindValue(known->id);
        if (!q.exec()) {
            reason = q.lastError().databaseText();
            rollbackWrite(db);
            return writeFailed(tr("the change"), reason);
        }
    }
    if (!commitWrite(db, &reason))
        return writeFailed(tr("the change"), reason);
    return true;
}

namespace {

// The conditions of a listing besides the search, as SQL with named parameters.
QString filters(const LibraryQuery &query)
{
    QString sql;
    if (!query.filter.isEmpty())
        sql += u" AND (a.title LIKE :like ESCAPE '\\' OR a.source LIKE :like ESCAPE '\\'"
               " OR a.author LIKE :like ESCAPE '\\' OR a.path LIKE :like ESCAPE '\\')"_s;
    if (!query.format.isEmpty())
        sql += u" AND a.format = :format"_s;
    if (query.from.isValid())
        sql += u" AND a.date >= :from"_s;
    if (query.to.isValid())
        sql += u" AND a.date <= :to"_s;
    return sql;
}

} // namespace

QList<LibraryArticle> LibraryStore::articles(const LibraryQuery &query) const
{
    if (query.entityId > 0)
        return articlesMentioning(query.entityId, query.limit, query.offset);
    if (query.identifier)
        return articlesWithIdentifier(
            query.identifier->first, query.identifier->second, query.limit, query.offset);
    QList<LibraryArticle> list;
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    if (!isReady() || !prepareArticles(query, false, &q) || !q.exec())
        return list;
    const bool searching = !ftsQuery(query.search).isEmpty();
    while (q.next()) {
        LibraryArticle a = readArticle(q);
        if (searching)
            a.snippet = q.value(ArticleColumnCount).toString().simplified();
        list.append(a);
    }
    return list;
}

bool LibraryStore::ranks(const LibraryQuery &query) const
{
    const QString match = ftsQuery(query.search);
    if (query.sortColumn != LibraryQuery::Relevance || match.isEmpty() || !isReady())
        return true;
    return countMatches(match) <= RankLimit;
}

qint64 LibraryStore::dataVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    return q.exec(u"PRAGMA data_version"_s) && q.next() ? q.value(0).toLongLong() : -1;
}

void LibraryStore::forgetMatches()
{
    m_countedMatch.clear();
    m_expandedMatch.clear();
}

int LibraryStore::countMatches(const QString &match) const
{
    // Asked twice for each key typed (to choose the order of the page, then for the count shown): once is
    // enough while the database is as it was (another connection's commit changes its data_version; this
    // one's own writes forget the count).
    const qint64 version = dataVersion();
    if (match == m_countedMatch && version == m_countedVersion && version >= 0)
        return m_countedMatches;
    // Counted no further than the limit: past it the order is the same, and the count says "more than".
    // With the prefix written out, the index stops reading at the limit as well.
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    q.prepare(u"SELECT count(*) FROM (SELECT 1 FROM article_text WHERE article_text MATCH ? LIMIT %1)"_s.arg(
        RankLimit + 1));
    q.addBindValue(expandPrefix(match));
    if (!q.exec() || !q.next())
        return -1; // stopped by the interrupt check: a count to forget
    m_countedMatch = match;
    m_countedVersion = version;
    m_countedMatches = q.value(0).toInt();
    return m_countedMatches;
}

namespace {

// The most words of the index a prefix is written out as; past it the prefix is left to FTS5.
constexpr int MaxPrefixWords = 64;

} // namespace

QString LibraryStore::expandPrefix(const QString &match) const
{
    if (!match.endsWith(u"\"*"_s) || !isReady())
        return match;
    const qint64 version = dataVersion();
    if (match == m_expandedMatch && version == m_expandedVersion && version >= 0)
        return m_expansion;
    // No word holds a space (ftsQuery splits at them), so the last one starts after the last space. Only
    // plain ASCII letters and digits are one word of the index, folded to lower case alone; anything else
    // is left for FTS5's tokenizer to read.
    const qsizetype start = match.lastIndexOf(u' ') + 1;
    const QString prefix = match.sliced(start + 1, match.size() - start - 3).toLower();
    if (prefix.isEmpty() || !std::all_of(prefix.cbegin(), prefix.cend(), [](QChar c) {
            return c.unicode() < 128 && c.isLetterOrNumber();
        }))
        return match;
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    // The index's own table of its words, made for this connection alone: nothing is written to the file,
    // so a read-only connection has it too.
    if (!q.exec(u"CREATE VIRTUAL TABLE IF NOT EXISTS temp.article_words"
                " USING fts5vocab(main, article_text, row)"_s))
        return match;
    // The longer words only: the word itself goes in either way (a word the index lacks matches nothing),
    // and its own list, the longest when it is in every article, is not read to count it.
    QString after = prefix;
    after.back() = QChar(after.back().unicode() + 1);
    q.prepare(u"SELECT term FROM temp.article_words WHERE term >= ? AND term < ? LIMIT %1"_s.arg(
        MaxPrefixWords + 1));
    q.addBindValue(QString(prefix + QChar(1)));
    q.addBindValue(after);
    // Stopped by the interrupt check, whatever is asked next is dropped too: the whole word asks little.
    const int interruptions = m_interruptions;
    if (!q.exec())
        return m_interruptions != interruptions ? match.chopped(1) : match;
    QStringList words {u'"' + prefix + u'"'};
    while (q.next())
        words << u'"' + q.value(0).toString() + u'"';
    if (q.lastError().isValid())
        return m_interruptions != interruptions ? match.chopped(1) : match;
    m_expandedMatch = match;
    m_expandedVersion = version;
    if (words.size() > MaxPrefixWords + 1) {
        m_expansion = match;
        m_expansionWords = -1;
        return match;
    }
    const QString group = words.size() == 1 ? words.first() : u'(' + words.join(u" OR "_s) + u')';
    m_expansion = start > 0 ? match.first(start) + u"AND "_s + group : group;
    m_expansionWords = int(words.size()) - 1;
    return m_expansion;
}

QString LibraryStore::listingMatch(const QString &match, bool ranked) const
{
    // With no longer word in the index, the word alone ranks as its prefix does.
    const QString expanded = expandPrefix(match);
    if (!ranked || expanded == match || m_expansionWords == 0)
        return expanded;
    return match;
}

int LibraryStore::countForPage(const LibraryQuery &query, bool *more) const
{
    if (more)
        *more = false;
    const QString match = ftsQuery(query.search);
    if (match.isEmpty() || query.entityId > 0 || query.identifier || !filters(query).isEmpty() || !isReady())
        return countArticles(query);
    const int count = countMatches(match);
    if (count <= RankLimit)
        return std::max(0, count);
    if (more)
        *more = true;
    return RankLimit;
}

int LibraryStore::countArticles(const LibraryQuery &query) const
{
    if (query.entityId > 0) {
        const std::optional<LibraryEntity> e = entity(query.entityId);
        return e ? e->articleCount : 0;
    }
    if (query.identifier) {
        const std::optional<LibraryIdentifier> i
            = identifier(query.identifier->first, query.identifier->second);
        return i ? i->articleCount : 0;
    }
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    if (!isReady() || !prepareArticles(query, true, &q) || !q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool LibraryStore::prepareArticles(const LibraryQuery &query, bool count, QSqlQuery *q) const
{
    const QString match = ftsQuery(query.search);
    const bool searching = !match.isEmpty();
    if (!query.search.trimmed().isEmpty() && !searching)
        return false; // only punctuation: nothing can match
    const QString conditions = filters(query);
    const QString page = query.limit >= 0 || query.offset > 0
        ? u" LIMIT %1 OFFSET %2"_s.arg(query.limit).arg(std::max(0, query.offset))
        : QString();
    QString sql;
    QString bound = match;
    if (searching && count) {
        bound = expandPrefix(match);
        // Only articles in the library have a row in the index (forgetting one deletes it): without other
        // conditions the index counts alone. As a join, SQLite would run the search once per article.
        sql = conditions.isEmpty() ? u"SELECT count(*) FROM article_text WHERE article_text MATCH :match"_s
                                   : u"SELECT count(*) FROM articles a WHERE a.id IN (SELECT rowid FROM "
                                     u"article_text WHERE article_text"
                                     " MATCH :match) AND a.in_library = 1"_s
                + conditions;
    } else if (searching
        && (query.sortColumn == LibraryQuery::Relevance || query.sortColumn == LibraryQuery::Recorded)) {
        // FTS5 returns the rows in its own order (rank, or rowid: the most recently recorded first) and
        // stops at the page: the snippet is made for the rows shown only, not for every match sorted.
        const bool newest = query.sortColumn == LibraryQuery::Recorded || !ranks(query);
        const bool ascending = query.order == Qt::AscendingOrder;
        bound = listingMatch(match, !newest);
        // The rank only where it orders: asked for, it is computed for every row even in rowid order.
        sql = u"SELECT %1, m.snip FROM (SELECT rowid AS id, %2 AS rank, snippet(article_text, 2, '[', ']', "
              u"'\u2026', 12) AS snip FROM article_text WHERE article_text MATCH :match"_s.arg(
                  QLatin1String(ArticleColumns), newest ? u"0"_s : u"rank"_s);
        // Other conditions filter the index's rows as they come, so the page is still read in its order
        // rather than every match sorted.
        if (!conditions.isEmpty())
            sql += u" AND rowid IN (SELECT a.id FROM articles a WHERE a.in_library = 1%1)"_s.arg(conditions);
        // bm25 is lower for better matches; titles weigh most.
        if (!newest)
            sql += u" AND rank MATCH 'bm25(10.0, 4.0, 1.0)'"_s;
        sql += newest ? (ascending ? u" ORDER BY rowid"_s : u" ORDER BY rowid DESC"_s)
                      : (ascending ? u" ORDER BY rank DESC"_s : u" ORDER BY rank"_s);
        sql += page + u") m JOIN articles a ON a.id = m.id"_s;
        sql += newest ? (ascending ? u" ORDER BY a.id"_s : u" ORDER BY a.id DESC"_s)
                      : (ascending ? u" ORDER BY m.rank DESC, a.id"_s : u" ORDER BY m.rank, a.id"_s);
    } else if (searching) {
        LibraryQuery sorted = query;
        if (!ranks(query))
            sorted.sortColumn = LibraryQuery::Recorded;
        bound = listingMatch(match, sorted.sortColumn == LibraryQuery::Relevance);
        sql = u"SELECT %1, snippet(article_text, 2, '[', ']', '\u2026', 12) FROM article_text JOIN articles a"
              " ON a.id = article_text.rowid WHERE article_text MATCH :match AND a.in_library = 1"_s.arg(
                  QLatin1String(ArticleColumns))
            + conditions + u" ORDER BY "_s + orderBy(sorted, true) + page;
    } else if (count) {
        sql = u"SELECT count(*) FROM articles a WHERE a.in_library = 1"_s + conditions;
    } else {
        sql = u"SELECT %1 FROM articles a WHERE a.in_library = 1"_s.arg(QLatin1String(ArticleColumns))
            + conditions + u" ORDER BY "_s + orderBy(query, false) + page;
    }
    q->prepare(sql);
    if (searching)
        q->bindValue(u":match"_s, bound);
    if (!query.filter.isEmpty())
        q->bindValue(u":like"_s, likePattern(query.filter));
    if (!query.format.isEmpty())
        q->bindValue(u":format"_s, query.format);
    if (query.from.isValid())
        q->bindValue(u":from"_s, query.from.toString(Qt::ISODate));
    if (query.to.isValid())
        q->bindValue(u":to"_s, query.to.toString(Qt::ISODate));
    return true;
}

std::optional<LibraryArticle> LibraryStore::article(qint64 id) const
{
    if (!isReady())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    q.prepare(u"SELECT %1 FROM articles a WHERE a.id = ? AND a.in_library = 1"_s.arg(
        QLatin1String(ArticleColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readArticle(q);
    return std::nullopt;
}

std::optional<LibraryArticle> LibraryStore::articleByPath(const QString &path) const
{
    if (!isReady() || path.isEmpty())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    q.prepare(u"SELECT %1 FROM articles a WHERE a.path = ? AND a.in_library = 1 ORDER BY a.last_seen DESC"
              " LIMIT 1"_s.arg(QLatin1String(ArticleColumns)));
    q.addBindValue(QFileInfo(path).absoluteFilePath());
    if (q.exec() && q.next())
        return readArticle(q);
    return std::nullopt;
}

QStringList LibraryStore::formats() const
{
    QStringList list;
    if (!isReady())
        return list;
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    // One index seek a format (there are a dozen) rather than a pass over every article's row.
    if (q.exec(u"WITH RECURSIVE f(format) AS (SELECT min(format) FROM articles WHERE in_library = 1 AND"
               " format > '' UNION ALL SELECT (SELECT min(format) FROM articles WHERE in_library = 1 AND"
               " format > f.format) FROM f WHERE f.format IS NOT NULL)"
               " SELECT format FROM f WHERE format IS NOT NULL"_s)) {
        while (q.next())
            list.append(q.value(0).toString());
    }
    return list;
}

namespace {

// Per root entity: the articles and mentions of it and everything merged into it, from the counts kept per
// entity as articles are recorded (a row per entity, not per article). Summed over merged entities, an
// article that names two of them would count twice: those few roots are counted again, exactly.
constexpr auto EntityCounts
    = "SELECT COALESCE(merged_into, id) AS root, sum(article_count) AS articles, sum(mention_count) AS "
      "mentions,"
      " count(*) AS members FROM library_entities WHERE article_count > 0 GROUP BY root";
constexpr auto ExactArticles
    = "CASE WHEN s.members > 1 THEN (SELECT count(DISTINCT ae.article_id) FROM article_entities ae"
      " WHERE ae.entity_id IN (SELECT id FROM library_entities WHERE id = e.id OR merged_into = e.id))"
      " ELSE s.articles END";

LibraryEntity readEntity(const QSqlQuery &q)
{
    LibraryEntity e;
    e.id = q.value(0).toLongLong();
    e.type = entityTypeFromCode(q.value(1).toString()).value_or(EntityType::Misc);
    e.name = q.value(2).toString();
    e.key = q.value(3).toString();
    e.renamed = q.value(4).toBool();
    e.articleCount = q.value(5).toInt();
    e.mentionCount = q.value(6).toInt();
    return e;
}

} // namespace

QList<LibraryEntity> LibraryStore::entities(
    const QString &filter, std::optional<EntityType> type, int limit) const
{
    QList<LibraryEntity> list;
    if (!isReady())
        return list;
    QString sql = u"SELECT e.id, e.type, e.name, e.key, e.renamed, %2 AS articles, s.mentions FROM (%1) s"
                  " JOIN library_entities e ON e.id = s.root WHERE 1"_s.arg(
                      QLatin1String(EntityCounts), QLatin1String(ExactArticles));
    // Folded as the keys are (a place type strips no words): "TROMSØ" finds "Tromsø".
    const QString key
        = filter.trimmed().isEmpty() ? QString() : Resolver::identityKey(filter, EntityType::Location);
    if (!key.isEmpty())
        sql += u" AND (e.key LIKE :like ESCAPE '\\' OR e.name LIKE :name ESCAPE '\\')"_s;
    if (type)
        sql += u" AND e.type = :type"_s;
    sql += u" ORDER BY articles DESC, s.mentions DESC, e.name COLLATE NOCASE"_s;
    if (limit >= 0)
        sql += u" LIMIT %1"_s.arg(limit);
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    q.prepare(sql);
    if (!key.isEmpty()) {
        q.bindValue(u":like"_s, likePattern(key));
        q.bindValue(u":name"_s, likePattern(filter));
    }
    if (type)
        q.bindValue(u":type"_s, entityTypeCode(*type));
    if (!q.exec())
        return list;
    while (q.next())
        list.append(readEntity(q));
    return list;
}

std::optional<LibraryEntity> LibraryStore::entity(qint64 id) const
{
    if (!isReady())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    // From the counts kept per entity (see EntityCounts); counted over its articles only where two merged
    // entities are in articles and may share one.
    q.prepare(
        u"SELECT e.id, e.type, e.name, e.key, e.renamed,"
        " CASE WHEN (SELECT count(*) FROM library_entities m WHERE m.id IN %1 AND m.article_count > 0) > 1"
        " THEN (SELECT count(DISTINCT ae.article_id) FROM article_entities ae WHERE ae.entity_id IN %1)"
        " ELSE (SELECT coalesce(sum(m.article_count), 0) FROM library_entities m WHERE m.id IN %1) END,"
        " (SELECT coalesce(sum(m.mention_count), 0) FROM library_entities m WHERE m.id IN %1)"
        " FROM library_entities e WHERE e.id = :root"_s.arg(QLatin1String(MembersOf)));
    q.bindValue(u":root"_s, id);
    if (q.exec() && q.next())
        return readEntity(q);
    return std::nullopt;
}

std::optional<LibraryEntity> LibraryStore::findEntity(const QString &name, EntityType type) const
{
    if (!isReady())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    q.prepare(u"SELECT COALESCE(merged_into, id) FROM library_entities WHERE type = ? AND key = ?"_s);
    q.addBindValue(entityTypeCode(type));
    q.addBindValue(Resolver::identityKey(name, type));
    if (q.exec() && q.next())
        return entity(q.value(0).toLongLong());
    return std::nullopt;
}

QList<LibraryEntity> LibraryStore::findEntities(const QString &name) const
{
    QList<LibraryEntity> found;
    for (EntityType type : AllEntityTypes) {
        if (auto e = findEntity(name, type); e && e->articleCount > 0)
            found.append(*e);
    }
    if (!found.isEmpty())
        return found;
    return entities(name);
}

QList<LibraryArticle> LibraryStore::articlesMentioning(qint64 entityId, int limit, int offset) const
{
    QList<LibraryArticle> list;
    if (!isReady())
        return list;
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    // The page's article ids come from the index on (entity_id, mentions, article_id) in its order, so a
    // page of an entity in every article reads that page only. Entities merged into it are several ranges
    // of that index, summed per article and sorted: merged names are few and their articles too.
    const bool merged = !mergedInto(entityId).isEmpty();
    const QString page = merged
        ? u"SELECT ae.article_id AS id, sum(ae.mentions) AS mentions FROM article_entities ae"
          " WHERE ae.entity_id IN %1 GROUP BY ae.article_id ORDER BY 2 DESC, 1 DESC"_s.arg(
              QLatin1String(MembersOf))
        : u"SELECT ae.article_id AS id, ae.mentions AS mentions FROM article_entities ae"
          " WHERE ae.entity_id = :root ORDER BY ae.mentions DESC, ae.article_id DESC"_s;
    q.prepare(u"SELECT %1, p.mentions FROM (%2 LIMIT %3 OFFSET %4) p JOIN articles a ON a.id = p.id"
              " ORDER BY p.mentions DESC, a.id DESC"_s.arg(QLatin1String(ArticleColumns), page)
                  .arg(limit)
                  .arg(std::max(0, offset)));
    q.bindValue(u":root"_s, entityId);
    if (!q.exec())
        return list;
    while (q.next()) {
        LibraryArticle a = readArticle(q);
        a.mentions = q.value(ArticleColumnCount).toInt();
        list.append(a);
    }
    return list;
}

QList<LibraryEntity> LibraryStore::coMentioned(qint64 entityId, int limit) const
{
    QList<LibraryEntity> list;
    if (!isReady())
        return list;
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    if (mergedInto(entityId).isEmpty()) {
        // From the counts kept per pair of entities: a row per entity named with it. An entity shown for
        // several merged ones sums their pairs, which counts twice an article naming two of them: those
        // are counted again over the articles.
        q.prepare(u"WITH other AS (SELECT COALESCE(r.merged_into, r.id) AS root, sum(c.articles) AS shared,"
                  " sum(c.mentions) AS mentions, count(*) AS members FROM co_mentions c"
                  " JOIN library_entities r ON r.id = c.other_id WHERE c.entity_id = :root AND c.articles > 0"
                  " GROUP BY root)"
                  " SELECT e.id, e.type, e.name, e.key, e.renamed, CASE WHEN other.members > 1 THEN"
                  " (SELECT count(DISTINCT ae.article_id) FROM article_entities ae JOIN article_entities x"
                  " ON x.article_id = ae.article_id AND x.entity_id = :root WHERE ae.entity_id IN"
                  " (SELECT id FROM library_entities WHERE id = e.id OR merged_into = e.id))"
                  " ELSE other.shared END AS shared, other.mentions FROM other"
                  " JOIN library_entities e ON e.id = other.root WHERE other.root <> :root"
                  " ORDER BY shared DESC, other.mentions DESC, e.name COLLATE NOCASE LIMIT :limit"_s);
    } else {
        // An entity shown for several merged ones: counted over its latest articles, as an article may name
        // two of them.
        q.prepare(
            u"%1,"
            " other AS (SELECT COALESCE(r.merged_into, r.id) AS root,"
            " count(DISTINCT ae.article_id) AS shared, sum(ae.mentions) AS mentions FROM mine"
            " JOIN article_entities ae ON ae.article_id = mine.article_id"
            " JOIN library_entities r ON r.id = ae.entity_id GROUP BY root)"
            " SELECT e.id, e.type, e.name, e.key, e.renamed, other.shared, other.mentions FROM other"
            " JOIN library_entities e ON e.id = other.root WHERE other.root <> :root"
            " ORDER BY other.shared DESC, other.mentions DESC, e.name COLLATE NOCASE LIMIT :limit"_s.arg(
                recentArticlesOf()));
        q.bindValue(u":window"_s, CoMentionWindow);
    }
    q.bindValue(u":root"_s, entityId);
    q.bindValue(u":limit"_s, limit);
    if (!q.exec())
        return list;
    while (q.next()) {
        LibraryEntity e = readEntity(q);
        e.sharedArticles = e.articleCount;
        list.append(e);
    }
    return list;
}

bool LibraryStore::linksArticles(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::Email:
    case IdentifierKind::Phone:
    case IdentifierKind::Iban:
    case IdentifierKind::Handle:
        return true;
    case IdentifierKind::Url:
    case IdentifierKind::Domain:
    case IdentifierKind::Money:
    case IdentifierKind::Ticker:
    case IdentifierKind::Hashtag:
        break;
    }
    return false;
}

QList<LibraryIdentifier> LibraryStore::identifiersOf(qint64 entityId, int limit) const
{
    QList<LibraryIdentifier> list;
    if (!isReady())
        return list;
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    // Over the same articles as coMentioned(); each one's count in the whole library from its index.
    q.prepare(
        u"%1,"
        " shared AS (SELECT ai.kind, ai.normalized, min(ai.text) AS text, count(*) AS shared FROM mine"
        " JOIN article_identifiers ai ON ai.article_id = mine.article_id GROUP BY ai.kind, ai.normalized"
        " ORDER BY shared DESC, ai.normalized LIMIT :limit)"
        " SELECT s.kind, s.normalized, s.text, (SELECT count(*) FROM article_identifiers x"
        " WHERE x.kind = s.kind AND x.normalized = s.normalized), s.shared FROM shared s"
        " ORDER BY s.shared DESC, s.normalized"_s.arg(recentArticlesOf()));
    q.bindValue(u":root"_s, entityId);
    q.bindValue(u":window"_s, CoMentionWindow);
    q.bindValue(u":limit"_s, limit);
    if (!q.exec())
        return list;
    while (q.next()) {
        const std::optional<IdentifierKind> kind = identifierKindFromCode(q.value(0).toString());
        if (!kind)
            continue;
        list.append(
            {*kind, q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(), q.value(4).toInt()});
    }
    return list;
}

std::optional<LibraryIdentifier> LibraryStore::identifier(
    IdentifierKind kind, const QString &normalized) const
{
    if (!isReady())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    q.prepare(u"SELECT min(text), count(*) FROM article_identifiers WHERE kind = ? AND normalized = ?"_s);
    q.addBindValue(identifierKindCode(kind));
    q.addBindValue(normalized);
    if (!q.exec() || !q.next() || q.value(1).toInt() == 0)
        return std::nullopt;
    return LibraryIdentifier {kind, normalized, q.value(0).toString(), q.value(1).toInt(), 0};
}

QList<LibraryArticle> LibraryStore::articlesWithIdentifier(
    IdentifierKind kind, const QString &normalized, int limit, int offset) const
{
    QList<LibraryArticle> list;
    if (!isReady())
        return list;
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    q.prepare(u"SELECT %1, ai.occurrences FROM article_identifiers ai JOIN articles a ON a.id = ai.article_id"
              " WHERE ai.kind = ? AND ai.normalized = ? AND a.in_library = 1 ORDER BY a.id DESC"
              " LIMIT %2 OFFSET %3"_s.arg(QLatin1String(ArticleColumns))
                  .arg(limit)
                  .arg(std::max(0, offset)));
    q.addBindValue(identifierKindCode(kind));
    q.addBindValue(normalized);
    if (!q.exec())
        return list;
    while (q.next()) {
        LibraryArticle a = readArticle(q);
        a.mentions = q.value(ArticleColumnCount).toInt();
        list.append(a);
    }
    return list;
}

QList<LibraryEntity> LibraryStore::mergedInto(qint64 entityId) const
{
    QList<LibraryEntity> list;
    if (!isReady())
        return list;
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    q.prepare(u"SELECT id, type, name, key, renamed, 0, 0 FROM library_entities WHERE merged_into = ?"
              " ORDER BY name COLLATE NOCASE"_s);
    q.addBindValue(entityId);
    if (q.exec()) {
        while (q.next())
            list.append(readEntity(q));
    }
    return list;
}

qint64 LibraryStore::rootOf(qint64 entityId) const
{
    if (!isReady())
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    q.prepare(u"SELECT COALESCE(merged_into, id) FROM library_entities WHERE id = ?"_s);
    q.addBindValue(entityId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

int LibraryStore::write(const QString &sql, const QVariantList &values, const QString &what)
{
    QSqlQuery q(QSqlDatabase::database(m_store.connectionName(), false));
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        writeFailed(what, q.lastError().databaseText());
        return -1;
    }
    return q.numRowsAffected();
}

bool LibraryStore::mergeEntities(qint64 from, qint64 into)
{
    m_error.clear();
    // Merge into the root, so every entity is at most one link from the one it is shown as.
    const qint64 root = rootOf(into);
    if (root == 0 || root == from || !entity(from))
        return false;
    return write(u"UPDATE library_entities SET merged_into = ? WHERE id = ? OR merged_into = ?"_s,
               {root, from, from}, tr("the merge"))
        >= 0;
}

bool LibraryStore::renameEntity(qint64 entityId, const QString &name)
{
    m_error.clear();
    const QString trimmed = name.simplified();
    if (!isReady() || trimmed.isEmpty())
        return false;
    return write(u"UPDATE library_entities SET name = ?, renamed = 1 WHERE id = ?"_s, {trimmed, entityId},
               tr("the name"))
        > 0;
}

bool LibraryStore::splitEntity(qint64 entityId)
{
    m_error.clear();
    if (!isReady())
        return false;
    return write(u"UPDATE library_entities SET merged_into = NULL WHERE merged_into = ?"_s, {entityId},
               tr("the split"))
        > 0;
}

bool LibraryStore::unmergeEntities(qint64 from, qint64 formerRoot, const QList<qint64> &followers)
{
    m_error.clear();
    if (!isReady())
        return false;
    // One statement, so the merged entity and its followers come apart together or not at all.
    QVariantList values {
        from, formerRoot > 0 && formerRoot != from ? QVariant(formerRoot) : QVariant(), from, from};
    for (qint64 id : followers)
        values.append(id);
    return write(u"UPDATE library_entities SET merged_into = CASE id WHEN ? THEN ? ELSE ? END"
                 " WHERE id IN (%1)"_s.arg(placeholders(1 + followers.size())),
               values, tr("the merge"))
        > 0;
}

bool LibraryStore::unrenameEntity(qint64 entityId, const QString &formerName, bool wasRenamed)
{
    m_error.clear();
    if (!isReady())
        return false;
    return write(u"UPDATE library_entities SET name = ?, renamed = ? WHERE id = ?"_s,
               {notNull(formerName), int(wasRenamed), entityId}, tr("the name"))
        > 0;
}

bool LibraryStore::unsplitEntity(qint64 entityId, const QList<qint64> &members)
{
    m_error.clear();
    if (!isReady() || members.isEmpty())
        return false;
    QVariantList values {entityId};
    for (qint64 id : members)
        values.append(id);
    return write(u"UPDATE library_entities SET merged_into = ? WHERE id IN (%1)"_s.arg(
                     placeholders(members.size())),
               values, tr("the split"))
        > 0;
}

} // namespace dramatis
