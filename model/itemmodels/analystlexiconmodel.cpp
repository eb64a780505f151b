#include "itemmodels/analystlexiconmodel.h"

#include "annotations/annotationstore.h"

#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace dramatis {

AnalystLexiconModel::AnalystLexiconModel(AnnotationStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &AnnotationStore::lexiconChanged, this, &AnalystLexiconModel::reload);
    reload();
}

void AnalystLexiconModel::reload()
{
    beginResetModel();
    m_rules = m_store ? m_store->lexicon().rules() : QList<LexiconRule>();
    std::stable_sort(m_rules.begin(), m_rules.end(),
        [](const LexiconRule &a, const LexiconRule &b) { return a.id > b.id; });
    endResetModel();
}

int AnalystLexiconModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int AnalystLexiconModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnalystLexiconModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LexiconRule &r = m_rules.at(index.row());
    if (role == RuleIdRole)
        return r.id;
    if (role == RuleKindRole)
        return int(r.kind);
    if (role == Qt::ToolTipRole && index.column() == OriginColumn)
        return r.originPath;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RuleColumn:
        return r.describe();
    case ScopeColumn:
        return r.scope == LexiconRule::Everywhere ? tr("Everywhere") : tr("This article");
    case OriginColumn:
        return r.originContext.isEmpty()
            ? QFileInfo(r.originPath).fileName()
            : tr("%1: %2").arg(QFileInfo(r.originPath).fileName(), r.originContext);
    case CreatedColumn:
        return QLocale().toString(r.created.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant AnalystLexiconModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RuleColumn:
        return tr("Rule");
    case ScopeColumn:
        return tr("Holds");
    case OriginColumn:
        return tr("From");
    case CreatedColumn:
        return tr("Made");
    default:
        return {};
    }
}

} // namespace dramatis
