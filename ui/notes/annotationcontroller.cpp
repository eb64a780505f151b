#include "notes/annotationcontroller.h"

#include "annotations/annotationstore.h"
#include "article/articleview.h"
#include "commands/addannotationcommand.h"
#include "commands/articletagcommand.h"
#include "commands/editannotationcommand.h"
#include "commands/removeannotationcommand.h"
#include "itemmodels/annotationmodel.h"
#include "itemmodels/itemroles.h"
#include "notes/noteeditor.h"
#include "notes/notespanel.h"
#include "notes/tagbar.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QUndoGroup>
#include <QUndoStack>

#include <array>

namespace dramatis {

namespace {

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

} // namespace

AnnotationController::AnnotationController(AnnotationStore *store, ArticleView *view, NotesPanel *notesPanel,
    TagBar *tagBar, NoteEditor *noteEditor, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_view(view)
    , m_notesPanel(notesPanel)
    , m_tagBar(tagBar)
    , m_noteEditor(noteEditor)
    , m_window(window)
    , m_undoGroup(new QUndoGroup(this))
    , m_windowStack(new QUndoStack(this))
{
    m_undoGroup->addStack(m_windowStack);
    m_undoGroup->setActiveStack(m_windowStack);
    connect(m_tagBar, &TagBar::addRequested, this, [this](const QString &tag) {
        if (AnnotationModel *model = currentAnnotations())
            pushCommand(new ArticleTagCommand(model, ArticleTagCommand::Add, tag));
    });
    connect(m_tagBar, &TagBar::removeRequested, this, [this](const QString &tag) {
        if (AnnotationModel *model = currentAnnotations())
            pushCommand(new ArticleTagCommand(model, ArticleTagCommand::Remove, tag));
    });
    connect(m_notesPanel, &NotesPanel::activated, this, &AnnotationController::goToAnnotation);
    connect(m_notesPanel, &NotesPanel::editRequested, this, &AnnotationController::editNote);
    connect(m_notesPanel, &NotesPanel::removeRequested, this, &AnnotationController::removeAnnotation);
    connect(m_noteEditor, &NoteEditor::committed, this, &AnnotationController::commitNote);
    connect(m_noteEditor, &NoteEditor::cancelled, m_view, qOverload<>(&QWidget::setFocus));
    connect(m_store, &AnnotationStore::categoriesChanged, this, [this] {
        rebuildHighlightMenu();
        updateSpans();
    });
}

void AnnotationController::createActions(QMenu *notes)
{
    m_addNoteAction = notes->addAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("Add &Note…"),
        this, &AnnotationController::addNote);
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
}

void AnnotationController::setAnalysis(const AnalysisPtr &analysis)
{
    m_current = analysis;
}

void AnnotationController::showEdits()
{
    Edits *edits = editsFor(m_current);
    m_undoGroup->setActiveStack(edits ? edits->stack : m_windowStack);
    m_notesPanel->setModel(edits ? edits->annotations : nullptr);
    updateSpans();
    updateTags();
}

AnnotationModel *AnnotationController::currentAnnotations() const
{
    if (!m_current || !m_store->isReady())
        return nullptr;
    const auto it = m_edits.constFind(m_current->article.filePath);
    return it == m_edits.cend() ? nullptr : it->annotations;
}

AnnotationModel *AnnotationController::annotationsFor(const AnalysisPtr &analysis)
{
    Edits *edits = editsFor(analysis);
    return edits ? edits->annotations : nullptr;
}

AnnotationController::Edits *AnnotationController::editsFor(const AnalysisPtr &analysis)
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
                updateSpans();
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

void AnnotationController::dropEdits(const QString &path)
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

bool AnnotationController::isEditingNote(const AnnotationModel *model) const
{
    return model && m_noteEditor->isVisible() && m_noteModel == model;
}

void AnnotationController::pushCommand(QUndoCommand *command)
{
    activeStack()->push(command);
}

QUndoStack *AnnotationController::activeStack() const
{
    QUndoStack *stack = m_undoGroup->activeStack();
    return stack ? stack : m_windowStack;
}

QString AnnotationController::unavailableReason() const
{
    if (m_store->state() == AnnotationStore::State::Closed)
        return tr("Notes are off: no database is open");
    if (!m_store->isReady())
        return tr("Notes are off: %1").arg(m_store->errorString());
    return {};
}

void AnnotationController::setActionState(
    QAction *action, bool enabled, const QString &tip, const QString &reason)
{
    action->setEnabled(enabled);
    action->setToolTip(reason.isEmpty() ? tip : reason);
    action->setStatusTip(reason.isEmpty() ? tip : reason);
}

void AnnotationController::updateActions()
{
    const QString reason = unavailableReason();
    const bool ready = reason.isEmpty();
    const bool article = m_current != nullptr;
    setActionState(
        m_addNoteAction, ready && article, tr("Add a note to the selected words (Ctrl+M)"), reason);
    setActionState(m_highlightAction, ready && article,
        tr("Highlight the selected words as “%1” (Ctrl+H)").arg(m_lastCategory), reason);
    m_highlightMenu->setEnabled(ready && article);
    m_notesPanel->setUnavailableReason(article ? reason : QString());
    m_tagBar->setVisible(article && ready);
    m_tagBar->setUnavailableReason(reason);
}

void AnnotationController::rebuildHighlightMenu()
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
    m_highlightMenu->addAction(tr("New Category…"), this, &AnnotationController::newCategory);
    const auto it = std::find_if(categories.cbegin(), categories.cend(),
        [this](const HighlightCategory &c) { return c.name == m_lastCategory; });
    m_highlightAction->setIcon(it == categories.cend() ? QIcon() : colorSwatch(QColor(it->color)));
    m_highlightAction->setIconText(tr("Highlight"));
    m_highlightAction->setToolTip(tr("Highlight the selected words as “%1” (Ctrl+H)").arg(m_lastCategory));
}

void AnnotationController::newCategory()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        m_window, tr("New Highlight Category"), tr("Name:"), QLineEdit::Normal, QString(), &ok)
                             .simplified();
    if (!ok || name.isEmpty())
        return;
    const qsizetype n = m_store->categories().size();
    if (!m_store->setCategory({name, QString::fromLatin1(CategoryColors[size_t(n) % CategoryColors.size()])}))
        return;
    highlight(name);
}

void AnnotationController::updateSpans()
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

void AnnotationController::updateTags()
{
    AnnotationModel *model = currentAnnotations();
    m_tagBar->setTags(model ? model->tags() : QStringList());
    m_tagBar->setUnavailableReason(unavailableReason());
}

bool AnnotationController::requireSelection(qsizetype &start, qsizetype &end)
{
    std::tie(start, end) = m_view->selectedRange();
    if (start < 0) {
        // Notes and highlights anchor in the text; the heading is not part of it.
        const QTextCursor cursor = m_view->textCursor();
        Q_EMIT statusMessage(cursor.hasSelection() && cursor.selectionEnd() <= m_view->textStart()
                ? tr("Select words in the article's text: notes, highlights and marks do not go on the "
                     "heading")
                : tr("Select some words in the article first"),
            4000);
        return false;
    }
    return true;
}

void AnnotationController::addNote()
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

void AnnotationController::editNote(qint64 id)
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

void AnnotationController::commitNote(const QString &text)
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

void AnnotationController::highlight(const QString &category)
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

void AnnotationController::goToAnnotation(qint64 id)
{
    AnnotationModel *model = currentAnnotations();
    const auto annotation = model ? model->annotation(id) : std::nullopt;
    if (!annotation)
        return;
    if (annotation->isOrphaned()) {
        Q_EMIT statusMessage(tr("The words of this note are no longer in the article"), 4000);
        return;
    }
    m_view->selectRange(annotation->start, annotation->end);
}

void AnnotationController::removeAnnotation(qint64 id)
{
    AnnotationModel *model = currentAnnotations();
    if (const auto annotation = model ? model->annotation(id) : std::nullopt)
        pushCommand(new RemoveAnnotationCommand(model, *annotation));
}

void AnnotationController::addContextActions(QMenu &menu, const QPoint &pos)
{
    AnnotationModel *model = currentAnnotations();
    if (!model)
        return;
    const int hit = m_view->cursorForPosition(pos).position() - m_view->textStart();
    const QList<int> rows = model->rowsAt(hit);
    if (rows.isEmpty())
        return;
    const Annotation a = model->at(rows.front());
    menu.addSeparator();
    menu.addAction(a.kind == Annotation::Note ? tr("&Edit Note…") : tr("Add &Text to Highlight…"), this,
        [this, id = a.id] { editNote(id); });
    menu.addAction(a.kind == Annotation::Note ? tr("&Delete Note") : tr("Remove &Highlight"), this,
        [this, id = a.id] { removeAnnotation(id); });
}

} // namespace dramatis
