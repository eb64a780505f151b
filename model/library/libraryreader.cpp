#include "library/libraryreader.h"

#include <QThread>

#include <atomic>

namespace dramatis {

namespace {

// The side of the reader that lives on the worker thread, with the connection.
class Worker final : public QObject
{
public:
    LibraryStore store;
    QString path;
    // The read running now: its kind and ticket (0 when none or when it never goes stale).
    int kind = 0;
    quint64 ticket = 0;

    const LibraryStore &open(const QString &target)
    {
        if (path != target || !store.isReady()) {
            path = target;
            store.close();
            AnnotationStore::Options options;
            options.readOnly = true; // a missing file is an empty library, not one to create
            if (!target.isEmpty())
                store.open(target, options);
        }
        return store;
    }
};

} // namespace

LibraryReader::LibraryReader(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new Worker)
    , m_latest(new std::atomic<quint64>[KindCount] {})
{
    m_thread->setObjectName(QStringLiteral("LibraryReader"));
    // A read whose answer nobody waits for any more (a key was typed since) stops where the database is,
    // so the newer question is answered without waiting for the older one to end.
    auto *worker = static_cast<Worker *>(m_worker);
    worker->store.setInterruptCheck([worker, latest = m_latest] {
        return worker->ticket != 0 && latest[worker->kind] != worker->ticket;
    });
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

LibraryReader::~LibraryReader()
{
    // Answers still queued are dropped: the tickets can no longer match.
    for (int k = 0; k < KindCount; ++k)
        ++m_latest[k];
    m_thread->quit();
    m_thread->wait();
}

void LibraryReader::setDatabasePath(const QString &path)
{
    m_path = path;
}

template<typename Result>
void LibraryReader::read(
    Kind kind, std::function<Result(const LibraryStore &)> work, std::function<void(const Result &)> done)
{
    // Reads of one article are each wanted: they all carry ticket 0, which never goes stale.
    const quint64 ticket = kind == Article ? 0 : ++m_latest[kind];
    auto *worker = static_cast<Worker *>(m_worker);
    QMetaObject::invokeMethod(
        m_worker, [this, worker, kind, ticket, latest = m_latest, path = m_path, work, done] {
            if (ticket != 0 && latest[kind] != ticket)
                return; // a newer read of this kind is queued behind this one
            worker->kind = kind;
            worker->ticket = ticket;
            Q_EMIT readStarted();
            const LibraryStore &store = worker->open(path);
            const int interruptions = store.interruptions();
            Result result = work(store);
            worker->ticket = 0;
            if (store.interruptions() != interruptions)
                ++m_interrupted;
            if (ticket != 0 && latest[kind] != ticket)
                return; // asked again while it ran: nothing to send
            // Back on the reader's thread; `this` outlives the worker (the destructor joins it).
            QMetaObject::invokeMethod(this, [kind, ticket, latest, result = std::move(result), done] {
                if (ticket == 0 || latest[kind] == ticket)
                    done(result);
            });
        });
}

void LibraryReader::readArticles(const LibraryQuery &query, std::function<void(const ArticlePage &)> done)
{
    read<ArticlePage>(
        query.entityId > 0 || query.identifier ? LinkedArticles : Articles,
        [query](const LibraryStore &store) {
            ArticlePage page;
            page.offset = query.offset;
            page.rows = store.articles(query);
            if (query.offset == 0) {
                page.total = store.countForPage(query, &page.more);
                if (query.entityId == 0 && !query.identifier)
                    page.formats = store.formats();
            }
            return page;
        },
        std::move(done));
}

void LibraryReader::readEntities(const QString &filter, std::optional<EntityType> type, int limit,
    std::function<void(const QList<LibraryEntity> &)> done)
{
    read<QList<LibraryEntity>>(
        Entities, [=](const LibraryStore &store) { return store.entities(filter, type, limit); }, std::move(done));
}

void LibraryReader::readEntity(qint64 id, std::function<void(const EntityDetails &)> done)
{
    read<EntityDetails>(
        Entity,
        [id](const LibraryStore &store) {
            EntityDetails details;
            details.entity = id > 0 ? store.entity(id) : std::nullopt;
            if (details.entity) {
                for (const LibraryEntity &m : store.mergedInto(id))
                    details.mergedNames << m.name;
                details.coMentioned = store.coMentioned(id, 15);
                details.identifiers = store.identifiersOf(id, 10);
            }
            return details;
        },
        std::move(done));
}

void LibraryReader::readArticle(qint64 id, std::function<void(const std::optional<LibraryArticle> &)> done)
{
    read<std::optional<LibraryArticle>>(
        Article, [id](const LibraryStore &store) { return store.article(id); }, std::move(done));
}

void LibraryReader::waitForIdle()
{
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace dramatis
