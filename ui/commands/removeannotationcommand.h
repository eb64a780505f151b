#pragma once

#include "annotations/annotation.h"

#include <QPointer>
#include <QUndoCommand>

namespace dramatis {

class AnnotationModel;

// Deletes a note or highlight; undo restores it, id, text and times unchanged.
class RemoveAnnotationCommand final : public QUndoCommand
{
public:
    RemoveAnnotationCommand(
        AnnotationModel *model, const Annotation &annotation, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<AnnotationModel> m_model;
    Annotation m_annotation;
};

} // namespace dramatis
