#pragma once

#include "annotations/annotation.h"

#include <QPointer>
#include <QUndoCommand>

namespace dramatis {

class AnnotationModel;

// Adds a note or highlight (Ctrl+M, Ctrl+H). Undo deletes it from the database; redo puts it back with
// the same id, so later commands that name it stay valid. A first redo that the store refuses marks the
// command obsolete, and QUndoStack::push() drops it.
class AddAnnotationCommand final : public QUndoCommand
{
public:
    AddAnnotationCommand(
        AnnotationModel *model, const Annotation &annotation, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    qint64 annotationId() const { return m_annotation.id; }

private:
    QPointer<AnnotationModel> m_model;
    Annotation m_annotation;
};

} // namespace dramatis
