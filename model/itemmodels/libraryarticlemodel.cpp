#include "itemmodels/libraryarticlemodel.h"

#include "itemmodels/itemroles.h"
#include "itemmodels/rowlookup.h"
#include "library/libraryreader.h"

#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace dramatis {

LibraryArticleModel::LibraryArticleModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LibraryArticleModel::setArticles(const QList<LibraryArticle> &articles)
{
    beginResetModel();
    m_articles = articles;
    applySort();
    endResetModel();
}

const LibraryArticle *LibraryArticleModel::articleAt(int row) const
{
    return row >= 0 && row < m_articles.size() ? &m_articles.at(row) : nullptr;
}

int LibraryArticleModel::rowOfId(qint64 id) const
{
    return dramatis::rowOfId(m_articles, id);
}

int LibraryArticleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

int LibraryArticleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryArticleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LibraryArticle &a = m_articles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return a.title.isEmpty() ? QFileInfo(a.path).fileName() : a.title;
        case SourceColumn:
            return a.source.isEmpty() ? a.author : a.source;
        case DateColumn:
            return a.date.isValid() ? QLocale().toString(a.date, u"d MMM yyyy") : QString();
        case EntitiesColumn:
            return a.entityCount;
        case NotesColumn:
            return a.noteCount > 0 ? QVariant(a.noteCount) : QVariant(QString());
        case OpenedColumn:
            return QLocale().toString(a.lastOpened.toLocalTime(), u"d MMM yyyy HH:mm");
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = a.path;
        if (!a.snippet.isEmpty())
            tip = a.snippet + u"\n" + tip;
        return tip;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == EntitiesColumn || index.column() == NotesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case LibraryArticleIdRole:
        return a.id;
    case ArticlePathRole:
        return a.path;
    case LibrarySnippetRole:
        return a.snippet;
    default:
        return {};
    }
}

QVariant LibraryArticleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case SourceColumn:
        return tr("Source");
    case DateColumn:
        return tr("Date");
    case EntitiesColumn:
        return tr("Entities");
    case NotesColumn:
        return tr("Notes");
    case OpenedColumn:
        return tr("Last opened");
    }
    return {};
}

void LibraryArticleModel::setReader(LibraryReader *reader)
{
    m_reader = reader;
}

void LibraryArticleModel::setQuery(const LibraryQuery &query)
{
    const LibraryQuery::Column sortColumn = m_query.sortColumn;
    const Qt::SortOrder order = m_query.order;
    m_query = query;
    m_queried = true;
    if (m_headerSort) {
        m_query.sortColumn = sortColumn;
        m_query.order = order;
    }
    ++m_generation;
    readPage(0);
}

void LibraryArticleModel::clear()
{
    ++m_generation;
    m_queried = false;
    m_reading = false;
    m_query = LibraryQuery();
    beginResetModel();
    m_articles.clear();
    m_total = -1;
    m_more = false;
    endResetModel();
}

void LibraryArticleModel::readPage(int offset)
{
    if (!m_reader)
        return;
    LibraryQuery page = m_query;
    page.offset = offset;
    page.limit = PageSize;
    m_reading = true;
    m_reader->readArticles(
        page, [this, offset, generation = m_generation](const LibraryReader::ArticlePage &answer) {
            if (generation != m_generation)
                return;
            m_reading = false;
            if (offset == 0) {
                beginResetModel();
                m_articles = answer.rows;
                m_total = answer.total;
                m_more = answer.more;
                endResetModel();
                Q_EMIT queryDone(m_total, answer.formats);
            } else if (offset == m_articles.size() && !answer.rows.isEmpty()) {
                beginInsertRows({}, int(m_articles.size()), int(m_articles.size() + answer.rows.size()) - 1);
                m_articles.append(answer.rows);
                endInsertRows();
            }
            if (answer.rows.size() < PageSize) {
                m_total = int(m_articles.size()); // the library changed meanwhile, or more was less: the end
                m_more = false;
            } else if (m_more) {
                m_total = std::max(m_total, int(m_articles.size()));
            }
        });
}

bool LibraryArticleModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_reader && !m_reading && (m_articles.size() < m_total || m_more);
}

void LibraryArticleModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        readPage(int(m_articles.size()));
}

void LibraryArticleModel::updateArticle(const LibraryArticle &article)
{
    const int row = rowOfId(article.id);
    if (row >= 0) {
        m_articles[row] = article;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    // Only the most-recently-opened-first list knows where the article goes without asking the database:
    // on top. Another order or a search shows it when the query runs again.
    const bool recentFirst = m_query.sortColumn == LibraryQuery::LastOpened && m_query.order == Qt::DescendingOrder
        && m_query.search.trimmed().isEmpty() && m_query.filter.isEmpty() && m_query.format.isEmpty()
        && !m_query.from.isValid() && !m_query.to.isValid();
    if (!m_reader || !recentFirst || row == 0 || m_total < 0)
        return;
    if (row > 0) {
        beginMoveRows({}, row, row, {}, 0);
        m_articles.move(row, 0);
        endMoveRows();
    } else {
        beginInsertRows({}, 0, 0);
        m_articles.prepend(article);
        ++m_total;
        endInsertRows();
    }
}

void LibraryArticleModel::sort(int column, Qt::SortOrder order)
{
    if (m_reader && column < 0) {
        m_headerSort = false; // no header chosen: the order of the query set next (best matches first)
        return;
    }
    if (column < 0 || column >= ColumnCount)
        return;
    if (m_reader) {
        static constexpr LibraryQuery::Column Columns[ColumnCount] = {LibraryQuery::Title, LibraryQuery::Source,
            LibraryQuery::Date, LibraryQuery::Entities, LibraryQuery::Notes, LibraryQuery::LastOpened};
        if (m_headerSort && m_query.sortColumn == Columns[column] && m_query.order == order)
            return;
        m_headerSort = true;
        m_query.sortColumn = Columns[column];
        m_query.order = order;
        if (m_queried) { // else the first setQuery() reads, in this order
            ++m_generation;
            readPage(0);
        }
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &i : before)
        ids << m_articles.at(i.row()).id;
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i)
        after << index(rowOfId(ids.at(i)), before.at(i).column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void LibraryArticleModel::applySort()
{
    if (m_sortColumn < 0)
        return; // the order the store gave (relevance for a search)
    const int column = m_sortColumn;
    auto less = [column](const LibraryArticle &a, const LibraryArticle &b) {
        switch (column) {
        case TitleColumn:
            return a.title.localeAwareCompare(b.title) < 0;
        case SourceColumn:
            return a.source.localeAwareCompare(b.source) < 0;
        case DateColumn:
            return a.date < b.date;
        case EntitiesColumn:
            return a.entityCount < b.entityCount;
        case NotesColumn:
            return a.noteCount < b.noteCount;
        default:
            return a.lastOpened < b.lastOpened;
        }
    };
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(m_articles.begin(), m_articles.end(), less);
    else
        std::stable_sort(
            m_articles.begin(), m_articles.end(), [&](const auto &a, const auto &b) { return less(b, a); });
}

} // namespace dramatis
