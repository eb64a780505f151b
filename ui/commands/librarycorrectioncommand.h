#pragma once

#include <QList>
#include <QString>
#include <QUndoCommand>

namespace dramatis {

class LibraryStore;

// A correction of the library's entities from the Library panel: a rename, a merge or a split. Each is
// written to the store at once; undo calls the store's inverse with what the entity rows held before,
// read when the command is made, so undo and redo change the database too.
//
// LibraryStore is no QObject and cannot be watched: the store must outlive the command (the Library panel
// owns both, and its undo stack is cleared when it opens another database).
class LibraryCorrectionCommand final : public QUndoCommand
{
public:
    enum Kind { Rename, Merge, Split };

    // The caller pushes the command; the undo stack owns it.
    static LibraryCorrectionCommand *rename(LibraryStore *store, qint64 entityId, const QString &name);
    static LibraryCorrectionCommand *merge(LibraryStore *store, qint64 from, qint64 into);
    static LibraryCorrectionCommand *split(LibraryStore *store, qint64 entityId);

    Kind kind() const { return m_kind; }
    // The entity renamed, merged into another, or split.
    qint64 entityId() const { return m_entityId; }

    void redo() override;
    void undo() override;

private:
    LibraryCorrectionCommand(Kind kind, LibraryStore *store, qint64 entityId);

    Kind m_kind;
    LibraryStore *m_store;
    qint64 m_entityId;
    qint64 m_into = 0; // Merge: the entity merged into
    QString m_name; // Rename: the new name
    // Before the first redo.
    QString m_formerName;
    bool m_wasRenamed = false;
    qint64 m_formerRoot = 0; // the entity it was shown as (itself when not merged)
    QList<qint64> m_members; // the entities merged into it (a merge's followers, a split's members)
};

} // namespace dramatis
