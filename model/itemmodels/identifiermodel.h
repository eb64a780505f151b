#pragma once

#include "core/analysis.h"

#include <QAbstractItemModel>

namespace dramatis {

// The sidebar's "Contacts and identifiers": one group row (with the count, absent when the article has
// none) holding a row per distinct identifier, by kind then first appearance. Like EntityModel it shows
// one Analysis snapshot and is reset whole when another is swapped in.
//
// Internal ids: 0 for the group row, 1 for an identifier row (its parent is the group).
class IdentifierModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    explicit IdentifierModel(QObject *parent = nullptr);

    void setAnalysis(AnalysisPtr analysis);
    AnalysisPtr analysis() const { return m_analysis; }
    const QList<DistinctIdentifier> &identifiers() const { return m_identifiers; }
    QModelIndex groupIndex() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    AnalysisPtr m_analysis;
    QList<DistinctIdentifier> m_identifiers;
};

} // namespace dramatis
