#include "export/exportcontroller.h"

#include "annotations/annotationstore.h"
#include "export/exportdialog.h"
#include "itemmodels/openarticlesmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFutureWatcher>
#include <QMimeData>
#include <QWidget>
#include <QtConcurrent>

namespace dramatis {

ExportController::ExportController(AnnotationStore *store, OpenArticlesModel *articles, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_articles(articles)
    , m_window(window)
{
}

QList<ExportArticle> ExportController::exportArticles() const
{
    QList<ExportArticle> articles;
    for (int row = 0; row < m_articles->rowCount(); ++row) {
        ExportArticle article {m_articles->analysisAt(row), {}, {}, {}, {}};
        article.fileLabel = article.analysis->article.filePath;
        SummaryExport::readNotes(article, *m_store);
        if (m_watchlistHits)
            article.watchlist = m_watchlistHits(*article.analysis);
        articles.append(article);
    }
    return articles;
}

void ExportController::showExportDialog()
{
    if (!m_current)
        return;
    auto *dialog = new ExportDialog(exportArticles(), m_articles->rowOf(m_current.get()), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exportFinished, this, [this](bool written, const QString &path) {
        if (written)
            Q_EMIT statusMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 6000);
    });
    dialog->open();
}

void ExportController::copySummaryAsMarkdown()
{
    if (!m_current)
        return;
    ExportArticle article {m_current, m_current->article.filePath, {}, {}, {}};
    SummaryExport::readNotes(article, *m_store);
    if (m_watchlistHits)
        article.watchlist = m_watchlistHits(*m_current);
    const QString title = OpenArticlesModel::displayTitle(*m_current);
    auto *watcher = new QFutureWatcher<std::pair<QString, QString>>(this);
    connect(watcher, &QFutureWatcher<std::pair<QString, QString>>::finished, this, [this, watcher, title] {
        const auto [markdown, html] = watcher->result();
        watcher->deleteLater();
        auto *mime = new QMimeData;
        mime->setText(markdown);
        // Rich editors (mail, word processors, wikis) paste the formatted version.
        mime->setHtml(html);
        QApplication::clipboard()->setMimeData(mime);
        Q_EMIT statusMessage(tr("Summary of “%1” copied as Markdown").arg(title), 6000);
    });
    watcher->setFuture(QtConcurrent::run([article]() {
        ExportOptions options;
        options.format = ExportFormat::Markdown;
        const QString markdown = SummaryExport::text({article}, options);
        options.format = ExportFormat::Html;
        return std::pair {markdown, SummaryExport::text({article}, options)};
    }));
}

} // namespace dramatis
