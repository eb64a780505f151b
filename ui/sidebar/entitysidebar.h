#pragma once

#include "core/entitytype.h"

#include <QPoint>
#include <QWidget>

#include <array>

class QAction;
class QLineEdit;
class QTreeView;

namespace dramatis {

class EntityModel;
class EntityModelFilter;
class IdentifierModel;

// What the sidebar asks of whoever keeps the analyst's corrections: whether entities may be merged by
// dragging one onto another now, and which lexicon rules decided an entity (for its tooltip).
class EntityCorrections
{
public:
    virtual ~EntityCorrections() = default;
    virtual bool canCorrect() const = 0;
    virtual QString lexiconTip(int entity) const = 0;
};

// The entity sidebar: the filter box over the tree of entities grouped by type, and below it the article's
// contacts and identifiers (a group collapsed until opened). It filters and shows an EntityModel; what a
// click, a drag or a right-click means is the window's to decide, told by signals with entity indexes (into
// Analysis::entities), never rows of its proxy, and identifier rows of the IdentifierModel.
class EntitySidebar final : public QWidget
{
    Q_OBJECT
public:
    explicit EntitySidebar(EntityModel *entities, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filterEdit; }
    QTreeView *tree() const { return m_tree; }
    // Shows `identifiers` below the entities (the sidebar does not own it).
    void setIdentifiers(IdentifierModel *identifiers);
    QTreeView *identifierTree() const { return m_identifierTree; }
    // Copies the current identifier's normalised form to the clipboard (its context menu, Ctrl+C).
    QAction *copyIdentifierAction() const { return m_copyIdentifier; }
    void setCorrections(const EntityCorrections *corrections) { m_corrections = corrections; }

    // The legend's toggles (View menu, toolbar; Ctrl+1–4), checked while their type is shown: a hidden
    // type leaves the list (and its group heading with it), and typeVisibilityChanged() tells the text.
    const std::array<QAction *, EntityTypeCount> &typeActions() const { return m_typeActions; }
    void setTypeVisible(EntityType type, bool visible);
    // Makes `entity` the current row when it is shown and is not already.
    void selectEntity(int entity);
    // After the model was reset: every group open, `entity` current (none when it is -1 or hidden).
    void restoreSelection(int entity);
    void clearSelection();
    // The first entity in the list as shown, -1 when it is empty.
    int firstEntity() const;
    void focusFilter();

Q_SIGNALS:
    // A click on an entity, or Enter on it.
    void entityActivated(int entity);
    // The current row moved to an entity (the keyboard, or a click).
    void currentEntityChanged(int entity);
    void contextMenuRequested(int entity, const QPoint &globalPos);
    // `entity` was dropped on `into`.
    void mergeRequested(int entity, int into);
    void typeVisibilityChanged(EntityType type, bool visible);
    // A click on an identifier, or Enter on it: its row of IdentifierModel::identifiers().
    void identifierActivated(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    bool viewportEvent(QEvent *event);
    int entityAt(const QPoint &pos) const;
    // The identifier list takes the room it needs, up to half the sidebar; one line while collapsed.
    void updateIdentifierHeight();

    EntityModel *m_entities;
    EntityModelFilter *m_filter;
    QLineEdit *m_filterEdit;
    QTreeView *m_tree;
    IdentifierModel *m_identifiers = nullptr;
    QTreeView *m_identifierTree;
    QAction *m_copyIdentifier;
    std::array<QAction *, EntityTypeCount> m_typeActions {};
    const EntityCorrections *m_corrections = nullptr;
    QPoint m_dragStart;
    int m_dragEntity = -1;
};

} // namespace dramatis
