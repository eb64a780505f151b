#include "itemmodels/libraryidentifiermodel.h"

#include "itemmodels/itemroles.h"

namespace dramatis {

LibraryIdentifierModel::LibraryIdentifierModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void LibraryIdentifierModel::setIdentifiers(const QList<LibraryIdentifier> &identifiers)
{
    beginResetModel();
    m_identifiers = identifiers;
    endResetModel();
}

int LibraryIdentifierModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_identifiers.size());
}

QVariant LibraryIdentifierModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LibraryIdentifier &i = m_identifiers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return i.text.isEmpty() ? i.normalized : i.text;
    case Qt::ToolTipRole:
        // Two messages, so English reads "1 article" / "3 articles" without a catalogue.
        return i.articleCount == 1
            ? tr("%1 (%2, %3): in 1 article").arg(i.text, identifierKindName(i.kind), i.normalized)
            : tr("%1 (%2, %3): in %4 articles, %5 of them with this entity")
                  .arg(i.text, identifierKindName(i.kind), i.normalized)
                  .arg(i.articleCount)
                  .arg(i.sharedArticles);
    case IdentifierKindRole:
        return int(i.kind);
    case NormalizedRole:
        return i.normalized;
    case LibraryCountRole:
        return i.articleCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> LibraryIdentifierModel::roleNames() const
{
    return withItemRoleNames(
        QAbstractListModel::roleNames(), {IdentifierKindRole, NormalizedRole, LibraryCountRole});
}

} // namespace dramatis
