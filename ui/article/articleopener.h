#pragma once

#include "article/articledocument.h"
#include "core/analysis.h"
#include "formats/articleloader.h"

#include <QFont>
#include <QFutureWatcher>
#include <QObject>
#include <QPalette>
#include <QThreadPool>

#include <memory>
#include <optional>
#include <stop_token>

namespace dramatis {

class Tagger;

// What to open: a file, bytes already in memory (the bundled sample) labelled with a name, or an article
// already loaded that only needs tagging again (after the analyst's lexicon changed).
struct ArticleSource
{
    QString path;
    QByteArray bytes; // used instead of reading `path` when not null
    std::optional<Article> article; // used instead of loading anything when set
    static ArticleSource file(const QString &path) { return {path, {}, {}}; }
    static ArticleSource memory(const QByteArray &bytes, const QString &name) { return {name, bytes, {}}; }
    static ArticleSource loaded(const Article &article) { return {article.filePath, {}, article}; }
};

// One opened article, ready to show, or the reason it could not be opened.
struct OpenedArticle
{
    QString path;
    AnalysisPtr analysis;
    ArticleDocument document;
    std::optional<LoadError> error;
    qint64 elapsedMs = 0; // from the request to this article being ready
};

// Loads, tags and lays out articles off the GUI thread, one request (of one or several files) at a time:
// a new request stops the older one (std::stop_source), whose late results are dropped. Results come back
// on the GUI thread through a QFutureWatcher, each as soon as it is ready. A few files go one after the
// other with every stage in the status bar; a batch (a dropped folder) runs its files in parallel on a pool
// of idealThreadCount workers and reports "Opening 37 of 412…", results arriving in the order they finish.
class ArticleOpener final : public QObject
{
    Q_OBJECT
public:
    explicit ArticleOpener(std::shared_ptr<const Tagger> tagger, QObject *parent = nullptr);
    ~ArticleOpener() override;

    void setTagger(std::shared_ptr<const Tagger> tagger) { m_tagger = std::move(tagger); }
    // The annotation database whose lexicon rules the tagging applies (read on the worker thread through
    // AnnotationStore::readLexicon); empty for none.
    void setDatabasePath(const QString &path) { m_databasePath = path; }
    // The font and palette documents are built with (the view's body font, the window's palette).
    void setDocumentStyle(const QFont &bodyFont, const QPalette &palette);

    // From this many sources on, a request is a batch.
    static constexpr int BatchThreshold = 3;

    void open(const QList<ArticleSource> &sources);
    void cancel();
    bool isBusy() const { return m_watcher != nullptr; }
    // The running request is a batch: its progress counts files (value of maximum), not stages.
    bool isBatch() const { return m_batch; }

Q_SIGNALS:
    // `first` is true for the first article a request delivers: the one to show.
    void articleOpened(const dramatis::OpenedArticle &article, bool first);
    void progressChanged(const QString &text, int value, int maximum);
    void busyChanged(bool busy);
    // A request stopped by cancel() (not by a newer request).
    void cancelled();

private:
    void finishRequest();

    std::shared_ptr<const Tagger> m_tagger;
    QString m_databasePath;
    QFont m_bodyFont;
    QPalette m_palette;
    std::stop_source m_stop;
    QFutureWatcher<OpenedArticle> *m_watcher = nullptr;
    bool m_deliveredFirst = false;
    bool m_batch = false;
    QThreadPool m_pool;
};

} // namespace dramatis
