#include "itemmodels/entitymodel.h"

#include "itemmodels/itemroles.h"

#include <QCoreApplication>

#include <algorithm>

namespace dramatis {

EntityModel::EntityModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void EntityModel::setAnalysis(AnalysisPtr analysis)
{
    beginResetModel();
    m_analysis = std::move(analysis);
    m_matches = {};
    for (auto &group : m_groups)
        group.clear();
    if (m_analysis) {
        const EntityList &entities = m_analysis->entities;
        for (int i = 0; i < entities.size(); ++i)
            m_groups[int(entities[i].type)].append(i);
        // Most salient first (the resolver's score: mentions, position, headline, role), then by count;
        // the sidebar's order is this model's promise, not the resolver's.
        for (auto &group : m_groups) {
            std::stable_sort(group.begin(), group.end(), [&](int a, int b) {
                const Entity &x = entities[a], &y = entities[b];
                if (x.salience != y.salience)
                    return x.salience > y.salience;
                if (x.mentionCount() != y.mentionCount())
                    return x.mentionCount() > y.mentionCount();
                const int fx = x.mentions.isEmpty() ? INT_MAX : x.mentions.front();
                const int fy = y.mentions.isEmpty() ? INT_MAX : y.mentions.front();
                return fx < fy;
            });
        }
    }
    endResetModel();
}

void EntityModel::setWatchlistMatches(EntityMatches matches)
{
    m_matches = std::move(matches);
    for (int group = 0; group < EntityTypeCount; ++group) {
        if (m_groups[group].isEmpty())
            continue;
        const QModelIndex parent = groupIndex(EntityType(group));
        Q_EMIT dataChanged(index(0, 0, parent), index(int(m_groups[group].size()) - 1, 0, parent),
            {Qt::ToolTipRole, WatchlistBadgeRole, WatchlistColourRole, WatchlistNameRole});
    }
}

QString EntityModel::affiliationOf(const Entity &e) const
{
    return e.affiliation >= 0 && e.affiliation < m_analysis->entities.size()
        ? m_analysis->entities[e.affiliation].name
        : QString();
}

QString EntityModel::subtitleOf(const Entity &e) const
{
    const QString affiliation = affiliationOf(e);
    if (e.type != EntityType::Person && !affiliation.isEmpty())
        return QCoreApplication::translate("dramatis::EntityModel", "part of %1").arg(affiliation);
    if (e.role.isEmpty() || affiliation.isEmpty())
        return e.role.isEmpty() ? affiliation : e.role;
    return e.role + u", " + affiliation;
}

QModelIndex EntityModel::indexForEntity(int entity) const
{
    if (!m_analysis || entity < 0 || entity >= m_analysis->entities.size())
        return {};
    const int group = int(m_analysis->entities[entity].type);
    const int row = int(m_groups[group].indexOf(entity));
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(group + 1));
}

QModelIndex EntityModel::groupIndex(EntityType type) const
{
    return createIndex(int(type), 0, quintptr(0));
}

int EntityModel::entityCount(EntityType type) const
{
    return int(m_groups[int(type)].size());
}

QModelIndex EntityModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex EntityModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int EntityModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return EntityTypeCount;
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups[parent.row()].size());
}

int EntityModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant EntityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const auto type = EntityType(index.row());
        const int count = int(m_groups[index.row()].size());
        switch (role) {
        case Qt::DisplayRole:
            return entityTypeGroupName(type);
        case Qt::ToolTipRole:
            return count == 1
                ? QCoreApplication::translate("dramatis::EntityModel", "1 entity")
                : QCoreApplication::translate("dramatis::EntityModel", "%1 entities").arg(count);
        case EntityTypeRole:
            return int(type);
        case IsGroupRole:
            return true;
        case EntityIndexRole:
            return -1;
        case MentionCountRole:
            return count;
        case FirstMentionRole:
            return -1;
        default:
            return {};
        }
    }
    const int entityIndex = m_groups[index.internalId() - 1].at(index.row());
    const Entity &e = m_analysis->entities.at(entityIndex);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return e.name;
    case Qt::ToolTipRole: {
        QString tip = e.name + u" (" + entityTypeName(e.type) + u')';
        if (const QString subtitle = subtitleOf(e); !subtitle.isEmpty())
            tip += u'\n' + subtitle;
        if (e.ambiguous)
            tip += u'\n'
                + QCoreApplication::translate(
                    "dramatis::EntityModel", "Ambiguous: this name fits several people, so it joined none");
        if (!e.aliases.isEmpty())
            tip += u'\n'
                + QCoreApplication::translate("dramatis::EntityModel", "Also: %1")
                      .arg(e.aliases.join(QStringLiteral(", ")));
        const qsizetype count = e.mentionCount(); // the title's count too
        tip += u'\n'
            + (count == 1 ? QCoreApplication::translate("dramatis::EntityModel", "1 mention")
                          : QCoreApplication::translate("dramatis::EntityModel", "%1 mentions").arg(count));
        if (const QList<WatchlistMatch> hits = m_matches.shown(entityIndex); !hits.isEmpty())
            tip += u"\n\n" + WatchlistMatch::describe(hits);
        return tip;
    }
    case EntityTypeRole:
        return int(e.type);
    case IsGroupRole:
        return false;
    case EntityIndexRole:
        return entityIndex;
    case MentionCountRole:
        return int(e.mentionCount());
    case EntityRoleRole:
        return e.role;
    case AliasesRole:
        return e.aliases;
    case AffiliationRole:
        return affiliationOf(e);
    case SubtitleRole:
        return subtitleOf(e);
    case FirstMentionRole:
        return e.mentions.isEmpty() ? -1 : e.mentions.front();
    case LexiconDecidedRole:
        return std::binary_search(
            m_analysis->lexiconEntities.cbegin(), m_analysis->lexiconEntities.cend(), entityIndex);
    case WatchlistBadgeRole:
        return int(watchlistBadge(m_matches.shown(entityIndex)));
    case WatchlistColourRole:
        return m_matches.shown(entityIndex).value(0).hit.colour;
    case WatchlistNameRole:
        return m_matches.shown(entityIndex).value(0).hit.listName;
    default:
        return {};
    }
}

Qt::ItemFlags EntityModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Groups are headings: they can be expanded but not selected.
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> EntityModel::roleNames() const
{
    return withItemRoleNames(QAbstractItemModel::roleNames(),
        {EntityTypeRole, IsGroupRole, EntityIndexRole, MentionCountRole, EntityRoleRole, AliasesRole,
            FirstMentionRole, LexiconDecidedRole, WatchlistBadgeRole, WatchlistColourRole,
            WatchlistNameRole});
}

} // namespace dramatis
