#include "itemmodels/libraryentitymodel.h"

#include "itemmodels/itemroles.h"
#include "itemmodels/rowlookup.h"

namespace dramatis {

LibraryEntityModel::LibraryEntityModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void LibraryEntityModel::setEntities(const QList<LibraryEntity> &entities)
{
    beginResetModel();
    m_entities = entities;
    endResetModel();
}

int LibraryEntityModel::rowOfId(qint64 id) const
{
    return dramatis::rowOfId(m_entities, id);
}

int LibraryEntityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entities.size());
}

QVariant LibraryEntityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LibraryEntity &e = m_entities.at(index.row());
    const int count = e.sharedArticles > 0 ? e.sharedArticles : e.articleCount;
    switch (role) {
    case Qt::DisplayRole:
        return e.name;
    case Qt::ToolTipRole:
        if (e.sharedArticles > 0)
            return tr("%1 (%2): in %3 of its articles")
                .arg(e.name, entityTypeName(e.type))
                .arg(e.sharedArticles);
        return tr("%1 (%2): in %3 articles").arg(e.name, entityTypeName(e.type)).arg(e.articleCount);
    case EntityTypeRole:
        return int(e.type);
    case LibraryEntityIdRole:
        return e.id;
    case LibraryCountRole:
        return count;
    case MentionCountRole:
        return e.mentionCount;
    default:
        return {};
    }
}

} // namespace dramatis
