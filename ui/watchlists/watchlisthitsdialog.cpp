#include "watchlists/watchlisthitsdialog.h"

#include "watchlists/watchlistcontroller.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace dramatis {

namespace {

enum Column { DateColumn, TitleColumn, HitsColumn, SourceColumn };
constexpr int PathRole = Qt::UserRole + 1;

} // namespace

WatchlistHitsDialog::WatchlistHitsDialog(WatchlistController *watchlists, QWidget *parent)
    : QDialog(parent)
    , m_watchlists(watchlists)
{
    setWindowTitle(tr("Watchlist Hits"));
    setObjectName(QStringLiteral("watchlistHitsDialog"));
    m_view = new QTreeWidget(this);
    m_view->setObjectName(QStringLiteral("watchlistHitsView"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setHeaderLabels({tr("Date"), tr("Article"), tr("On a watchlist"), tr("Source")});
    m_view->header()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(HitsColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(SourceColumn, QHeaderView::ResizeToContents);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("watchlistHitsStatus"));
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(860, 440);

    connect(m_view, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT openRequested(item->data(TitleColumn, PathRole).toString());
    });
    connect(&m_watcher, &QFutureWatcher<QList<LibraryHits::Article>>::finished, this, [this] {
        if (m_again) {
            m_again = false;
            reload();
            return;
        }
        if (!m_watcher.isCanceled())
            showArticles(m_watcher.result());
    });
    // New indexes (a list imported, updated, switched off): the hits may have changed.
    connect(m_watchlists, &WatchlistController::indexed, this, &WatchlistHitsDialog::reload);
    reload();
}

WatchlistHitsDialog::~WatchlistHitsDialog()
{
    m_stop.request_stop();
    m_watcher.waitForFinished();
}

void WatchlistHitsDialog::reload()
{
    if (m_watcher.isRunning()) {
        m_stop.request_stop();
        m_again = true;
        return;
    }
    if (m_watchlists->matcher().isEmpty()) {
        m_view->clear();
        m_status->setText(m_watchlists->isIndexing()
                ? tr("Reading the watchlists…")
                : tr("No active watchlist. Import one with Tools → Watchlists…"));
        return;
    }
    m_status->setText(tr("Searching the library…"));
    m_stop = std::stop_source();
    m_watcher.setFuture(QtConcurrent::run(
        [path = m_watchlists->databasePath(), matcher = m_watchlists->matcher(), stop = m_stop.get_token()] {
            LibraryStore library;
            WatchlistStore decisions;
            if (!library.open(path) || !decisions.open(path))
                return QList<LibraryHits::Article>();
            return LibraryHits::find(library, matcher, &decisions, stop);
        }));
}

void WatchlistHitsDialog::showArticles(const QList<LibraryHits::Article> &articles)
{
    m_view->clear();
    const QLocale locale;
    QList<QTreeWidgetItem *> items;
    items.reserve(articles.size());
    for (const LibraryHits::Article &a : articles) {
        auto *item = new QTreeWidgetItem;
        const QDate date
            = a.article.date.isValid() ? a.article.date : a.article.firstOpened.toLocalTime().date();
        item->setText(DateColumn, locale.toString(date, QLocale::ShortFormat));
        item->setText(TitleColumn, a.article.title.isEmpty() ? a.article.path : a.article.title);
        item->setToolTip(TitleColumn, a.article.path);
        item->setData(TitleColumn, PathRole, a.article.path);
        QStringList names;
        QStringList tip;
        for (const LibraryHits::Hit &h : a.hits) {
            names.append(h.match.hit.possible && !h.match.confirmed() ? h.entity + u'?' : h.entity);
            tip.append(h.entity + u" \u2192 " + h.match.describe());
        }
        item->setText(HitsColumn, names.join(QStringLiteral(", ")));
        item->setToolTip(HitsColumn, tip.join(u'\n'));
        const WatchlistMatch &best = a.hits.front().match;
        item->setIcon(
            HitsColumn, watchlistSwatch(QColor(best.hit.colour), best.hit.possible && !best.confirmed()));
        item->setText(SourceColumn, a.article.source);
        items.append(item);
    }
    m_view->addTopLevelItems(items);
    // Files without a source line would leave an empty column taking the hits' room.
    m_view->setColumnHidden(SourceColumn,
        std::all_of(articles.cbegin(), articles.cend(),
            [](const LibraryHits::Article &a) { return a.article.source.isEmpty(); }));
    m_status->setText(articles.isEmpty()
            ? tr("No article of the library names anyone on the active watchlists.")
            : articles.size() == 1
            ? tr("1 article names someone on a watchlist. Double-click it to open it.")
            : tr("%1 articles name someone on a watchlist. Double-click one to open it.")
                  .arg(articles.size()));
}

} // namespace dramatis
