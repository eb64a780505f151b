#pragma once

#include "core/analysis.h"
#include "core/entitytype.h"
#include "watchlists/entitymatches.h"

#include <QAbstractItemModel>

#include <array>

namespace dramatis {

// The sidebar's tree: four type groups (People, Companies and organisations, Places, Other) as top-level
// rows, each holding its entities ordered by mention count. It shows one Analysis snapshot and is reset
// whole when another one is swapped in, so views never see a half-updated article.
//
// Internal ids: 0 for a group row, group number + 1 for an entity row (its parent is that group).
class EntityModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    explicit EntityModel(QObject *parent = nullptr);

    void setAnalysis(AnalysisPtr analysis);
    AnalysisPtr analysis() const { return m_analysis; }
    // The watchlist hits of the analysis shown (entity indexes into it): a badge and tooltip lines per
    // entity. Cleared by setAnalysis(); setting them changes the rows' data, not the rows.
    void setWatchlistMatches(EntityMatches matches);
    const EntityMatches &watchlistMatches() const { return m_matches; }

    // The index of entity `entity` (an index into Analysis::entities), invalid when absent.
    QModelIndex indexForEntity(int entity) const;
    QModelIndex groupIndex(EntityType type) const;
    // How many entities of a type the current analysis holds.
    int entityCount(EntityType type) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString affiliationOf(const Entity &e) const;
    QString subtitleOf(const Entity &e) const;
    AnalysisPtr m_analysis;
    EntityMatches m_matches;
    // Per type group: indexes into m_analysis->entities, by salience, mention count, first appearance.
    std::array<QList<int>, EntityTypeCount> m_groups;
};

} // namespace dramatis
