#include "commands/librarycorrectioncommand.h"

#include "library/librarystore.h"

#include <QCoreApplication>

namespace dramatis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LibraryCorrectionCommand", text);
}

} // namespace

LibraryCorrectionCommand::LibraryCorrectionCommand(Kind kind, LibraryStore *store, qint64 entityId)
    : m_kind(kind)
    , m_store(store)
    , m_entityId(entityId)
{
    if (const std::optional<LibraryEntity> e = store->entity(entityId)) {
        m_formerName = e->name;
        m_wasRenamed = e->renamed;
    }
    m_formerRoot = store->rootOf(entityId);
    for (const LibraryEntity &member : store->mergedInto(entityId))
        m_members.append(member.id);
}

LibraryCorrectionCommand *LibraryCorrectionCommand::rename(
    LibraryStore *store, qint64 entityId, const QString &name)
{
    auto *command = new LibraryCorrectionCommand(Rename, store, entityId);
    command->m_name = name;
    command->setText(tr("Rename “%1” to “%2”").arg(command->m_formerName, name.simplified()));
    return command;
}

LibraryCorrectionCommand *LibraryCorrectionCommand::merge(LibraryStore *store, qint64 from, qint64 into)
{
    auto *command = new LibraryCorrectionCommand(Merge, store, from);
    command->m_into = into;
    const std::optional<LibraryEntity> target = store->entity(into);
    command->setText(
        tr("Merge “%1” into “%2”").arg(command->m_formerName, target ? target->name : QString()));
    return command;
}

LibraryCorrectionCommand *LibraryCorrectionCommand::split(LibraryStore *store, qint64 entityId)
{
    auto *command = new LibraryCorrectionCommand(Split, store, entityId);
    command->setText(tr("Split the names merged into “%1”").arg(command->m_formerName));
    return command;
}

void LibraryCorrectionCommand::redo()
{
    bool done = false;
    switch (m_kind) {
    case Rename:
        done = m_store->renameEntity(m_entityId, m_name);
        break;
    case Merge:
        done = m_store->mergeEntities(m_entityId, m_into);
        break;
    case Split:
        done = m_store->splitEntity(m_entityId);
        break;
    }
    // A correction the store refused is no step to undo (the first redo runs inside QUndoStack::push).
    if (!done)
        setObsolete(true);
}

void LibraryCorrectionCommand::undo()
{
    switch (m_kind) {
    case Rename:
        m_store->unrenameEntity(m_entityId, m_formerName, m_wasRenamed);
        break;
    case Merge:
        m_store->unmergeEntities(m_entityId, m_formerRoot, m_members);
        break;
    case Split:
        m_store->unsplitEntity(m_entityId, m_members);
        break;
    }
}

} // namespace dramatis
