#include "commands/removelexiconrulecommand.h"

#include "annotations/annotationstore.h"

#include <QCoreApplication>

namespace dramatis {

RemoveLexiconRuleCommand::RemoveLexiconRuleCommand(
    AnnotationStore *store, const LexiconRule &rule, QUndoCommand *parent)
    : QUndoCommand(
        QCoreApplication::translate("RemoveLexiconRuleCommand", "Forget: %1").arg(rule.describe()), parent)
    , m_store(store)
    , m_rule(rule)
{
}

void RemoveLexiconRuleCommand::redo()
{
    if (m_store && !m_store->removeRule(m_rule.id))
        setObsolete(true);
}

void RemoveLexiconRuleCommand::undo()
{
    if (m_store)
        m_store->restoreRule(m_rule);
}

} // namespace dramatis
