#pragma once

#include <QDialog>

class QAction;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace dramatis {

class WatchlistController;

// Tools → Watchlists…: the analyst's lists with their entry counts and colours, each switched on or off by
// its check box, renamed in place; import, update from a newer file, colour and delete (Undo brings a
// deleted list back whole). Not modal: a list can be switched off while reading. Whole-list writes run off
// the GUI thread (the controller's); while one runs the buttons wait, and its outcome (what was added and
// removed, or the line that stopped an import) is said under the list.
class WatchlistsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit WatchlistsDialog(WatchlistController *watchlists, QWidget *parent = nullptr);

    QTreeWidget *view() const { return m_view; }
    // The last write's outcome or error.
    QLabel *messageLabel() const { return m_message; }

    // What the buttons do once the file, name or colour is chosen (tests call these directly).
    void importFile(const QString &file, const QString &name);
    void updateFromFile(qint64 listId, const QString &file);
    void removeList(qint64 listId);
    // Undo and Redo of the lists' deletions (the controller's history).
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    // The id of the selected list, 0 when none.
    qint64 selectedList() const;

private:
    void reload();
    void updateButtons();
    void showMessage(const QString &text, bool error);
    void chooseImport();
    void chooseUpdate();
    void chooseColour();
    void confirmRemove();
    void onItemChanged(QTreeWidgetItem *item, int column);

    WatchlistController *m_watchlists;
    QTreeWidget *m_view;
    QLabel *m_hint;
    QLabel *m_message;
    QPushButton *m_import;
    QPushButton *m_update;
    QPushButton *m_rename;
    QPushButton *m_colour;
    QPushButton *m_remove;
    QAction *m_undo;
    QAction *m_redo;
    bool m_reloading = false;
};

} // namespace dramatis
