#pragma once

#include "core/analysis.h"

#include <QAbstractListModel>

namespace dramatis {

// The articles open in the window, in the order they were opened: the left-hand list. Each row is one
// Analysis snapshot; reopening a file replaces its row's snapshot instead of adding a second row.
class OpenArticlesModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit OpenArticlesModel(QObject *parent = nullptr);

    // Adds the analysis, or replaces the one with the same file path. Returns its row.
    int addOrReplace(AnalysisPtr analysis);
    void removeArticle(int row);
    AnalysisPtr analysisAt(int row) const;
    int rowForPath(const QString &path) const;
    int rowOf(const Analysis *analysis) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "Harbor Ledger · 14 Mar 2024 · 6 people": what the list shows under a title.
    static QString subtitle(const Analysis &analysis);
    // The title, or the file's name when the article has none.
    static QString displayTitle(const Analysis &analysis);

private:
    QList<AnalysisPtr> m_articles;
};

} // namespace dramatis
