#pragma once

#include "annotations/annotation.h"

#include <QPointer>
#include <QUndoCommand>

namespace dramatis {

class AnnotationModel;

// Changes a note's text or a highlight's category; undo puts the old ones back. Consecutive edits of the
// same note merge into one undo step, so typing in the notes panel is undone as a whole.
class EditAnnotationCommand final : public QUndoCommand
{
public:
    EditAnnotationCommand(AnnotationModel *model, const Annotation &before, const Annotation &after,
        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return 0x4e6f7465; } // "Note"
    bool mergeWith(const QUndoCommand *other) override;

private:
    QPointer<AnnotationModel> m_model;
    Annotation m_before;
    Annotation m_after;
};

} // namespace dramatis
