#include "library/librarypanel.h"

#include "article/entitypalette.h"
#include "commands/librarycorrectioncommand.h"
#include "itemmodels/itemroles.h"
#include "itemmodels/libraryarticlemodel.h"
#include "itemmodels/libraryentitymodel.h"
#include "itemmodels/libraryidentifiermodel.h"
#include "itemmodels/rowlookup.h"
#include "library/libraryentitydelegate.h"
#include "library/libraryreader.h"
#include "library/libraryrecorder.h"
#include "sidebar/sidebarstyle.h"
#include "watchlists/watchlistcontroller.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace dramatis {

namespace {

QTableView *makeArticleTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setFrameShape(QFrame::NoFrame);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setSectionResizeMode(LibraryArticleModel::TitleColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setMinimumSectionSize(48);
    table->setAttribute(Qt::WA_MacShowFocusRect, false);
    const QFontMetrics fm = table->fontMetrics();
    table->setColumnWidth(
        LibraryArticleModel::SourceColumn, fm.horizontalAdvance(u"The Harbour Gazette__"_s));
    table->setColumnWidth(LibraryArticleModel::DateColumn, fm.horizontalAdvance(u"00/00/0000___"_s));
    table->setColumnWidth(LibraryArticleModel::EntitiesColumn, fm.horizontalAdvance(u"Entities___"_s));
    table->setColumnWidth(LibraryArticleModel::NotesColumn, fm.horizontalAdvance(u"Notes___"_s));
    table->setColumnWidth(
        LibraryArticleModel::OpenedColumn, fm.horizontalAdvance(u"28 Sep 2026 00:00____"_s));
    return table;
}

QListView *makeEntityList(QAbstractItemModel *model, QWidget *parent)
{
    auto *list = new QListView(parent);
    list->setModel(model);
    list->setItemDelegate(new LibraryEntityDelegate(list));
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setFrameShape(QFrame::NoFrame);
    list->setUniformItemSizes(true);
    list->setAttribute(Qt::WA_MacShowFocusRect, false);
    return list;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setFont(SidebarStyle::headingFont(label->font()));
    label->setContentsMargins(8, 6, 8, 2);
    return label;
}

} // namespace

LibraryPanel::LibraryPanel(QWidget *parent)
    : QWidget(parent)
    , m_recorder(new LibraryRecorder(this))
    , m_reader(new LibraryReader(this))
    , m_articleModel(new LibraryArticleModel(this))
    , m_entityModel(new LibraryEntityModel(this))
    , m_mentioningModel(new LibraryArticleModel(this))
    , m_withModel(new LibraryEntityModel(this))
    , m_identifierModel(new LibraryIdentifierModel(this))
    , m_refreshTimer(new QTimer(this))
    , m_undoStack(new QUndoStack(this))
    , m_undoAction(m_undoStack->createUndoAction(this, tr("&Undo")))
    , m_redoAction(m_undoStack->createRedoAction(this, tr("&Redo")))
{
    setObjectName(u"libraryPanel"_s);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"librarySearch"_s);
    m_search->setPlaceholderText(tr("Search titles, sources and text…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAcceptDrops(false);
    m_format = new QComboBox(this);
    m_format->setObjectName(u"libraryFormat"_s);
    m_format->setToolTip(tr("Show articles of one format only"));
    m_type = new QComboBox(this);
    m_type->setObjectName(u"libraryType"_s);
    m_type->addItem(tr("All types"), -1);
    for (EntityType t : AllEntityTypes)
        m_type->addItem(EntityPalette::swatch(t, palette()), entityTypeGroupName(t), int(t));
    m_type->hide();
    m_tabs = new QTabBar(this);
    m_tabs->setObjectName(u"libraryTabs"_s);
    m_tabs->addTab(tr("Articles"));
    m_tabs->addTab(tr("Entities"));
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    m_status = new QLabel(this);
    m_status->setFont(SidebarStyle::smallFont(m_status->font()));
    QPalette muted = m_status->palette();
    muted.setColor(QPalette::WindowText, SidebarStyle::mutedText(palette()));
    m_status->setPalette(muted);

    m_undoAction->setObjectName(u"libraryUndo"_s);
    m_undoAction->setIcon(QIcon::fromTheme(u"edit-undo"_s, style()->standardIcon(QStyle::SP_ArrowBack)));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction->setObjectName(u"libraryRedo"_s);
    m_redoAction->setIcon(QIcon::fromTheme(u"edit-redo"_s, style()->standardIcon(QStyle::SP_ArrowForward)));
    // The keys of the window's Redo, which these take over while the focus is in the panel.
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 4);
    bar->setSpacing(6);
    bar->addWidget(m_tabs);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_format);
    bar->addWidget(m_type);
    for (QAction *action : {m_undoAction, m_redoAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true); // an icon, with the step it undoes or redoes in its tooltip
        bar->addWidget(button);
    }
    bar->addWidget(m_status);

    // Articles page: the whole library, a page at a time.
    m_articleModel->setReader(m_reader);
    m_articles = makeArticleTable(m_articleModel, this);
    m_articles->setObjectName(u"libraryArticles"_s);
    m_articles->setSortingEnabled(true);
    m_articles->sortByColumn(LibraryArticleModel::OpenedColumn, Qt::DescendingOrder);
    connect(m_articles, &QAbstractItemView::activated, this, &LibraryPanel::openArticleAt);

    // Entities page: the entities | the one selected: where it appears, and with whom.
    m_entities = makeEntityList(m_entityModel, this);
    m_entities->setObjectName(u"libraryEntities"_s);
    m_entities->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_entities, &QWidget::customContextMenuRequested, this, &LibraryPanel::showEntityMenu);
    m_entityTitle = new QLabel(this);
    m_entityTitle->setObjectName(u"libraryEntityTitle"_s);
    QFont titleFont = m_entityTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_entityTitle->setFont(titleFont);
    m_entityTitle->setContentsMargins(8, 6, 8, 0);
    m_mentioningModel->setReader(m_reader); // a page at a time: an entity may be in every article
    m_mentioning = makeArticleTable(m_mentioningModel, this);
    m_mentioning->setObjectName(u"libraryMentioning"_s);
    connect(m_mentioning, &QAbstractItemView::activated, this, &LibraryPanel::openArticleAt);
    m_with = makeEntityList(m_withModel, this);
    m_with->setObjectName(u"libraryCoMentioned"_s);
    // A co-mentioned entity is a way on: choosing it makes it the entity shown.
    connect(m_with, &QAbstractItemView::activated, this,
        [this](const QModelIndex &index) { selectEntityId(index.data(LibraryEntityIdRole).toLongLong()); });

    auto *mentionedIn = new QWidget(this);
    auto *mentionedLayout = new QVBoxLayout(mentionedIn);
    mentionedLayout->setContentsMargins(0, 0, 0, 0);
    mentionedLayout->setSpacing(0);
    mentionedLayout->addWidget(m_entityTitle);
    m_mentionedHeading = heading(tr("Mentioned in"), this);
    mentionedLayout->addWidget(m_mentionedHeading);
    mentionedLayout->addWidget(m_mentioning, 1);
    auto *withPane = new QWidget(this);
    auto *withLayout = new QVBoxLayout(withPane);
    withLayout->setContentsMargins(0, 0, 0, 0);
    withLayout->setSpacing(0);
    withLayout->addWidget(heading(tr("Most often mentioned with"), this));
    withLayout->addWidget(m_with, 3);
    m_identifiers = makeEntityList(m_identifierModel, this);
    m_identifiers->setObjectName(u"libraryIdentifiers"_s);
    // An identifier is a way on too: the articles that have it, wherever they are in the library.
    connect(m_identifiers, &QAbstractItemView::activated, this, &LibraryPanel::showIdentifier);
    withLayout->addWidget(heading(tr("Contacts and identifiers"), this));
    withLayout->addWidget(m_identifiers, 2);
    auto *entitySplitter = new QSplitter(Qt::Horizontal, this);
    entitySplitter->setChildrenCollapsible(false);
    entitySplitter->setHandleWidth(1);
    entitySplitter->addWidget(m_entities);
    entitySplitter->addWidget(mentionedIn);
    entitySplitter->addWidget(withPane);
    entitySplitter->setStretchFactor(0, 2);
    entitySplitter->setStretchFactor(1, 4);
    entitySplitter->setStretchFactor(2, 2);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_articles);
    m_pages->addWidget(entitySplitter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_pages, 1);

    // Typing searches after a pause, not at every key.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    connect(m_refreshTimer, &QTimer::timeout, this, &LibraryPanel::refresh);
    connect(m_search, &QLineEdit::textChanged, m_refreshTimer, qOverload<>(&QTimer::start));
    connect(m_format, &QComboBox::activated, this, &LibraryPanel::refreshArticles);
    connect(m_type, &QComboBox::activated, this, &LibraryPanel::refreshEntities);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int tab) {
        showTab(tab);
        refresh();
    });
    connect(m_entities->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &LibraryPanel::showEntityDetails);
    connect(m_articleModel, &LibraryArticleModel::queryDone, this, [this](int total, const QStringList &formats) {
        // The formats known now, keeping the choice.
        const QString chosen = m_format->currentData().toString();
        m_format->clear();
        m_format->addItem(tr("All formats"), QString());
        for (const QString &f : formats)
            m_format->addItem(f.toUpper(), f);
        m_format->setCurrentIndex(std::max(0, m_format->findData(chosen)));
        if (const int row = m_articleModel->rowOfId(m_currentArticle); row >= 0)
            m_articles->setCurrentIndex(m_articleModel->index(row, 0));
        showArticleCount(total);
    });
    connect(m_recorder, &LibraryRecorder::recorded, this, &LibraryPanel::articleRecorded);
    connect(m_recorder, &LibraryRecorder::failed, this, &LibraryPanel::message);
    // An undo or redo changed the database: show what it holds now.
    connect(m_undoStack, &QUndoStack::indexChanged, this, &LibraryPanel::refreshEntities);
    // The window's Undo acts on the article shown and has the same keys: where the focus is in the panel,
    // the keys are the panel's (the search field keeps its own undo of what was typed).
    for (QWidget *w : findChildren<QWidget *>()) {
        if (w != m_search && !m_search->isAncestorOf(w))
            w->installEventFilter(this);
    }
    refresh();
}

LibraryPanel::~LibraryPanel() = default;

void LibraryPanel::setDatabasePath(const QString &path)
{
    if (m_path == path)
        return;
    // Nothing is opened here: the window may be starting, and the library may be large. The reader opens
    // its connection at the first read, the recorder at the first record, the panel's at the first
    // correction; each reports a database it cannot use then.
    m_path = path;
    m_store.close();
    m_undoStack->clear();
    m_reader->setDatabasePath(path);
    m_recorder->setDatabasePath(path);
    refresh();
}

bool LibraryPanel::openStore()
{
    if (m_store.isReady() && m_store.path() == m_path)
        return true;
    if (m_path.isEmpty() || !m_store.open(m_path)) {
        if (!m_path.isEmpty())
            Q_EMIT message(tr("The library is off: %1").arg(m_store.errorString()));
        return false;
    }
    return true;
}

void LibraryPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void LibraryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void LibraryPanel::articleRecorded(qint64 id)
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (m_tabs->currentIndex() != 0) {
        m_refreshTimer->start(); // the entities' counts changed
        return;
    }
    m_reader->readArticle(id, [this](const std::optional<LibraryArticle> &article) {
        if (!article)
            return;
        m_articleModel->updateArticle(*article);
        showArticleCount(m_articleModel->totalCount());
    });
}

void LibraryPanel::showArticleCount(int total)
{
    const LibraryQuery &q = m_articleModel->query();
    if (m_path.isEmpty())
        m_status->setText(tr("No library database"));
    else if (q.search.trimmed().isEmpty() && q.format.isEmpty())
        m_status->setText(total == 1 ? tr("1 article") : tr("%1 articles").arg(std::max(0, total)));
    else if (!q.search.trimmed().isEmpty()
        && (total > LibraryStore::RankLimit || m_articleModel->hasMoreThanTotal()))
        m_status->setText(tr("More than %1 found, newest first: add a word to rank them")
                              .arg(QLocale().toString(LibraryStore::RankLimit)));
    else
        m_status->setText(tr("%1 found").arg(std::max(0, total)));
}

void LibraryPanel::record(const AnalysisPtr &analysis)
{
    // Files only: the bundled sample (a resource) and dropped text have nothing to open again.
    const QString &path = analysis ? analysis->article.filePath : QString();
    if (!path.isEmpty() && !path.startsWith(u':') && QFileInfo(path).isAbsolute())
        m_recorder->record(analysis);
}

void LibraryPanel::showArticles()
{
    m_tabs->setCurrentIndex(0);
}

bool LibraryPanel::showEntity(const QString &name, EntityType type)
{
    if (!openStore())
        return false;
    const std::optional<LibraryEntity> entity = m_store.findEntity(name, type);
    if (!entity)
        return false;
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    m_type->setCurrentIndex(0);
    m_tabs->blockSignals(true); // one read, below, not the tab's too
    m_tabs->setCurrentIndex(1);
    m_tabs->blockSignals(false);
    showTab(1);
    // Its page is asked for first: the entity list that selects it is a longer read (every entity's counts).
    showEntityDetailsOf(entity->id);
    m_readAhead = entity->id;
    selectEntityId(entity->id);
    return true;
}

void LibraryPanel::showTab(int tab)
{
    m_pages->setCurrentIndex(tab);
    m_format->setVisible(tab == 0);
    m_type->setVisible(tab == 1);
    m_search->setPlaceholderText(
        tab == 0 ? tr("Search titles, sources and text…") : tr("Filter people, companies and places…"));
}

void LibraryPanel::refresh()
{
    m_refreshTimer->stop();
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    if (m_tabs->currentIndex() == 0)
        refreshArticles();
    else
        refreshEntities();
}

void LibraryPanel::refreshArticles()
{
    LibraryQuery q;
    q.search = m_search->text();
    q.format = m_format->currentData().toString();
    q.sortColumn = q.search.trimmed().isEmpty() ? LibraryQuery::LastOpened : LibraryQuery::Relevance;
    m_currentArticle = m_articles->currentIndex().data(LibraryArticleIdRole).toLongLong();
    // A search lists best matches first until the analyst clicks a header.
    if (q.sortColumn == LibraryQuery::Relevance)
        m_articles->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_articleModel->setQuery(q); // answered by queryDone()
}

void LibraryPanel::refreshEntities()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    const qint64 current = selectedEntity();
    const int type = m_type->currentData().toInt();
    m_reader->readEntities(m_search->text(), type < 0 ? std::nullopt : std::optional(EntityType(type)), 500,
        [this, current](const QList<LibraryEntity> &entities) { showEntities(entities, current); });
}

void LibraryPanel::showEntities(const QList<LibraryEntity> &entities, qint64 select)
{
    m_entityModel->setEntities(entities);
    const int n = m_entityModel->rowCount();
    m_status->setText(m_path.isEmpty() ? tr("No library database")
            : n == 1                   ? tr("1 entity")
                                       : tr("%1 entities").arg(n));
    if (const int row = select > 0 ? m_entityModel->rowOfId(select) : -1; row >= 0) {
        const QModelIndex index = m_entityModel->index(row);
        m_entities->setCurrentIndex(index);
        m_entities->scrollTo(index);
        showEntityDetails();
    } else if (n > 0) {
        m_entities->setCurrentIndex(m_entityModel->index(0));
    } else {
        showEntityDetails();
    }
}

qint64 LibraryPanel::selectedEntity() const
{
    return m_entities->currentIndex().data(LibraryEntityIdRole).toLongLong();
}

void LibraryPanel::selectEntityId(qint64 id)
{
    if (const int row = m_entityModel->rowOfId(id); row >= 0) {
        showEntities(m_entityModel->entities(), id);
        return;
    }
    // Not in the filtered list: show it whole, with the entity on top when it is not among the first.
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    m_type->setCurrentIndex(0);
    m_reader->readEntities({}, std::nullopt, 500, [this, id](const QList<LibraryEntity> &entities) {
        if (dramatis::rowOfId(entities, id) >= 0) {
            showEntities(entities, id);
            return;
        }
        m_reader->readEntity(id, [this, id, entities](const LibraryReader::EntityDetails &details) {
            QList<LibraryEntity> list = entities;
            if (details.entity)
                list.prepend(*details.entity);
            showEntities(list, id);
        });
    });
}

void LibraryPanel::showEntityDetails()
{
    const qint64 id = selectedEntity();
    if (id > 0 && id == std::exchange(m_readAhead, 0))
        return; // asked for already
    showEntityDetailsOf(id);
}

void LibraryPanel::showEntityDetailsOf(qint64 id)
{
    m_mentionedHeading->setText(tr("Mentioned in"));
    if (id <= 0) {
        m_entityTitle->setText(m_path.isEmpty() ? QString() : tr("Choose an entity"));
        m_mentioningModel->clear();
        m_withModel->setEntities({});
        m_identifierModel->setIdentifiers({});
        return;
    }
    // The articles come a page at a time; the heading, co-mentions and identifiers in one read beside.
    LibraryQuery articles;
    articles.entityId = id;
    m_mentioningModel->setQuery(articles);
    m_reader->readEntity(id, [this](const LibraryReader::EntityDetails &details) {
        const std::optional<LibraryEntity> &e = details.entity;
        if (!e) {
            m_entityTitle->setText(tr("Choose an entity"));
            m_mentioningModel->clear();
            m_withModel->setEntities({});
            m_identifierModel->setIdentifiers({});
            return;
        }
        // Two messages, so English reads "1 article" / "3 articles" without a catalogue (as the drop heading).
        QString title = e->articleCount == 1
            ? tr("%1 · %2 · 1 article").arg(e->name, entityTypeName(e->type))
            : tr("%1 · %2 · %n articles", nullptr, e->articleCount).arg(e->name, entityTypeName(e->type));
        if (!details.mergedNames.isEmpty())
            title += tr(" · also “%1”").arg(details.mergedNames.join(tr("”, “")));
        m_entityTitle->setText(title);
        m_withModel->setEntities(details.coMentioned);
        m_identifierModel->setIdentifiers(details.identifiers);
    });
}

void LibraryPanel::showIdentifier(const QModelIndex &index)
{
    const QVariant code = index.data(IdentifierKindRole);
    const QString normalized = index.data(NormalizedRole).toString();
    if (!code.isValid() || code.toInt() < 0 || code.toInt() >= IdentifierKindCount || normalized.isEmpty())
        return;
    const auto kind = IdentifierKind(code.toInt());
    const int count = index.data(LibraryCountRole).toInt();
    const QString text = index.data().toString();
    m_entityTitle->setText(count == 1
            ? tr("%1 · %2 · 1 article").arg(text, identifierKindName(kind))
            : tr("%1 · %2 · %n articles", nullptr, count).arg(text, identifierKindName(kind)));
    m_mentionedHeading->setText(tr("Found in"));
    LibraryQuery articles;
    articles.identifier = std::pair(kind, normalized);
    m_mentioningModel->setQuery(articles);
}

void LibraryPanel::setWatchlists(WatchlistController *watchlists)
{
    // The delegates ask the controller at every paint; a change of the lists or of a verdict repaints.
    for (QListView *list : {m_entities, m_with}) {
        if (auto *delegate = qobject_cast<LibraryEntityDelegate *>(list->itemDelegate()))
            delegate->setWatchlists(watchlists);
        if (watchlists)
            connect(watchlists, &WatchlistController::badgesChanged, list->viewport(),
                qOverload<>(&QWidget::update));
    }
}

void LibraryPanel::openArticleAt(const QModelIndex &index)
{
    const QString path = index.data(ArticlePathRole).toString();
    if (path.isEmpty())
        return;
    if (!QFileInfo(path).isFile()) {
        Q_EMIT message(tr("%1 is no longer there: it was moved or deleted since it was opened. Its entry and "
                          "notes stay in the library.")
                           .arg(QDir::toNativeSeparators(path)));
        return;
    }
    Q_EMIT openRequested(path);
}

void LibraryPanel::showEntityMenu(const QPoint &pos)
{
    const QModelIndex index = m_entities->indexAt(pos);
    if (!index.isValid() || !openStore())
        return;
    const qint64 id = index.data(LibraryEntityIdRole).toLongLong();
    const std::optional<LibraryEntity> e = m_store.entity(id);
    if (!e)
        return;
    QMenu menu(this);
    menu.addAction(tr("&Rename…"), this, [this, e] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename"),
            tr("Name of %1 in the library:").arg(e->name), QLineEdit::Normal, e->name, &ok);
        if (ok && !name.trimmed().isEmpty())
            correct(LibraryCorrectionCommand::rename(&m_store, e->id, name));
    });
    // The likely duplicates: same type, by articles.
    QMenu *merge = menu.addMenu(tr("&Merge Into"));
    for (const LibraryEntity &other : m_store.entities({}, e->type, 40)) {
        if (other.id == e->id)
            continue;
        merge->addAction(EntityPalette::swatch(other.type, palette()), other.name, this, [this, e, other] {
            correct(LibraryCorrectionCommand::merge(&m_store, e->id, other.id));
            selectEntityId(other.id);
        });
    }
    merge->setEnabled(!merge->isEmpty());
    QAction *split = menu.addAction(tr("&Split Merged Names"), this,
        [this, e] { correct(LibraryCorrectionCommand::split(&m_store, e->id)); });
    split->setEnabled(!m_store.mergedInto(e->id).isEmpty());
    menu.addSeparator();
    menu.addAction(m_undoAction);
    menu.addAction(m_redoAction);
    menu.exec(m_entities->viewport()->mapToGlobal(pos));
}

void LibraryPanel::correct(QUndoCommand *command)
{
    // The command writes the store inside push() (the lists refresh on the stack's indexChanged); one the
    // store refused is dropped, with the reason when a write failed.
    m_undoStack->push(command);
    if (!m_store.errorString().isEmpty())
        Q_EMIT message(m_store.errorString());
}

bool LibraryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        const QKeySequence pressed(static_cast<QKeyEvent *>(event)->keyCombination());
        const bool undo = m_undoAction->shortcuts().contains(pressed);
        const bool redo = !undo && m_redoAction->shortcuts().contains(pressed);
        if (undo || redo) {
            // Claimed at ShortcutOverride, the key comes back as a key press instead of reaching the
            // window's shortcut.
            if (event->type() == QEvent::KeyPress) {
                if (undo)
                    m_undoStack->undo();
                else
                    m_undoStack->redo();
            }
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace dramatis
