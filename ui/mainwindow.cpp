#include "mainwindow.h"

#include "annotations/annotationstore.h"
#include "article/articleopener.h"
#include "article/articlereloader.h"
#include "article/articleview.h"
#include "article/entityhighlighter.h"
#include "article/entitypalette.h"
#include "article/findbar.h"
#include "commands/addannotationcommand.h"
#include "commands/addlexiconrulecommand.h"
#include "commands/articletagcommand.h"
#include "commands/editannotationcommand.h"
#include "commands/removeannotationcommand.h"
#include "commands/removelexiconrulecommand.h"
#include "corrections/lexicondialog.h"
#include "export/exportdialog.h"
#include "formats/foldercollector.h"
#include "itemmodels/annotationmodel.h"
#include "itemmodels/entitymodel.h"
#include "itemmodels/entitymodelfilter.h"
#include "itemmodels/itemroles.h"
#include "itemmodels/openarticlesmodel.h"
#include "lexicon/lexiconapplier.h"
#include "library/librarypanel.h"
#include "ner/taggerfactory.h"
#include "notes/noteeditor.h"
#include "notes/notespanel.h"
#include "notes/tagbar.h"
#include "sidebar/articlelistdelegate.h"
#include "sidebar/entitydelegate.h"
#include "widgets/messagebanner.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDrag>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace dramatis {

namespace {

constexpr int MaxRecentFiles = 10;
constexpr auto EntityMimeType = "application/x-dramatis-entity";
// Characters of context kept with a correction, for the Lexicon dialog's "where it came from".
constexpr qsizetype OriginContext = 40;

// The colours offered for new highlight categories, in turn: distinct in hue, readable under black text
// at the view's fill strength and under white text in the dark palette.
constexpr std::array<const char *, 8> CategoryColors {
    "#f5c518", "#5cb8e6", "#f08080", "#7bc67b", "#c49be8", "#f5a25d", "#4fd1c5", "#b0b0b0"};
// A note's underline when it has no category of its own.
constexpr auto NoteColor = "#e0a100";

QIcon colorSwatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color.darker(130), 1));
    p.setBrush(color);
    p.drawRoundedRect(QRectF(1.5, 1.5, 9, 9), 2.5, 2.5);
    return QIcon(pixmap);
}

QString countPhrase(qsizetype n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(n);
}

} // namespace

MainWindow::MainWindow(std::shared_ptr<const Tagger> tagger, QWidget *parent, const QString &database)
    : QMainWindow(parent)
    , m_tagger(tagger ? std::move(tagger) : defaultTagger())
    , m_opener(new ArticleOpener(m_tagger, this))
    , m_retagger(new ArticleOpener(m_tagger, this))
    , m_store(new AnnotationStore(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_windowStack(new QUndoStack(this))
    , m_articles(new OpenArticlesModel(this))
    , m_entities(new EntityModel(this))
    , m_filter(new EntityModelFilter(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Dramatis"));
    setAcceptDrops(true);
    m_filter->setSourceModel(m_entities);
    m_undoGroup->addStack(m_windowStack);
    m_undoGroup->setActiveStack(m_windowStack);
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
    connect(m_retagger, &ArticleOpener::articleOpened, this, &MainWindow::onArticleRetagged);
    connect(m_store, &AnnotationStore::lexiconChanged, this, &MainWindow::retagOpenArticles);
    connect(m_store, &AnnotationStore::errorOccurred, this,
        [this](const QString &message) { showMessages({message}); });
    connect(m_store, &AnnotationStore::categoriesChanged, this, [this] {
        rebuildHighlightMenu();
        updateAnnotationSpans();
    });
    connect(m_opener, &ArticleOpener::articleOpened, this, &MainWindow::onArticleOpened);
    connect(
        m_opener, &ArticleOpener::progressChanged, this, [this](const QString &text, int value, int maximum) {
            m_progressLabel->setText(text);
            // A batch counts files, which is a true fraction; one file reports stages: a busy indicator is
            // honest.
            if (m_opener->isBatch()) {
                m_progress->setRange(0, maximum);
                m_progress->setValue(value);
            } else {
                m_progress->setRange(0, 0);
            }
        });
    connect(m_opener, &ArticleOpener::busyChanged, this, [this](bool busy) {
        m_cancelAction->setEnabled(busy);
        if (!busy) {
            finishBatch();
            m_progressLabel->hide();
            m_progress->hide();
            m_cancelButton->hide();
            return;
        }
        // Only long work shows progress: a flash of a progress bar on every small file is noise.
        QTimer::singleShot(150, this, [this] {
            if (!m_opener->isBusy())
                return;
            m_progressLabel->show();
            m_progress->show();
            m_cancelButton->show();
        });
    });
    connect(m_opener, &ArticleOpener::cancelled, this, [this] {
        if (m_batch)
            m_batch->cancelled = true;
        else
            statusBar()->showMessage(tr("Opening cancelled"), 4000);
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
    connect(m_tagBar, &TagBar::addRequested, this, [this](const QString &tag) {
        if (AnnotationModel *model = currentAnnotations())
            pushCommand(new ArticleTagCommand(model, ArticleTagCommand::Add, tag));
    });
    connect(m_tagBar, &TagBar::removeRequested, this, [this](const QString &tag) {
        if (AnnotationModel *model = currentAnnotations())
            pushCommand(new ArticleTagCommand(model, ArticleTagCommand::Remove, tag));
    });
    connect(
        m_view, &ArticleView::columnChanged, m_tagBar, [this] { m_tagBar->setIndent(m_view->columnLeft()); });
    centreLayout->addWidget(m_banner);
    centreLayout->addWidget(m_tagBar);
    centreLayout->addWidget(m_view, 1);
    centreLayout->addWidget(m_findBar);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("entityFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter people and companies…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAcceptDrops(false);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterText(text);
        m_tree->expandAll();
    });
    m_tree = new QTreeView(this);
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
    connect(m_tree, &QTreeView::clicked, this, &MainWindow::onEntityClicked);
    connect(m_tree, &QTreeView::activated, this, &MainWindow::onEntityClicked);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            const int entity = current.data(EntityIndexRole).toInt();
            if (current.isValid() && entity >= 0 && entity != m_view->selectedEntity())
                selectEntity(entity);
        });
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showEntityContextMenu);
    // Drag one entity onto another to merge them; tooltips name the rules that decided an entity.
    m_tree->viewport()->installEventFilter(this);
    m_tree->viewport()->setAcceptDrops(true);
    connect(m_filter, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_filter, &QAbstractItemModel::rowsInserted, m_tree, &QTreeView::expandAll);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 8, 6, 6);
    leftLayout->addWidget(m_articleList);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 8, 6, 0);
    rightLayout->setSpacing(6);
    rightLayout->addWidget(m_filterEdit);
    rightLayout->addWidget(m_tree, 1);
    m_notesPanel = new NotesPanel(this);
    connect(m_notesPanel, &NotesPanel::activated, this, &MainWindow::goToAnnotation);
    connect(m_notesPanel, &NotesPanel::editRequested, this, &MainWindow::editNote);
    connect(m_notesPanel, &NotesPanel::removeRequested, this, &MainWindow::removeAnnotation);
    // The entities above, the notes below, the line between them movable.
    auto *sideSplitter = new QSplitter(Qt::Vertical, this);
    sideSplitter->setObjectName(QStringLiteral("sideSplitter"));
    sideSplitter->setChildrenCollapsible(false);
    sideSplitter->setHandleWidth(1);
    sideSplitter->addWidget(right);
    sideSplitter->addWidget(m_notesPanel);
    sideSplitter->setStretchFactor(0, 3);
    sideSplitter->setStretchFactor(1, 2);
    // The side panes are lists on the window's colour; the article is the page.
    for (QAbstractItemView *w :
        {static_cast<QAbstractItemView *>(m_articleList), static_cast<QAbstractItemView *>(m_tree)}) {
        w->setBackgroundRole(QPalette::Window);
        w->viewport()->setBackgroundRole(QPalette::Window);
    }

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
    connect(m_noteEditor, &NoteEditor::committed, this, &MainWindow::commitNote);
    connect(m_noteEditor, &NoteEditor::cancelled, m_view, qOverload<>(&QWidget::setFocus));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &MainWindow::showArticleContextMenu);

    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_selectionLabel = new QLabel(this);
    m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // tagging reports stages, not fractions: a busy indicator is honest
    m_progress->setMaximumWidth(120);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop opening (Esc)"));
    m_cancelButton->setAutoRaise(true);
    m_timeLabel = new QLabel(this);
    m_timeLabel->setObjectName(QStringLiteral("timeLabel"));
    statusBar()->addWidget(m_countsLabel);
    statusBar()->addWidget(m_selectionLabel, 1);
    statusBar()->addPermanentWidget(m_progressLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_timeLabel);
    m_progressLabel->hide();
    m_progress->hide();
    m_cancelButton->hide();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_openAction = file->addAction(
        QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), this, &MainWindow::openDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open article files (Ctrl+O)"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
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
    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
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
    for (EntityType type : AllEntityTypes) {
        QAction *a = view->addAction(EntityPalette::swatch(type, palette()), entityTypeGroupName(type));
        a->setObjectName(u"show" + entityTypeCode(type));
        a->setCheckable(true);
        a->setChecked(true);
        a->setToolTip(
            tr("Show or hide %1 in the text and the sidebar").arg(entityTypeGroupName(type).toLower()));
        connect(a, &QAction::toggled, this, [this, type](bool on) { setTypeVisible(type, on); });
        m_typeActions[int(type)] = a;
    }
    m_typeActions[int(EntityType::Person)]->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_typeActions[int(EntityType::Organization)]->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_typeActions[int(EntityType::Location)]->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_typeActions[int(EntityType::Misc)]->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
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
    QAction *libraryAction = libraryDock->toggleViewAction();
    libraryAction->setText(tr("&Library"));
    libraryAction->setObjectName(QStringLiteral("showLibrary"));
    libraryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addAction(libraryAction);
    connect(
        m_library, &LibraryPanel::openRequested, this, [this](const QString &path) { openFiles({path}); });
    connect(m_library, &LibraryPanel::message, this, [this](const QString &text) { showMessages({text}); });

    QMenu *entities = menuBar()->addMenu(tr("E&ntities"));
    m_nextMentionAction = entities->addAction(tr("&Next Mention"), this, &MainWindow::nextMention);
    m_nextMentionAction->setShortcut(QKeySequence(Qt::Key_F3));
    m_previousMentionAction
        = entities->addAction(tr("&Previous Mention"), this, &MainWindow::previousMention);
    m_previousMentionAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    entities->addSeparator();
    QAction *filter = entities->addAction(tr("&Filter Entities"), this, [this] {
        m_filterEdit->setFocus();
        m_filterEdit->selectAll();
    });
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QAction *clear = entities->addAction(tr("&Clear Selection"), this, [this] {
        m_view->setSelectedEntity(-1);
        m_tree->clearSelection();
        if (m_current)
            m_sessions[m_current.get()].selectedEntity = -1;
        updateStatus();
    });
    Q_UNUSED(clear);
    createAnnotationActions(entities);

    m_cancelAction = new QAction(tr("Cancel Opening"), this);
    m_cancelAction->setObjectName(QStringLiteral("cancelOpening"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, m_opener, &ArticleOpener::cancel);
    connect(m_cancelButton, &QToolButton::clicked, m_opener, &ArticleOpener::cancel);
    addAction(m_cancelAction);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    m_lexiconAction = tools->addAction(tr("&Lexicon…"), this, &MainWindow::showLexicon);
    m_lexiconAction->setObjectName(QStringLiteral("lexicon"));
    m_lexiconAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));

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
    toolbar->addAction(m_addNoteAction);
    toolbar->addAction(m_highlightAction);
    if (auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(m_highlightAction))) {
        button->setMenu(m_highlightMenu);
        button->setPopupMode(QToolButton::MenuButtonPopup);
    }
    toolbar->addAction(m_reviewAction);
    toolbar->addSeparator();
    auto *legend = new QLabel(tr("Show:"), toolbar);
    legend->setContentsMargins(6, 0, 4, 0);
    toolbar->addWidget(legend);
    for (QAction *a : m_typeActions) {
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
        m_typeActions[int(type)]->setChecked(on);
    }
    m_recentFiles = settings.value(QStringLiteral("recentFiles")).toStringList();
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
        settings.setValue(u"view/show" + entityTypeCode(type), m_typeActions[int(type)]->isChecked());
    settings.setValue(QStringLiteral("recentFiles"), m_recentFiles);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    m_opener->cancel();
    m_retagger->cancel();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_opener) {
        m_opener->setDocumentStyle(m_view->documentFont(), palette());
        for (EntityType type : AllEntityTypes) {
            if (m_typeActions[int(type)])
                m_typeActions[int(type)]->setIcon(EntityPalette::swatch(type, palette()));
        }
    }
}

void MainWindow::addRecentFile(const QString &path)
{
    m_recentFiles.removeAll(path);
    m_recentFiles.prepend(path);
    while (m_recentFiles.size() > MaxRecentFiles)
        m_recentFiles.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), m_recentFiles);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : std::as_const(m_recentFiles)) {
        QAction *a
            = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFiles({path}); });
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (m_recentFiles.isEmpty()) {
        m_recentMenu->addAction(tr("No recent articles"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear Menu"), this, [this] {
        m_recentFiles.clear();
        QSettings().setValue(QStringLiteral("recentFiles"), m_recentFiles);
    });
}

void MainWindow::openDialog()
{
    const QString dir
        = m_recentFiles.isEmpty() ? QDir::homePath() : QFileInfo(m_recentFiles.front()).absolutePath();
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open Articles"), dir,
        tr("Articles (%1);;All files (*)")
            .arg(QStringLiteral("*.") + ArticleLoader::supportedSuffixes().join(QStringLiteral(" *."))));
    openFiles(paths);
}

void MainWindow::openFolderDialog()
{
    const QString start
        = m_recentFiles.isEmpty() ? QDir::homePath() : QFileInfo(m_recentFiles.front()).absolutePath();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Folder"), start);
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
    statusBar()->showMessage(summary, 8000);
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
        dropEdits(old->article.filePath);
    m_sessions.insert(opened.analysis.get(), Session {opened.document});
    const QFileInfo info(opened.path);
    if (info.isAbsolute() && info.isFile()) {
        addRecentFile(opened.path);
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
    if (m_reviewing)
        leaveReview();
    m_current = m_articles->analysisAt(row);
    const Session session = m_current ? m_sessions.value(m_current.get()) : Session {};
    m_view->setArticle(m_current, session.document);
    m_entities->setAnalysis(m_current);
    m_tree->expandAll();
    if (m_current && session.selectedEntity >= 0) {
        m_view->setSelectedEntity(session.selectedEntity);
        const QModelIndex proxy = m_filter->mapFromSource(m_entities->indexForEntity(session.selectedEntity));
        m_tree->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect);
    }
    m_view->verticalScrollBar()->setValue(session.scroll);
    const QModelIndex listIndex = m_articles->index(row);
    if (m_articleList->currentIndex() != listIndex)
        m_articleList->setCurrentIndex(listIndex);
    m_closeAction->setEnabled(m_current != nullptr);
    m_exportAction->setEnabled(m_current != nullptr);
    m_copySummaryAction->setEnabled(m_current != nullptr);
    Edits *edits = editsFor(m_current);
    m_undoGroup->setActiveStack(edits ? edits->stack : m_windowStack);
    m_notesPanel->setModel(edits ? edits->annotations : nullptr);
    updateAnnotationSpans();
    updateTags();
    updateAnnotationActions();
    updateStatus();
    updateTitle();
}

void MainWindow::closeCurrentArticle()
{
    if (!m_current)
        return;
    const int row = m_articles->rowOf(m_current.get());
    m_sessions.remove(m_current.get());
    dropEdits(m_current->article.filePath);
    m_reloader->unwatch(m_current->article.filePath);
    m_deferredReloads.remove(m_current->article.filePath);
    m_current.reset();
    m_articles->removeArticle(row);
    if (m_articles->rowCount() > 0)
        showArticle(std::min(row, m_articles->rowCount() - 1));
    else
        showArticle(-1);
}

void MainWindow::onEntityClicked(const QModelIndex &proxyIndex)
{
    const int entity = proxyIndex.data(EntityIndexRole).toInt();
    if (!proxyIndex.isValid() || entity < 0)
        return;
    selectEntity(entity);
}

void MainWindow::selectEntity(int entity, int stop)
{
    if (!m_current || entity < 0 || entity >= m_current->entities.size())
        return;
    m_view->setSelectedEntity(entity);
    Session &session = m_sessions[m_current.get()];
    session.selectedEntity = entity;
    session.currentMention = -1;
    const QModelIndex proxy = m_filter->mapFromSource(m_entities->indexForEntity(entity));
    if (proxy.isValid() && m_tree->currentIndex() != proxy)
        m_tree->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect);
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

const Mention *MainWindow::mentionOf(int mention, bool inTitle) const
{
    if (!m_current)
        return nullptr;
    const MentionList &mentions = inTitle ? m_current->titleMentions : m_current->mentions;
    return mention >= 0 && mention < mentions.size() ? &mentions.at(mention) : nullptr;
}

void MainWindow::activateMention(int mention, bool inTitle)
{
    const Mention *m = mentionOf(mention, inTitle);
    const int entity = m ? m->entity : -1;
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
    if (session.selectedEntity < 0) {
        // Nothing selected yet: start with the sidebar's first entity, as a reader would.
        const QModelIndex first = m_filter->index(0, 0, m_filter->index(0, 0));
        if (first.isValid())
            selectEntity(first.data(EntityIndexRole).toInt());
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
    QAction *a = m_typeActions[int(type)];
    if (a && a->isChecked() != visible) {
        a->setChecked(visible); // comes back here through toggled()
        return;
    }
    m_filter->setTypeVisible(type, visible);
    m_view->setTypeVisible(type, visible);
    m_tree->expandAll();
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

    if (m_reviewing && m_reviewMention >= 0 && m_reviewMention < m_current->mentions.size()) {
        const Mention &m = m_current->mentions.at(m_reviewMention);
        const qsizetype left = std::count_if(
            m_current->mentions.cbegin(), m_current->mentions.cend(), [this](const Mention &x) {
                return !m_reviewed.contains({x.start, x.end});
            });
        const qsizetype total = m_reviewed.size() + left;
        m_selectionLabel->setText(
            tr("· Review %1 of %2 — confidence %3 · “%4” as %5 · Enter accept, Delete reject, "
               "1–4 retype, Esc leave")
                .arg(m_reviewed.size() + 1)
                .arg(total)
                .arg(double(m.confidence), 0, 'f', 2)
                .arg(m_current->article.text.mid(m.start, m.length()), entityTypeName(m.type)));
        return;
    }
    const Session session = m_sessions.value(m_current.get());
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
        m_retagger->setDatabasePath({});
        m_library->setDatabasePath({});
    } else {
        m_opener->setDatabasePath(m_store->path());
        m_retagger->setDatabasePath(m_store->path());
        m_library->setDatabasePath(m_store->path());
        if (!m_store->backupPath().isEmpty())
            statusBar()->showMessage(tr("Database updated; the old one is kept as %1")
                                         .arg(QDir::toNativeSeparators(m_store->backupPath())),
                8000);
    }
    // Articles already open were shown without the store: give them their notes now.
    for (auto it = m_edits.begin(); it != m_edits.end(); ++it) {
        const int row = m_articles->rowForPath(it.key());
        if (const AnalysisPtr analysis = m_articles->analysisAt(row))
            it->annotations->setArticle(analysis->article);
    }
    rebuildHighlightMenu();
    showArticle(m_current ? m_articles->rowOf(m_current.get()) : -1);
    if (m_store->isReady() && !m_store->lexicon().isEmpty())
        retagOpenArticles();
}

AnnotationModel *MainWindow::currentAnnotations() const
{
    if (!m_current || !m_store->isReady())
        return nullptr;
    const auto it = m_edits.constFind(m_current->article.filePath);
    return it == m_edits.cend() ? nullptr : it->annotations;
}

bool MainWindow::isRetagging() const
{
    return m_retagger->isBusy();
}

MainWindow::Edits *MainWindow::editsFor(const AnalysisPtr &analysis)
{
    if (!analysis)
        return nullptr;
    auto it = m_edits.find(analysis->article.filePath);
    if (it == m_edits.end()) {
        Edits edits;
        edits.stack = new QUndoStack(this);
        edits.annotations = new AnnotationModel(m_store, this);
        edits.annotations->setArticle(analysis->article);
        m_undoGroup->addStack(edits.stack);
        AnnotationModel *model = edits.annotations;
        // The view draws what the model holds: every change of the rows redraws the spans.
        const auto redraw = [this, model] {
            if (model == currentAnnotations())
                updateAnnotationSpans();
        };
        connect(model, &QAbstractItemModel::rowsInserted, this, redraw);
        connect(model, &QAbstractItemModel::rowsRemoved, this, redraw);
        connect(model, &QAbstractItemModel::dataChanged, this, redraw);
        connect(model, &QAbstractItemModel::modelReset, this, redraw);
        connect(model, &AnnotationModel::tagsChanged, this, [this, model] {
            if (model == currentAnnotations())
                updateTags();
        });
        it = m_edits.insert(analysis->article.filePath, edits);
    }
    return &*it;
}

void MainWindow::dropEdits(const QString &path)
{
    const Edits edits = m_edits.take(path);
    if (!edits.stack)
        return;
    if (m_notesPanel->model() == edits.annotations)
        m_notesPanel->setModel(nullptr);
    if (m_noteModel == edits.annotations)
        m_noteEditor->hide();
    m_undoGroup->removeStack(edits.stack);
    delete edits.stack; // before the model its commands point to
    delete edits.annotations;
}

void MainWindow::pushCommand(QUndoCommand *command)
{
    QUndoStack *stack = m_undoGroup->activeStack();
    if (!stack)
        stack = m_windowStack;
    stack->push(command);
}

QString MainWindow::annotationsUnavailableReason() const
{
    if (m_store->state() == AnnotationStore::State::Closed)
        return tr("Notes are off: no database is open");
    if (!m_store->isReady())
        return tr("Notes are off: %1").arg(m_store->errorString());
    return {};
}

void MainWindow::updateAnnotationActions()
{
    const QString reason = annotationsUnavailableReason();
    const bool ready = reason.isEmpty();
    const bool article = m_current != nullptr;
    const auto set = [&](QAction *action, bool enabled, const QString &tip) {
        action->setEnabled(enabled);
        action->setToolTip(ready ? tip : reason);
        action->setStatusTip(ready ? tip : reason);
    };
    set(m_addNoteAction, ready && article, tr("Add a note to the selected words (Ctrl+M)"));
    set(m_highlightAction, ready && article,
        tr("Highlight the selected words as “%1” (Ctrl+H)").arg(m_lastCategory));
    m_highlightMenu->setEnabled(ready && article);
    for (EntityType type : AllEntityTypes)
        set(m_markActions[int(type)], ready && article,
            tr("Mark the selected words as %1 (%2)").arg(entityTypeName(type)).arg(int(type) + 1));
    set(m_rejectAction, ready && article, tr("The mention at the cursor is not a name (Delete)"));
    set(m_reviewAction, ready && article,
        tr("Check the tagger's least certain mentions one by one (Ctrl+R)"));
    set(m_lexiconAction, ready, tr("The corrections you taught the tagger"));
    m_notesPanel->setUnavailableReason(article ? reason : QString());
    m_tagBar->setVisible(article && ready);
    m_tagBar->setUnavailableReason(reason);
}

void MainWindow::createAnnotationActions(QMenu *entities)
{
    // Notes and highlights.
    QMenu *notes = menuBar()->addMenu(tr("&Notes"));
    m_addNoteAction = notes->addAction(
        QIcon::fromTheme(QStringLiteral("document-edit")), tr("Add &Note…"), this, &MainWindow::addNote);
    m_addNoteAction->setObjectName(QStringLiteral("addNote"));
    m_addNoteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_addNoteAction->setIconText(tr("Add Note"));
    m_highlightAction = notes->addAction(tr("&Highlight"), this, [this] { highlight(m_lastCategory); });
    m_highlightAction->setObjectName(QStringLiteral("highlight"));
    m_highlightAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_highlightMenu = notes->addMenu(tr("Highlight &As"));
    m_highlightMenu->setObjectName(QStringLiteral("highlightMenu"));
    notes->addSeparator();
    QAction *tag = notes->addAction(tr("&Tag Article…"), this, [this] {
        if (m_tagBar->isVisible()) {
            m_tagBar->lineEdit()->setFocus();
            m_tagBar->lineEdit()->selectAll();
        }
    });
    tag->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    QAction *focusNotes = notes->addAction(tr("&Search Notes"), this, [this] {
        m_notesPanel->searchEdit()->setFocus();
        m_notesPanel->searchEdit()->selectAll();
    });
    focusNotes->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
    rebuildHighlightMenu();

    // Corrections of the tagger, in the Entities menu. The single keys act in the article view only, so
    // they never fire while typing elsewhere.
    entities->addSeparator();
    QMenu *mark = entities->addMenu(tr("&Mark Selection As"));
    for (EntityType type : AllEntityTypes) {
        QAction *a = mark->addAction(EntityPalette::swatch(type, palette()), entityTypeName(type), this,
            [this, type] { markSelection(type); });
        a->setObjectName(u"mark" + entityTypeCode(type));
        a->setShortcut(QKeySequence(Qt::Key_1 + int(type)));
        a->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(a);
        m_markActions[int(type)] = a;
    }
    m_rejectAction = entities->addAction(tr("&Remove Mention"), this, &MainWindow::onDeletePressed);
    m_rejectAction->setObjectName(QStringLiteral("rejectMention"));
    m_rejectAction->setShortcut(QKeySequence::Delete);
    m_rejectAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_rejectAction);
    m_everywhereAction = entities->addAction(tr("Corrections Apply &Everywhere"));
    m_everywhereAction->setCheckable(true);
    m_everywhereAction->setChecked(true);
    m_everywhereAction->setToolTip(
        tr("On: a correction applies to every article. Off: only to the one it is made in."));
    entities->addSeparator();
    m_reviewAction = entities->addAction(tr("Re&view Mentions"), this, [this] {
        if (m_reviewing)
            leaveReview();
        else
            startReview();
    });
    m_reviewAction->setObjectName(QStringLiteral("review"));
    m_reviewAction->setIconText(tr("Review"));
    m_reviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_acceptAction = new QAction(tr("Accept Mention"), this);
    m_acceptAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_acceptAction->setShortcutContext(Qt::WidgetShortcut);
    m_acceptAction->setEnabled(false);
    connect(m_acceptAction, &QAction::triggered, this, &MainWindow::acceptReview);
    m_view->addAction(m_acceptAction);
    m_leaveReviewAction = new QAction(tr("Leave Review"), this);
    m_leaveReviewAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leaveReviewAction->setShortcutContext(Qt::WidgetShortcut);
    m_leaveReviewAction->setEnabled(false);
    connect(m_leaveReviewAction, &QAction::triggered, this, &MainWindow::leaveReview);
    m_view->addAction(m_leaveReviewAction);
}

void MainWindow::rebuildHighlightMenu()
{
    m_highlightMenu->clear();
    const QList<HighlightCategory> categories = m_store->categories();
    if (m_lastCategory.isEmpty())
        m_lastCategory = QSettings().value(QStringLiteral("notes/lastCategory")).toString();
    const bool known = std::any_of(categories.cbegin(), categories.cend(),
        [this](const HighlightCategory &c) { return c.name == m_lastCategory; });
    if (!known) {
        // The store's first category ("Key claim" in a new database) until the analyst picks another.
        const auto keyClaim = std::find_if(categories.cbegin(), categories.cend(),
            [](const HighlightCategory &c) { return c.name == u"Key claim"; });
        m_lastCategory = keyClaim != categories.cend() ? keyClaim->name
            : categories.isEmpty()                     ? QString()
                                                       : categories.front().name;
    }
    for (const HighlightCategory &c : categories) {
        // The default one shows Ctrl+H after a tab (shown, not bound: the Highlight action holds the key).
        const QString label = c.name == m_lastCategory
            ? c.name + u'\t' + m_highlightAction->shortcut().toString(QKeySequence::NativeText)
            : c.name;
        m_highlightMenu->addAction(
            colorSwatch(QColor(c.color)), label, this, [this, name = c.name] { highlight(name); });
    }
    if (!categories.isEmpty())
        m_highlightMenu->addSeparator();
    m_highlightMenu->addAction(tr("New Category…"), this, &MainWindow::newCategory);
    const auto it = std::find_if(categories.cbegin(), categories.cend(),
        [this](const HighlightCategory &c) { return c.name == m_lastCategory; });
    m_highlightAction->setIcon(it == categories.cend() ? QIcon() : colorSwatch(QColor(it->color)));
    m_highlightAction->setIconText(tr("Highlight"));
    m_highlightAction->setToolTip(tr("Highlight the selected words as “%1” (Ctrl+H)").arg(m_lastCategory));
}

void MainWindow::newCategory()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("New Highlight Category"), tr("Name:"), QLineEdit::Normal, QString(), &ok)
                             .simplified();
    if (!ok || name.isEmpty())
        return;
    const qsizetype n = m_store->categories().size();
    if (!m_store->setCategory({name, QString::fromLatin1(CategoryColors[size_t(n) % CategoryColors.size()])}))
        return;
    highlight(name);
}

void MainWindow::updateAnnotationSpans()
{
    QList<AnnotationSpan> spans;
    if (AnnotationModel *model = currentAnnotations()) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const Annotation &a = model->at(row);
            if (a.isOrphaned() || a.start < 0)
                continue;
            const QString color = model->index(row).data(CategoryColorRole).toString();
            AnnotationSpan span;
            span.start = a.start;
            span.end = a.end;
            span.note = a.kind == Annotation::Note;
            span.color = QColor(
                color.isEmpty() ? QString::fromLatin1(span.note ? NoteColor : CategoryColors[0]) : color);
            span.text = a.text;
            spans << span;
        }
    }
    m_view->setAnnotationSpans(std::move(spans));
}

void MainWindow::updateTags()
{
    AnnotationModel *model = currentAnnotations();
    m_tagBar->setTags(model ? model->tags() : QStringList());
    m_tagBar->setUnavailableReason(annotationsUnavailableReason());
}

bool MainWindow::requireSelection(qsizetype &start, qsizetype &end)
{
    std::tie(start, end) = m_view->selectedRange();
    if (start < 0) {
        // Notes and highlights anchor in the text; the heading is not part of it.
        const QTextCursor cursor = m_view->textCursor();
        statusBar()->showMessage(cursor.hasSelection() && cursor.selectionEnd() <= m_view->textStart()
                ? tr("Select words in the article's text: notes, highlights and marks do not go on the "
                     "heading")
                : tr("Select some words in the article first"),
            4000);
        return false;
    }
    return true;
}

void MainWindow::addNote()
{
    AnnotationModel *model = currentAnnotations();
    qsizetype start = 0, end = 0;
    if (!model || !requireSelection(start, end))
        return;
    m_noteModel = model;
    m_noteId = 0;
    m_noteStart = start;
    m_noteEnd = end;
    const QString quote = m_current->article.text.mid(start, end - start).simplified();
    const QRect at = m_view->rangeRect(start, end);
    m_noteEditor->edit(
        tr("Note on “%1”").arg(quote), {}, QRect(m_view->viewport()->mapToGlobal(at.topLeft()), at.size()));
}

void MainWindow::editNote(qint64 id)
{
    AnnotationModel *model = currentAnnotations();
    const auto annotation = model ? model->annotation(id) : std::nullopt;
    if (!annotation)
        return;
    m_noteModel = model;
    m_noteId = id;
    QRect at;
    if (!annotation->isOrphaned()) {
        m_view->selectRange(annotation->start, annotation->end);
        const QRect r = m_view->rangeRect(annotation->start, annotation->end);
        at = QRect(m_view->viewport()->mapToGlobal(r.topLeft()), r.size());
    }
    if (at.isEmpty()) {
        // An orphan has no words on screen: the editor opens by its row in the panel.
        QListView *list = m_notesPanel->view();
        const QRect r = list->visualRect(list->currentIndex());
        at = QRect(list->viewport()->mapToGlobal(r.topLeft()), r.size());
        at.moveRight(list->viewport()->mapToGlobal(QPoint(0, 0)).x() - 8);
    }
    m_noteEditor->edit(tr("Note on “%1”").arg(annotation->anchor.exact.simplified()), annotation->text, at);
}

void MainWindow::commitNote(const QString &text)
{
    AnnotationModel *model = m_noteModel;
    m_view->setFocus();
    if (!model)
        return;
    if (m_noteId == 0) {
        if (text.isEmpty())
            return; // nothing written: nothing to keep
        pushCommand(new AddAnnotationCommand(
            model, model->makeAnnotation(Annotation::Note, m_noteStart, m_noteEnd, text)));
        return;
    }
    const auto before = model->annotation(m_noteId);
    if (!before || before->text == text)
        return;
    Annotation after = *before;
    after.text = text;
    pushCommand(new EditAnnotationCommand(model, *before, after));
}

void MainWindow::highlight(const QString &category)
{
    AnnotationModel *model = currentAnnotations();
    qsizetype start = 0, end = 0;
    if (!model || !requireSelection(start, end))
        return;
    if (!category.isEmpty() && category != m_lastCategory) {
        m_lastCategory = category;
        QSettings().setValue(QStringLiteral("notes/lastCategory"), category);
        rebuildHighlightMenu();
    }
    pushCommand(new AddAnnotationCommand(
        model, model->makeAnnotation(Annotation::Highlight, start, end, {}, category)));
}

void MainWindow::goToAnnotation(qint64 id)
{
    AnnotationModel *model = currentAnnotations();
    const auto annotation = model ? model->annotation(id) : std::nullopt;
    if (!annotation)
        return;
    if (annotation->isOrphaned()) {
        statusBar()->showMessage(tr("The words of this note are no longer in the article"), 4000);
        return;
    }
    m_view->selectRange(annotation->start, annotation->end);
}

void MainWindow::removeAnnotation(qint64 id)
{
    AnnotationModel *model = currentAnnotations();
    if (const auto annotation = model ? model->annotation(id) : std::nullopt)
        pushCommand(new RemoveAnnotationCommand(model, *annotation));
}

void MainWindow::showArticleContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("&Copy"), m_view, &QPlainTextEdit::copy);
    copy->setEnabled(m_view->textCursor().hasSelection());
    const auto [start, end] = m_view->selectedRange();
    const bool ready = currentAnnotations() != nullptr;
    if (start >= 0 && ready) {
        menu.addSeparator();
        menu.addAction(m_addNoteAction);
        menu.addMenu(m_highlightMenu);
        QMenu *mark = menu.addMenu(tr("Mark As"));
        for (QAction *a : m_markActions)
            mark->addAction(a);
    }
    int mention = m_view->mentionAtViewportPos(pos);
    const bool inTitle = mention < 0 && (mention = m_view->titleMentionAtViewportPos(pos)) >= 0;
    if (mention >= 0 && ready) {
        const Mention m = (inTitle ? m_current->titleMentions : m_current->mentions).at(mention);
        const QString words
            = (inTitle ? m_current->article.title : m_current->article.text).mid(m.start, m.length());
        menu.addSeparator();
        QMenu *type = menu.addMenu(tr("Change Type of “%1”").arg(words));
        for (EntityType t : AllEntityTypes) {
            QAction *a = type->addAction(EntityPalette::swatch(t, palette()), entityTypeName(t), this,
                [this, mention, t, inTitle] { markMention(mention, t, inTitle); });
            a->setCheckable(true);
            a->setChecked(t == m.type);
            a->setEnabled(t != m.type);
        }
        menu.addAction(tr("“%1” Is Not a Name").arg(words), this,
            [this, mention, inTitle] { rejectMention(mention, inTitle); });
    }
    if (AnnotationModel *model = currentAnnotations()) {
        const int hit = m_view->cursorForPosition(pos).position() - m_view->textStart();
        const QList<int> rows = model->rowsAt(hit);
        if (!rows.isEmpty()) {
            const Annotation a = model->at(rows.front());
            menu.addSeparator();
            menu.addAction(a.kind == Annotation::Note ? tr("&Edit Note…") : tr("Add &Text to Highlight…"),
                this, [this, id = a.id] { editNote(id); });
            menu.addAction(a.kind == Annotation::Note ? tr("&Delete Note") : tr("Remove &Highlight"), this,
                [this, id = a.id] { removeAnnotation(id); });
        }
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

// ---- Corrections of the tagger ----------------------------------------------------------------------------

LexiconRule MainWindow::makeRule(
    LexiconRule::Kind kind, const QString &surface, qsizetype start, qsizetype end) const
{
    LexiconRule rule;
    rule.kind = kind;
    rule.surface = surface.simplified();
    if (!m_everywhereAction->isChecked()) {
        rule.scope = LexiconRule::ThisArticle;
        if (AnnotationModel *model = currentAnnotations())
            rule.articleId = model->articleId();
    }
    if (m_current) {
        rule.originPath = m_current->article.filePath;
        if (start >= 0) {
            const QString &text = m_current->article.text;
            const qsizetype from = std::max<qsizetype>(0, start - OriginContext);
            const qsizetype to = std::min<qsizetype>(text.size(), end + OriginContext);
            rule.originContext = text.mid(from, to - from).simplified();
        }
    }
    return rule;
}

void MainWindow::addRule(const LexiconRule &rule)
{
    if (!m_store->isReady() || rule.surface.isEmpty())
        return;
    pushCommand(new AddLexiconRuleCommand(m_store, rule));
}

void MainWindow::markSelection(EntityType type)
{
    if (m_reviewing && m_reviewMention >= 0) {
        markMention(m_reviewMention, type);
        return;
    }
    qsizetype start = 0, end = 0;
    if (!m_current || !currentAnnotations())
        return;
    if (m_view->selectedRange().first < 0) {
        // No selection: the key retypes the mention the cursor is in.
        int mention = -1;
        bool inTitle = false;
        if (mentionAtCursor(mention, inTitle)) {
            markMention(mention, type, inTitle);
            return;
        }
    }
    if (!requireSelection(start, end))
        return;
    if (!onTokenBoundaries(m_current->tokens, start, end)) {
        statusBar()->showMessage(tr("Select whole words to mark a name"), 4000);
        return;
    }
    LexiconRule rule
        = makeRule(LexiconRule::Mark, m_current->article.text.mid(start, end - start), start, end);
    rule.type = type;
    addRule(rule);
}

LexiconRule MainWindow::mentionRule(LexiconRule::Kind kind, const Mention &m, bool inTitle) const
{
    if (!inTitle)
        return makeRule(kind, m_current->article.text.mid(m.start, m.length()), m.start, m.end);
    // The rule holds for the words wherever they stand; the heading is where the analyst saw them.
    LexiconRule rule = makeRule(kind, m_current->article.title.mid(m.start, m.length()), -1, -1);
    rule.originContext = m_current->article.title.simplified();
    return rule;
}

bool MainWindow::mentionAtCursor(int &mention, bool &inTitle) const
{
    mention = m_view->mentionAtCursor();
    inTitle = mention < 0 && (mention = m_view->titleMentionAtCursor()) >= 0;
    return mention >= 0;
}

void MainWindow::markMention(int mention, EntityType type, bool inTitle)
{
    const Mention *found = mentionOf(mention, inTitle);
    if (!found)
        return;
    const Mention m = *found; // a copy: the rule re-tags the article
    if (m_reviewing && !inTitle)
        m_reviewed.insert({m.start, m.end});
    if (m.type != type) {
        LexiconRule rule = mentionRule(LexiconRule::Mark, m, inTitle);
        rule.type = type;
        addRule(rule);
    }
    if (m_reviewing)
        nextReview();
}

void MainWindow::rejectMention(int mention, bool inTitle)
{
    const Mention *found = mentionOf(mention, inTitle);
    if (!found)
        return;
    const Mention m = *found; // a copy: the rule re-tags the article
    if (m_reviewing && !inTitle)
        m_reviewed.insert({m.start, m.end});
    LexiconRule rule = mentionRule(LexiconRule::Reject, m, inTitle);
    rule.type = m.type;
    addRule(rule);
    if (m_reviewing)
        nextReview();
}

void MainWindow::onDeletePressed()
{
    if (m_reviewing) {
        rejectMention(m_reviewMention);
        return;
    }
    int mention = -1;
    bool inTitle = false;
    if (!mentionAtCursor(mention, inTitle)) {
        statusBar()->showMessage(tr("Put the cursor on a highlighted name to remove it"), 4000);
        return;
    }
    rejectMention(mention, inTitle);
}

void MainWindow::showEntityContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    const int entity = index.data(EntityIndexRole).toInt();
    if (!m_current || !index.isValid() || entity < 0 || !m_store->isReady())
        return;
    const Entity &e = m_current->entities.at(entity);
    QMenu menu(this);
    QMenu *merge = menu.addMenu(tr("&Merge With"));
    // The entities of the same type first: those are the usual duplicates.
    QList<int> others;
    for (int i = 0; i < m_current->entities.size(); ++i) {
        if (i != entity)
            others << i;
    }
    std::stable_sort(others.begin(), others.end(), [&](int a, int b) {
        const Entity &x = m_current->entities.at(a), &y = m_current->entities.at(b);
        if ((x.type == e.type) != (y.type == e.type))
            return x.type == e.type;
        return x.name.localeAwareCompare(y.name) < 0;
    });
    for (int other : std::as_const(others)) {
        const Entity &o = m_current->entities.at(other);
        merge->addAction(EntityPalette::swatch(o.type, palette()), o.name, this,
            [this, entity, other] { mergeEntities(entity, other); });
    }
    merge->setEnabled(!others.isEmpty());
    QMenu *split = menu.addMenu(tr("&Split Alias Out"));
    for (const QString &alias : e.aliases)
        split->addAction(alias, this, [this, entity, alias] { splitAlias(entity, alias); });
    split->setEnabled(!e.aliases.isEmpty());
    menu.addAction(tr("&Rename…"), this, [this, entity] { renameEntity(entity); });
    menu.addAction(tr("Show in &Library"), this, [this, name = e.name, type = e.type] {
        m_library->parentWidget()->show();
        if (!m_library->showEntity(name, type))
            statusBar()->showMessage(tr("%1 is not in the library yet").arg(name), 4000);
    });
    QMenu *type = menu.addMenu(tr("Change &Type"));
    for (EntityType t : AllEntityTypes) {
        QAction *a = type->addAction(
            EntityPalette::swatch(t, palette()), entityTypeName(t), this, [this, entity, t] {
                LexiconRule rule = makeRule(LexiconRule::Mark, m_current->entities.at(entity).name, -1, -1);
                rule.type = t;
                addRule(rule);
            });
        a->setEnabled(t != e.type);
    }
    menu.addSeparator();
    menu.addAction(tr("“%1” Is Not a Name").arg(e.name), this, [this, entity] {
        const Entity &x = m_current->entities.at(entity);
        LexiconRule rule = makeRule(LexiconRule::Reject, x.name, -1, -1);
        rule.type = x.type;
        addRule(rule);
    });
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void MainWindow::mergeEntities(int entity, int into)
{
    if (!m_current || entity == into)
        return;
    LexiconRule rule = makeRule(LexiconRule::Merge, m_current->entities.at(entity).name, -1, -1);
    rule.other = m_current->entities.at(into).name;
    addRule(rule);
}

void MainWindow::splitAlias(int entity, const QString &alias)
{
    if (!m_current)
        return;
    LexiconRule rule = makeRule(LexiconRule::Split, alias, -1, -1);
    rule.other = m_current->entities.at(entity).name;
    addRule(rule);
}

void MainWindow::renameEntity(int entity)
{
    if (!m_current)
        return;
    const QString old = m_current->entities.at(entity).name;
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("Rename"), tr("Call “%1”:").arg(old), QLineEdit::Normal, old, &ok)
              .simplified();
    if (!ok || name.isEmpty() || name == old)
        return;
    LexiconRule rule = makeRule(LexiconRule::Rename, old, -1, -1);
    rule.other = name;
    addRule(rule);
}

QString MainWindow::lexiconTip(int entity) const
{
    if (!m_current || entity < 0 || entity >= m_current->entities.size() || !m_store->isReady())
        return {};
    const Entity &e = m_current->entities.at(entity);
    QStringList names = e.aliases;
    names << e.name;
    AnnotationModel *model = currentAnnotations();
    const AnalystLexicon lexicon = m_store->lexiconFor(model ? model->articleId() : 0);
    QStringList rules;
    for (const LexiconRule &r : lexicon.rules()) {
        if (names.contains(r.surface, Qt::CaseInsensitive) || names.contains(r.other, Qt::CaseInsensitive))
            rules << r.describe();
    }
    return rules.isEmpty() ? QString()
                           : tr("Decided by your lexicon: %1").arg(rules.join(QStringLiteral("; ")));
}

bool MainWindow::entityTreeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = m_tree->indexAt(help->pos());
        if (!index.data(LexiconDecidedRole).toBool())
            return false;
        const QString tip = index.data(Qt::ToolTipRole).toString() + u'\n'
            + lexiconTip(index.data(EntityIndexRole).toInt());
        QToolTip::showText(help->globalPos(), tip.trimmed(), m_tree->viewport());
        return true;
    }
    case QEvent::MouseButtonPress: {
        const auto *me = static_cast<QMouseEvent *>(event);
        m_dragStart = me->position().toPoint();
        m_dragEntity = me->button() == Qt::LeftButton
            ? m_tree->indexAt(m_dragStart).data(EntityIndexRole).toInt()
            : -1;
        return false;
    }
    case QEvent::MouseMove: {
        const auto *me = static_cast<QMouseEvent *>(event);
        if (!(me->buttons() & Qt::LeftButton) || m_dragEntity < 0 || !m_store->isReady()
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
        const int target = m_tree->indexAt(de->position().toPoint()).data(EntityIndexRole).toInt();
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
        const int target = m_tree->indexAt(de->position().toPoint()).data(EntityIndexRole).toInt();
        const int source = de->mimeData()->data(QLatin1StringView(EntityMimeType)).toInt();
        if (target >= 0 && source >= 0 && target != source) {
            mergeEntities(source, target);
            de->acceptProposedAction();
        }
        return true;
    }
    default:
        return false;
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (m_tree && watched == m_tree->viewport() && entityTreeEvent(event))
        return true;
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showLexicon()
{
    if (!m_store->isReady())
        return;
    if (!m_lexiconDialog) {
        m_lexiconDialog = new LexiconDialog(m_store, this);
        m_lexiconDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(
            m_lexiconDialog, &LexiconDialog::removeRequested, this, [this](const QList<LexiconRule> &rules) {
                QUndoStack *stack = m_undoGroup->activeStack() ? m_undoGroup->activeStack() : m_windowStack;
                if (rules.size() > 1)
                    stack->beginMacro(tr("Delete %1 lexicon rules").arg(rules.size()));
                for (const LexiconRule &rule : rules)
                    stack->push(new RemoveLexiconRuleCommand(m_store, rule));
                if (rules.size() > 1)
                    stack->endMacro();
            });
    }
    m_lexiconDialog->show();
    m_lexiconDialog->raise();
    m_lexiconDialog->activateWindow();
}

void MainWindow::retagOpenArticles()
{
    QList<ArticleSource> sources;
    for (int row = 0; row < m_articles->rowCount(); ++row) {
        if (const AnalysisPtr analysis = m_articles->analysisAt(row))
            sources << ArticleSource::loaded(analysis->article);
    }
    // The article shown first: it is the one the analyst waits for.
    if (m_current) {
        const auto it = std::find_if(sources.begin(), sources.end(),
            [this](const ArticleSource &source) { return source.path == m_current->article.filePath; });
        if (it != sources.end())
            std::rotate(sources.begin(), it, it + 1);
    }
    m_retagger->setDocumentStyle(m_view->documentFont(), palette());
    m_retagger->open(sources);
}

void MainWindow::onArticleRetagged(const OpenedArticle &opened)
{
    if (!opened.analysis)
        return;
    const int row = m_articles->rowForPath(opened.analysis->article.filePath);
    const AnalysisPtr old = m_articles->analysisAt(row);
    // Closed meanwhile, or opened again from a file that changed: the newer one stands.
    if (!old || old->article.text != opened.analysis->article.text)
        return;
    replaceAnalysis(old, opened);
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
    m_sessions.remove(old.get());
    m_sessions.insert(opened.analysis.get(), session);
    m_articles->addOrReplace(opened.analysis);
    // New text: the notes re-anchor in it, and the old edits (offsets into the old text) cannot be undone.
    const bool textChanged = old->article.text != opened.analysis->article.text;
    if (textChanged)
        dropEdits(old->article.filePath);
    if (!isCurrent)
        return;

    const QTextCursor cursor = m_view->textCursor();
    int anchor = cursor.anchor(), position = cursor.position();
    int top = -1; // the first character in sight, when the text changed
    const bool reviewing = m_reviewing;
    const int oldStart = m_view->textStart();
    if (textChanged)
        top = m_view->cursorForPosition(QPoint(0, 0)).position();
    m_current = opened.analysis;
    m_view->setArticle(m_current, session.document);
    if (textChanged) {
        // New text: the cursor and the view follow the words they were on, found as the notes are.
        const QString &was = old->article.text, &now = m_current->article.text;
        const auto follow = [&](int at) {
            const qsizetype offset = std::clamp<qsizetype>(at - oldStart, 0, was.size());
            const qsizetype from
                = std::max<qsizetype>(0, std::min(offset, was.size() - TextAnchor::ContextLength));
            const qsizetype to = std::min(was.size(), from + TextAnchor::ContextLength);
            const AnchorMatch match = resolveAnchor(TextAnchor::fromRange(was, from, to), now);
            const qsizetype moved = match.start < 0 ? std::min(offset, now.size())
                                                    : std::min(match.start + (offset - from), now.size());
            return m_view->textStart() + int(moved);
        };
        anchor = follow(anchor);
        position = follow(position);
        top = follow(top);
    }
    m_entities->setAnalysis(m_current);
    m_tree->expandAll();
    if (selected >= 0) {
        m_view->setSelectedEntity(selected);
        const QModelIndex proxy = m_filter->mapFromSource(m_entities->indexForEntity(selected));
        m_tree->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect);
    }
    QTextCursor restored(m_view->document());
    restored.setPosition(std::min(anchor, m_view->document()->characterCount() - 1));
    restored.setPosition(
        std::min(position, m_view->document()->characterCount() - 1), QTextCursor::KeepAnchor);
    m_view->setTextCursor(restored);
    // The scroll bar counts lines: the same value shows other words when lines came or went above them.
    m_view->verticalScrollBar()->setValue(
        top < 0 ? session.scroll : m_view->document()->findBlock(top).firstLineNumber());
    if (textChanged) {
        Edits *edits = editsFor(m_current);
        m_undoGroup->setActiveStack(edits->stack);
        m_notesPanel->setModel(edits->annotations);
        updateTags();
    }
    updateAnnotationSpans();
    if (reviewing) {
        m_reviewMention = -1;
        nextReview();
    }
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
    Edits *edits = m_store->isReady() ? editsFor(old) : nullptr;
    if (edits && m_noteEditor->isVisible() && m_noteModel == edits->annotations) {
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
    const int orphansBefore = edits ? orphans(edits->annotations) : 0;
    replaceAnalysis(old, opened);
    const QString name = QFileInfo(path).fileName();
    // A reload that lost nothing is news, not a problem: it is shown as information.
    const auto inform = [this](const QString &message) {
        m_banner->showMessages({message}, MessageBanner::Timed, MessageBanner::Information);
    };
    if (!edits) {
        inform(tr("Reloaded %1: the file changed on disk").arg(name));
        return;
    }
    const AnnotationModel *model = editsFor(opened.analysis)->annotations;
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

// ---- Review mode -----------------------------------------------------------------------------------------

void MainWindow::startReview()
{
    if (!m_current || !currentAnnotations())
        return;
    if (m_current->mentions.isEmpty()) {
        statusBar()->showMessage(tr("Nothing to review: the tagger found no names in this article"), 4000);
        return;
    }
    m_reviewing = true;
    m_reviewed.clear();
    m_reviewMention = -1;
    m_acceptAction->setEnabled(true);
    m_leaveReviewAction->setEnabled(true);
    m_reviewAction->setText(tr("Leave Re&view"));
    m_view->setFocus();
    nextReview();
}

void MainWindow::leaveReview()
{
    if (!m_reviewing)
        return;
    m_reviewing = false;
    m_reviewMention = -1;
    m_acceptAction->setEnabled(false);
    m_leaveReviewAction->setEnabled(false);
    m_reviewAction->setText(tr("Re&view Mentions"));
    updateStatus();
}

void MainWindow::nextReview()
{
    if (!m_reviewing || !m_current)
        return;
    // Lowest confidence first; among equals, in reading order.
    int best = -1;
    for (int i = 0; i < m_current->mentions.size(); ++i) {
        const Mention &m = m_current->mentions.at(i);
        if (m_reviewed.contains({m.start, m.end}))
            continue;
        if (best < 0 || m.confidence < m_current->mentions.at(best).confidence)
            best = i;
    }
    if (best < 0) {
        const qsizetype n = m_reviewed.size();
        leaveReview();
        statusBar()->showMessage(
            n == 1 ? tr("Review done: 1 mention checked") : tr("Review done: %1 mentions checked").arg(n),
            6000);
        return;
    }
    m_reviewMention = best;
    const Mention &m = m_current->mentions.at(best);
    m_view->selectRange(m.start, m.end);
    m_view->setFocus();
    updateStatus();
}

void MainWindow::acceptReview()
{
    if (!m_reviewing || !m_current || m_reviewMention < 0 || m_reviewMention >= m_current->mentions.size())
        return;
    const Mention &m = m_current->mentions.at(m_reviewMention);
    m_reviewed.insert({m.start, m.end});
    nextReview();
}

QList<ExportArticle> MainWindow::exportArticles()
{
    QList<ExportArticle> articles;
    for (int row = 0; row < m_articles->rowCount(); ++row) {
        ExportArticle article {m_articles->analysisAt(row), {}, {}, {}};
        article.fileLabel = article.analysis->article.filePath;
        SummaryExport::readNotes(article, *annotationStore());
        articles.append(article);
    }
    return articles;
}

void MainWindow::showExportDialog()
{
    if (!m_current)
        return;
    auto *dialog = new ExportDialog(exportArticles(), m_articles->rowOf(m_current.get()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exportFinished, this, [this](bool written, const QString &path) {
        if (written)
            statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 6000);
    });
    dialog->open();
}

void MainWindow::copySummaryAsMarkdown()
{
    if (!m_current)
        return;
    ExportArticle article {m_current, m_current->article.filePath, {}, {}};
    SummaryExport::readNotes(article, *annotationStore());
    const QString title = OpenArticlesModel::displayTitle(*m_current);
    // Built off the GUI thread: the key sentences of a long article take a pass over all of it.
    auto *watcher = new QFutureWatcher<std::pair<QString, QString>>(this);
    connect(watcher, &QFutureWatcher<std::pair<QString, QString>>::finished, this, [this, watcher, title] {
        const auto [markdown, html] = watcher->result();
        watcher->deleteLater();
        auto *mime = new QMimeData;
        mime->setText(markdown);
        // Rich editors (mail, word processors, wikis) paste the formatted version.
        mime->setHtml(html);
        QApplication::clipboard()->setMimeData(mime);
        statusBar()->showMessage(tr("Summary of “%1” copied as Markdown").arg(title), 6000);
    });
    watcher->setFuture(QtConcurrent::run([article]() {
        ExportOptions options;
        options.format = ExportFormat::Markdown;
        const QString markdown = SummaryExport::text({article}, options);
        options.format = ExportFormat::Html;
        return std::pair {markdown, SummaryExport::text({article}, options)};
    }));
}

bool MainWindow::isKnownFile(const QString &path) const
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    for (int row = 0; row < m_articles->rowCount(); ++row) {
        if (QFileInfo(m_articles->analysisAt(row)->article.filePath).canonicalFilePath() == canonical)
            return true;
    }
    return std::any_of(m_recentFiles.cbegin(), m_recentFiles.cend(),
        [&](const QString &recent) { return QFileInfo(recent).canonicalFilePath() == canonical; });
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
    if (!isKnownFile(link->file)) {
        // A link can come from anywhere (a web page, a mail): a file the analyst never opened is opened
        // only when they say so.
        QMessageBox box(QMessageBox::Question, tr("Open Linked File?"),
            tr("A link asks Dramatis to open “%1”, which you have not opened here before.")
                .arg(QFileInfo(link->file).fileName()),
            QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("openLinkQuestion"));
        box.setInformativeText(tr("It is in %1. Open it only if you trust where the link came from.")
                                   .arg(QDir::toNativeSeparators(QFileInfo(link->file).absolutePath())));
        QPushButton *open = box.addButton(tr("&Open"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != open)
            return;
    }
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
    QTextCursor cursor(m_view->document());
    cursor.setPosition(m_view->textStart() + int(span->first));
    cursor.setPosition(m_view->textStart() + int(span->second), QTextCursor::KeepAnchor);
    m_view->setTextCursor(cursor);
    m_view->centerCursor();
    m_view->setFocus();
    raise();
    activateWindow();
}

} // namespace dramatis
