#pragma once

#include "lexicon/analystlexicon.h"

#include <QDialog>

class QPushButton;
class QTableView;

namespace dramatis {

class AnalystLexiconModel;
class AnnotationStore;

// Tools → Lexicon…: every correction the analyst has taught the tagger, what it says, where it holds,
// the article and words it came from. Not modal: rules can be looked up while reading. Deleting asks the
// window (removeRequested), which deletes through undo commands, so a deletion can be undone like any edit.
class LexiconDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit LexiconDialog(AnnotationStore *store, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void removeRequested(const QList<dramatis::LexiconRule> &rules);

private:
    void removeSelected();
    void updateButtons();

    AnalystLexiconModel *m_model;
    QTableView *m_view;
    QPushButton *m_remove;
};

} // namespace dramatis
