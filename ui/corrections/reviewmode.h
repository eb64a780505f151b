#pragma once

#include "core/analysis.h"

#include <QObject>
#include <QSet>

class QAction;
class QMenu;

namespace dramatis {

class AnnotationController;
class ArticleView;

// Review mode (Ctrl+R): walks the tagger's mentions of the article shown, lowest confidence first, one at a
// time; Enter accepts one, and a correction made meanwhile (CorrectionController) counts it as checked.
// Mentions are remembered by their span: a correction re-tags the article, which renumbers them.
class ReviewMode final : public QObject
{
    Q_OBJECT
public:
    ReviewMode(AnnotationController *annotations, ArticleView *view, QObject *parent = nullptr);

    // Adds Review Mentions to `entities`; Accept (Enter) and Leave (Esc) act in the article view only.
    void createActions(QMenu *entities);
    QAction *reviewAction() const { return m_reviewAction; }
    void setAnalysis(const AnalysisPtr &analysis) { m_current = analysis; }

    void start();
    void leave();
    bool isActive() const { return m_active; }
    // The mention under review (index into the shown Analysis::mentions), -1 when none.
    int mention() const { return m_mention; }
    // Counts `m` as checked.
    void markReviewed(const Mention &m);
    // Goes on to the least certain mention not checked yet; leaves when none is left.
    void next();
    // The article was tagged again: its mentions are new, the spans checked still hold.
    void restart();
    // The status bar's line while a mention is under review; empty otherwise.
    QString statusText() const;

Q_SIGNALS:
    // The mention under review changed, or review mode ended.
    void statusChanged();
    void statusMessage(const QString &text, int timeout);

private:
    void accept();

    AnnotationController *m_annotations;
    ArticleView *m_view;
    AnalysisPtr m_current;
    bool m_active = false;
    QSet<std::pair<qsizetype, qsizetype>> m_reviewed; // spans accepted, rejected or retyped
    int m_mention = -1;
    QAction *m_reviewAction = nullptr;
    QAction *m_acceptAction = nullptr;
    QAction *m_leaveAction = nullptr;
};

} // namespace dramatis
