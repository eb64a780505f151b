#pragma once

#include "article/articleopener.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

namespace dramatis {

class AnnotationStore;
class ArticleView;
class FileWatcher;
class Tagger;

// Keeps the open articles in step with their files: when one changes on disk (after its writes settle), it
// is loaded and tagged again off the GUI thread, through an ArticleOpener of its own so that a reload never
// stops what the analyst opened, nor the other way round. Changes that arrive while a reload runs wait for
// it and go next. The window decides what to do with the result (swap it in, re-anchor the notes); a file
// gone or no longer readable is reported as a message, and the article stays as it was.
class ArticleReloader final : public QObject
{
    Q_OBJECT
public:
    // The view and the store are read at each reload: the documents are built in the view's font and the
    // window's palette, and tagged with the analyst's rules from the store's database.
    ArticleReloader(std::shared_ptr<const Tagger> tagger, ArticleView *view, AnnotationStore *store,
        QObject *parent = nullptr);
    ~ArticleReloader() override;

    // Watches an article's file (its Article::filePath); files only, never an article held in memory.
    void watch(const QString &path);
    void unwatch(const QString &path);
    FileWatcher *fileWatcher() const { return m_watcher; }
    bool isBusy() const { return m_opener->isBusy() || !m_pending.isEmpty(); }

Q_SIGNALS:
    // The file was loaded and tagged again; its text may or may not differ from the one shown.
    void reloaded(const dramatis::OpenedArticle &article);
    // One line for the message banner: the file is unreadable or no longer an article.
    void problem(const QString &path, const QString &message);
    // The same when the file is gone (deleted or moved away): a state that lasts until it comes back.
    void fileMissing(const QString &path, const QString &message);

private:
    void onChanged(const QString &path);
    void onRemoved(const QString &path);
    void onOpened(const OpenedArticle &opened);
    void startPending();

    FileWatcher *m_watcher;
    ArticleOpener *m_opener;
    QPointer<ArticleView> m_view;
    QPointer<AnnotationStore> m_store;
    QSet<QString> m_pending;
};

} // namespace dramatis
