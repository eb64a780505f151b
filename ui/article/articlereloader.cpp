#include "article/articlereloader.h"

#include "annotations/annotationstore.h"
#include "article/articleview.h"
#include "formats/filewatcher.h"

#include <QFileInfo>

namespace dramatis {

ArticleReloader::ArticleReloader(
    std::shared_ptr<const Tagger> tagger, ArticleView *view, AnnotationStore *store, QObject *parent)
    : QObject(parent)
    , m_watcher(new FileWatcher(this))
    , m_opener(new ArticleOpener(std::move(tagger), this))
    , m_view(view)
    , m_store(store)
{
    connect(m_watcher, &FileWatcher::changed, this, &ArticleReloader::onChanged);
    connect(m_watcher, &FileWatcher::removed, this, &ArticleReloader::onRemoved);
    connect(m_opener, &ArticleOpener::articleOpened, this, &ArticleReloader::onOpened);
    connect(m_opener, &ArticleOpener::busyChanged, this, [this](bool busy) {
        if (!busy)
            startPending();
    });
}

ArticleReloader::~ArticleReloader() = default;

void ArticleReloader::watch(const QString &path)
{
    m_watcher->watch(path);
}

void ArticleReloader::unwatch(const QString &path)
{
    m_watcher->unwatch(path);
    m_pending.remove(path);
}

void ArticleReloader::onChanged(const QString &path)
{
    m_pending.insert(path);
    startPending();
}

void ArticleReloader::onRemoved(const QString &path)
{
    m_pending.remove(path);
    Q_EMIT fileMissing(path,
        tr("%1 was deleted or moved on disk: the article stays open as it was, and is reloaded if the file "
           "comes back")
            .arg(QFileInfo(path).fileName()));
}

void ArticleReloader::startPending()
{
    // One reload at a time: a newer request would stop the one running, and its file would not be read.
    if (m_opener->isBusy() || m_pending.isEmpty())
        return;
    QList<ArticleSource> sources;
    for (const QString &path : std::as_const(m_pending))
        sources << ArticleSource::file(path);
    m_pending.clear();
    if (m_view)
        m_opener->setDocumentStyle(m_view->documentFont(), m_view->window()->palette());
    m_opener->setDatabasePath(m_store && m_store->isReady() ? m_store->path() : QString());
    m_opener->open(sources);
}

void ArticleReloader::onOpened(const OpenedArticle &opened)
{
    if (!m_watcher->isWatching(opened.path))
        return; // closed while it was being read
    if (opened.error) {
        Q_EMIT problem(
            opened.path, tr("Not reloaded: %1. The article stays as it was.").arg(opened.error->message));
        return;
    }
    if (opened.analysis)
        Q_EMIT reloaded(opened);
}

} // namespace dramatis
