#pragma once

#include "library/librarystore.h"

#include <QAbstractListModel>

namespace dramatis {

// The identifiers (e-mail addresses, phone numbers, ...) found in a library entity's articles, for the
// Library panel: each with the number of articles in the whole library that have it, since that is what
// ties articles together ("this number is in these 3 articles").
class LibraryIdentifierModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit LibraryIdentifierModel(QObject *parent = nullptr);

    void setIdentifiers(const QList<LibraryIdentifier> &identifiers);
    const QList<LibraryIdentifier> &identifiers() const { return m_identifiers; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<LibraryIdentifier> m_identifiers;
};

} // namespace dramatis
