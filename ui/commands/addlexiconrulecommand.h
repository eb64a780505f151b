#pragma once

#include "lexicon/analystlexicon.h"

#include <QPointer>
#include <QUndoCommand>

namespace dramatis {

class AnnotationStore;

// One correction of the tagger (mark as a type, reject, retype, merge, split an alias, rename), stored as a
// lexicon rule. The store announces lexiconChanged(), on which the GUI re-tags the article; undo deletes
// the rule, redo restores it with its id.
class AddLexiconRuleCommand final : public QUndoCommand
{
public:
    AddLexiconRuleCommand(AnnotationStore *store, const LexiconRule &rule, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    qint64 ruleId() const { return m_rule.id; }

private:
    QPointer<AnnotationStore> m_store;
    LexiconRule m_rule;
};

} // namespace dramatis
