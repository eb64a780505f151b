#pragma once

#include "core/analysis.h"
#include "core/entitytype.h"
#include "lexicon/analystlexicon.h"
#include "sidebar/entitysidebar.h"

#include <QObject>
#include <QPointer>

#include <array>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QMenu;
class QPoint;
class QWidget;

namespace dramatis {

class AnnotationController;
class AnnotationStore;
class ArticleOpener;
class ArticleView;
class LexiconDialog;
class OpenArticlesModel;
class ReviewMode;
class Tagger;
struct OpenedArticle;

// The analyst's corrections of the tagger: marking words as a name, retyping or rejecting a mention,
// merging, splitting and renaming entities. Each is a lexicon rule, pushed as an undo command; the store
// announces the change and every open article is tagged again off the GUI thread (retagged() hands each
// new analysis to the window, which swaps it in keeping the reader's place).
//
// A mention is corrected the same way in the text and in the heading: the rule holds for the words
// wherever they stand, and the heading's mentions are told apart only for the rule's origin.
class CorrectionController final : public QObject, public EntityCorrections
{
    Q_OBJECT
public:
    // `window` parents the dialogs and menus, and gives the documents their palette.
    CorrectionController(std::shared_ptr<const Tagger> tagger, AnnotationStore *store,
        AnnotationController *annotations, ReviewMode *review, ArticleView *view, OpenArticlesModel *articles,
        QWidget *window);

    // Adds Mark Selection As, Remove Mention and Corrections Apply Everywhere to `entities`; the single
    // keys (1–4, Delete) act in the article view only, so they never fire while typing elsewhere.
    void createActions(QMenu *entities);
    // Adds Lexicon… to `tools`.
    void createLexiconAction(QMenu *tools);
    void setAnalysis(const AnalysisPtr &analysis) { m_current = analysis; }
    // Enables the actions for an article shown (`article`) and a usable database (`reason` empty).
    void updateActions(const QString &reason, bool article);
    void setDatabasePath(const QString &path);

    // The Mark As menu for the selection, and the Change Type / Is Not a Name entries for the mention at
    // `pos` (viewport coordinates), for the article's context menu.
    void addSelectionActions(QMenu &menu);
    void addMentionActions(QMenu &menu, const QPoint &pos);
    // The entity sidebar's context menu; `showInLibrary` is its Show in Library entry.
    void showEntityMenu(int entity, const QPoint &globalPos);
    // Adds another controller's actions to the entity menu (the watchlist verdicts), after the corrections.
    void setEntityMenuExtension(std::function<void(QMenu *, int)> extend)
    {
        m_extendEntityMenu = std::move(extend);
    }
    void mergeEntities(int entity, int into);

    void showLexicon();
    void retagOpenArticles();
    bool isRetagging() const;
    void cancel();

    bool canCorrect() const override;
    QString lexiconTip(int entity) const override;

Q_SIGNALS:
    // `opened` is `old` tagged again with the current lexicon.
    void retagged(const AnalysisPtr &old, const OpenedArticle &opened);
    void showInLibraryRequested(const QString &name, EntityType type);
    void statusMessage(const QString &text, int timeout);

private:
    LexiconRule makeRule(
        LexiconRule::Kind kind, const QString &surface, qsizetype start, qsizetype end) const;
    void addRule(const LexiconRule &rule);
    // A rule about an entity's name (`other` for merges, splits and renames, `type` for retypes and
    // rejections).
    void addEntityRule(LexiconRule::Kind kind, const QString &surface, const QString &other = {},
        std::optional<EntityType> type = {});
    void markSelection(EntityType type);
    // Marks mention `mention` (of the text, or of the heading when `inTitle`) as `type`, or rejects it when
    // there is no type.
    void correctMention(int mention, bool inTitle, std::optional<EntityType> type);
    const Mention *mentionOf(int mention, bool inTitle) const;
    // The mention (of the text, or of the heading) the cursor is in; false when none.
    bool mentionAtCursor(int &mention, bool &inTitle) const;
    void onDeletePressed();
    void splitAlias(int entity, const QString &alias);
    void renameEntity(int entity);
    void onArticleRetagged(const OpenedArticle &opened);

    AnnotationStore *m_store;
    AnnotationController *m_annotations;
    ReviewMode *m_review;
    ArticleView *m_view;
    OpenArticlesModel *m_articles;
    QWidget *m_window;
    ArticleOpener *m_retagger; // its own requests: re-tagging never stops an open
    AnalysisPtr m_current;
    std::function<void(QMenu *, int)> m_extendEntityMenu;
    QPointer<LexiconDialog> m_lexiconDialog;

    std::array<QAction *, EntityTypeCount> m_markActions {};
    QAction *m_rejectAction = nullptr;
    QAction *m_everywhereAction = nullptr;
    QAction *m_lexiconAction = nullptr;
};

} // namespace dramatis
