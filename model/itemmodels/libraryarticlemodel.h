#pragma once

#include "library/librarystore.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace dramatis {

class LibraryReader;

// The library's articles as a table (title, source, date, entities, notes, last opened) for the Library
// panel, in one of two ways. Given a list (setArticles: an entity's articles), it holds that snapshot and
// sorts it in memory. Given a reader (setReader, then setQuery: the whole library), it holds only the
// pages the view has scrolled to: the first page comes when the query is set, the next ones through
// fetchMore() as the view scrolls, every page read off the GUI thread, and sorting by a column asks the
// database for the rows in that order (each order has an index), so a library of 100,000 articles costs
// what a screenful does.
class LibraryArticleModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        SourceColumn,
        DateColumn,
        EntitiesColumn,
        NotesColumn,
        OpenedColumn,
        ColumnCount
    };

    static constexpr int PageSize = 200;

    explicit LibraryArticleModel(QObject *parent = nullptr);

    void setArticles(const QList<LibraryArticle> &articles);
    // Paged mode: rows come from `reader` for the query set next.
    void setReader(LibraryReader *reader);
    // Lists the query's articles from the first page (the query's sort is replaced by the header's once one
    // was clicked; its limit and offset are the model's).
    void setQuery(const LibraryQuery &query);
    const LibraryQuery &query() const { return m_query; }
    // Paged mode: no rows and no query (a page still on its way is dropped when it comes).
    void clear();
    // How many articles the query lists in all (paged mode; -1 until the first page came).
    int totalCount() const { return m_total; }
    // A search with more matches than totalCount() (LibraryStore::RankLimit): counting them all would take
    // longer than typing. Its rows still come as the view scrolls, up to the last.
    bool hasMoreThanTotal() const { return m_more; }
    // An article recorded or re-recorded since the query ran: its row is updated in place, and a new
    // article goes on top when the list shows the most recently opened first. Nothing else is reread.
    void updateArticle(const LibraryArticle &article);
    const QList<LibraryArticle> &articles() const { return m_articles; }
    const LibraryArticle *articleAt(int row) const;
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // The first page of a query came (paged mode): the query's size and the formats in the library.
    void queryDone(int total, const QStringList &formats);

private:
    void applySort();
    void readPage(int offset);
    QList<LibraryArticle> m_articles;
    QPointer<LibraryReader> m_reader;
    LibraryQuery m_query;
    int m_total = -1;
    bool m_more = false;
    bool m_reading = false; // a page is on its way
    int m_generation = 0; // of the query: pages asked for an older one are dropped
    bool m_queried = false; // setQuery() was called: nothing is read before
    bool m_headerSort = false; // the analyst chose the order by clicking a header
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace dramatis
