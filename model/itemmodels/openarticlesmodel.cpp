#include "itemmodels/openarticlesmodel.h"

#include "itemmodels/itemroles.h"
#include "itemmodels/rowlookup.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace dramatis {

OpenArticlesModel::OpenArticlesModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int OpenArticlesModel::addOrReplace(AnalysisPtr analysis)
{
    const int existing = rowForPath(analysis->article.filePath);
    if (existing >= 0) {
        m_articles[existing] = std::move(analysis);
        const QModelIndex i = index(existing);
        Q_EMIT dataChanged(i, i);
        return existing;
    }
    const int row = int(m_articles.size());
    beginInsertRows({}, row, row);
    m_articles.append(std::move(analysis));
    endInsertRows();
    return row;
}

void OpenArticlesModel::removeArticle(int row)
{
    if (row < 0 || row >= m_articles.size())
        return;
    beginRemoveRows({}, row, row);
    m_articles.removeAt(row);
    endRemoveRows();
}

AnalysisPtr OpenArticlesModel::analysisAt(int row) const
{
    return row >= 0 && row < m_articles.size() ? m_articles.at(row) : nullptr;
}

int OpenArticlesModel::rowForPath(const QString &path) const
{
    if (path.isEmpty())
        return -1;
    return rowWhere(m_articles, [&](const AnalysisPtr &a) { return a->article.filePath == path; });
}

int OpenArticlesModel::rowOf(const Analysis *analysis) const
{
    return rowWhere(m_articles, [&](const AnalysisPtr &a) { return a.get() == analysis; });
}

int OpenArticlesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

QVariant OpenArticlesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Analysis &a = *m_articles.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayTitle(a);
    case Qt::ToolTipRole: return a.article.filePath;
    case ArticleSubtitleRole: return subtitle(a);
    case ArticlePathRole: return a.article.filePath;
    default: return {};
    }
}

QHash<int, QByteArray> OpenArticlesModel::roleNames() const
{
    return withItemRoleNames(QAbstractListModel::roleNames(), {ArticleSubtitleRole, ArticlePathRole});
}

QString OpenArticlesModel::displayTitle(const Analysis &analysis)
{
    if (!analysis.article.title.isEmpty())
        return analysis.article.title;
    const QString name = QFileInfo(analysis.article.filePath).fileName();
    return name.isEmpty() ? QCoreApplication::translate("dramatis::OpenArticlesModel", "Untitled article") : name;
}

QString OpenArticlesModel::subtitle(const Analysis &analysis)
{
    QStringList parts;
    if (!analysis.article.source.isEmpty())
        parts << analysis.article.source;
    if (analysis.article.date.isValid())
        parts << QLocale().toString(analysis.article.date, QStringLiteral("d MMM yyyy"));
    const auto people = std::count_if(analysis.entities.cbegin(), analysis.entities.cend(),
                                      [](const Entity &e) { return e.type == EntityType::Person; });
    parts << (people == 1 ? QCoreApplication::translate("dramatis::OpenArticlesModel", "1 person")
                          : QCoreApplication::translate("dramatis::OpenArticlesModel", "%1 people").arg(people));
    return parts.join(QStringLiteral(" · "));
}

} // namespace dramatis
