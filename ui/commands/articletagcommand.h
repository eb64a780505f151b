#pragma once

#include <QPointer>
#include <QUndoCommand>

namespace dramatis {

class AnnotationModel;

// Adds a tag to the article shown, or removes one; undo does the opposite.
class ArticleTagCommand final : public QUndoCommand
{
public:
    enum Action { Add, Remove };
    ArticleTagCommand(
        AnnotationModel *model, Action action, const QString &tag, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    bool apply(bool add);

    QPointer<AnnotationModel> m_model;
    Action m_action;
    QString m_tag;
};

} // namespace dramatis
