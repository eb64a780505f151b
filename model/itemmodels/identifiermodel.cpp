#include "itemmodels/identifiermodel.h"

#include "itemmodels/itemroles.h"

namespace dramatis {

IdentifierModel::IdentifierModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void IdentifierModel::setAnalysis(AnalysisPtr analysis)
{
    beginResetModel();
    m_analysis = std::move(analysis);
    m_identifiers = m_analysis ? distinctIdentifiers(m_analysis->article.text, m_analysis->identifiers,
                        m_analysis->article.title, m_analysis->titleIdentifiers)
                               : QList<DistinctIdentifier> {};
    endResetModel();
}

QModelIndex IdentifierModel::groupIndex() const
{
    return index(0, 0);
}

QModelIndex IdentifierModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, quintptr(parent.isValid() ? 1 : 0));
}

QModelIndex IdentifierModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(0, 0, quintptr(0));
}

int IdentifierModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_identifiers.isEmpty() ? 0 : 1;
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(m_identifiers.size());
    return 0;
}

int IdentifierModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant IdentifierModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool group = index.internalId() == 0;
    if (group) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("Contacts and identifiers");
        case IsGroupRole:
            return true;
        case MentionCountRole:
            return int(m_identifiers.size());
        case IdentifierKindRole:
        case IdentifierRowRole:
            return -1;
        case NormalizedRole:
            return QString();
        default:
            return {};
        }
    }
    const DistinctIdentifier &d = m_identifiers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return d.text;
    case Qt::ToolTipRole:
        return QString(d.normalized + u'\n' + identifierKindName(d.kind) + u" · "
            + tr("%n mention(s)", nullptr, d.count()));
    case IsGroupRole:
        return false;
    case MentionCountRole:
        return d.count();
    case IdentifierKindRole:
        return int(d.kind);
    case IdentifierRowRole:
        return index.row();
    case NormalizedRole:
        return d.normalized;
    case SubtitleRole:
        return identifierKindName(d.kind);
    default:
        return {};
    }
}

Qt::ItemFlags IdentifierModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QHash<int, QByteArray> IdentifierModel::roleNames() const
{
    return withItemRoleNames(QAbstractItemModel::roleNames(),
        {IsGroupRole, MentionCountRole, IdentifierKindRole, IdentifierRowRole, NormalizedRole, SubtitleRole});
}

} // namespace dramatis
