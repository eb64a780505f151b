#include "commands/articletagcommand.h"

#include "itemmodels/annotationmodel.h"

#include <QCoreApplication>

namespace dramatis {

ArticleTagCommand::ArticleTagCommand(
    AnnotationModel *model, Action action, const QString &tag, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_action(action)
    , m_tag(tag.trimmed())
{
    setText(action == Add ? QCoreApplication::translate("ArticleTagCommand", "Tag “%1”").arg(m_tag)
                          : QCoreApplication::translate("ArticleTagCommand", "Remove tag “%1”").arg(m_tag));
}

bool ArticleTagCommand::apply(bool add)
{
    if (!m_model)
        return false;
    return add ? m_model->addTag(m_tag) : m_model->removeTag(m_tag);
}

void ArticleTagCommand::redo()
{
    // Adding a tag the article already has (or removing one it lacks) changes nothing: nothing to undo.
    if (!apply(m_action == Add))
        setObsolete(true);
}

void ArticleTagCommand::undo()
{
    apply(m_action != Add);
}

} // namespace dramatis
