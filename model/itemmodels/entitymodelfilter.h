#pragma once

#include "core/entitytype.h"

#include <QSortFilterProxyModel>

#include <array>

namespace dramatis {

// Filters an EntityModel for the sidebar: by text (name or any alias, case- and accent-insensitive) and
// by type (the legend's toggles). A group is shown only while one of its entities is, so an empty or
// hidden type disappears instead of leaving a bare heading.
class EntityModelFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EntityModelFilter(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void setTypeVisible(EntityType type, bool visible);
    bool isTypeVisible(EntityType type) const { return m_visible[int(type)]; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text; // already folded with Resolver::matchKey
    std::array<bool, EntityTypeCount> m_visible{true, true, true, true};
};

} // namespace dramatis
