#pragma once

#include "core/analysis.h"
#include "export/summaryexport.h"

#include <QObject>

#include <functional>
#include <optional>

class QWidget;

namespace dramatis {

class AnnotationStore;
class OpenArticlesModel;

// File → Export Summary… and Edit → Copy Summary as Markdown: the open articles with the analyst's notes,
// handed to the export dialog or, for the article shown, to the clipboard.
class ExportController final : public QObject
{
    Q_OBJECT
public:
    // `window` parents the export dialog (modal to it).
    ExportController(AnnotationStore *store, OpenArticlesModel *articles, QWidget *window);

    void setAnalysis(const AnalysisPtr &analysis) { m_current = analysis; }
    // Where an article's watchlist hits come from (none: the exports have no watchlist section).
    using WatchlistHits = std::function<std::optional<EntityMatches>(const Analysis &)>;
    void setWatchlistHits(WatchlistHits hits) { m_watchlistHits = std::move(hits); }
    // Every open article with its notes, in the order of the list: what exports are made of.
    QList<ExportArticle> exportArticles() const;
    void showExportDialog();
    // The summary is built off the GUI thread: the key sentences of a long article take a pass over it.
    void copySummaryAsMarkdown();

Q_SIGNALS:
    void statusMessage(const QString &text, int timeout);

private:
    AnnotationStore *m_store;
    OpenArticlesModel *m_articles;
    QWidget *m_window;
    AnalysisPtr m_current;
    WatchlistHits m_watchlistHits;
};

} // namespace dramatis
