#include "commands/addlexiconrulecommand.h"

#include "annotations/annotationstore.h"

namespace dramatis {

AddLexiconRuleCommand::AddLexiconRuleCommand(
    AnnotationStore *store, const LexiconRule &rule, QUndoCommand *parent)
    : QUndoCommand(rule.describe(), parent)
    , m_store(store)
    , m_rule(rule)
{
}

void AddLexiconRuleCommand::redo()
{
    if (!m_store)
        return;
    if (m_rule.id == 0) {
        if (m_store->addRule(m_rule) == 0)
            setObsolete(true);
        return;
    }
    m_store->restoreRule(m_rule);
}

void AddLexiconRuleCommand::undo()
{
    if (m_store && m_rule.id > 0)
        m_store->removeRule(m_rule.id);
}

} // namespace dramatis
