#pragma once

#include "analysis.h"
#include "articledocument.h"
#include "dramatislink.h"
#include "entitytype.h"
#include "summaryexport.h"

#include <QHash>
#include <QMainWindow>

#include <array>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QProgressBar;
class QSplitter;
class QToolButton;
class QTreeView;

namespace dramatis {

class AnnotationStore;
class ArticleOpener;
class ArticleView;
class EntityModel;
class EntityModelFilter;
class FindBar;
class MessageBanner;
class OpenArticlesModel;
class Tagger;
struct OpenedArticle;

// The reader's window: the open articles on the left, the article in the middle with its entities
// highlighted, the entity sidebar on the right. Files open off the GUI thread (ArticleOpener); the
// window only ever swaps finished snapshots in.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // `tagger` defaults to defaultTagger(); tests pass their own so results do not depend on the model.
    explicit MainWindow(std::shared_ptr<const Tagger> tagger = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFiles(const QStringList &paths);
    // Opens an article held in memory (the bundled sample); `name` labels it.
    void openBytes(const QByteArray &bytes, const QString &name);

    AnalysisPtr currentAnalysis() const { return m_current; }
    ArticleView *articleView() const { return m_view; }
    // Selects an entity (index into the current Analysis::entities) and goes to its first mention.
    void selectEntity(int entity);
    void nextMention();
    void previousMention();
    void setTypeVisible(EntityType type, bool visible);
    bool isBusy() const;

    // The analyst's notes, tags and corrections (AnnotationStore::databasePath()).
    AnnotationStore *annotationStore();
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
        int scroll = 0;
    };

    void createActions();
    void createWidgets();
    void readSettings();
    void writeSettings() const;
    void addRecentFile(const QString &path);
    void updateRecentMenu();

    void openDialog();
    void closeCurrentArticle();
    void showAbout();
    void showMessages(const QStringList &messages);

    void onArticleOpened(const OpenedArticle &opened, bool first);
    void showArticle(int row);
    void rememberSession();
    void onEntityClicked(const QModelIndex &proxyIndex);
    void stepMention(int delta);
    void updateStatus();
    void updateTitle();
    void setZoomStep(int step);
    bool isKnownFile(const QString &path) const;
    void selectLinkedSpan(const DramatisLink &link);

    std::shared_ptr<const Tagger> m_tagger;
    ArticleOpener *m_opener = nullptr;
    OpenArticlesModel *m_articles = nullptr;
    EntityModel *m_entities = nullptr;
    EntityModelFilter *m_filter = nullptr;
    AnalysisPtr m_current;
    QHash<const Analysis *, Session> m_sessions;
    AnnotationStore *m_store = nullptr;
    std::optional<DramatisLink> m_pendingLink; // selected once its file has opened

    QSplitter *m_splitter = nullptr;
    QListView *m_articleList = nullptr;
    ArticleView *m_view = nullptr;
    FindBar *m_findBar = nullptr;
    MessageBanner *m_banner = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_selectionLabel = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QLabel *m_timeLabel = nullptr;

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
    std::array<QAction *, EntityTypeCount> m_typeActions{};
    QMenu *m_recentMenu = nullptr;
    QStringList m_recentFiles;
};

} // namespace dramatis
