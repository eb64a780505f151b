#include "watchlists/watchlistsdialog.h"

#include "watchlists/watchlistcontroller.h"

#include <QAction>
#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dramatis {

namespace {

enum Column { NameColumn, EntriesColumn, CreatedColumn };
constexpr int ListIdRole = Qt::UserRole + 1;

} // namespace

WatchlistsDialog::WatchlistsDialog(WatchlistController *watchlists, QWidget *parent)
    : QDialog(parent)
    , m_watchlists(watchlists)
{
    setWindowTitle(tr("Watchlists"));
    setObjectName(QStringLiteral("watchlistsDialog"));
    auto *intro = new QLabel(tr("Every name in the article shown is matched against the lists ticked here; a "
                                "match shows as a badge in the list's colour beside the name."),
        this);
    intro->setWordWrap(true);

    m_view = new QTreeWidget(this);
    m_view->setObjectName(QStringLiteral("watchlistView"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setHeaderLabels({tr("List"), tr("Entries"), tr("Imported")});
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(EntriesColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(CreatedColumn, QHeaderView::ResizeToContents);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_hint = new QLabel(tr("No watchlists yet. Import one: a CSV file with a “name” column (and type, "
                           "aliases, note, list if you have them), a text file with one name a line, or "
                           "FollowTheMoney JSON lines as OpenSanctions publishes them."),
        this);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("watchlistHint"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("watchlistMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_import = new QPushButton(tr("&Import…"), this);
    m_update = new QPushButton(tr("&Update from File…"), this);
    m_rename = new QPushButton(tr("&Rename"), this);
    m_colour = new QPushButton(tr("&Colour…"), this);
    m_remove = new QPushButton(tr("&Delete…"), this);
    m_update->setToolTip(tr("Replace the list's entries by a newer version of its file; your verdicts on the "
                            "entries that stay are kept"));
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_import, m_update, m_rename, m_colour, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    // A deleted list comes back whole with Undo, for as long as the window is open.
    m_undo = watchlists->history()->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("watchlistUndo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = watchlists->history()->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("watchlistRedo"));
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    auto *history = new QHBoxLayout;
    for (QAction *action : {m_undo, m_redo}) {
        addAction(action);
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        history->addWidget(button);
    }
    history->addStretch(1);

    auto *middle = new QHBoxLayout;
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_view, 1);
    listColumn->addWidget(m_hint);
    middle->addLayout(listColumn, 1);
    middle->addLayout(buttons);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addLayout(history, 1);
    bottom->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(middle, 1);
    layout->addWidget(m_message);
    layout->addLayout(bottom);
    resize(620, 360);

    connect(m_import, &QPushButton::clicked, this, &WatchlistsDialog::chooseImport);
    connect(m_update, &QPushButton::clicked, this, &WatchlistsDialog::chooseUpdate);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_view->currentItem())
            m_view->editItem(item, NameColumn);
    });
    connect(m_colour, &QPushButton::clicked, this, &WatchlistsDialog::chooseColour);
    connect(m_remove, &QPushButton::clicked, this, &WatchlistsDialog::confirmRemove);
    connect(m_view, &QTreeWidget::currentItemChanged, this, &WatchlistsDialog::updateButtons);
    connect(m_view, &QTreeWidget::itemChanged, this, &WatchlistsDialog::onItemChanged);
    // Queued: a change made from an item's own signal (its check box, its name edited in place) must not
    // delete that item while the view is still telling about it.
    connect(m_watchlists, &WatchlistController::listsChanged, this, &WatchlistsDialog::reload,
        Qt::QueuedConnection);
    connect(m_watchlists, &WatchlistController::busyChanged, this, &WatchlistsDialog::updateButtons);
    connect(m_watchlists->history(), &QUndoStack::indexChanged, this, &WatchlistsDialog::updateButtons);
    // Undoing a deletion takes a while for a long list: say so until its outcome is said.
    connect(m_watchlists->history(), &QUndoStack::indexChanged, this, [this] {
        if (m_watchlists->isWriting())
            showMessage(tr("Saving…"), false);
    });
    connect(m_watchlists, &WatchlistController::writeFinished, this,
        [this](bool ok, const QString &message) { showMessage(message, !ok); });
    reload();
}

qint64 WatchlistsDialog::selectedList() const
{
    const QTreeWidgetItem *item = m_view->currentItem();
    return item ? item->data(NameColumn, ListIdRole).toLongLong() : 0;
}

void WatchlistsDialog::reload()
{
    const qint64 selected = selectedList();
    m_reloading = true;
    m_view->clear();
    const QLocale locale;
    for (const Watchlist &list : m_watchlists->lists()) {
        auto *item = new QTreeWidgetItem(m_view);
        item->setText(NameColumn, list.name);
        item->setIcon(NameColumn, watchlistSwatch(QColor(list.colour)));
        item->setData(NameColumn, ListIdRole, list.id);
        item->setCheckState(NameColumn, list.active ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(NameColumn,
            list.active ? tr("Matched against the articles; untick to set the list aside")
                        : tr("Set aside: not matched; tick to match it again"));
        item->setFlags(item->flags() | Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
        item->setText(EntriesColumn, locale.toString(list.entryCount));
        item->setTextAlignment(EntriesColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(
            CreatedColumn, locale.toString(list.created.toLocalTime().date(), QLocale::ShortFormat));
        if (list.id == selected)
            m_view->setCurrentItem(item);
    }
    if (!m_view->currentItem() && m_view->topLevelItemCount() > 0)
        m_view->setCurrentItem(m_view->topLevelItem(0));
    m_reloading = false;
    m_hint->setVisible(m_view->topLevelItemCount() == 0);
    updateButtons();
}

void WatchlistsDialog::updateButtons()
{
    const bool ready = m_watchlists->isReady() && !m_watchlists->isWriting();
    const bool selected = selectedList() != 0;
    m_import->setEnabled(ready);
    for (QPushButton *b : {m_update, m_rename, m_colour, m_remove})
        b->setEnabled(ready && selected);
    // Stepping the history while a write runs would leave it out of step with the database.
    m_undo->setEnabled(ready && m_watchlists->history()->canUndo());
    m_redo->setEnabled(ready && m_watchlists->history()->canRedo());
    if (!m_watchlists->isReady())
        showMessage(tr("Watchlists are kept in the notes database, and none is open."), true);
}

void WatchlistsDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x2a, 0x1f));
    m_message->setPalette(palette);
    m_message->setVisible(!text.isEmpty());
}

void WatchlistsDialog::importFile(const QString &file, const QString &name)
{
    showMessage(tr("Importing %1…").arg(QFileInfo(file).fileName()), false);
    m_watchlists->importList(file, name, {});
}

void WatchlistsDialog::updateFromFile(qint64 listId, const QString &file)
{
    showMessage(tr("Reading %1…").arg(QFileInfo(file).fileName()), false);
    m_watchlists->updateList(listId, file);
}

void WatchlistsDialog::removeList(qint64 listId)
{
    m_watchlists->removeList(listId);
}

namespace {

QString chooseFile(QWidget *parent, const QString &title)
{
    return QFileDialog::getOpenFileName(parent, title, {},
        WatchlistsDialog::tr("Watchlists (*.csv *.tsv *.txt *.json *.jsonl *.ndjson);;All files (*)"));
}

} // namespace

void WatchlistsDialog::chooseImport()
{
    const QString file = chooseFile(this, tr("Import a Watchlist"));
    if (file.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Import a Watchlist"), tr("Name of the list:"),
        QLineEdit::Normal, QFileInfo(file).completeBaseName(), &ok);
    if (ok && !name.trimmed().isEmpty())
        importFile(file, name);
}

void WatchlistsDialog::chooseUpdate()
{
    const qint64 id = selectedList();
    if (!id)
        return;
    const QString file
        = chooseFile(this, tr("Update “%1” from a File").arg(m_view->currentItem()->text(NameColumn)));
    if (!file.isEmpty())
        updateFromFile(id, file);
}

void WatchlistsDialog::chooseColour()
{
    const qint64 id = selectedList();
    if (!id)
        return;
    QColor current;
    for (const Watchlist &list : m_watchlists->lists()) {
        if (list.id == id)
            current = QColor(list.colour);
    }
    const QColor colour = QColorDialog::getColor(current, this, tr("Colour of the Badge"));
    if (colour.isValid() && !m_watchlists->setColour(id, colour.name()))
        showMessage(m_watchlists->errorString(), true);
}

void WatchlistsDialog::confirmRemove()
{
    const qint64 id = selectedList();
    if (!id)
        return;
    const QTreeWidgetItem *item = m_view->currentItem();
    // Undo brings a deleted list back only while the window is open: it asks first.
    // Two messages, so English reads "its entry" / "its 3 entries" without a catalogue.
    const QString question = item->text(EntriesColumn) == u"1"
        ? tr("Delete the watchlist “%1” with its entry and your verdicts on its matches?")
              .arg(item->text(NameColumn))
        : tr("Delete the watchlist “%1” with its %2 entries and your verdicts on its matches?")
              .arg(item->text(NameColumn), item->text(EntriesColumn));
    QMessageBox box(QMessageBox::Warning, tr("Delete Watchlist"), question, QMessageBox::Cancel, this);
    box.setInformativeText(tr("Undo in this dialog brings it back, verdicts included, until you quit "
                              "Dramatis."));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == remove)
        removeList(id);
}

void WatchlistsDialog::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_reloading || column != NameColumn)
        return;
    const qint64 id = item->data(NameColumn, ListIdRole).toLongLong();
    for (const Watchlist &list : m_watchlists->lists()) {
        if (list.id != id)
            continue;
        const bool active = item->checkState(NameColumn) == Qt::Checked;
        bool ok = true;
        if (active != list.active)
            ok = m_watchlists->setActive(id, active);
        else if (item->text(NameColumn).trimmed() != list.name)
            ok = m_watchlists->renameList(id, item->text(NameColumn));
        if (!ok) {
            showMessage(m_watchlists->errorString(), true);
            QMetaObject::invokeMethod(this, &WatchlistsDialog::reload, Qt::QueuedConnection);
        } else {
            showMessage({}, false);
        }
        return;
    }
}

} // namespace dramatis
