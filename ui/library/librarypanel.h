#pragma once

#include "core/analysis.h"
#include "core/entitytype.h"
#include "library/librarystore.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QTabBar;
class QTableView;
class QTimer;
class QUndoCommand;
class QUndoStack;

namespace dramatis {

class LibraryArticleModel;
class LibraryEntityModel;
class LibraryIdentifierModel;
class LibraryReader;
class LibraryRecorder;
class WatchlistController;

// The Library (View → Library): every article ever opened, searchable (FTS5) and sortable, and the
// entities across them. Selecting an entity lists the articles that mention it and the entities most
// often mentioned with it; the analyst can rename, merge and split library entities.
//
// Nothing of the library is read while the panel is hidden, so the window starts as fast with 100,000
// articles as with none. Once shown, every read runs on the LibraryReader's thread and the article table
// holds only the pages scrolled to; recording an opened article runs on the LibraryRecorder's thread, and
// then only that article's row is read again. The panel's own connection, opened at the first correction
// or "Show in Library", writes the corrections.
//
// The corrections are undo commands on the panel's own undo stack, since they are edits of the library and
// not of the article shown: Ctrl+Z / Ctrl+Shift+Z undo and redo them while the focus is in the panel
// (before the window's shortcuts for the article's edits), and Undo / Redo are on the entity menu and
// in the panel's top bar.
class LibraryPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit LibraryPanel(QWidget *parent = nullptr);
    ~LibraryPanel() override;

    // The analyst's database; empty (or unusable) leaves the panel saying the library is off.
    void setDatabasePath(const QString &path);
    // Records an opened, tagged article (off the GUI thread).
    void record(const AnalysisPtr &analysis);
    // Shows the Entities view with the library entity that name and type belong to selected.
    bool showEntity(const QString &name, EntityType type);
    void showArticles();
    void refresh();
    LibraryRecorder *recorder() const { return m_recorder; }
    LibraryReader *reader() const { return m_reader; }
    // Puts the cursor in the search field, its text selected.
    void focusSearch();
    // The corrections' undo history (for a window's QUndoGroup, or an Edit menu); emptied when the panel
    // opens another database, whose entities the commands do not name.
    QUndoStack *undoStack() const { return m_undoStack; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }

    QLineEdit *searchField() const { return m_search; }
    QTableView *articleTable() const { return m_articles; }
    QListView *entityList() const { return m_entities; }
    QTableView *mentioningTable() const { return m_mentioning; }
    QListView *coMentionedList() const { return m_with; }
    LibraryArticleModel *articleModel() const { return m_articleModel; }
    LibraryEntityModel *entityModel() const { return m_entityModel; }
    LibraryArticleModel *mentioningModel() const { return m_mentioningModel; }
    LibraryEntityModel *coMentionedModel() const { return m_withModel; }
    QListView *identifierList() const { return m_identifiers; }
    LibraryIdentifierModel *identifierModel() const { return m_identifierModel; }
    // Lists the articles that have this identifier (chosen in the entity page's identifiers).
    void showIdentifier(const QModelIndex &index);
    // Badges the entities on the active watchlists, as the sidebar does; none while it is null.
    void setWatchlists(WatchlistController *watchlists);

Q_SIGNALS:
    // Open this file (double-click on an article whose file is there).
    void openRequested(const QString &path);
    // A one-line message for the window's banner (a file that is gone, a failed correction).
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void correct(QUndoCommand *command);
    void refreshArticles();
    void refreshEntities();
    void showEntityDetails();
    // The page of `id`: its articles, co-mentions and identifiers, read off the GUI thread.
    void showEntityDetailsOf(qint64 id);
    void openArticleAt(const QModelIndex &index);
    void showEntityMenu(const QPoint &pos);
    qint64 selectedEntity() const;
    void selectEntityId(qint64 id);
    void showEntities(const QList<LibraryEntity> &entities, qint64 select);
    void showTab(int tab);
    void showArticleCount(int total);
    void articleRecorded(qint64 id);
    // The panel's connection for corrections, opened when first needed; false when it cannot be.
    bool openStore();

    LibraryStore m_store;
    QString m_path;
    bool m_stale = true; // something changed while the panel was hidden: read when shown
    qint64 m_currentArticle = 0; // the article selected when the list was last asked for
    qint64 m_readAhead = 0; // the entity whose page showEntity() asked for before the list that selects it
    LibraryRecorder *m_recorder;
    LibraryReader *m_reader;
    LibraryArticleModel *m_articleModel;
    LibraryEntityModel *m_entityModel;
    LibraryArticleModel *m_mentioningModel;
    LibraryEntityModel *m_withModel;
    LibraryIdentifierModel *m_identifierModel;
    QLineEdit *m_search;
    QComboBox *m_format;
    QComboBox *m_type;
    QTabBar *m_tabs;
    QStackedWidget *m_pages;
    QTableView *m_articles;
    QListView *m_entities;
    QLabel *m_entityTitle;
    QTableView *m_mentioning;
    QListView *m_with;
    QListView *m_identifiers;
    QLabel *m_mentionedHeading;
    QLabel *m_status;
    QTimer *m_refreshTimer;
    QUndoStack *m_undoStack;
    QAction *m_undoAction;
    QAction *m_redoAction;
};

} // namespace dramatis
