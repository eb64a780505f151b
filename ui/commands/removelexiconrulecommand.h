#pragma once

#include "lexicon/analystlexicon.h"

#include <QPointer>
#include <QUndoCommand>

namespace dramatis {

class AnnotationStore;

// Deletes a lexicon rule (from the Lexicon dialog); undo restores it with its id and origin.
class RemoveLexiconRuleCommand final : public QUndoCommand
{
public:
    RemoveLexiconRuleCommand(AnnotationStore *store, const LexiconRule &rule, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<AnnotationStore> m_store;
    LexiconRule m_rule;
};

} // namespace dramatis
