#include "sidebar/entitysidebar.h"

#include "article/entitypalette.h"
#include "itemmodels/entitymodel.h"
#include "itemmodels/entitymodelfilter.h"
#include "itemmodels/identifiermodel.h"
#include "itemmodels/itemroles.h"
#include "sidebar/entitydelegate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDrag>
#include <QHelpEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QToolTip>
#include <QTreeView>
#include <QVBoxLayout>

namespace dramatis {

namespace {

constexpr auto EntityMimeType = "application/x-dramatis-entity";

} // namespace

EntitySidebar::EntitySidebar(EntityModel *entities, QWidget *parent)
    : QWidget(parent)
    , m_entities(entities)
    , m_filter(new EntityModelFilter(this))
    , m_filterEdit(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_identifierTree(new QTreeView(this))
    , m_copyIdentifier(new QAction(tr("&Copy"), this))
{
    m_filter->setSourceModel(m_entities);
    m_filterEdit->setObjectName(QStringLiteral("entityFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter people and companies…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAcceptDrops(false);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterText(text);
        m_tree->expandAll();
    });
    m_tree->setObjectName(QStringLiteral("entityTree"));
    m_tree->setModel(m_filter);
    m_tree->setItemDelegate(new EntityDelegate(m_tree));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(0);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setUniformRowHeights(false);
    m_tree->setMouseTracking(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setExpandsOnDoubleClick(true);
    m_tree->setAttribute(Qt::WA_MacShowFocusRect, false);
    // A list on the window's colour, as the other side panes: the article is the page.
    m_tree->setBackgroundRole(QPalette::Window);
    m_tree->viewport()->setBackgroundRole(QPalette::Window);
    const auto activate = [this](const QModelIndex &index) {
        const int entity = index.data(EntityIndexRole).toInt();
        if (index.isValid() && entity >= 0)
            Q_EMIT entityActivated(entity);
    };
    connect(m_tree, &QTreeView::clicked, this, activate);
    connect(m_tree, &QTreeView::activated, this, activate);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            const int entity = current.data(EntityIndexRole).toInt();
            if (current.isValid() && entity >= 0)
                Q_EMIT currentEntityChanged(entity);
        });
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_tree->indexAt(pos);
        const int entity = index.data(EntityIndexRole).toInt();
        if (index.isValid() && entity >= 0)
            Q_EMIT contextMenuRequested(entity, m_tree->viewport()->mapToGlobal(pos));
    });
    // Drag one entity onto another to merge them; tooltips name the rules that decided an entity.
    m_tree->viewport()->installEventFilter(this);
    m_tree->viewport()->setAcceptDrops(true);
    connect(m_filter, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_filter, &QAbstractItemModel::rowsInserted, m_tree, &QTreeView::expandAll);

    for (EntityType type : AllEntityTypes) {
        auto *a = new QAction(EntityPalette::swatch(type, palette()), entityTypeGroupName(type), this);
        a->setObjectName(u"show" + entityTypeCode(type));
        a->setCheckable(true);
        a->setChecked(true);
        a->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + int(type))));
        a->setToolTip(
            tr("Show or hide %1 in the text and the sidebar").arg(entityTypeGroupName(type).toLower()));
        connect(a, &QAction::toggled, this, [this, type](bool on) { setTypeVisible(type, on); });
        m_typeActions[int(type)] = a;
    }

    m_identifierTree->setObjectName(QStringLiteral("identifierTree"));
    m_identifierTree->setItemDelegate(new EntityDelegate(m_identifierTree));
    m_identifierTree->setHeaderHidden(true);
    m_identifierTree->setRootIsDecorated(false);
    m_identifierTree->setIndentation(0);
    m_identifierTree->setFrameShape(QFrame::NoFrame);
    m_identifierTree->setMouseTracking(true);
    m_identifierTree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_identifierTree->setBackgroundRole(QPalette::Window);
    m_identifierTree->viewport()->setBackgroundRole(QPalette::Window);
    m_identifierTree->setVisible(false);
    // One click on the heading opens or closes the group (there is no branch arrow to aim at).
    const auto activateIdentifier = [this](const QModelIndex &index) {
        if (index.data(IsGroupRole).toBool()) {
            m_identifierTree->setExpanded(index, !m_identifierTree->isExpanded(index));
            return;
        }
        const int row = index.data(IdentifierRowRole).toInt();
        if (index.isValid() && row >= 0)
            Q_EMIT identifierActivated(row);
    };
    connect(m_identifierTree, &QTreeView::clicked, this, activateIdentifier);
    connect(m_identifierTree, &QTreeView::activated, this, activateIdentifier);
    connect(m_identifierTree, &QTreeView::expanded, this, &EntitySidebar::updateIdentifierHeight);
    connect(m_identifierTree, &QTreeView::collapsed, this, &EntitySidebar::updateIdentifierHeight);
    m_copyIdentifier->setObjectName(QStringLiteral("copyIdentifier"));
    m_copyIdentifier->setShortcut(QKeySequence::Copy);
    m_copyIdentifier->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyIdentifier->setToolTip(tr("Copy the identifier in its normalised form"));
    m_identifierTree->addAction(m_copyIdentifier);
    connect(m_copyIdentifier, &QAction::triggered, this, [this] {
        const QString normalized = m_identifierTree->currentIndex().data(NormalizedRole).toString();
        if (!normalized.isEmpty())
            QGuiApplication::clipboard()->setText(normalized);
    });
    m_identifierTree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_identifierTree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_identifierTree->indexAt(pos);
        if (!index.isValid() || index.data(IsGroupRole).toBool())
            return;
        m_identifierTree->setCurrentIndex(index);
        QMenu menu(this);
        menu.addAction(m_copyIdentifier);
        menu.exec(m_identifierTree->viewport()->mapToGlobal(pos));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_identifierTree);
}

void EntitySidebar::setIdentifiers(IdentifierModel *identifiers)
{
    m_identifiers = identifiers;
    m_identifierTree->setModel(identifiers);
    // A new article starts with the group closed: identifiers are there when wanted, not in the way.
    connect(identifiers, &QAbstractItemModel::modelReset, this, [this] {
        m_identifierTree->collapseAll();
        m_identifierTree->setVisible(m_identifiers->rowCount() > 0);
        updateIdentifierHeight();
    });
    m_identifierTree->setVisible(identifiers->rowCount() > 0);
    updateIdentifierHeight();
}

void EntitySidebar::updateIdentifierHeight()
{
    if (!m_identifiers || m_identifiers->rowCount() == 0)
        return;
    const QModelIndex group = m_identifiers->groupIndex();
    int h = m_identifierTree->sizeHintForIndex(group).height();
    if (m_identifierTree->isExpanded(group)) {
        for (int r = 0; r < m_identifiers->rowCount(group); ++r)
            h += m_identifierTree->sizeHintForIndex(m_identifiers->index(r, 0, group)).height();
        h = std::min(h, height() / 2);
    }
    m_identifierTree->setFixedHeight(h + 2 * m_identifierTree->frameWidth());
}

void EntitySidebar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateIdentifierHeight();
}

void EntitySidebar::setTypeVisible(EntityType type, bool visible)
{
    if (QAction *a = m_typeActions[int(type)]; a->isChecked() != visible) {
        a->setChecked(visible); // comes back here through toggled()
        return;
    }
    m_filter->setTypeVisible(type, visible);
    m_tree->expandAll();
    Q_EMIT typeVisibilityChanged(type, visible);
}

void EntitySidebar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        for (EntityType type : AllEntityTypes)
            m_typeActions[int(type)]->setIcon(EntityPalette::swatch(type, palette()));
    }
}

void EntitySidebar::selectEntity(int entity)
{
    const QModelIndex proxy = m_filter->mapFromSource(m_entities->indexForEntity(entity));
    if (proxy.isValid() && m_tree->currentIndex() != proxy)
        m_tree->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect);
}

void EntitySidebar::restoreSelection(int entity)
{
    m_tree->expandAll();
    if (entity < 0)
        return;
    const QModelIndex proxy = m_filter->mapFromSource(m_entities->indexForEntity(entity));
    m_tree->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect);
}

void EntitySidebar::clearSelection()
{
    m_tree->clearSelection();
}

int EntitySidebar::firstEntity() const
{
    const QModelIndex first = m_filter->index(0, 0, m_filter->index(0, 0));
    return first.isValid() ? first.data(EntityIndexRole).toInt() : -1;
}

void EntitySidebar::focusFilter()
{
    m_filterEdit->setFocus();
    m_filterEdit->selectAll();
}

int EntitySidebar::entityAt(const QPoint &pos) const
{
    return m_tree->indexAt(pos).data(EntityIndexRole).toInt();
}

bool EntitySidebar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && viewportEvent(event))
        return true;
    return QWidget::eventFilter(watched, event);
}

bool EntitySidebar::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = m_tree->indexAt(help->pos());
        if (!index.data(LexiconDecidedRole).toBool())
            return false;
        const QString lexicon
            = m_corrections ? m_corrections->lexiconTip(index.data(EntityIndexRole).toInt()) : QString();
        const QString tip = index.data(Qt::ToolTipRole).toString() + u'\n' + lexicon;
        QToolTip::showText(help->globalPos(), tip.trimmed(), m_tree->viewport());
        return true;
    }
    case QEvent::MouseButtonPress: {
        const auto *me = static_cast<QMouseEvent *>(event);
        m_dragStart = me->position().toPoint();
        m_dragEntity = me->button() == Qt::LeftButton ? entityAt(m_dragStart) : -1;
        return false;
    }
    case QEvent::MouseMove: {
        const auto *me = static_cast<QMouseEvent *>(event);
        if (!(me->buttons() & Qt::LeftButton) || m_dragEntity < 0 || !m_corrections
            || !m_corrections->canCorrect()
            || (me->position().toPoint() - m_dragStart).manhattanLength() < QApplication::startDragDistance())
            return false;
        auto *drag = new QDrag(m_tree);
        auto *mime = new QMimeData;
        mime->setData(QLatin1StringView(EntityMimeType), QByteArray::number(m_dragEntity));
        drag->setMimeData(mime);
        m_dragEntity = -1;
        drag->exec(Qt::MoveAction);
        return true;
    }
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *de = static_cast<QDragMoveEvent *>(event);
        if (!de->mimeData()->hasFormat(QLatin1StringView(EntityMimeType)))
            return false; // files: the window opens them
        const int target = entityAt(de->position().toPoint());
        const int source = de->mimeData()->data(QLatin1StringView(EntityMimeType)).toInt();
        if (event->type() == QEvent::DragEnter || (target >= 0 && target != source))
            de->acceptProposedAction();
        else
            de->ignore();
        return true;
    }
    case QEvent::Drop: {
        auto *de = static_cast<QDropEvent *>(event);
        if (!de->mimeData()->hasFormat(QLatin1StringView(EntityMimeType)))
            return false;
        const int target = entityAt(de->position().toPoint());
        const int source = de->mimeData()->data(QLatin1StringView(EntityMimeType)).toInt();
        if (target >= 0 && source >= 0 && target != source) {
            Q_EMIT mergeRequested(source, target);
            de->acceptProposedAction();
        }
        return true;
    }
    default:
        return false;
    }
}

} // namespace dramatis
