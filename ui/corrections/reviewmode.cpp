#include "corrections/reviewmode.h"

#include "article/articleview.h"
#include "notes/annotationcontroller.h"

#include <QAction>
#include <QMenu>

namespace dramatis {

ReviewMode::ReviewMode(AnnotationController *annotations, ArticleView *view, QObject *parent)
    : QObject(parent)
    , m_annotations(annotations)
    , m_view(view)
{
}

void ReviewMode::createActions(QMenu *entities)
{
    m_reviewAction = entities->addAction(tr("Re&view Mentions"), this, [this] {
        if (m_active)
            leave();
        else
            start();
    });
    m_reviewAction->setObjectName(QStringLiteral("review"));
    m_reviewAction->setIconText(tr("Review"));
    m_reviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_acceptAction = new QAction(tr("Accept Mention"), this);
    m_acceptAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_acceptAction->setShortcutContext(Qt::WidgetShortcut);
    m_acceptAction->setEnabled(false);
    connect(m_acceptAction, &QAction::triggered, this, &ReviewMode::accept);
    m_view->addAction(m_acceptAction);
    m_leaveAction = new QAction(tr("Leave Review"), this);
    m_leaveAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leaveAction->setShortcutContext(Qt::WidgetShortcut);
    m_leaveAction->setEnabled(false);
    connect(m_leaveAction, &QAction::triggered, this, &ReviewMode::leave);
    m_view->addAction(m_leaveAction);
}

void ReviewMode::start()
{
    if (!m_current || !m_annotations->currentAnnotations())
        return;
    if (m_current->mentions.isEmpty()) {
        Q_EMIT statusMessage(tr("Nothing to review: the tagger found no names in this article"), 4000);
        return;
    }
    m_active = true;
    m_reviewed.clear();
    m_mention = -1;
    m_acceptAction->setEnabled(true);
    m_leaveAction->setEnabled(true);
    m_reviewAction->setText(tr("Leave Re&view"));
    m_view->setFocus();
    next();
}

void ReviewMode::leave()
{
    if (!m_active)
        return;
    m_active = false;
    m_mention = -1;
    m_acceptAction->setEnabled(false);
    m_leaveAction->setEnabled(false);
    m_reviewAction->setText(tr("Re&view Mentions"));
    Q_EMIT statusChanged();
}

void ReviewMode::markReviewed(const Mention &m)
{
    m_reviewed.insert({m.start, m.end});
}

void ReviewMode::restart()
{
    m_mention = -1;
    next();
}

void ReviewMode::next()
{
    if (!m_active || !m_current)
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
        leave();
        Q_EMIT statusMessage(
            n == 1 ? tr("Review done: 1 mention checked") : tr("Review done: %1 mentions checked").arg(n),
            6000);
        return;
    }
    m_mention = best;
    const Mention &m = m_current->mentions.at(best);
    m_view->selectRange(m.start, m.end);
    m_view->setFocus();
    Q_EMIT statusChanged();
}

void ReviewMode::accept()
{
    if (!m_active || !m_current || m_mention < 0 || m_mention >= m_current->mentions.size())
        return;
    markReviewed(m_current->mentions.at(m_mention));
    next();
}

QString ReviewMode::statusText() const
{
    if (!m_active || !m_current || m_mention < 0 || m_mention >= m_current->mentions.size())
        return {};
    const Mention &m = m_current->mentions.at(m_mention);
    const qsizetype left
        = std::count_if(m_current->mentions.cbegin(), m_current->mentions.cend(), [this](const Mention &x) {
              return !m_reviewed.contains({x.start, x.end});
          });
    const qsizetype total = m_reviewed.size() + left;
    return tr("· Review %1 of %2 — confidence %3 · “%4” as %5 · Enter accept, Delete reject, "
              "1–4 retype, Esc leave")
        .arg(m_reviewed.size() + 1)
        .arg(total)
        .arg(double(m.confidence), 0, 'f', 2)
        .arg(m_current->article.text.mid(m.start, m.length()), entityTypeName(m.type));
}

} // namespace dramatis
