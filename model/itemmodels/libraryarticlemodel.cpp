#include "itemmodels/libraryarticlemodel.h"

#include "itemmodels/itemroles.h"
#include "itemmodels/rowlookup.h"

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

void LibraryArticleModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
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
