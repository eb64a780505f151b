#include "commands/editannotationcommand.h"

#include "itemmodels/annotationmodel.h"

#include <QCoreApplication>

namespace dramatis {

EditAnnotationCommand::EditAnnotationCommand(
    AnnotationModel *model, const Annotation &before, const Annotation &after, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_before(before)
    , m_after(after)
{
    setText(
        QCoreApplication::translate("EditAnnotationCommand", "Edit note on “%1”").arg(before.anchor.exact));
}

void EditAnnotationCommand::redo()
{
    if (m_model && !m_model->updateAnnotation(m_after))
        setObsolete(true);
}

void EditAnnotationCommand::undo()
{
    if (m_model)
        m_model->updateAnnotation(m_before);
}

bool EditAnnotationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const EditAnnotationCommand *>(other);
    if (edit->m_model != m_model || edit->m_after.id != m_after.id)
        return false;
    m_after = edit->m_after;
    return true;
}

} // namespace dramatis
