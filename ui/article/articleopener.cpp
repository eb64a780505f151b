#include "article/articleopener.h"

#include "annotations/annotationstore.h"
#include "core/tagger.h"
#include "pipeline/pipeline.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPromise>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

namespace dramatis {

namespace {

// Per file: loading, tokenizing, tagging, resolving, laying out.
constexpr int StepsPerFile = 5;

QString tr(const char *text)
{
    return QCoreApplication::translate("dramatis::ArticleOpener", text);
}

QString stageText(AnalysisStage stage, const QString &name)
{
    switch (stage) {
    case AnalysisStage::Loading:
        return tr("Loading %1…").arg(name);
    case AnalysisStage::Tokenizing:
        return tr("Reading %1…").arg(name);
    case AnalysisStage::Tagging:
        return tr("Tagging %1…").arg(name);
    case AnalysisStage::Resolving:
        return tr("Grouping the entities of %1…").arg(name);
    case AnalysisStage::Done:
        return tr("Laying out %1…").arg(name);
    }
    return {};
}

// Loads, analyses and lays out one source; an empty result (no analysis, no error) when stopped.
template<typename OnStage>
OpenedArticle openOne(const ArticleSource &source, const Tagger &tagger, const QString &databasePath,
    std::stop_token stop, const QFont &font, const QPalette &palette, QThread *guiThread, OnStage onStage)
{
    OpenedArticle result;
    result.path = source.path;
    if (stop.stop_requested())
        return result;
    onStage(AnalysisStage::Loading);
    LoadResult loaded;
    if (source.article)
        loaded.article = *source.article;
    else
        loaded = source.bytes.isNull() ? ArticleLoader::load(source.path)
                                       : ArticleLoader::loadBytes(source.bytes, source.path);
    if (!loaded.ok()) {
        result.error = loaded.error;
        return result;
    }
    // The analyst's rules as they are now; a database that cannot be read tags without them (the
    // window reports the database's state where it opens its own connection).
    const AnalystLexicon lexicon
        = databasePath.isEmpty() ? AnalystLexicon() : AnnotationStore::readLexicon(databasePath, loaded.article);
    result.analysis = analyzeArticle(std::move(loaded.article), tagger, lexicon, stop, [&](AnalysisStage stage) {
        if (stage != AnalysisStage::Done)
            onStage(stage);
    });
    if (!result.analysis)
        return result; // stopped
    onStage(AnalysisStage::Done);
    result.document = ArticleDocument::build(result.analysis, font, palette, guiThread);
    result.document.note = loaded.note;
    return result;
}

// One file, or a few in sequence, with every stage reported (the status bar names what is happening).
void openArticles(QPromise<OpenedArticle> &promise, const QList<ArticleSource> &sources,
    const std::shared_ptr<const Tagger> &tagger, const QString &databasePath, std::stop_token stop,
    const QFont &font, const QPalette &palette, QThread *guiThread)
{
    QElapsedTimer timer;
    timer.start();
    promise.setProgressRange(0, int(sources.size()) * StepsPerFile);
    for (int i = 0; i < sources.size(); ++i) {
        if (stop.stop_requested() || promise.isCanceled())
            return;
        const QString name = QFileInfo(sources[i].path).fileName();
        const int base = i * StepsPerFile;
        OpenedArticle result = openOne(
            sources[i], *tagger, databasePath, stop, font, palette, guiThread, [&](AnalysisStage stage) {
                promise.setProgressValueAndText(base + int(stage), stageText(stage, name));
            });
        if (!result.analysis && !result.error)
            return; // stopped
        result.elapsedMs = timer.elapsed();
        promise.addResult(std::move(result));
    }
    promise.setProgressValue(int(sources.size()) * StepsPerFile);
}

} // namespace

ArticleOpener::ArticleOpener(std::shared_ptr<const Tagger> tagger, QObject *parent)
    : QObject(parent)
    , m_tagger(std::move(tagger))
{
    // Its own pool, so a batch of a thousand files never starves other concurrent work, and so that its
    // destruction waits for every task still building a document for this thread.
    m_pool.setMaxThreadCount(QThread::idealThreadCount());
}

ArticleOpener::~ArticleOpener()
{
    m_stop.request_stop();
    if (m_watcher) {
        // The task builds documents for this thread: let it finish before the thread's objects go.
        m_watcher->disconnect(this);
        m_watcher->waitForFinished();
    }
}

void ArticleOpener::setDocumentStyle(const QFont &bodyFont, const QPalette &palette)
{
    m_bodyFont = bodyFont;
    m_palette = palette;
}

void ArticleOpener::open(const QList<ArticleSource> &sources)
{
    if (sources.isEmpty())
        return;
    const bool wasBusy = isBusy();
    if (m_watcher) {
        m_stop.request_stop();
        m_watcher->cancel();
        m_watcher->disconnect(this);
        // Dropped, not waited for: it stops at its next check and its results go with it.
        connect(m_watcher, &QFutureWatcherBase::finished, m_watcher, &QObject::deleteLater);
        if (m_watcher->isFinished())
            m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    m_stop = std::stop_source();
    m_deliveredFirst = false;
    m_batch = sources.size() >= BatchThreshold;
    m_watcher = new QFutureWatcher<OpenedArticle>(this);
    QFutureWatcher<OpenedArticle> *watcher = m_watcher;
    connect(watcher, &QFutureWatcherBase::resultReadyAt, this, [this, watcher](int index) {
        const bool first = !m_deliveredFirst;
        const OpenedArticle article = watcher->resultAt(index);
        if (article.analysis)
            m_deliveredFirst = true;
        Q_EMIT articleOpened(article, first && article.analysis);
    });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher](int value) {
        if (m_batch) {
            // A batch counts files done; the one being opened is the next.
            const int total = watcher->progressMaximum();
            Q_EMIT progressChanged(
                tr("Opening %1 of %2…").arg(qMin(value + 1, total)).arg(total), value, total);
            return;
        }
        Q_EMIT progressChanged(watcher->progressText(), value, watcher->progressMaximum());
    });
    connect(watcher, &QFutureWatcherBase::progressTextChanged, this, [this, watcher](const QString &text) {
        Q_EMIT progressChanged(text, watcher->progressValue(), watcher->progressMaximum());
    });
    connect(watcher, &QFutureWatcherBase::finished, this, &ArticleOpener::finishRequest);
    if (m_batch) {
        // Files are independent: each is loaded, tagged and laid out on its own worker, and delivered as
        // it finishes. The tagger is immutable, so the workers share it.
        QElapsedTimer timer;
        timer.start();
        watcher->setFuture(QtConcurrent::mapped(&m_pool, sources,
            [tagger = m_tagger, databasePath = m_databasePath, stop = m_stop.get_token(), font = m_bodyFont, palette = m_palette,
                gui = thread(), timer](const ArticleSource &source) {
                OpenedArticle result
                    = openOne(source, *tagger, databasePath, stop, font, palette, gui, [](AnalysisStage) {});
                result.elapsedMs = timer.elapsed();
                return result;
            }));
    } else {
        watcher->setFuture(QtConcurrent::run(
            &m_pool, openArticles, sources, m_tagger, m_databasePath, m_stop.get_token(), m_bodyFont, m_palette, thread()));
    }
    if (!wasBusy)
        Q_EMIT busyChanged(true);
}

void ArticleOpener::cancel()
{
    if (!m_watcher)
        return;
    m_stop.request_stop();
    m_watcher->cancel(); // a batch starts no further file
    m_watcher->disconnect(this);
    connect(m_watcher, &QFutureWatcherBase::finished, m_watcher, &QObject::deleteLater);
    if (m_watcher->isFinished())
        m_watcher->deleteLater();
    m_watcher = nullptr;
    Q_EMIT cancelled(); // first, so that whoever reports on busyChanged(false) knows it was a cancel
    Q_EMIT busyChanged(false);
}

void ArticleOpener::finishRequest()
{
    if (!m_watcher)
        return;
    m_watcher->deleteLater();
    m_watcher = nullptr;
    Q_EMIT busyChanged(false);
}

} // namespace dramatis
