#pragma once

#include "annotations/annotationstore.h"
#include "core/entitytype.h"
#include "core/identifier.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

class QSqlQuery;

namespace dramatis {

struct Analysis;

// One article of the library, as listed.
struct LibraryArticle
{
    qint64 id = 0;
    QString path;
    QString title;
    QString source;
    QString author;
    QDate date; // invalid when unknown
    QString format;
    QString hash;
    QDateTime firstOpened;
    QDateTime lastOpened;
    int entityCount = 0;
    int noteCount = 0;
    int mentions = 0; // of the entity asked about, in articlesMentioning(); 0 elsewhere
    QString snippet; // the matching words with [brackets], for a full-text search; empty otherwise
};

// One entity of the library: the same person or company across articles.
struct LibraryEntity
{
    qint64 id = 0;
    EntityType type = EntityType::Misc;
    QString name;
    QString key; // Resolver::identityKey of the name it was first recorded under
    int articleCount = 0;
    int mentionCount = 0;
    int sharedArticles = 0; // with the entity asked about, in coMentioned(); 0 elsewhere
    bool renamed = false; // the analyst chose the name
};

// An identifier of the library (an e-mail address, a phone number, ...): what ties the articles that share
// it together, as its normalised form.
struct LibraryIdentifier
{
    IdentifierKind kind = IdentifierKind::Email;
    QString normalized;
    QString text; // as written in one of its articles
    int articleCount = 0;
    int sharedArticles = 0; // with the entity asked about, in identifiersOf(); 0 elsewhere
};

// What to list: every field optional.
struct LibraryQuery
{
    // Recorded: the most recently recorded first (descending), the order of the full-text index.
    enum Column {
        Title,
        Source,
        Date,
        Entities,
        Notes,
        LastOpened,
        FirstOpened,
        Path,
        Format,
        Relevance,
        Recorded
    };

    QString search; // full text over title, source and body; any input is safe (quoted for FTS5)
    QString filter; // a substring of title, source, author or path
    QString format; // "pdf", "email", ...; empty for all
    QDate from; // article dates, inclusive; invalid for open-ended
    QDate to;
    Column sortColumn = LastOpened; // Relevance needs `search` (else falls back to LastOpened)
    Qt::SortOrder order = Qt::DescendingOrder;
    int limit = -1;
    int offset = 0; // rows skipped before the first listed, for a page that follows others
    // Instead of the library: the articles of one entity (most mentions first) or those that share one
    // identifier (most recently recorded first), a page at a time; the fields above but these two then
    // do not apply.
    qint64 entityId = 0;
    std::optional<std::pair<IdentifierKind, QString>> identifier;
};

// The article library, in the same SQLite file as the analyst's notes (tables of AnnotationStore's schema, so
// note counts are one join away): every article opened, the entities it mentions (as library entities
// keyed by type and Resolver::identityKey, so "Dr. Lisa Su" in one article and "Lisa Su" in another are one),
// and an FTS5 index of title, source and text.
//
// Re-recording an article replaces its row's data and entity counts but keeps its id, its notes and the
// analyst's corrections: a merge is a `merged_into` link on the entity that was merged and a rename a flag
// on the entity, and both live on rows that recording never deletes, so they hold for every later article.
// An article is found by content hash, then by path (an edited file updates its row, not a second one).
//
// One instance is one connection, usable from the thread that opened it only: open one per thread (the
// GUI reads on its thread, a worker records). Each write is one transaction.
class LibraryStore final
{
public:
    LibraryStore() = default;
    ~LibraryStore() = default;
    LibraryStore(const LibraryStore &) = delete;
    LibraryStore &operator=(const LibraryStore &) = delete;

    // Opens (creating or migrating) the database at `path`; false with errorString() when it cannot.
    bool open(const QString &path);
    bool open(const QString &path, const AnnotationStore::Options &options);
    void close() { m_store.close(); }
    bool isReady() const { return m_store.isReady(); }
    QString path() const { return m_store.path(); }
    QString errorString() const { return m_error.isEmpty() ? m_store.errorString() : m_error; }

    // Asked now and then while a statement of this connection runs (every few hundred steps of SQLite's
    // machine, on the thread running it): when it answers true the statement stops, and the read returns
    // what it had (nothing to rely on: interruptions() counts them). For a reader whose question was
    // superseded by a newer one while the database was still answering it. Null for never.
    void setInterruptCheck(std::function<bool()> check);
    // How many statements the check has stopped on this connection.
    int interruptions() const { return m_interruptions; }

    // Records a tagged article; returns its id, 0 on failure (errorString() says why).
    qint64 record(const Analysis &analysis);
    // Many records as one transaction (an import): after beginBatch(), record() writes into it, and nothing
    // of it is kept unless commitBatch() succeeds. A record that fails rolls the batch back and ends it.
    bool beginBatch();
    bool commitBatch();
    void rollbackBatch();
    // Takes the article at `path` out of the library (its notes stay in the database). False when no
    // article in the library has that path.
    bool forget(const QString &path);

    QList<LibraryArticle> articles(const LibraryQuery &query = {}) const;
    // How many articles `query` lists, without its limit and offset.
    int countArticles(const LibraryQuery &query) const;
    // The same as a list's first page shows it: a search without other conditions is counted no further
    // than RankLimit + 1 (`*more` then says there are more than RankLimit), and counted once for ranks()
    // as well.
    int countForPage(const LibraryQuery &query, bool *more = nullptr) const;
    // A search that matches more articles than this lists them by Recorded rather than by Relevance: ranking
    // costs time in proportion to the matches (about 4 µs each), and past this many a page of best matches
    // is no longer found as fast as typed. Another word narrows it.
    static constexpr int RankLimit = 5000;
    // Whether `query` is listed by relevance as asked: false for a search with more than RankLimit matches.
    bool ranks(const LibraryQuery &query) const;
    std::optional<LibraryArticle> article(qint64 id) const;
    std::optional<LibraryArticle> articleByPath(const QString &path) const;
    QStringList formats() const;

    // Entities with the articles that mention them, most articles first; `filter` matches names
    // (case and accents ignored). Merged entities appear as the one they were merged into.
    QList<LibraryEntity> entities(
        const QString &filter = {}, std::optional<EntityType> type = {}, int limit = -1) const;
    std::optional<LibraryEntity> entity(qint64 id) const;
    // The library entity a name of that type belongs to (after merges); nullopt when none.
    std::optional<LibraryEntity> findEntity(const QString &name, EntityType type) const;
    // By name alone, any type: exact identity key first, then names containing `name`.
    QList<LibraryEntity> findEntities(const QString &name) const;
    // Articles mentioning the entity (or any merged into it), most mentions first, then the most recently
    // recorded: `limit` of them (all for -1) from `offset`, read from an index a page at a time.
    QList<LibraryArticle> articlesMentioning(qint64 entityId, int limit = -1, int offset = 0) const;
    // Entities sharing the most articles with `entityId`, most shared first, from the counts kept per pair
    // of entities as articles are recorded. For an entity others were merged into, counted over its
    // CoMentionWindow most recently recorded articles instead (its merged names may share articles).
    QList<LibraryEntity> coMentioned(qint64 entityId, int limit = 10) const;
    static constexpr int CoMentionWindow = 5000;

    // The identifiers that link articles (e-mail addresses, phone numbers, IBANs, handles) found in the
    // entity's articles (its CoMentionWindow latest), most shared first, with the articles each is in.
    QList<LibraryIdentifier> identifiersOf(qint64 entityId, int limit = 10) const;
    // One identifier, with the number of articles it is in; nullopt when no article has it.
    std::optional<LibraryIdentifier> identifier(IdentifierKind kind, const QString &normalized) const;
    // The articles an identifier is in, the most recently recorded first; `limit` from `offset`.
    QList<LibraryArticle> articlesWithIdentifier(
        IdentifierKind kind, const QString &normalized, int limit = -1, int offset = 0) const;
    // The kinds recorded per article: those that tie one article to another (an amount or a hashtag in two
    // articles does not).
    static bool linksArticles(IdentifierKind kind);
    // Entities merged into `entityId`.
    QList<LibraryEntity> mergedInto(qint64 entityId) const;

    // The entity `entityId` is shown as: the one it was merged into, else itself; 0 when there is none.
    qint64 rootOf(qint64 entityId) const;

    // The analyst's corrections. Merging `from` into `into` makes them one entity (named and typed as
    // `into`), also for articles recorded later; split undoes every merge into `entityId`.
    bool mergeEntities(qint64 from, qint64 into);
    bool renameEntity(qint64 entityId, const QString &name);
    bool splitEntity(qint64 entityId);

    // Their inverses, for undo. A correction is stored on the entity rows it touched (a `merged_into` link,
    // a name and its flag), so each inverse puts those rows back as the caller read them before.
    // Undoes mergeEntities(from, ...): `from` is shown as `formerRoot` again (as itself for 0), and
    // `followers`, the entities merged into it before (mergedInto(from)), are merged into it again.
    bool unmergeEntities(qint64 from, qint64 formerRoot, const QList<qint64> &followers);
    // Undoes renameEntity(): the name it had, and whether the analyst had chosen that one.
    bool unrenameEntity(qint64 entityId, const QString &formerName, bool wasRenamed);
    // Undoes splitEntity(entityId): `members`, the entities merged into it before, are merged into it again.
    bool unsplitEntity(qint64 entityId, const QList<qint64> &members);

    // A search string for FTS5 MATCH from what someone typed: each word a quoted string (so operators,
    // quotes and dashes are literal), the last one a prefix from three letters; empty when nothing is
    // searchable.
    static QString ftsQuery(const QString &userInput);

private:
    // The listing (or, with `count`, its size) of `query`, prepared in `q`; false when nothing can match.
    bool prepareArticles(const LibraryQuery &query, bool count, QSqlQuery *q) const;
    // The matches of an FTS5 query, up to RankLimit + 1; the last one counted is remembered. -1 when the
    // count was interrupted.
    int countMatches(const QString &match) const;
    // `match` with its last word's prefix written out as the words of the index that begin with it
    // ("said"* as ("said" OR "saids")), which FTS5 reads lazily, a page at a time in rowid order, instead
    // of merging every such word's list of articles before the first row; unchanged when the prefix
    // begins too many words or is not plain ASCII. Remembered for the last match.
    QString expandPrefix(const QString &match) const;
    // The match a listing reads: expanded, except where it ranks and the expansion would rank otherwise
    // than the prefix (bm25 weighs each word written out on its own, when there are several).
    QString listingMatch(const QString &match, bool ranked) const;
    // Changes with every commit of another connection (this one's own writes call forgetMatches()).
    qint64 dataVersion() const;
    void forgetMatches();
    void installInterruptCheck();
    static int progress(void *store);
    bool writeFailed(const QString &what, const QString &reason);
    // Runs one write statement (one transaction) with `values` bound in order: the rows it changed, or -1
    // when it failed (errorString() then says why, naming `what`).
    int write(const QString &sql, const QVariantList &values, const QString &what);
    QString m_error;
    AnnotationStore m_store;
    bool m_inBatch = false;
    // The last search's count and prefix words, while the database is as it was then.
    mutable QString m_countedMatch;
    mutable qint64 m_countedVersion = -1;
    mutable int m_countedMatches = 0;
    mutable QString m_expandedMatch;
    mutable qint64 m_expandedVersion = -1;
    mutable QString m_expansion;
    mutable int m_expansionWords = -1; // how many longer words it wrote out; -1 when left a prefix
    std::function<bool()> m_interruptCheck;
    int m_interruptions = 0;
};

} // namespace dramatis
