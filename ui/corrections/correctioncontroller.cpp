#include "corrections/correctioncontroller.h"

#include "annotations/annotationstore.h"
#include "article/articleopener.h"
#include "article/articleview.h"
#include "article/entitypalette.h"
#include "commands/addlexiconrulecommand.h"
#include "commands/removelexiconrulecommand.h"
#include "corrections/lexicondialog.h"
#include "corrections/reviewmode.h"
#include "itemmodels/annotationmodel.h"
#include "itemmodels/openarticlesmodel.h"
#include "lexicon/lexiconapplier.h"
#include "notes/annotationcontroller.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QUndoStack>

namespace dramatis {

namespace {

// Characters of context kept with a correction, for the Lexicon dialog's "where it came from".
constexpr qsizetype OriginContext = 40;

} // namespace

CorrectionController::CorrectionController(std::shared_ptr<const Tagger> tagger, AnnotationStore *store,
    AnnotationController *annotations, ReviewMode *review, ArticleView *view, OpenArticlesModel *articles,
    QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_annotations(annotations)
    , m_review(review)
    , m_view(view)
    , m_articles(articles)
    , m_window(window)
    , m_retagger(new ArticleOpener(std::move(tagger), this))
{
    connect(m_retagger, &ArticleOpener::articleOpened, this, &CorrectionController::onArticleRetagged);
    connect(m_store, &AnnotationStore::lexiconChanged, this, &CorrectionController::retagOpenArticles);
}

void CorrectionController::createActions(QMenu *entities)
{
    QMenu *mark = entities->addMenu(tr("&Mark Selection As"));
    for (EntityType type : AllEntityTypes) {
        QAction *a = mark->addAction(EntityPalette::swatch(type, m_window->palette()), entityTypeName(type),
            this, [this, type] { markSelection(type); });
        a->setObjectName(u"mark" + entityTypeCode(type));
        a->setShortcut(QKeySequence(Qt::Key_1 + int(type)));
        a->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(a);
        m_markActions[int(type)] = a;
    }
    m_rejectAction = entities->addAction(tr("&Remove Mention"), this, &CorrectionController::onDeletePressed);
    m_rejectAction->setObjectName(QStringLiteral("rejectMention"));
    m_rejectAction->setShortcut(QKeySequence::Delete);
    m_rejectAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_rejectAction);
    m_everywhereAction = entities->addAction(tr("Corrections Apply &Everywhere"));
    m_everywhereAction->setCheckable(true);
    m_everywhereAction->setChecked(true);
    m_everywhereAction->setToolTip(
        tr("On: a correction applies to every article. Off: only to the one it is made in."));
}

void CorrectionController::createLexiconAction(QMenu *tools)
{
    m_lexiconAction = tools->addAction(tr("&Lexicon…"), this, &CorrectionController::showLexicon);
    m_lexiconAction->setObjectName(QStringLiteral("lexicon"));
    m_lexiconAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
}

void CorrectionController::updateActions(const QString &reason, bool article)
{
    const bool ready = reason.isEmpty();
    for (EntityType type : AllEntityTypes) {
        AnnotationController::setActionState(m_markActions[int(type)], ready && article,
            tr("Mark the selected words as %1 (%2)").arg(entityTypeName(type)).arg(int(type) + 1), reason);
    }
    AnnotationController::setActionState(
        m_rejectAction, ready && article, tr("The mention at the cursor is not a name (Delete)"), reason);
    AnnotationController::setActionState(m_review->reviewAction(), ready && article,
        tr("Check the tagger's least certain mentions one by one (Ctrl+R)"), reason);
    AnnotationController::setActionState(
        m_lexiconAction, ready, tr("The corrections you taught the tagger"), reason);
}

void CorrectionController::setDatabasePath(const QString &path)
{
    m_retagger->setDatabasePath(path);
}

LexiconRule CorrectionController::makeRule(
    LexiconRule::Kind kind, const QString &surface, qsizetype start, qsizetype end) const
{
    LexiconRule rule;
    rule.kind = kind;
    rule.surface = surface.simplified();
    if (!m_everywhereAction->isChecked()) {
        rule.scope = LexiconRule::ThisArticle;
        if (AnnotationModel *model = m_annotations->currentAnnotations())
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

void CorrectionController::addRule(const LexiconRule &rule)
{
    if (!m_store->isReady() || rule.surface.isEmpty())
        return;
    m_annotations->pushCommand(new AddLexiconRuleCommand(m_store, rule));
}

void CorrectionController::addEntityRule(
    LexiconRule::Kind kind, const QString &surface, const QString &other, std::optional<EntityType> type)
{
    LexiconRule rule = makeRule(kind, surface, -1, -1);
    rule.other = other;
    if (type)
        rule.type = type;
    addRule(rule);
}

void CorrectionController::markSelection(EntityType type)
{
    if (m_review->isActive() && m_review->mention() >= 0) {
        correctMention(m_review->mention(), false, type);
        return;
    }
    qsizetype start = 0, end = 0;
    if (!m_current || !m_annotations->currentAnnotations())
        return;
    if (m_view->selectedRange().first < 0) {
        // No selection: the key retypes the mention the cursor is in.
        int mention = -1;
        bool inTitle = false;
        if (mentionAtCursor(mention, inTitle)) {
            correctMention(mention, inTitle, type);
            return;
        }
    }
    if (!m_annotations->requireSelection(start, end))
        return;
    if (!onTokenBoundaries(m_current->tokens, start, end)) {
        Q_EMIT statusMessage(tr("Select whole words to mark a name"), 4000);
        return;
    }
    LexiconRule rule
        = makeRule(LexiconRule::Mark, m_current->article.text.mid(start, end - start), start, end);
    rule.type = type;
    addRule(rule);
}

const Mention *CorrectionController::mentionOf(int mention, bool inTitle) const
{
    if (!m_current)
        return nullptr;
    const MentionList &mentions = inTitle ? m_current->titleMentions : m_current->mentions;
    return mention >= 0 && mention < mentions.size() ? &mentions.at(mention) : nullptr;
}

bool CorrectionController::mentionAtCursor(int &mention, bool &inTitle) const
{
    mention = m_view->mentionAtCursor();
    inTitle = mention < 0 && (mention = m_view->titleMentionAtCursor()) >= 0;
    return mention >= 0;
}

void CorrectionController::correctMention(int mention, bool inTitle, std::optional<EntityType> type)
{
    const Mention *found = mentionOf(mention, inTitle);
    if (!found)
        return;
    const Mention m = *found; // a copy: the rule re-tags the article
    const bool reviewing = m_review->isActive();
    if (reviewing && !inTitle)
        m_review->markReviewed(m);
    if (!type || m.type != *type) {
        const LexiconRule::Kind kind = type ? LexiconRule::Mark : LexiconRule::Reject;
        LexiconRule rule;
        if (!inTitle) {
            rule = makeRule(kind, m_current->article.text.mid(m.start, m.length()), m.start, m.end);
        } else {
            // The rule holds for the words wherever they stand; the heading is where the analyst saw them.
            rule = makeRule(kind, m_current->article.title.mid(m.start, m.length()), -1, -1);
            rule.originContext = m_current->article.title.simplified();
        }
        rule.type = type.value_or(m.type);
        addRule(rule);
    }
    if (reviewing)
        m_review->next();
}

void CorrectionController::onDeletePressed()
{
    if (m_review->isActive()) {
        correctMention(m_review->mention(), false, std::nullopt);
        return;
    }
    int mention = -1;
    bool inTitle = false;
    if (!mentionAtCursor(mention, inTitle)) {
        Q_EMIT statusMessage(tr("Put the cursor on a highlighted name to remove it"), 4000);
        return;
    }
    correctMention(mention, inTitle, std::nullopt);
}

void CorrectionController::addSelectionActions(QMenu &menu)
{
    QMenu *mark = menu.addMenu(tr("Mark As"));
    for (QAction *a : m_markActions)
        mark->addAction(a);
}

void CorrectionController::addMentionActions(QMenu &menu, const QPoint &pos)
{
    int mention = m_view->mentionAtViewportPos(pos);
    const bool inTitle = mention < 0 && (mention = m_view->titleMentionAtViewportPos(pos)) >= 0;
    const Mention *found = mentionOf(mention, inTitle);
    if (!found || !m_annotations->currentAnnotations())
        return;
    const Mention m = *found;
    const QString words
        = (inTitle ? m_current->article.title : m_current->article.text).mid(m.start, m.length());
    menu.addSeparator();
    QMenu *type = menu.addMenu(tr("Change Type of “%1”").arg(words));
    for (EntityType t : AllEntityTypes) {
        QAction *a = type->addAction(EntityPalette::swatch(t, m_window->palette()), entityTypeName(t), this,
            [this, mention, t, inTitle] { correctMention(mention, inTitle, t); });
        a->setCheckable(true);
        a->setChecked(t == m.type);
        a->setEnabled(t != m.type);
    }
    menu.addAction(tr("“%1” Is Not a Name").arg(words), this,
        [this, mention, inTitle] { correctMention(mention, inTitle, std::nullopt); });
}

void CorrectionController::showEntityMenu(int entity, const QPoint &globalPos)
{
    if (!m_current || entity >= m_current->entities.size() || !m_store->isReady())
        return;
    const Entity &e = m_current->entities.at(entity);
    QMenu menu(m_window);
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
        merge->addAction(EntityPalette::swatch(o.type, m_window->palette()), o.name, this,
            [this, entity, other] { mergeEntities(entity, other); });
    }
    merge->setEnabled(!others.isEmpty());
    QMenu *split = menu.addMenu(tr("&Split Alias Out"));
    for (const QString &alias : e.aliases)
        split->addAction(alias, this, [this, entity, alias] { splitAlias(entity, alias); });
    split->setEnabled(!e.aliases.isEmpty());
    menu.addAction(tr("&Rename…"), this, [this, entity] { renameEntity(entity); });
    menu.addAction(tr("Show in &Library"), this,
        [this, name = e.name, type = e.type] { Q_EMIT showInLibraryRequested(name, type); });
    QMenu *type = menu.addMenu(tr("Change &Type"));
    for (EntityType t : AllEntityTypes) {
        QAction *a = type->addAction(
            EntityPalette::swatch(t, m_window->palette()), entityTypeName(t), this, [this, entity, t] {
                addEntityRule(LexiconRule::Mark, m_current->entities.at(entity).name, {}, t);
            });
        a->setEnabled(t != e.type);
    }
    menu.addSeparator();
    menu.addAction(tr("“%1” Is Not a Name").arg(e.name), this, [this, entity] {
        const Entity &x = m_current->entities.at(entity);
        addEntityRule(LexiconRule::Reject, x.name, {}, x.type);
    });
    if (m_extendEntityMenu)
        m_extendEntityMenu(&menu, entity);
    menu.exec(globalPos);
}

void CorrectionController::mergeEntities(int entity, int into)
{
    if (!m_current || entity == into)
        return;
    addEntityRule(LexiconRule::Merge, m_current->entities.at(entity).name, m_current->entities.at(into).name);
}

void CorrectionController::splitAlias(int entity, const QString &alias)
{
    if (!m_current)
        return;
    addEntityRule(LexiconRule::Split, alias, m_current->entities.at(entity).name);
}

void CorrectionController::renameEntity(int entity)
{
    if (!m_current)
        return;
    const QString old = m_current->entities.at(entity).name;
    bool ok = false;
    const QString name = QInputDialog::getText(
        m_window, tr("Rename"), tr("Call “%1”:").arg(old), QLineEdit::Normal, old, &ok)
                             .simplified();
    if (!ok || name.isEmpty() || name == old)
        return;
    addEntityRule(LexiconRule::Rename, old, name);
}

bool CorrectionController::canCorrect() const
{
    return m_store->isReady();
}

QString CorrectionController::lexiconTip(int entity) const
{
    if (!m_current || entity < 0 || entity >= m_current->entities.size() || !m_store->isReady())
        return {};
    const Entity &e = m_current->entities.at(entity);
    QStringList names = e.aliases;
    names << e.name;
    AnnotationModel *model = m_annotations->currentAnnotations();
    const AnalystLexicon lexicon = m_store->lexiconFor(model ? model->articleId() : 0);
    QStringList rules;
    for (const LexiconRule &r : lexicon.rules()) {
        if (names.contains(r.surface, Qt::CaseInsensitive) || names.contains(r.other, Qt::CaseInsensitive))
            rules << r.describe();
    }
    return rules.isEmpty() ? QString()
                           : tr("Decided by your lexicon: %1").arg(rules.join(QStringLiteral("; ")));
}

void CorrectionController::showLexicon()
{
    if (!m_store->isReady())
        return;
    if (!m_lexiconDialog) {
        m_lexiconDialog = new LexiconDialog(m_store, m_window);
        m_lexiconDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(
            m_lexiconDialog, &LexiconDialog::removeRequested, this, [this](const QList<LexiconRule> &rules) {
                QUndoStack *stack = m_annotations->activeStack();
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

void CorrectionController::retagOpenArticles()
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
    m_retagger->setDocumentStyle(m_view->documentFont(), m_window->palette());
    m_retagger->open(sources);
}

bool CorrectionController::isRetagging() const
{
    return m_retagger->isBusy();
}

void CorrectionController::cancel()
{
    m_retagger->cancel();
}

void CorrectionController::onArticleRetagged(const OpenedArticle &opened)
{
    if (!opened.analysis)
        return;
    const AnalysisPtr old = m_articles->analysisAt(m_articles->rowForPath(opened.analysis->article.filePath));
    // Closed meanwhile, or opened again from a file that changed: the newer one stands.
    if (!old || old->article.text != opened.analysis->article.text)
        return;
    Q_EMIT retagged(old, opened);
}

} // namespace dramatis
