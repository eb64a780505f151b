#pragma once

#include "library/librarystore.h"

#include <QAbstractTableModel>

namespace dramatis {

// The library's articles as a table (title, source, date, entities, notes, last opened) for the Library
// panel. It holds a snapshot the panel queries from LibraryStore and sorts it in memory, so clicking a
// header never touches the database.
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

    explicit LibraryArticleModel(QObject *parent = nullptr);

    void setArticles(const QList<LibraryArticle> &articles);
    const QList<LibraryArticle> &articles() const { return m_articles; }
    const LibraryArticle *articleAt(int row) const;
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void applySort();
    QList<LibraryArticle> m_articles;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace dramatis
