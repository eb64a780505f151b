#include "mainwindow.h"

#include "annotations/annotationstore.h"
#include "article/articleopener.h"
#include "article/articlereloader.h"
#include "article/articleview.h"
#include "article/entityhighlighter.h"
#include "article/entitypalette.h"
#include "article/findbar.h"
#include "corrections/correctioncontroller.h"
#include "corrections/reviewmode.h"
#include "export/exportcontroller.h"
#include "formats/foldercollector.h"
#include "itemmodels/annotationmodel.h"
#include "itemmodels/entitymodel.h"
#include "itemmodels/identifiermodel.h"
#include "itemmodels/itemroles.h"
#include "itemmodels/openarticlesmodel.h"
#include "library/librarypanel.h"
#include "ner/taggerfactory.h"
#include "notes/annotationcontroller.h"
#include "notes/noteeditor.h"
#include "notes/notespanel.h"
#include "notes/tagbar.h"
#include "sidebar/articlelistdelegate.h"
#include "sidebar/entitysidebar.h"
#include "watchlists/watchlistcontroller.h"
#include "watchlists/watchlisthitsdialog.h"
#include "watchlists/watchlistsdialog.h"
#include "widgets/linkconsent.h"
#include "widgets/messagebanner.h"
#include "widgets/openingprogress.h"
#include "widgets/recentfilesmenu.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace dramatis {

namespace {

QString countPhrase(qsizetype n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(n);
}

} // namespace

MainWindow::MainWindow(std::shared_ptr<const Tagger> tagger, QWidget *parent, const QString &database)
    : QMainWindow(parent)
    , m_tagger(tagger ? std::move(tagger) : defaultTagger())
    , m_opener(new ArticleOpener(m_tagger, this))
    , m_store(new AnnotationStore(this))
    , m_articles(new OpenArticlesModel(this))
    , m_entities(new EntityModel(this))
    , m_identifiers(new IdentifierModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Dramatis"));
    setAcceptDrops(true);
    createWidgets();
    createActions();
    m_opener->setDocumentStyle(m_view->documentFont(), palette());
    m_reloader = new ArticleReloader(m_tagger, m_view, m_store, this);
    connect(m_reloader, &ArticleReloader::reloaded, this, &MainWindow::onArticleReloaded);
    connect(m_reloader, &ArticleReloader::problem, this,
        [this](const QString &, const QString &message) { showMessages({message}); });
    connect(m_reloader, &ArticleReloader::fileMissing, this, [this](const QString &, const QString &message) {
        m_banner->showMessages({message}, MessageBanner::UntilDismissed);
    });
    connect(m_store, &AnnotationStore::errorOccurred, this,
        [this](const QString &message) { showMessages({message}); });
    connect(m_opener, &ArticleOpener::articleOpened, this, &MainWindow::onArticleOpened);
    connect(m_opener, &ArticleOpener::busyChanged, this, [this](bool busy) {
        m_cancelAction->setEnabled(busy);
        if (!busy)
            finishBatch();
    });
    connect(m_opener, &ArticleOpener::cancelled, this, [this] {
        if (m_batch)
            m_batch->cancelled = true;
        else
            showStatusMessage(tr("Opening cancelled"), 4000);
    });
    readSettings();
    // One database opened once: the one asked for, else the default one if it is already there.
    if (!database.isEmpty())
        openAnnotationStore(database);
    else if (const QString path = AnnotationStore::databasePath(); QFileInfo::exists(path))
        openAnnotationStore(path);
    updateAnnotationActions();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createWidgets()
{
    m_articleList = new QListView(this);
    m_articleList->setObjectName(QStringLiteral("articleList"));
    m_articleList->setModel(m_articles);
    m_articleList->setItemDelegate(new ArticleListDelegate(m_articleList));
    m_articleList->setFrameShape(QFrame::NoFrame);
    m_articleList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_articleList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_articleList->setUniformItemSizes(false);
    m_articleList->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_articleList->setAttribute(Qt::WA_MacShowFocusRect, false);
    connect(m_articleList->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid() && m_articles->analysisAt(current.row()) != m_current)
                showArticle(current.row());
        });

    m_view = new ArticleView(this);
    m_view->setObjectName(QStringLiteral("articleView"));
    connect(m_view, &ArticleView::mentionActivated, this,
        [this](int mention) { activateMention(mention, false); });
    connect(m_view, &ArticleView::titleMentionActivated, this,
        [this](int mention) { activateMention(mention, true); });
    m_banner = new MessageBanner(this);
    m_findBar = new FindBar(m_view, this);
    m_findBar->lineEdit()->setAcceptDrops(false);
    m_findBar->hide();
    auto *centre = new QWidget(this);
    centre->setObjectName(QStringLiteral("articlePane"));
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    m_tagBar = new TagBar(this);
    m_tagBar->hide();
    connect(
        m_view, &ArticleView::columnChanged, m_tagBar, [this] { m_tagBar->setIndent(m_view->columnLeft()); });
    centreLayout->addWidget(m_banner);
    centreLayout->addWidget(m_tagBar);
    centreLayout->addWidget(m_view, 1);
    centreLayout->addWidget(m_findBar);

    m_sidebar = new EntitySidebar(m_entities, this);
    connect(m_sidebar, &EntitySidebar::entityActivated, this, [this](int entity) { selectEntity(entity); });
    connect(m_sidebar, &EntitySidebar::typeVisibilityChanged, m_view, &ArticleView::setTypeVisible);
    m_sidebar->setIdentifiers(m_identifiers);
    connect(m_sidebar, &EntitySidebar::identifierActivated, this, [this](int row) { selectIdentifier(row); });
    connect(m_sidebar, &EntitySidebar::currentEntityChanged, this, [this](int entity) {
        if (entity != m_view->selectedEntity())
            selectEntity(entity);
    });

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 8, 6, 6);
    leftLayout->addWidget(m_articleList);
    m_notesPanel = new NotesPanel(this);
    // The entities above, the notes below, the line between them movable.
    auto *sideSplitter = new QSplitter(Qt::Vertical, this);
    sideSplitter->setObjectName(QStringLiteral("sideSplitter"));
    sideSplitter->setChildrenCollapsible(false);
    sideSplitter->setHandleWidth(1);
    sideSplitter->addWidget(m_sidebar);
    sideSplitter->addWidget(m_notesPanel);
    sideSplitter->setStretchFactor(0, 3);
    sideSplitter->setStretchFactor(1, 2);
    // The side panes are lists on the window's colour; the article is the page.
    m_articleList->setBackgroundRole(QPalette::Window);
    m_articleList->viewport()->setBackgroundRole(QPalette::Window);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(sideSplitter);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({220, 760, 300});
    m_splitter->setHandleWidth(1);
    setCentralWidget(m_splitter);

    m_noteEditor = new NoteEditor(this);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &MainWindow::showArticleContextMenu);

    // The controllers: notes and their undo history, review mode, corrections of the tagger.
    m_annotations = new AnnotationController(m_store, m_view, m_notesPanel, m_tagBar, m_noteEditor, this);
    m_review = new ReviewMode(m_annotations, m_view, this);
    m_corrections
        = new CorrectionController(m_tagger, m_store, m_annotations, m_review, m_view, m_articles, this);
    m_sidebar->setCorrections(m_corrections);
    m_export = new ExportController(m_store, m_articles, this);
    connect(m_export, &ExportController::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_annotations, &AnnotationController::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_review, &ReviewMode::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_corrections, &CorrectionController::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_review, &ReviewMode::statusChanged, this, &MainWindow::updateStatus);
    connect(m_corrections, &CorrectionController::retagged, this, &MainWindow::replaceAnalysis);
    connect(m_corrections, &CorrectionController::showInLibraryRequested, this,
        [this](const QString &name, EntityType type) {
            m_library->parentWidget()->show();
            if (!m_library->showEntity(name, type))
                showStatusMessage(tr("%1 is not in the library yet").arg(name), 4000);
        });
    connect(m_sidebar, &EntitySidebar::contextMenuRequested, m_corrections,
        &CorrectionController::showEntityMenu);
    m_watchlists = new WatchlistController(m_entities, this);
    m_watchlists->setUndoStack([this] { return m_annotations->activeStack(); });
    connect(m_watchlists, &WatchlistController::statusMessage, this, &MainWindow::showStatusMessage);
    m_export->setWatchlistHits(
        [this](const Analysis &analysis) { return m_watchlists->matchesFor(analysis); });
    m_corrections->setEntityMenuExtension(
        [this](QMenu *menu, int entity) { m_watchlists->addEntityActions(menu, entity); });
    connect(m_sidebar, &EntitySidebar::mergeRequested, m_corrections, &CorrectionController::mergeEntities);

    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_selectionLabel = new QLabel(this);
    m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
    m_timeLabel = new QLabel(this);
    m_timeLabel->setObjectName(QStringLiteral("timeLabel"));
    statusBar()->addWidget(m_countsLabel);
    statusBar()->addWidget(m_selectionLabel, 1);
    statusBar()->addPermanentWidget(new OpeningProgress(m_opener, this));
    statusBar()->addPermanentWidget(m_timeLabel);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_openAction = file->addAction(
        QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), this, &MainWindow::openDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open article files (Ctrl+O)"));
    m_recentMenu = new RecentFilesMenu(tr("Open &Recent"), this);
    file->addMenu(m_recentMenu);
    connect(m_recentMenu, &RecentFilesMenu::openRequested, this,
        [this](const QString &path) { openFiles({path}); });
    QAction *openFolder = file->addAction(QIcon::fromTheme(QStringLiteral("folder-open")),
        tr("Open &Folder…"), this, &MainWindow::openFolderDialog);
    openFolder->setObjectName(QStringLiteral("openFolder"));
    openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openFolder->setToolTip(tr("Open every article in a folder and its subfolders (Ctrl+Shift+O)"));
    m_closeAction = file->addAction(tr("&Close Article"), this, &MainWindow::closeCurrentArticle);
    m_closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    m_exportAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-export")),
        tr("&Export Summary…"), this, &MainWindow::showExportDialog);
    m_exportAction->setObjectName(QStringLiteral("exportSummary"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Export a summary of this or several articles (Ctrl+E)"));
    file->addSeparator();
    m_quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = undoGroup()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = undoGroup()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redo"));
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    QAction *copy = edit->addAction(tr("&Copy"), m_view, &QPlainTextEdit::copy);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(copy);
    m_copySummaryAction
        = edit->addAction(tr("Copy &Summary as Markdown"), this, &MainWindow::copySummaryAsMarkdown);
    m_copySummaryAction->setObjectName(QStringLiteral("copySummary"));
    m_copySummaryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    edit->addSeparator();
    m_findAction = edit->addAction(tr("&Find in Article…"), m_findBar, &FindBar::activate);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setObjectName(QStringLiteral("find"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_zoomInAction = view->addAction(tr("Zoom &In"), this, [this] { setZoomStep(m_view->zoomStep() + 1); });
    m_zoomInAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomInAction->setObjectName(QStringLiteral("zoomIn"));
    m_zoomOutAction = view->addAction(tr("Zoom &Out"), this, [this] { setZoomStep(m_view->zoomStep() - 1); });
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    m_zoomResetAction = view->addAction(tr("&Actual Size"), this, [this] { setZoomStep(0); });
    m_zoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_zoomResetAction->setObjectName(QStringLiteral("zoomReset"));
    view->addSeparator();
    for (QAction *a : m_sidebar->typeActions())
        view->addAction(a);
    view->addSeparator();
    m_showListAction = view->addAction(tr("Open &Articles List"));
    m_showListAction->setCheckable(true);
    m_showListAction->setChecked(true);
    connect(m_showListAction, &QAction::toggled, this,
        [this](bool on) { m_splitter->widget(0)->setVisible(on); });
    // The library of every article opened, in a dock below the article.
    m_library = new LibraryPanel(this);
    auto *libraryDock = new QDockWidget(tr("Library"), this);
    libraryDock->setObjectName(QStringLiteral("libraryDock"));
    libraryDock->setWidget(m_library);
    addDockWidget(Qt::BottomDockWidgetArea, libraryDock);
    libraryDock->hide();
    // Ctrl+L is for finding an article: it opens the Library with the cursor in its search field, or, with
    // the Library open, moves the cursor there; from the search field it closes the Library again. (The
    // dock's own toggle action cannot tell where the focus was: it hides the dock before any slot runs.)
    auto *libraryAction = new QAction(tr("&Library"), this);
    libraryAction->setObjectName(QStringLiteral("showLibrary"));
    libraryAction->setCheckable(true);
    libraryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(libraryDock, &QDockWidget::visibilityChanged, libraryAction,
        [libraryAction, libraryDock] { libraryAction->setChecked(!libraryDock->isHidden()); });
    connect(libraryAction, &QAction::triggered, this, [this, libraryAction, libraryDock] {
        if (!libraryDock->isHidden() && m_library->searchField()->hasFocus()) {
            libraryDock->hide();
        } else {
            libraryDock->show();
            libraryDock->raise();
            m_library->focusSearch();
        }
        libraryAction->setChecked(!libraryDock->isHidden());
    });
    view->addAction(libraryAction);
    connect(
        m_library, &LibraryPanel::openRequested, this, [this](const QString &path) { openFiles({path}); });
    connect(m_library, &LibraryPanel::message, this, [this](const QString &text) { showMessages({text}); });
    m_library->setWatchlists(m_watchlists);

    QMenu *entities = menuBar()->addMenu(tr("E&ntities"));
    m_nextMentionAction = entities->addAction(tr("&Next Mention"), this, &MainWindow::nextMention);
    m_nextMentionAction->setShortcut(QKeySequence(Qt::Key_F3));
    m_previousMentionAction
        = entities->addAction(tr("&Previous Mention"), this, &MainWindow::previousMention);
    m_previousMentionAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    entities->addSeparator();
    QAction *filter = entities->addAction(tr("&Filter Entities"), m_sidebar, &EntitySidebar::focusFilter);
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QAction *clear = entities->addAction(tr("&Clear Selection"), this, [this] {
        m_view->setSelectedEntity(-1);
        m_sidebar->clearSelection();
        if (m_current) {
            m_sessions[m_current.get()].selectedEntity = -1;
            m_sessions[m_current.get()].selectedIdentifier = -1;
        }
        updateStatus();
    });
    Q_UNUSED(clear);
    m_annotations->createActions(menuBar()->addMenu(tr("&Notes")));
    entities->addSeparator();
    m_corrections->createActions(entities);
    entities->addSeparator();
    m_review->createActions(entities);

    m_cancelAction = new QAction(tr("Cancel Opening"), this);
    m_cancelAction->setObjectName(QStringLiteral("cancelOpening"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, m_opener, &ArticleOpener::cancel);
    addAction(m_cancelAction);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    m_corrections->createLexiconAction(tools);
    QAction *watchlists = tools->addAction(tr("&Watchlists…"), this, &MainWindow::showWatchlists);
    watchlists->setObjectName(QStringLiteral("watchlists"));
    QAction *hits = tools->addAction(tr("Watchlist &Hits…"), this, &MainWindow::showWatchlistHits);
    hits->setObjectName(QStringLiteral("watchlistHits"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Dramatis"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setFloatable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(14, 14));
    toolbar->addAction(m_openAction);
    toolbar->addAction(m_exportAction);
    toolbar->addSeparator();
    toolbar->addAction(m_annotations->addNoteAction());
    toolbar->addAction(m_annotations->highlightAction());
    if (auto *button
        = qobject_cast<QToolButton *>(toolbar->widgetForAction(m_annotations->highlightAction()))) {
        button->setMenu(m_annotations->highlightMenu());
        button->setPopupMode(QToolButton::MenuButtonPopup);
    }
    toolbar->addAction(m_review->reviewAction());
    toolbar->addSeparator();
    auto *legend = new QLabel(tr("Show:"), toolbar);
    legend->setContentsMargins(6, 0, 4, 0);
    toolbar->addWidget(legend);
    for (QAction *a : m_sidebar->typeActions()) {
        toolbar->addAction(a);
        // A legend more than a row of buttons: flat, the swatch filled while the type is shown.
        if (QWidget *button = toolbar->widgetForAction(a)) {
            button->setObjectName(u"legend" + a->objectName().mid(4));
            button->setStyleSheet(
                QStringLiteral("QToolButton { border: 1px solid transparent; border-radius: 4px; padding: "
                               "2px 6px; background: transparent; }"
                               "QToolButton:hover { border-color: palette(mid); }"));
        }
    }
    m_articleList->addAction(m_closeAction);
}

void MainWindow::readSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_showListAction->setChecked(settings.value(QStringLiteral("view/articleList"), true).toBool());
    setZoomStep(settings.value(QStringLiteral("view/zoom"), 0).toInt());
    for (EntityType type : AllEntityTypes) {
        const bool on = settings.value(u"view/show" + entityTypeCode(type), true).toBool();
        m_sidebar->typeActions()[int(type)]->setChecked(on);
    }
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("view/articleList"), m_showListAction->isChecked());
    settings.setValue(QStringLiteral("view/zoom"), m_view->zoomStep());
    for (EntityType type : AllEntityTypes)
        settings.setValue(
            u"view/show" + entityTypeCode(type), m_sidebar->typeActions()[int(type)]->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    m_opener->cancel();
    m_corrections->cancel();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_opener)
        m_opener->setDocumentStyle(m_view->documentFont(), palette());
}

void MainWindow::openDialog()
{
    const QStringList paths
        = QFileDialog::getOpenFileNames(this, tr("Open Articles"), m_recentMenu->lastFolder(),
            tr("Articles (%1);;All files (*)").arg(ArticleLoader::nameFilters().join(u' ')));
    openFiles(paths);
}

void MainWindow::openFolderDialog()
{
    const QString dir
        = QFileDialog::getExistingDirectory(this, tr("Open Folder"), m_recentMenu->lastFolder());
    if (!dir.isEmpty())
        openFiles({dir});
}

void MainWindow::openFiles(const QStringList &paths)
{
    // Folders become the article files in them; files of other kinds are refused here, with a reason;
    // missing files go to the loader, which knows how to say what is wrong with them.
    const FolderCollector::Result collected = FolderCollector::collect(paths);
    QStringList problems = collected.refused;
    if (collected.capped)
        problems << tr("Only the first %1 articles are opened: drop fewer folders at a time to open the rest")
                        .arg(collected.files.size());
    QList<ArticleSource> sources;
    for (const QString &path : collected.files)
        sources << ArticleSource::file(path);
    if (sources.isEmpty() && problems.isEmpty() && !paths.isEmpty())
        problems << tr("No article files found in %1").arg(QFileInfo(paths.front()).fileName());
    showMessages(problems);
    if (sources.isEmpty())
        return;
    finishBatch(); // a new request stops the one running: report what it did
    if (sources.size() >= ArticleOpener::BatchThreshold)
        m_batch.emplace().total = int(sources.size());
    m_opener->setDocumentStyle(m_view->documentFont(), palette());
    m_opener->open(sources);
}

void MainWindow::openDroppedText(const QMimeData *mime)
{
    const QString name = tr("Dropped text %1").arg(++m_droppedTexts);
    // HTML goes through the HTML loader when there is one; otherwise the plain text the source offers.
    const QString htmlName = name + QStringLiteral(".html");
    if (mime->hasHtml() && ArticleLoader::isSupportedFile(htmlName)) {
        openBytes(mime->html().toUtf8(), htmlName);
        return;
    }
    QString text = mime->text();
    if (text.trimmed().isEmpty() && mime->hasHtml())
        text = QTextDocumentFragment::fromHtml(mime->html()).toPlainText();
    openBytes(text.toUtf8(), name);
}

void MainWindow::finishBatch()
{
    if (!m_batch)
        return;
    const BatchReport batch = *m_batch;
    m_batch.reset();
    const QString summary = batch.cancelled
        ? tr("Opening cancelled: %1 of %2 articles opened").arg(batch.opened).arg(batch.total)
        : tr("Opened %1 of %2 articles").arg(batch.opened).arg(batch.total);
    showStatusMessage(summary, 8000);
    if (batch.failures.isEmpty())
        return;
    // One and many as two messages: the English needs no catalogue to read right, and the many form is a
    // numerus message, so languages with several plural forms (Polish, Russian) still get each of them.
    const int failed = int(batch.failures.size());
    QStringList lines {failed == 1 ? tr("1 file could not be opened:")
                                   : tr("%n files could not be opened:", nullptr, failed)};
    lines << batch.failures;
    showMessages(lines);
}

void MainWindow::openBytes(const QByteArray &bytes, const QString &name)
{
    finishBatch();
    m_opener->setDocumentStyle(m_view->documentFont(), palette());
    m_opener->open({ArticleSource::memory(bytes, name)});
}

bool MainWindow::isBusy() const
{
    return m_opener->isBusy();
}

void MainWindow::showMessages(const QStringList &messages)
{
    m_banner->showMessages(messages);
}

void MainWindow::showStatusMessage(const QString &text, int timeout)
{
    statusBar()->showMessage(text, timeout);
}

namespace {

bool canDrop(const QMimeData *mime)
{
    return mime->hasUrls() || mime->hasText() || mime->hasHtml();
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (canDrop(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (canDrop(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (!mime->hasUrls() && (mime->hasText() || mime->hasHtml())) {
        // Text selected in a browser or an editor: a new article.
        openDroppedText(mime);
        event->acceptProposedAction();
        return;
    }
    QStringList paths;
    QStringList problems;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
        else
            problems << tr("%1: only files on this computer can be opened").arg(url.toDisplayString());
    }
    if (urls.isEmpty())
        problems << tr("Drop article files, folders or text here to open them");
    showMessages(problems);
    if (!paths.isEmpty())
        openFiles(paths);
    event->acceptProposedAction();
}

void MainWindow::onArticleOpened(const OpenedArticle &opened, bool first)
{
    if (m_batch) {
        // A batch lists its failures once, at the end, instead of one banner per bad file.
        if (opened.error)
            m_batch->failures << opened.error->message;
        else
            ++m_batch->opened;
    }
    if (opened.error) {
        if (!m_batch)
            showMessages({opened.error->message});
        return;
    }
    const int oldRow = m_articles->rowForPath(opened.analysis->article.filePath);
    const AnalysisPtr old = m_articles->analysisAt(oldRow);
    const bool replacingCurrent = old && old == m_current;
    const int row = m_articles->addOrReplace(opened.analysis);
    m_library->record(opened.analysis);
    if (old)
        m_sessions.remove(old.get());
    // The file was opened again: when its text changed, its notes re-anchor and the old edits no longer fit.
    if (old && old->article.text != opened.analysis->article.text)
        m_annotations->dropEdits(old->article.filePath);
    m_sessions.insert(opened.analysis.get(), Session {opened.document});
    const QFileInfo info(opened.path);
    if (info.isAbsolute() && info.isFile()) {
        m_recentMenu->add(opened.path);
        m_reloader->watch(opened.analysis->article.filePath);
    }
    const bool linked
        = m_pendingLink && m_pendingLink->file == QDir::cleanPath(opened.analysis->article.filePath);
    if (first || replacingCurrent || !m_current || linked) {
        showArticle(row);
        const qint64 micros = opened.analysis->tokenizeMicros + opened.analysis->tagMicros;
        m_timeLabel->setText(
            tr("Tagged in %1 ms").arg(double(micros) / 1000.0, 0, 'f', micros < 10000 ? 1 : 0));
        m_timeLabel->setToolTip(tr("Opened in %1 ms (loading, tagging and layout), tagger: %2")
                                    .arg(opened.elapsedMs)
                                    .arg(opened.analysis->taggerName));
    }
    if (linked) {
        const DramatisLink link = *m_pendingLink;
        m_pendingLink.reset();
        selectLinkedSpan(link);
    }
}

void MainWindow::rememberSession()
{
    if (!m_current)
        return;
    auto it = m_sessions.find(m_current.get());
    if (it == m_sessions.end())
        return;
    it->selectedEntity = m_view->selectedEntity();
    it->scroll = m_view->verticalScrollBar()->value();
}

void MainWindow::showArticle(int row)
{
    rememberSession();
    if (m_noteEditor->isVisible())
        m_noteEditor->hide();
    m_review->leave();
    setCurrent(m_articles->analysisAt(row));
    const Session session = m_current ? m_sessions.value(m_current.get()) : Session {};
    m_view->setArticle(m_current, session.document);
    showEntities(session.selectedEntity);
    m_view->verticalScrollBar()->setValue(session.scroll);
    const QModelIndex listIndex = m_articles->index(row);
    if (m_articleList->currentIndex() != listIndex)
        m_articleList->setCurrentIndex(listIndex);
    m_closeAction->setEnabled(m_current != nullptr);
    m_exportAction->setEnabled(m_current != nullptr);
    m_copySummaryAction->setEnabled(m_current != nullptr);
    m_annotations->showEdits();
    updateAnnotationActions();
    updateStatus();
    updateTitle();
}

void MainWindow::setCurrent(const AnalysisPtr &analysis)
{
    m_current = analysis;
    m_annotations->setAnalysis(analysis);
    m_review->setAnalysis(analysis);
    m_corrections->setAnalysis(analysis);
    m_export->setAnalysis(analysis);
}

void MainWindow::showEntities(int selected)
{
    m_entities->setAnalysis(m_current);
    m_watchlists->refresh();
    m_identifiers->setAnalysis(m_current);
    // The view first: the sidebar's new current row then names the entity already selected.
    if (selected >= 0)
        m_view->setSelectedEntity(selected);
    m_sidebar->restoreSelection(selected);
}

void MainWindow::updateAnnotationActions()
{
    const QString reason = m_annotations->unavailableReason();
    m_annotations->updateActions();
    m_corrections->updateActions(reason, m_current != nullptr);
}

void MainWindow::closeCurrentArticle()
{
    if (!m_current)
        return;
    const int row = m_articles->rowOf(m_current.get());
    m_sessions.remove(m_current.get());
    m_annotations->dropEdits(m_current->article.filePath);
    m_reloader->unwatch(m_current->article.filePath);
    m_deferredReloads.remove(m_current->article.filePath);
    setCurrent(nullptr);
    m_articles->removeArticle(row);
    if (m_articles->rowCount() > 0)
        showArticle(std::min(row, m_articles->rowCount() - 1));
    else
        showArticle(-1);
}

void MainWindow::selectEntity(int entity, int stop)
{
    if (!m_current || entity < 0 || entity >= m_current->entities.size())
        return;
    m_view->setSelectedEntity(entity);
    Session &session = m_sessions[m_current.get()];
    session.selectedEntity = entity;
    session.currentMention = -1;
    session.selectedIdentifier = -1;
    m_sidebar->selectEntity(entity);
    goToMentionStop(entity, stop);
    updateStatus();
}

void MainWindow::goToMentionStop(int entity, int stop)
{
    const Entity &e = m_current->entities.at(entity);
    if (stop < 0 || stop >= e.mentionCount())
        return;
    m_sessions[m_current.get()].currentMention = stop;
    const qsizetype inTitle = e.titleMentions.size();
    if (stop < inTitle)
        m_view->goToTitleMention(e.titleMentions.at(stop));
    else
        m_view->goToMention(e.mentions.at(stop - inTitle));
}

void MainWindow::selectIdentifier(int row, int stop)
{
    if (!m_current || row < 0 || row >= m_identifiers->identifiers().size())
        return;
    const DistinctIdentifier &d = m_identifiers->identifiers().at(row);
    Session &session = m_sessions[m_current.get()];
    if (session.selectedEntity >= 0) {
        m_view->setSelectedEntity(-1);
        m_sidebar->clearSelection();
        session.selectedEntity = -1;
    }
    session.selectedIdentifier = row;
    session.identifierStop = -1;
    if (stop >= 0 && stop < d.occurrences.size()) {
        const Identifier &id = m_current->identifiers.at(d.occurrences.at(stop));
        session.identifierStop = stop;
        m_view->selectTextSpan(id.start, id.end);
    }
    updateStatus();
}

void MainWindow::activateMention(int mention, bool inTitle)
{
    const MentionList *mentions = !m_current ? nullptr
        : inTitle                            ? &m_current->titleMentions
                                             : &m_current->mentions;
    const int entity
        = mentions && mention >= 0 && mention < mentions->size() ? mentions->at(mention).entity : -1;
    if (entity < 0)
        return;
    // The clicked mention becomes the current stop: the view stays where the analyst is reading.
    const Entity &e = m_current->entities.at(entity);
    selectEntity(entity,
        inTitle ? int(e.titleMentions.indexOf(mention))
                : int(e.titleMentions.size() + e.mentions.indexOf(mention)));
}

void MainWindow::nextMention()
{
    stepMention(+1);
}

void MainWindow::previousMention()
{
    stepMention(-1);
}

void MainWindow::stepMention(int delta)
{
    if (!m_current)
        return;
    Session &session = m_sessions[m_current.get()];
    if (session.selectedEntity < 0 && session.selectedIdentifier >= 0
        && session.selectedIdentifier < m_identifiers->identifiers().size()) {
        const int n = int(m_identifiers->identifiers().at(session.selectedIdentifier).occurrences.size());
        if (n > 0)
            selectIdentifier(session.selectedIdentifier, ((session.identifierStop + delta) % n + n) % n);
        return;
    }
    if (session.selectedEntity < 0) {
        // Nothing selected yet: start with the sidebar's first entity, as a reader would.
        if (const int first = m_sidebar->firstEntity(); first >= 0)
            selectEntity(first);
        return;
    }
    const Entity &e = m_current->entities.at(session.selectedEntity);
    const int n = int(e.mentionCount());
    if (n == 0)
        return;
    goToMentionStop(session.selectedEntity, ((session.currentMention + delta) % n + n) % n);
    updateStatus();
}

void MainWindow::setTypeVisible(EntityType type, bool visible)
{
    m_sidebar->setTypeVisible(type, visible);
}

void MainWindow::setZoomStep(int step)
{
    m_view->setZoomStep(step);
    m_zoomResetAction->setEnabled(m_view->zoomStep() != 0);
}

void MainWindow::updateStatus()
{
    if (!m_current) {
        m_countsLabel->setText(tr("Drop article files here or press Ctrl+O to open one"));
        m_selectionLabel->clear();
        m_timeLabel->clear();
        return;
    }
    const int people = m_entities->entityCount(EntityType::Person);
    const int companies = m_entities->entityCount(EntityType::Organization);
    const int places = m_entities->entityCount(EntityType::Location);
    const int other = m_entities->entityCount(EntityType::Misc);
    QStringList parts {countPhrase(people, tr("1 person"), tr("%1 people")),
        countPhrase(companies, tr("1 company"), tr("%1 companies")),
        countPhrase(places, tr("1 place"), tr("%1 places"))};
    if (other > 0)
        parts << countPhrase(other, tr("1 other"), tr("%1 other"));
    m_countsLabel->setText(parts.join(QStringLiteral(" · ")));

    if (const QString review = m_review->statusText(); !review.isEmpty()) {
        m_selectionLabel->setText(review);
        return;
    }
    const Session session = m_sessions.value(m_current.get());
    if (session.selectedEntity < 0 && session.selectedIdentifier >= 0
        && session.selectedIdentifier < m_identifiers->identifiers().size()) {
        const DistinctIdentifier &d = m_identifiers->identifiers().at(session.selectedIdentifier);
        m_selectionLabel->setText(tr("· %1: %2 of %3 in the text (F3 next)")
                                      .arg(d.normalized)
                                      .arg(session.identifierStop + 1)
                                      .arg(d.occurrences.size()));
        return;
    }
    if (session.selectedEntity < 0) {
        m_selectionLabel->setText(
            m_current->entities.isEmpty() ? QString() : tr("· Click a name to find its mentions"));
        return;
    }
    const Entity &e = m_current->entities.at(session.selectedEntity);
    m_selectionLabel->setText(tr("· %1: mention %2 of %3 (F3 next)")
                                  .arg(e.name)
                                  .arg(session.currentMention + 1)
                                  .arg(e.mentionCount()));
}

void MainWindow::updateTitle()
{
    if (!m_current) {
        setWindowTitle(tr("Dramatis"));
        return;
    }
    setWindowTitle(tr("%1 — Dramatis").arg(OpenArticlesModel::displayTitle(*m_current)));
}

void MainWindow::showArticleContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("&Copy"), m_view, &QPlainTextEdit::copy);
    copy->setEnabled(m_view->textCursor().hasSelection());
    if (m_view->selectedRange().first >= 0 && currentAnnotations()) {
        menu.addSeparator();
        menu.addAction(m_annotations->addNoteAction());
        menu.addMenu(m_annotations->highlightMenu());
        m_corrections->addSelectionActions(menu);
    }
    m_corrections->addMentionActions(menu, pos);
    m_annotations->addContextActions(menu, pos);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Dramatis"),
        tr("<h3>Dramatis %1</h3><p>Who's who in every article: a reader that highlights the "
           "people, companies and places an article names, and lists them beside it.</p>"
           "<p>Tagger: %2</p>")
            .arg(QApplication::applicationVersion(), m_tagger->name().toHtmlEscaped()));
}

// ---- The analyst's edits -------------------------------------------------------------------------------

void MainWindow::openAnnotationStore(const QString &path)
{
    if (m_store->isReady() && m_store->path() == path)
        return;
    if (!m_store->open(path)) {
        showMessages({tr("Notes and corrections are off: %1").arg(m_store->errorString())});
        m_opener->setDatabasePath({});
        m_corrections->setDatabasePath({});
        m_library->setDatabasePath({});
        m_watchlists->setDatabasePath({});
    } else {
        m_opener->setDatabasePath(m_store->path());
        m_corrections->setDatabasePath(m_store->path());
        m_library->setDatabasePath(m_store->path());
        m_watchlists->setDatabasePath(m_store->path());
        // News, not a problem, and shown in the banner: a status-bar message set before the window is
        // first shown is painted over the counts instead of replacing them.
        if (!m_store->backupPath().isEmpty()) {
            m_banner->showMessages({tr("Database updated; the old one is kept as %1")
                                           .arg(QDir::toNativeSeparators(m_store->backupPath()))},
                MessageBanner::Timed, MessageBanner::Information);
        }
    }
    // Articles already open were shown without the store: give them their notes now.
    for (const QString &path : m_annotations->editedPaths()) {
        if (const AnalysisPtr analysis = m_articles->analysisAt(m_articles->rowForPath(path)))
            m_annotations->annotationsFor(analysis)->setArticle(analysis->article);
    }
    m_annotations->rebuildHighlightMenu();
    showArticle(m_current ? m_articles->rowOf(m_current.get()) : -1);
    if (m_store->isReady() && !m_store->lexicon().isEmpty())
        m_corrections->retagOpenArticles();
}

void MainWindow::showWatchlists()
{
    if (!m_watchlistsDialog) {
        m_watchlistsDialog = new WatchlistsDialog(m_watchlists, this);
        m_watchlistsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_watchlistsDialog->show();
    m_watchlistsDialog->raise();
    m_watchlistsDialog->activateWindow();
}

WatchlistsDialog *MainWindow::watchlistsDialog() const
{
    return m_watchlistsDialog;
}

void MainWindow::showWatchlistHits()
{
    if (!m_watchlistHits) {
        m_watchlistHits = new WatchlistHitsDialog(m_watchlists, this);
        m_watchlistHits->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_watchlistHits, &WatchlistHitsDialog::openRequested, this,
            [this](const QString &path) { openFiles({path}); });
    }
    m_watchlistHits->show();
    m_watchlistHits->raise();
    m_watchlistHits->activateWindow();
}

WatchlistHitsDialog *MainWindow::watchlistHitsDialog() const
{
    return m_watchlistHits;
}

AnnotationModel *MainWindow::currentAnnotations() const
{
    return m_annotations->currentAnnotations();
}

QUndoGroup *MainWindow::undoGroup() const
{
    return m_annotations->undoGroup();
}

bool MainWindow::isRetagging() const
{
    return m_corrections->isRetagging();
}

bool MainWindow::isReviewing() const
{
    return m_review->isActive();
}

int MainWindow::reviewMention() const
{
    return m_review->mention();
}

void MainWindow::startReview()
{
    m_review->start();
}

void MainWindow::leaveReview()
{
    m_review->leave();
}

void MainWindow::replaceAnalysis(const AnalysisPtr &old, const OpenedArticle &opened)
{
    const bool isCurrent = old == m_current;
    Session session = m_sessions.value(old.get());
    if (isCurrent) {
        session.selectedEntity = m_view->selectedEntity();
        session.scroll = m_view->verticalScrollBar()->value();
    }
    // Entity indexes change with the rules: the selection follows the entity's name (or one of its mentions).
    int selected = -1;
    if (session.selectedEntity >= 0 && session.selectedEntity < old->entities.size()) {
        const Entity &was = old->entities.at(session.selectedEntity);
        for (int i = 0; i < opened.analysis->entities.size() && selected < 0; ++i) {
            const Entity &e = opened.analysis->entities.at(i);
            if (e.name == was.name || e.aliases.contains(was.name))
                selected = i;
        }
    }
    session.document = opened.document;
    session.selectedEntity = selected;
    session.currentMention = -1;
    session.selectedIdentifier = -1;
    m_sessions.remove(old.get());
    m_sessions.insert(opened.analysis.get(), session);
    m_articles->addOrReplace(opened.analysis);
    // New text: the notes re-anchor in it, and the old edits (offsets into the old text) cannot be undone.
    const bool textChanged = old->article.text != opened.analysis->article.text;
    if (textChanged)
        m_annotations->dropEdits(old->article.filePath);
    if (!isCurrent)
        return;

    const ArticleView::ReadingPlace place = m_view->readingPlace(textChanged);
    const bool reviewing = m_review->isActive();
    setCurrent(opened.analysis);
    m_view->setArticle(m_current, session.document);
    showEntities(selected);
    m_view->restoreReadingPlace(place, old->article.text);
    if (textChanged)
        m_annotations->showEdits();
    else
        m_annotations->updateSpans();
    if (reviewing)
        m_review->restart();
    updateStatus();
    updateTitle(); // a reloaded file may have a new headline
}

void MainWindow::onArticleReloaded(const OpenedArticle &opened)
{
    const QString path = opened.analysis->article.filePath;
    const AnalysisPtr old = m_articles->analysisAt(m_articles->rowForPath(path));
    if (!old)
        return; // closed meanwhile
    const Article &was = old->article;
    const Article &now = opened.analysis->article;
    if (was.text == now.text && was.title == now.title && was.date == now.date && was.author == now.author
        && was.source == now.source)
        return; // saved again as it was
    const AnnotationModel *notes = m_store->isReady() ? m_annotations->annotationsFor(old) : nullptr;
    if (m_annotations->isEditingNote(notes)) {
        // The analyst is writing a note on this article: the new text comes in once it is saved or dropped.
        m_deferredReloads.insert(path, opened);
        QTimer::singleShot(500, this, [this, path] {
            if (const auto it = m_deferredReloads.constFind(path); it != m_deferredReloads.cend())
                onArticleReloaded(m_deferredReloads.take(path));
        });
        return;
    }
    const auto orphans = [](const AnnotationModel *model) {
        int n = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            n += model->at(row).isOrphaned() ? 1 : 0;
        return n;
    };
    const int orphansBefore = notes ? orphans(notes) : 0;
    replaceAnalysis(old, opened);
    const QString name = QFileInfo(path).fileName();
    // A reload that lost nothing is news, not a problem: it is shown as information.
    const auto inform = [this](const QString &message) {
        m_banner->showMessages({message}, MessageBanner::Timed, MessageBanner::Information);
    };
    if (!notes) {
        inform(tr("Reloaded %1: the file changed on disk").arg(name));
        return;
    }
    const AnnotationModel *model = m_annotations->annotationsFor(opened.analysis);
    const int orphaned = orphans(model);
    const int kept = model->rowCount() - orphaned;
    const int lost = std::max(0, orphaned - orphansBefore);
    if (kept == 0 && lost == 0) {
        inform(tr("Reloaded %1: the file changed on disk").arg(name));
        return;
    }
    const QString keptText = kept == 1 ? tr("1 note kept") : tr("%n notes kept", nullptr, kept);
    const QString lostText = lost == 1 ? tr("1 no longer found") : tr("%n no longer found", nullptr, lost);
    if (lost > 0)
        showMessages({tr("Reloaded %1: the file changed on disk — %2, %3 (listed apart in the notes)")
                          .arg(name, keptText, lostText)});
    else
        inform(tr("Reloaded %1: the file changed on disk — %2").arg(name, keptText));
}

QList<ExportArticle> MainWindow::exportArticles()
{
    return m_export->exportArticles();
}

void MainWindow::showExportDialog()
{
    m_export->showExportDialog();
}

void MainWindow::copySummaryAsMarkdown()
{
    m_export->copySummaryAsMarkdown();
}

void MainWindow::openArguments(const QStringList &arguments)
{
    QStringList files;
    for (const QString &arg : arguments) {
        if (arg.startsWith(u"dramatis:", Qt::CaseInsensitive))
            QTimer::singleShot(0, this, [this, arg] { openLink(arg); });
        else if (arg.startsWith(u"file:", Qt::CaseInsensitive))
            files.append(QUrl(arg).toLocalFile());
        else
            files.append(arg);
    }
    if (!files.isEmpty())
        openFiles(files);
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
}

void MainWindow::openLink(const QString &url)
{
    QString error;
    const std::optional<DramatisLink> link = DramatisLink::parse(url, &error);
    if (!link) {
        showMessages({error});
        return;
    }
    if (!isKnownFile(link->file, *m_articles, m_recentMenu->files())
        && !confirmOpenLinkedFile(this, link->file))
        return;
    const int row = m_articles->rowForPath(link->file);
    if (row >= 0) {
        showArticle(row);
        selectLinkedSpan(*link);
        return;
    }
    m_pendingLink = link;
    openFiles({link->file});
}

void MainWindow::selectLinkedSpan(const DramatisLink &link)
{
    if (!m_current)
        return;
    QString error;
    const auto span = link.toUtf16(m_current->article.text, &error);
    if (!span) {
        showMessages({error});
        return;
    }
    m_view->selectTextSpan(span->first, span->second);
    raise();
    activateWindow();
}

} // namespace dramatis
