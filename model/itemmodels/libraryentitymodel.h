#pragma once

#include "library/librarystore.h"

#include <QAbstractListModel>

namespace dramatis {

// A list of library entities for the Library panel: every entity with its article count, or the ones
// most often mentioned with a chosen entity (then the count is of shared articles).
class LibraryEntityModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit LibraryEntityModel(QObject *parent = nullptr);

    void setEntities(const QList<LibraryEntity> &entities);
    const QList<LibraryEntity> &entities() const { return m_entities; }
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<LibraryEntity> m_entities;
};

} // namespace dramatis
