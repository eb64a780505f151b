#include "notes/notespanel.h"

#include "itemmodels/annotationmodel.h"
#include "itemmodels/itemroles.h"
#include "notes/notesdelegate.h"
#include "sidebar/sidebarstyle.h"
#include "widgets/emptyhint.h"

#include <QAction>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace dramatis {

NotesPanel::NotesPanel(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_header(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QListView(this))
{
    setObjectName(QStringLiteral("notesPanel"));
    m_proxy->setFilterRole(SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_header->setObjectName(QStringLiteral("notesHeader"));
    m_header->setFont(SidebarStyle::headingFont(font()));
    m_header->setForegroundRole(QPalette::PlaceholderText);

    m_search->setObjectName(QStringLiteral("notesSearch"));
    m_search->setPlaceholderText(tr("Search notes…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAcceptDrops(false);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(QStringLiteral("notesList"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new NotesDelegate(m_view));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setMouseTracking(true);
    m_view->setUniformItemSizes(false);
    m_view->setWordWrap(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setAttribute(Qt::WA_MacShowFocusRect, false);
    m_view->setBackgroundRole(QPalette::Window);
    m_view->viewport()->setBackgroundRole(QPalette::Window);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *edit = new QAction(tr("&Edit Note"), m_view);
    edit->setShortcut(Qt::Key_F2);
    edit->setShortcutContext(Qt::WidgetShortcut);
    connect(edit, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId())
            Q_EMIT editRequested(id);
    });
    auto *remove = new QAction(tr("&Delete"), m_view);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId())
            Q_EMIT removeRequested(id);
    });
    m_view->addActions({edit, remove});
    connect(
        m_view, &QListView::clicked, this, [this](const QModelIndex &index) { Q_EMIT activated(idAt(index)); });
    connect(m_view, &QListView::activated, this,
        [this](const QModelIndex &index) { Q_EMIT activated(idAt(index)); });
    connect(m_view, &QListView::doubleClicked, this,
        [this](const QModelIndex &index) { Q_EMIT editRequested(idAt(index)); });

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &NotesPanel::updateHeader);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &NotesPanel::updateHeader);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &NotesPanel::updateHeader);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 10, 6, 0);
    layout->setSpacing(6);
    auto *headerRow = new QHBoxLayout;
    headerRow->setContentsMargins(2, 0, 0, 0);
    headerRow->addWidget(m_header);
    layout->addLayout(headerRow);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    updateHeader();
}

void NotesPanel::setModel(AnnotationModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    updateHeader();
}

qint64 NotesPanel::idAt(const QModelIndex &index) const
{
    return index.isValid() ? index.data(AnnotationIdRole).toLongLong() : 0;
}

qint64 NotesPanel::currentId() const
{
    return idAt(m_view->currentIndex());
}

void NotesPanel::setCurrentId(qint64 id)
{
    if (!m_model)
        return;
    const QModelIndex proxy = m_proxy->mapFromSource(m_model->indexOf(id));
    if (proxy.isValid()) {
        m_view->setCurrentIndex(proxy);
        m_view->scrollTo(proxy);
    }
}

void NotesPanel::setUnavailableReason(const QString &reason)
{
    m_unavailable = reason;
    m_search->setEnabled(reason.isEmpty());
    m_view->viewport()->update();
}

void NotesPanel::updateHeader()
{
    const int total = m_model ? m_model->rowCount() : 0;
    const int shown = m_proxy->rowCount();
    m_header->setText(
        shown == total ? tr("Notes (%1)").arg(total) : tr("Notes (%1 of %2)").arg(shown).arg(total));
    m_view->viewport()->update();
}

bool NotesPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Empty: say how to take a note (or why none can be taken) where the notes would be.
    if (watched == m_view->viewport() && event->type() == QEvent::Paint && m_proxy->rowCount() == 0) {
        QString hint = m_unavailable;
        if (hint.isEmpty())
            hint = m_model && m_model->rowCount() > 0
                ? tr("No note matches the search.")
                : tr("Select words in the article, then press Ctrl+M to add a "
                     "note or Ctrl+H to highlight them.");
        drawEmptyHint(m_view->viewport(), this, m_view->viewport()->rect().adjusted(12, 8, -12, -8),
            Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap, hint, 0.92, 0.5);
        return false;
    }
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && currentId()) {
            Q_EMIT activated(currentId());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace dramatis
