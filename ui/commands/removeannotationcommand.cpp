#include "commands/removeannotationcommand.h"

#include "itemmodels/annotationmodel.h"

#include <QCoreApplication>

namespace dramatis {

RemoveAnnotationCommand::RemoveAnnotationCommand(
    AnnotationModel *model, const Annotation &annotation, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_annotation(annotation)
{
    setText(QCoreApplication::translate("RemoveAnnotationCommand", "Delete note on “%1”")
                .arg(annotation.anchor.exact));
}

void RemoveAnnotationCommand::redo()
{
    if (m_model && !m_model->removeAnnotation(m_annotation.id))
        setObsolete(true);
}

void RemoveAnnotationCommand::undo()
{
    if (m_model)
        m_model->restoreAnnotation(m_annotation);
}

} // namespace dramatis
