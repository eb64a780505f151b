#pragma once

#include "annotations/annotation.h"
#include "annotations/annotationstore.h"
#include "core/article.h"
#include "itemmodels/itemroles.h"

#include <QAbstractListModel>
#include <QPointer>

#include <optional>

namespace dramatis {

// The notes and highlights of one article, in text order (orphans last): the notes panel's model and the
// API the GUI's edits (and their undo commands) go through. Every edit is written to the store first; the
// rows change when the store announces it, so two views of one article, or an undo, always show what the
// database holds.
class AnnotationModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit AnnotationModel(AnnotationStore *store, QObject *parent = nullptr);

    AnnotationStore *store() const { return m_store; }
    // Shows `article`'s annotations, anchored in its text (the article is added to the store if new).
    void setArticle(const Article &article);
    void clear();
    qint64 articleId() const { return m_articleId; }
    const QString &text() const { return m_text; }

    // A new annotation on [start, end) (UTF-16) of the current text, not stored yet.
    Annotation makeAnnotation(Annotation::Kind kind, qsizetype start, qsizetype end, const QString &text = {},
        const QString &category = {}) const;
    // Stores it; returns its id (0 when the store refused; see AnnotationStore::errorString()).
    qint64 addAnnotation(Annotation annotation);
    // Puts back one removed before, with its id (undo).
    bool restoreAnnotation(const Annotation &annotation);
    // Saves a changed note text or category.
    bool updateAnnotation(const Annotation &annotation);
    bool removeAnnotation(qint64 id);

    std::optional<Annotation> annotation(qint64 id) const;
    const Annotation &at(int row) const { return m_annotations.at(row); }
    QModelIndex indexOf(qint64 id) const;
    // The rows whose span covers UTF-16 offset `pos` (for the article view's tooltips and clicks).
    QList<int> rowsAt(qsizetype pos) const;

    QStringList tags() const;
    bool addTag(const QString &tag);
    bool removeTag(const QString &tag);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void tagsChanged();

private:
    void onAdded(const dramatis::Annotation &annotation);
    void onChanged(const dramatis::Annotation &annotation);
    void onRemoved(qint64 articleId, qint64 id);
    void reloadColors();
    int insertionRow(const Annotation &annotation) const;

    QPointer<AnnotationStore> m_store;
    qint64 m_articleId = 0;
    QString m_text;
    AnnotationList m_annotations;
    QHash<QString, QString> m_colors; // category -> colour
};

} // namespace dramatis
