#include "itemmodels/annotationmodel.h"

#include "annotations/annotationstore.h"
#include "itemmodels/rowlookup.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dramatis {

AnnotationModel::AnnotationModel(AnnotationStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(store, &AnnotationStore::annotationAdded, this, &AnnotationModel::onAdded);
    connect(store, &AnnotationStore::annotationChanged, this, &AnnotationModel::onChanged);
    connect(store, &AnnotationStore::annotationRemoved, this, &AnnotationModel::onRemoved);
    connect(store, &AnnotationStore::categoriesChanged, this, &AnnotationModel::reloadColors);
    connect(store, &AnnotationStore::tagsChanged, this, [this](qint64 articleId) {
        if (articleId == m_articleId && m_articleId > 0)
            Q_EMIT tagsChanged();
    });
}

void AnnotationModel::setArticle(const Article &article)
{
    beginResetModel();
    m_text = article.text;
    m_articleId = m_store ? m_store->articleId(article) : 0;
    m_annotations = m_articleId > 0 ? m_store->annotations(m_articleId, m_text) : AnnotationList();
    m_colors.clear();
    if (m_store) {
        for (const HighlightCategory &c : m_store->categories())
            m_colors.insert(c.name, c.color);
    }
    endResetModel();
    Q_EMIT tagsChanged();
}

void AnnotationModel::clear()
{
    beginResetModel();
    m_text.clear();
    m_articleId = 0;
    m_annotations.clear();
    endResetModel();
    Q_EMIT tagsChanged();
}

Annotation AnnotationModel::makeAnnotation(
    Annotation::Kind kind, qsizetype start, qsizetype end, const QString &text, const QString &category) const
{
    Annotation a;
    a.articleId = m_articleId;
    a.kind = kind;
    a.anchor = TextAnchor::fromRange(m_text, start, end);
    a.text = text;
    a.category = category;
    return a;
}

qint64 AnnotationModel::addAnnotation(Annotation annotation)
{
    if (!m_store || m_articleId <= 0 || annotation.anchor.exact.isEmpty())
        return 0;
    annotation.articleId = m_articleId;
    return m_store->addAnnotation(annotation);
}

bool AnnotationModel::restoreAnnotation(const Annotation &annotation)
{
    return m_store && annotation.articleId == m_articleId && m_store->restoreAnnotation(annotation);
}

bool AnnotationModel::updateAnnotation(const Annotation &annotation)
{
    return m_store && m_store->updateAnnotation(annotation);
}

bool AnnotationModel::removeAnnotation(qint64 id)
{
    return m_store && m_store->removeAnnotation(id);
}

std::optional<Annotation> AnnotationModel::annotation(qint64 id) const
{
    const QModelIndex index = indexOf(id);
    if (!index.isValid())
        return std::nullopt;
    return m_annotations.at(index.row());
}

QModelIndex AnnotationModel::indexOf(qint64 id) const
{
    const int row = rowOfId(m_annotations, id);
    return row < 0 ? QModelIndex() : index(row);
}

QList<int> AnnotationModel::rowsAt(qsizetype pos) const
{
    QList<int> rows;
    for (qsizetype i = 0; i < m_annotations.size(); ++i) {
        const Annotation &a = m_annotations[i];
        if (!a.isOrphaned() && a.start <= pos && pos < a.end)
            rows.append(int(i));
    }
    return rows;
}

QStringList AnnotationModel::tags() const
{
    return m_store && m_articleId > 0 ? m_store->tags(m_articleId) : QStringList();
}

bool AnnotationModel::addTag(const QString &tag)
{
    return m_store && m_articleId > 0 && m_store->addTag(m_articleId, tag);
}

bool AnnotationModel::removeTag(const QString &tag)
{
    return m_store && m_articleId > 0 && m_store->removeTag(m_articleId, tag);
}

int AnnotationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_annotations.size());
}

QVariant AnnotationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Annotation &a = m_annotations.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return a.text.isEmpty() ? a.anchor.exact : a.text;
    case Qt::ToolTipRole:
        return a.anchor.exact;
    case AnnotationIdRole:
        return a.id;
    case KindRole:
        return int(a.kind);
    case QuoteRole:
        return a.anchor.exact;
    case NoteTextRole:
        return a.text;
    case CategoryRole:
        return a.category;
    case CategoryColorRole:
        return m_colors.value(a.category);
    case StartRole:
        return qint64(a.start);
    case EndRole:
        return qint64(a.end);
    case AnchorStatusRole:
        return int(a.status);
    case OrphanedRole:
        return a.isOrphaned();
    case SearchTextRole:
        return QStringList {a.anchor.exact, a.text, a.category}.join(u'\n');
    default:
        return {};
    }
}

QHash<int, QByteArray> AnnotationModel::roleNames() const
{
    return withItemRoleNames(QAbstractListModel::roleNames(),
        {AnnotationIdRole, KindRole, QuoteRole, NoteTextRole, CategoryRole, CategoryColorRole, StartRole,
            EndRole, AnchorStatusRole, OrphanedRole, SearchTextRole});
}

int AnnotationModel::insertionRow(const Annotation &annotation) const
{
    return int(std::upper_bound(m_annotations.cbegin(), m_annotations.cend(), annotation, inTextOrder)
        - m_annotations.cbegin());
}

void AnnotationModel::onAdded(const Annotation &stored)
{
    if (stored.articleId != m_articleId || m_articleId <= 0 || indexOf(stored.id).isValid())
        return;
    // Stored anchors were made from this text, but a restore may bring back one that had moved away.
    Annotation a = stored;
    const AnchorMatch match = resolveAnchor(a.anchor, m_text);
    a.status = match.status;
    a.start = match.start;
    a.end = match.end;
    const int row = insertionRow(a);
    beginInsertRows({}, row, row);
    m_annotations.insert(row, a);
    endInsertRows();
}

void AnnotationModel::onChanged(const Annotation &changed)
{
    const QModelIndex index = indexOf(changed.id);
    if (!index.isValid())
        return;
    Annotation &a = m_annotations[index.row()];
    a.text = changed.text;
    a.category = changed.category;
    a.kind = changed.kind;
    a.modified = QDateTime::currentDateTimeUtc();
    Q_EMIT dataChanged(index, index);
}

void AnnotationModel::onRemoved(qint64 articleId, qint64 id)
{
    if (articleId != m_articleId)
        return;
    const QModelIndex index = indexOf(id);
    if (!index.isValid())
        return;
    beginRemoveRows({}, index.row(), index.row());
    m_annotations.removeAt(index.row());
    endRemoveRows();
}

void AnnotationModel::reloadColors()
{
    m_colors.clear();
    if (m_store) {
        for (const HighlightCategory &c : m_store->categories())
            m_colors.insert(c.name, c.color);
    }
    if (!m_annotations.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_annotations.size()) - 1), {CategoryColorRole});
}

} // namespace dramatis
