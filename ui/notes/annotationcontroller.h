#pragma once

#include "core/analysis.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QPoint;
class QUndoCommand;
class QUndoGroup;
class QUndoStack;
class QWidget;

namespace dramatis {

class AnnotationModel;
class AnnotationStore;
class ArticleView;
class NoteEditor;
class NotesPanel;
class TagBar;

// The analyst's notes, highlights and tags on the article shown, their actions (the Notes menu, the
// highlight categories) and the undo history every edit goes through: one QUndoStack per open article in
// one QUndoGroup, plus a stack of the window's own for edits made with no article shown.
//
// An article's edits outlive its analyses (re-tagging replaces those), so they are kept by the article's
// path; the window says which article is shown (setAnalysis) and when its edits no longer fit (dropEdits).
class AnnotationController final : public QObject
{
    Q_OBJECT
public:
    // `window` parents the dialogs; the widgets are the window's, placed by it.
    AnnotationController(AnnotationStore *store, ArticleView *view, NotesPanel *notesPanel, TagBar *tagBar,
        NoteEditor *noteEditor, QWidget *window);

    // Adds Add Note, Highlight, Highlight As, Tag Article and Search Notes to `notes`.
    void createActions(QMenu *notes);
    QAction *addNoteAction() const { return m_addNoteAction; }
    QAction *highlightAction() const { return m_highlightAction; }
    QMenu *highlightMenu() const { return m_highlightMenu; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }

    // The article shown; nothing else changes until showEdits().
    void setAnalysis(const AnalysisPtr &analysis);
    // The shown article's edits come forward: its undo stack active, its notes in the panel and the view.
    void showEdits();
    // The notes and highlights of the article shown; nullptr when none is shown or there is no database.
    AnnotationModel *currentAnnotations() const;
    // The notes of `analysis`'s article, kept from now on; nullptr for no article.
    AnnotationModel *annotationsFor(const AnalysisPtr &analysis);
    // The paths of the articles whose edits are kept.
    QStringList editedPaths() const { return m_edits.keys(); }
    // Forgets an article's edits (closed, or its text changed so that their offsets no longer fit).
    void dropEdits(const QString &path);
    // True while the note editor is open on a note of `model`.
    bool isEditingNote(const AnnotationModel *model) const;

    // Pushes onto the shown article's stack, or the window's when none is shown.
    void pushCommand(QUndoCommand *command);
    QUndoStack *activeStack() const;
    // Why notes cannot be taken now (no database, a broken one); empty when they can.
    QString unavailableReason() const;
    void updateActions();
    // Enables `action` or not, its tooltip saying what it does, or why notes are off when `reason` says so.
    static void setActionState(QAction *action, bool enabled, const QString &tip, const QString &reason);
    void updateSpans();
    // The Highlight As menu, from the store's categories.
    void rebuildHighlightMenu();
    // [start, end) of the selection in the article's text, or a status message and false.
    bool requireSelection(qsizetype &start, qsizetype &end);
    // The Edit Note / Remove Highlight entries of the article's context menu, for the note at `pos`.
    void addContextActions(QMenu &menu, const QPoint &pos);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeout);

private:
    struct Edits
    {
        QUndoStack *stack = nullptr;
        AnnotationModel *annotations = nullptr;
    };

    Edits *editsFor(const AnalysisPtr &analysis);
    void updateTags();
    void addNote();
    void editNote(qint64 id);
    void commitNote(const QString &text);
    void highlight(const QString &category);
    void newCategory();
    void goToAnnotation(qint64 id);
    void removeAnnotation(qint64 id);

    AnnotationStore *m_store;
    ArticleView *m_view;
    NotesPanel *m_notesPanel;
    TagBar *m_tagBar;
    NoteEditor *m_noteEditor;
    QWidget *m_window;
    QUndoGroup *m_undoGroup;
    QUndoStack *m_windowStack; // edits made with no article shown (deleting lexicon rules)
    QHash<QString, Edits> m_edits; // by Article::filePath
    AnalysisPtr m_current;

    QPointer<AnnotationModel> m_noteModel; // the note editor's article
    qsizetype m_noteStart = -1;
    qsizetype m_noteEnd = -1;
    qint64 m_noteId = 0; // the note being edited; 0 for a new one
    QString m_lastCategory;

    QAction *m_addNoteAction = nullptr;
    QAction *m_highlightAction = nullptr;
    QMenu *m_highlightMenu = nullptr;
};

} // namespace dramatis
