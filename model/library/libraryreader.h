#pragma once

#include "library/librarystore.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace dramatis {

// Reads the library off the GUI thread, for the Library panel: one worker thread with its own read-only
// connection (nothing is created or migrated by reading, and the file is opened only when the first read
// comes). Each read returns a ticket at once and delivers its answer later on the reader's thread, through
// the callback given, unless a newer read of the same kind was asked for meanwhile: a stale answer (the
// search before the last key typed) is neither computed nor delivered, and one the database is computing
// when the newer read is asked for is stopped there (LibraryStore::setInterruptCheck).
class LibraryReader final : public QObject
{
    Q_OBJECT
public:
    // What a page of the article list came with.
    struct ArticlePage
    {
        QList<LibraryArticle> rows;
        int offset = 0;
        int total = -1; // how many the query lists in all; -1 when not asked (a page after the first)
        bool more
            = false; // a search listing more than `total` (LibraryStore::RankLimit), not counted further
        QStringList formats; // the formats in the library, with the first page
    };
    // An entity's page, without its articles: those are read a page at a time (readArticles() with the
    // query's entityId).
    struct EntityDetails
    {
        std::optional<LibraryEntity> entity;
        QStringList mergedNames;
        QList<LibraryEntity> coMentioned;
        QList<LibraryIdentifier> identifiers;
    };

    explicit LibraryReader(QObject *parent = nullptr);
    ~LibraryReader() override;

    void setDatabasePath(const QString &path);
    QString databasePath() const { return m_path; }

    // Articles [query.offset, query.offset + query.limit) of the query. The library's list and an entity's
    // or identifier's list are read apart: a newer read of one does not make the other's stale.
    void readArticles(const LibraryQuery &query, std::function<void(const ArticlePage &)> done);
    void readEntities(const QString &filter, std::optional<EntityType> type, int limit,
        std::function<void(const QList<LibraryEntity> &)> done);
    void readEntity(qint64 id, std::function<void(const EntityDetails &)> done);
    // One article (recorded since the list was read); every such read is answered, none is stale.
    void readArticle(qint64 id, std::function<void(const std::optional<LibraryArticle> &)> done);
    // Blocks until every read asked so far has been answered on the worker (for tests).
    void waitForIdle();
    // How many reads were stopped while the database answered them, a newer read of their kind having
    // been asked for meanwhile.
    int interruptedReads() const { return m_interrupted; }

Q_SIGNALS:
    // Emitted on the reader's worker thread as it starts a read that is still wanted (for tests).
    void readStarted();

private:
    enum Kind { Articles, LinkedArticles, Entities, Entity, Article, KindCount };
    // Runs `work` on the worker with the store open, then `deliver` on this object's thread, unless a
    // newer read of `kind` was asked for.
    template<typename Result>
    void read(Kind kind, std::function<Result(const LibraryStore &)> work, std::function<void(const Result &)> done);

    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives in m_thread
    QString m_path;
    std::shared_ptr<std::atomic<quint64>[]> m_latest;
    std::atomic<int> m_interrupted {0};
};

} // namespace dramatis
