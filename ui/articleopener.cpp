#include "articleopener.h"

#include "annotationstore.h"
#include "tagger.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPromise>
#include <QThread>
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
        const ArticleSource &source = sources[i];
        const QString name = QFileInfo(source.path).fileName();
        const int base = i * StepsPerFile;
        promise.setProgressValueAndText(base, stageText(AnalysisStage::Loading, name));
        LoadResult loaded;
        if (source.article)
            loaded.article = *source.article;
        else
            loaded = source.bytes.isNull() ? ArticleLoader::load(source.path)
                                           : ArticleLoader::loadBytes(source.bytes, source.path);
        OpenedArticle result;
        result.path = source.path;
        if (!loaded.ok()) {
            result.error = loaded.error;
            promise.addResult(std::move(result));
            continue;
        }
        // The analyst's rules as they are now; a database that cannot be read tags without them (the
        // window reports the database's state where it opens its own connection).
        const AnalystLexicon lexicon = databasePath.isEmpty()
            ? AnalystLexicon()
            : AnnotationStore::readLexicon(databasePath, loaded.article);
        result.analysis
            = analyzeArticle(std::move(loaded.article), *tagger, lexicon, stop, [&](AnalysisStage stage) {
                  if (stage != AnalysisStage::Done)
                      promise.setProgressValueAndText(base + int(stage), stageText(stage, name));
              });
        if (!result.analysis)
            return; // stopped
        promise.setProgressValueAndText(
            base + int(AnalysisStage::Done), stageText(AnalysisStage::Done, name));
        result.document = ArticleDocument::build(result.analysis, font, palette, guiThread);
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
        m_watcher->disconnect(this);
        // Dropped, not waited for: it stops at its next check and its results go with it.
        connect(m_watcher, &QFutureWatcherBase::finished, m_watcher, &QObject::deleteLater);
        if (m_watcher->isFinished())
            m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    m_stop = std::stop_source();
    m_deliveredFirst = false;
    m_watcher = new QFutureWatcher<OpenedArticle>(this);
    QFutureWatcher<OpenedArticle> *watcher = m_watcher;
    connect(watcher, &QFutureWatcherBase::resultReadyAt, this, [this, watcher](int index) {
        const bool first = !m_deliveredFirst;
        const OpenedArticle article = watcher->resultAt(index);
        if (article.analysis)
            m_deliveredFirst = true;
        emit articleOpened(article, first && article.analysis);
    });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher](int value) {
        emit progressChanged(watcher->progressText(), value, watcher->progressMaximum());
    });
    connect(watcher, &QFutureWatcherBase::progressTextChanged, this, [this, watcher](const QString &text) {
        emit progressChanged(text, watcher->progressValue(), watcher->progressMaximum());
    });
    connect(watcher, &QFutureWatcherBase::finished, this, &ArticleOpener::finishRequest);
    watcher->setFuture(QtConcurrent::run(openArticles, sources, m_tagger, m_databasePath, m_stop.get_token(),
        m_bodyFont, m_palette, thread()));
    if (!wasBusy)
        emit busyChanged(true);
}

void ArticleOpener::cancel()
{
    if (!m_watcher)
        return;
    m_stop.request_stop();
    m_watcher->disconnect(this);
    connect(m_watcher, &QFutureWatcherBase::finished, m_watcher, &QObject::deleteLater);
    if (m_watcher->isFinished())
        m_watcher->deleteLater();
    m_watcher = nullptr;
    emit busyChanged(false);
    emit cancelled();
}

void ArticleOpener::finishRequest()
{
    if (!m_watcher)
        return;
    m_watcher->deleteLater();
    m_watcher = nullptr;
    emit busyChanged(false);
}

} // namespace dramatis
