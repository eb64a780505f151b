#include "itemmodels/entitymodelfilter.h"

#include "entities/resolver.h"
#include "itemmodels/itemroles.h"

namespace dramatis {

EntityModelFilter::EntityModelFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void EntityModelFilter::setFilterText(const QString &text)
{
    const QString key = Resolver::matchKey(text.trimmed());
    if (key == m_text)
        return;
    m_text = key;
    invalidateFilter();
}

void EntityModelFilter::setTypeVisible(EntityType type, bool visible)
{
    if (m_visible[int(type)] == visible)
        return;
    m_visible[int(type)] = visible;
    invalidateFilter();
}

bool EntityModelFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Groups never accept by themselves: recursive filtering shows them when a child is accepted.
    if (!sourceParent.isValid())
        return false;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_visible[index.data(EntityTypeRole).toInt()])
        return false;
    if (m_text.isEmpty())
        return true;
    if (Resolver::matchKey(index.data(Qt::DisplayRole).toString()).contains(m_text))
        return true;
    const QStringList aliases = index.data(AliasesRole).toStringList();
    return std::any_of(aliases.cbegin(), aliases.cend(),
                       [&](const QString &a) { return Resolver::matchKey(a).contains(m_text); });
}

} // namespace dramatis
