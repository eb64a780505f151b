#include "mainwindow.h"

#include "annotationstore.h"
#include "articlelistdelegate.h"
#include "articleopener.h"
#include "articleview.h"
#include "entitydelegate.h"
#include "entityhighlighter.h"
#include "entitymodel.h"
#include "entitymodelfilter.h"
#include "entitypalette.h"
#include "exportdialog.h"
#include "findbar.h"
#include "itemroles.h"
#include "messagebanner.h"
#include "openarticlesmodel.h"
#include "taggerfactory.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace dramatis {

namespace {

constexpr int MaxRecentFiles = 10;

QString countPhrase(qsizetype n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(n);
}

} // namespace

MainWindow::MainWindow(std::shared_ptr<const Tagger> tagger, QWidget *parent)
    : QMainWindow(parent)
    , m_tagger(tagger ? std::move(tagger) : defaultTagger())
    , m_opener(new ArticleOpener(m_tagger, this))
    , m_articles(new OpenArticlesModel(this))
    , m_entities(new EntityModel(this))
    , m_filter(new EntityModelFilter(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Dramatis"));
    setAcceptDrops(true);
    m_filter->setSourceModel(m_entities);
    createWidgets();
    createActions();
    m_opener->setDocumentStyle(m_view->documentFont(), palette());
    connect(m_opener, &ArticleOpener::articleOpened, this, &MainWindow::onArticleOpened);
    connect(m_opener, &ArticleOpener::progressChanged, this, [this](const QString &text, int, int) {
        m_progressLabel->setText(text);
    });
    connect(m_opener, &ArticleOpener::busyChanged, this, [this](bool busy) {
        m_cancelAction->setEnabled(busy);
        if (!busy) {
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
    connect(m_opener, &ArticleOpener::cancelled, this,
            [this] { statusBar()->showMessage(tr("Opening cancelled"), 4000); });
    readSettings();
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
    connect(m_view, &ArticleView::mentionActivated, this, [this](int mention) {
        if (!m_current)
            return;
        const int entity = m_current->mentions.at(mention).entity;
        if (entity < 0)
            return;
        selectEntity(entity);
        const auto &mentions = m_current->entities.at(entity).mentions;
        const int pos = int(mentions.indexOf(mention));
        m_view->goToMention(mention);
        m_sessions[m_current.get()].currentMention = pos;
        updateStatus();
    });
    m_banner = new MessageBanner(this);
    m_findBar = new FindBar(m_view, this);
    m_findBar->lineEdit()->setAcceptDrops(false);
    m_findBar->hide();
    auto *centre = new QWidget(this);
    centre->setObjectName(QStringLiteral("articlePane"));
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_banner);
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
    // The side panes are lists on the window's colour; the article is the page.
    for (QAbstractItemView *w : {static_cast<QAbstractItemView *>(m_articleList), static_cast<QAbstractItemView *>(m_tree)}) {
        w->setBackgroundRole(QPalette::Window);
        w->viewport()->setBackgroundRole(QPalette::Window);
    }

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({220, 760, 300});
    m_splitter->setHandleWidth(1);
    setCentralWidget(m_splitter);

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
    m_openAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), this,
                                   &MainWindow::openDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open article files (Ctrl+O)"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
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
        a->setToolTip(tr("Show or hide %1 in the text and the sidebar").arg(entityTypeGroupName(type).toLower()));
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
    connect(m_showListAction, &QAction::toggled, this, [this](bool on) { m_splitter->widget(0)->setVisible(on); });

    QMenu *entities = menuBar()->addMenu(tr("E&ntities"));
    m_nextMentionAction = entities->addAction(tr("&Next Mention"), this, &MainWindow::nextMention);
    m_nextMentionAction->setShortcut(QKeySequence(Qt::Key_F3));
    m_previousMentionAction = entities->addAction(tr("&Previous Mention"), this, &MainWindow::previousMention);
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

    m_cancelAction = new QAction(tr("Cancel Opening"), this);
    m_cancelAction->setObjectName(QStringLiteral("cancelOpening"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, m_opener, &ArticleOpener::cancel);
    connect(m_cancelButton, &QToolButton::clicked, m_opener, &ArticleOpener::cancel);
    addAction(m_cancelAction);

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
    auto *legend = new QLabel(tr("Highlight:"), toolbar);
    legend->setContentsMargins(6, 0, 4, 0);
    toolbar->addWidget(legend);
    for (QAction *a : m_typeActions) {
        toolbar->addAction(a);
        // A legend more than a row of buttons: flat, the swatch filled while the type is shown.
        if (QWidget *button = toolbar->widgetForAction(a)) {
            button->setObjectName(u"legend" + a->objectName().mid(4));
            button->setStyleSheet(QStringLiteral(
                "QToolButton { border: 1px solid transparent; border-radius: 4px; padding: 2px 6px; background: transparent; }"
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
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFiles({path}); });
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
    const QString dir = m_recentFiles.isEmpty() ? QDir::homePath() : QFileInfo(m_recentFiles.front()).absolutePath();
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Articles"), dir, tr("Articles (*.txt *.text *.md *.markdown);;All files (*)"));
    openFiles(paths);
}

void MainWindow::openFiles(const QStringList &paths)
{
    QList<ArticleSource> sources;
    QStringList problems;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        // Files of other kinds are refused here, with a reason; everything else (including folders and
        // missing files) goes to the loader, which knows how to say what is wrong with it.
        if (info.isFile() && !ArticleLoader::isSupportedFile(path))
            problems << tr("%1: not an article Dramatis can open (it reads .txt and .md files)").arg(info.fileName());
        else
            sources << ArticleSource::file(info.exists() ? info.absoluteFilePath() : path);
    }
    showMessages(problems);
    m_opener->setDocumentStyle(m_view->documentFont(), palette());
    m_opener->open(sources);
}

void MainWindow::openBytes(const QByteArray &bytes, const QString &name)
{
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

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    QStringList problems;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
        else
            problems << tr("%1: only files on this computer can be opened").arg(url.toDisplayString());
    }
    if (urls.isEmpty())
        problems << tr("Drop article files (.txt or .md) here to open them");
    showMessages(problems);
    if (!paths.isEmpty())
        openFiles(paths);
    event->acceptProposedAction();
}

void MainWindow::onArticleOpened(const OpenedArticle &opened, bool first)
{
    if (opened.error) {
        showMessages({opened.error->message});
        return;
    }
    const int oldRow = m_articles->rowForPath(opened.analysis->article.filePath);
    const AnalysisPtr old = m_articles->analysisAt(oldRow);
    const bool replacingCurrent = old && old == m_current;
    const int row = m_articles->addOrReplace(opened.analysis);
    if (old)
        m_sessions.remove(old.get());
    m_sessions.insert(opened.analysis.get(), Session{opened.document});
    const QFileInfo info(opened.path);
    if (info.isAbsolute() && info.isFile())
        addRecentFile(opened.path);
    const bool linked
        = m_pendingLink && m_pendingLink->file == QDir::cleanPath(opened.analysis->article.filePath);
    if (first || replacingCurrent || !m_current || linked) {
        showArticle(row);
        const qint64 micros = opened.analysis->tokenizeMicros + opened.analysis->tagMicros;
        m_timeLabel->setText(tr("Tagged in %1 ms").arg(double(micros) / 1000.0, 0, 'f', micros < 10000 ? 1 : 0));
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
    m_current = m_articles->analysisAt(row);
    const Session session = m_current ? m_sessions.value(m_current.get()) : Session{};
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
    updateStatus();
    updateTitle();
}

void MainWindow::closeCurrentArticle()
{
    if (!m_current)
        return;
    const int row = m_articles->rowOf(m_current.get());
    m_sessions.remove(m_current.get());
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

void MainWindow::selectEntity(int entity)
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
    const Entity &e = m_current->entities.at(entity);
    if (!e.mentions.isEmpty()) {
        session.currentMention = 0;
        m_view->goToMention(e.mentions.front());
    }
    updateStatus();
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
    const int n = int(e.mentions.size());
    if (n == 0)
        return;
    session.currentMention = ((session.currentMention + delta) % n + n) % n;
    m_view->goToMention(e.mentions.at(session.currentMention));
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
    QStringList parts{countPhrase(people, tr("1 person"), tr("%1 people")),
                      countPhrase(companies, tr("1 company"), tr("%1 companies")),
                      countPhrase(places, tr("1 place"), tr("%1 places"))};
    if (other > 0)
        parts << countPhrase(other, tr("1 other"), tr("%1 other"));
    m_countsLabel->setText(parts.join(QStringLiteral(" · ")));

    const Session session = m_sessions.value(m_current.get());
    if (session.selectedEntity < 0) {
        m_selectionLabel->setText(m_current->entities.isEmpty() ? QString()
                                                                : tr("· Click a name to find its mentions"));
        return;
    }
    const Entity &e = m_current->entities.at(session.selectedEntity);
    m_selectionLabel->setText(tr("· %1: mention %2 of %3 (F3 next)")
                                  .arg(e.name)
                                  .arg(session.currentMention + 1)
                                  .arg(e.mentions.size()));
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

AnnotationStore *MainWindow::annotationStore()
{
    if (!m_store) {
        m_store = new AnnotationStore(this);
        // Reading notes never creates a database: without one there are no notes yet.
        const QString path = AnnotationStore::databasePath();
        if (QFileInfo::exists(path) && !m_store->open(path))
            showMessages({m_store->errorString()});
    }
    return m_store;
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
