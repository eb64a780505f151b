#pragma once

#include "watchlists/libraryhits.h"

#include <QDialog>
#include <QFutureWatcher>

#include <stop_token>

class QLabel;
class QTreeWidget;

namespace dramatis {

class WatchlistController;

// Tools → Watchlist Hits…: every article of the library that names someone on an active watchlist, newest
// first, with who and on which list; a double-click (or Enter) opens the article. The library is searched
// off the GUI thread (10,000 articles take a few seconds), again whenever the lists are indexed anew.
class WatchlistHitsDialog final : public QDialog
{
    Q_OBJECT
public:
    WatchlistHitsDialog(WatchlistController *watchlists, QWidget *parent = nullptr);
    ~WatchlistHitsDialog() override;

    QTreeWidget *view() const { return m_view; }
    QLabel *statusLabel() const { return m_status; }
    bool isSearching() const { return m_watcher.isRunning(); }
    // Searches the library again.
    void reload();

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void showArticles(const QList<LibraryHits::Article> &articles);

    WatchlistController *m_watchlists;
    QTreeWidget *m_view;
    QLabel *m_status;
    QFutureWatcher<QList<LibraryHits::Article>> m_watcher;
    std::stop_source m_stop;
    bool m_again = false;
};

} // namespace dramatis
