#include "library/libraryrecorder.h"

#include "library/librarystore.h"

#include <QThread>

namespace dramatis {

namespace {

// The side of the recorder that lives on the worker thread, with the connection.
class Worker final : public QObject
{
public:
    LibraryStore store;
    QString path;

    // Opens (or reopens) the store for `target` on this thread; false when it cannot be used.
    bool ensureOpen(const QString &target)
    {
        if (store.isReady() && path == target)
            return true;
        path = target;
        store.close();
        return !target.isEmpty() && store.open(target);
    }
};

} // namespace

LibraryRecorder::LibraryRecorder(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new Worker)
{
    m_thread->setObjectName(QStringLiteral("LibraryRecorder"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

LibraryRecorder::~LibraryRecorder()
{
    waitForIdle(); // what was opened is recorded, even when the window closes right after
    m_thread->quit();
    m_thread->wait();
}

void LibraryRecorder::setDatabasePath(const QString &path)
{
    m_path = path;
}

void LibraryRecorder::record(const AnalysisPtr &analysis)
{
    if (!analysis || m_path.isEmpty())
        return;
    auto *worker = static_cast<Worker *>(m_worker);
    const QString target = m_path;
    QMetaObject::invokeMethod(m_worker, [this, worker, target, analysis] {
        QString error;
        qint64 id = 0;
        if (!worker->ensureOpen(target))
            error = worker->store.errorString();
        else if ((id = worker->store.record(*analysis)) <= 0)
            error = worker->store.errorString();
        // Queued back to the recorder's thread; `this` outlives the worker (the destructor joins it).
        if (error.isEmpty()) {
            QMetaObject::invokeMethod(
                this, [this, id, path = analysis->article.filePath] { Q_EMIT recorded(id, path); });
        } else {
            QMetaObject::invokeMethod(this, [this, error] { Q_EMIT failed(error); });
        }
    });
}

void LibraryRecorder::waitForIdle()
{
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace dramatis
