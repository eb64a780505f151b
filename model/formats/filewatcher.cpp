#include "formats/filewatcher.h"

#include <QFileInfo>

namespace dramatis {

FileWatcher::FileWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(400);
    connect(&m_timer, &QTimer::timeout, this, &FileWatcher::report);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &FileWatcher::onFileChanged);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &FileWatcher::onDirectoryChanged);
}

FileWatcher::Signature FileWatcher::signatureOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return {true, info.isReadable(), info.size(), info.lastModified()};
}

void FileWatcher::watch(const QString &path)
{
    if (path.isEmpty() || m_files.contains(path))
        return;
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    const QString directory = info.absolutePath();
    m_files.insert(path, Entry {directory, signatureOf(absolute)});
    m_byWatched.insert(absolute, path);
    if (m_directories[directory]++ == 0)
        m_watcher.addPath(directory);
    rewatch(path);
}

void FileWatcher::unwatch(const QString &path)
{
    const auto it = m_files.constFind(path);
    if (it == m_files.cend())
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString directory = it->directory;
    const bool watched = it->watched;
    m_files.erase(it);
    m_byWatched.remove(absolute);
    m_pending.remove(path);
    if (watched && m_watcher.files().contains(absolute))
        m_watcher.removePath(absolute);
    if (--m_directories[directory] <= 0) {
        m_directories.remove(directory);
        m_watcher.removePath(directory);
    }
}

void FileWatcher::rewatch(const QString &path)
{
    const auto it = m_files.find(path);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (it != m_files.end() && !it->watched && QFileInfo::exists(absolute))
        it->watched = m_watcher.addPath(absolute);
}

void FileWatcher::onFileChanged(const QString &watched)
{
    const QString path = m_byWatched.value(watched);
    const auto it = m_files.find(path);
    if (it == m_files.end())
        return;
    // Deleted or replaced (a rename over it): the watch went with the old file; it is renewed once the
    // writes settle. Asked here only, on an event of the file itself: the list is long with many articles.
    it->watched = m_watcher.files().contains(watched);
    schedule(path, true);
}

void FileWatcher::onDirectoryChanged(const QString &directory)
{
    // Something in the folder changed: a new file renamed over a watched one, a watched one deleted or put
    // back, or just another file. Only the first three matter.
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        if (it->directory != directory)
            continue;
        const Signature now = signatureOf(QFileInfo(it.key()).absoluteFilePath());
        if (now != it->seen || (now.exists && !it->watched))
            schedule(it.key(), false);
    }
}

void FileWatcher::schedule(const QString &path, bool written)
{
    m_pending[path] |= written;
    m_timer.start(); // each event restarts the wait: a burst of writes is reported once, when it ends
}

void FileWatcher::report()
{
    const QHash<QString, bool> pending = std::exchange(m_pending, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        const auto entry = m_files.find(it.key());
        if (entry == m_files.end())
            continue; // no longer watched
        const Signature now = signatureOf(QFileInfo(it.key()).absoluteFilePath());
        rewatch(it.key());
        const Signature before = std::exchange(entry->seen, now);
        if (!now.exists) {
            if (before.exists)
                Q_EMIT removed(it.key());
        } else if (it.value() || now != before) {
            Q_EMIT changed(it.key());
        }
    }
}

} // namespace dramatis
