#pragma once

#include "article/articledocument.h"
#include "article/articleopener.h"
#include "core/analysis.h"
#include "core/entitytype.h"
#include "export/dramatislink.h"
#include "export/summaryexport.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <array>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QListView;
class QMenu;
class QMimeData;
class QSplitter;
class QUndoGroup;

namespace dramatis {

class AnnotationController;
class AnnotationModel;
class AnnotationStore;
class ArticleOpener;
class ArticleReloader;
class ArticleView;
class CorrectionController;
class EntityModel;
class EntitySidebar;
class IdentifierModel;
class ExportController;
class FindBar;
class LibraryPanel;
class MessageBanner;
class NoteEditor;
class NotesPanel;
class OpenArticlesModel;
class RecentFilesMenu;
class ReviewMode;
class TagBar;
class Tagger;
class WatchlistController;
class WatchlistHitsDialog;
class WatchlistsDialog;

// The reader's window: the open articles on the left, the article in the middle with its entities
// highlighted, the entity sidebar on the right with the notes panel below it. Files open off the GUI
// thread (ArticleOpener); the window only ever swaps finished snapshots in.
//
// The analyst's edits (notes, highlights, tags, corrections of the tagger) go through undo commands, one
// QUndoStack per open article in one QUndoGroup, and reach the AnnotationStore at once. A correction
// changes the lexicon; the store announces it and every open article is tagged again off the GUI thread,
// keeping its scroll position and selection. A database that cannot be used leaves the reader working,
// with the annotation actions disabled and saying why.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // `tagger` defaults to defaultTagger(); tests pass their own so results do not depend on the model.
    // `database` is the annotation database to open (created if need be); empty means the default one,
    // and only if it already exists (reading never creates one).
    explicit MainWindow(
        std::shared_ptr<const Tagger> tagger = {}, QWidget *parent = nullptr, const QString &database = {});
    ~MainWindow() override;

    void openFiles(const QStringList &paths);
    // Opens an article held in memory (the bundled sample); `name` labels it.
    void openBytes(const QByteArray &bytes, const QString &name);

    AnalysisPtr currentAnalysis() const { return m_current; }
    ArticleView *articleView() const { return m_view; }
    // Selects an entity (index into the current Analysis::entities) and goes to its mention stop `stop`
    // (goToMentionStop): by default its first, the headline's when the headline names it.
    void selectEntity(int entity, int stop = 0);
    void nextMention();
    void previousMention();
    void setTypeVisible(EntityType type, bool visible);
    bool isBusy() const;

    // Every open article with its notes, in the order of the list: what exports are made of.
    QList<ExportArticle> exportArticles();
    // File → Export Summary… (non-modal to the application, modal to this window).
    void showExportDialog();
    // Edit → Copy Summary as Markdown: the current article's summary, as Markdown and as HTML.
    void copySummaryAsMarkdown();
    // Opens what the command line names: files, file:// URLs and dramatis://open links (after the files,
    // once the window is up, since a link may ask a question). Raises the window.
    void openArguments(const QStringList &arguments);
    // Opens a dramatis://open link at its span, after checking it (a message in the banner when it is
    // wrong) and, for a file never opened here before, asking the analyst.
    void openLink(const QString &url);

    // Opens the analyst's database (AnnotationStore::databasePath() chooses which). A database that cannot
    // be used is reported in the message banner; the reader goes on without annotations.
    void openAnnotationStore(const QString &path);
    // The analyst's notes, tags and corrections: one store per window, never null (closed until opened).
    AnnotationStore *annotationStore() const { return m_store; }
    // The notes and highlights of the article shown; nullptr when none is shown or there is no database.
    AnnotationModel *currentAnnotations() const;
    QUndoGroup *undoGroup() const;
    NotesPanel *notesPanel() const { return m_notesPanel; }
    LibraryPanel *libraryPanel() const { return m_library; }
    // The watchlists: the badges of the article shown, the analyst's verdicts, the Watchlists dialog's
    // writes.
    WatchlistController *watchlists() const { return m_watchlists; }
    // Tools → Watchlists… (not modal); the dialog while it is open, else null.
    void showWatchlists();
    WatchlistsDialog *watchlistsDialog() const;
    // Tools → Watchlist Hits… (not modal): the library's articles with a hit.
    void showWatchlistHits();
    WatchlistHitsDialog *watchlistHitsDialog() const;
    NoteEditor *noteEditor() const { return m_noteEditor; }
    TagBar *tagBar() const { return m_tagBar; }
    // True while re-tagging after a lexicon change is under way.
    bool isRetagging() const;
    // Reloads the open articles whose files change on disk.
    ArticleReloader *reloader() const { return m_reloader; }

    // Review mode (Ctrl+R): the tagger's mentions, lowest confidence first.
    void startReview();
    void leaveReview();
    bool isReviewing() const;
    // The mention under review (index into the current Analysis::mentions), -1 when none.
    int reviewMention() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // What the window remembers about each open article besides its analysis.
    struct Session
    {
        ArticleDocument document;
        int selectedEntity = -1;
        int currentMention = -1;
        // An identifier chosen in the sidebar (row of IdentifierModel::identifiers()) instead of an entity:
        // F3 walks its occurrences in the text.
        int selectedIdentifier = -1;
        int identifierStop = -1;
        int scroll = 0;
    };

    void createActions();
    void createWidgets();
    void readSettings();
    void writeSettings() const;

    void openDialog();
    void openFolderDialog();
    // Text dragged in from a browser or an editor, as a new article ("Dropped text 1").
    void openDroppedText(const QMimeData *mime);
    // Reports how the batch went (status bar) and its failures (banner, one line each); no-op without one.
    void finishBatch();
    void closeCurrentArticle();
    void showAbout();
    void showMessages(const QStringList &messages);
    void showStatusMessage(const QString &text, int timeout);

    void onArticleOpened(const OpenedArticle &opened, bool first);
    // The article shown changes: every controller is told.
    void setCurrent(const AnalysisPtr &analysis);
    void showArticle(int row);
    // The entities of the article shown, `selected` the one selected (-1 for none).
    void showEntities(int selected);
    void rememberSession();
    void stepMention(int delta);
    // Goes to stop `stop` of entity `entity`'s mentions: the heading's first, then the text's.
    void goToMentionStop(int entity, int stop);
    // Selects occurrence `stop` in the text of identifier `row` (IdentifierModel::identifiers()).
    void selectIdentifier(int row, int stop = 0);
    // A click on a mention (of the heading when `inTitle`): its entity selected, the mention current.
    void activateMention(int mention, bool inTitle);
    void updateStatus();
    void updateTitle();
    void updateAnnotationActions();
    void setZoomStep(int step);
    void selectLinkedSpan(const DramatisLink &link);
    void showArticleContextMenu(const QPoint &pos);

    // Swaps `opened` in for `old` (the same file), keeping the selection, cursor and scroll position.
    void replaceAnalysis(const AnalysisPtr &old, const OpenedArticle &opened);
    // The file changed on disk: swap the new text in, re-anchor its notes, say how they fared.
    void onArticleReloaded(const OpenedArticle &opened);

    std::shared_ptr<const Tagger> m_tagger;
    ArticleOpener *m_opener = nullptr;
    ArticleReloader *m_reloader = nullptr;
    QHash<QString, OpenedArticle> m_deferredReloads; // waiting for the note editor on their article to close
    AnnotationStore *m_store = nullptr;
    OpenArticlesModel *m_articles = nullptr;
    EntityModel *m_entities = nullptr;
    IdentifierModel *m_identifiers = nullptr;
    AnalysisPtr m_current;
    QHash<const Analysis *, Session> m_sessions;
    std::optional<DramatisLink> m_pendingLink; // selected once its file has opened
    // What a batch (a dropped folder, many files) has done so far, reported when it ends.
    struct BatchReport
    {
        int total = 0;
        int opened = 0;
        QStringList failures;
        bool cancelled = false;
    };
    std::optional<BatchReport> m_batch;
    int m_droppedTexts = 0;

    QSplitter *m_splitter = nullptr;
    QListView *m_articleList = nullptr;
    ArticleView *m_view = nullptr;
    FindBar *m_findBar = nullptr;
    MessageBanner *m_banner = nullptr;
    LibraryPanel *m_library = nullptr; // View → Library, in a dock
    EntitySidebar *m_sidebar = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_selectionLabel = nullptr;
    QLabel *m_timeLabel = nullptr;
    NotesPanel *m_notesPanel = nullptr;
    TagBar *m_tagBar = nullptr;
    NoteEditor *m_noteEditor = nullptr;
    AnnotationController *m_annotations = nullptr;
    ReviewMode *m_review = nullptr;
    CorrectionController *m_corrections = nullptr;
    ExportController *m_export = nullptr;
    WatchlistController *m_watchlists = nullptr;
    QPointer<WatchlistsDialog> m_watchlistsDialog;
    QPointer<WatchlistHitsDialog> m_watchlistHits;

    QAction *m_openAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_copySummaryAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_nextMentionAction = nullptr;
    QAction *m_previousMentionAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    QAction *m_showListAction = nullptr;
    RecentFilesMenu *m_recentMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
};

} // namespace dramatis
