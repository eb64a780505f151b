#include "commands/addannotationcommand.h"

#include "itemmodels/annotationmodel.h"

#include <QCoreApplication>

namespace dramatis {

AddAnnotationCommand::AddAnnotationCommand(
    AnnotationModel *model, const Annotation &annotation, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_annotation(annotation)
{
    setText(annotation.kind == Annotation::Highlight
            ? QCoreApplication::translate("AddAnnotationCommand", "Highlight “%1”")
                  .arg(annotation.anchor.exact)
            : QCoreApplication::translate("AddAnnotationCommand", "Add note on “%1”")
                  .arg(annotation.anchor.exact));
}

void AddAnnotationCommand::redo()
{
    if (!m_model)
        return;
    if (m_annotation.id == 0) {
        const qint64 id = m_model->addAnnotation(m_annotation);
        if (id == 0) {
            setObsolete(true);
            return;
        }
        if (const auto stored = m_model->annotation(id))
            m_annotation = *stored;
        else
            m_annotation.id = id;
        return;
    }
    m_model->restoreAnnotation(m_annotation);
}

void AddAnnotationCommand::undo()
{
    if (m_model && m_annotation.id > 0)
        m_model->removeAnnotation(m_annotation.id);
}

} // namespace dramatis
