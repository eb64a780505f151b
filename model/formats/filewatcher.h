#pragma once

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace dramatis {

// Watches the files of the open articles and says, once a burst of writes has settled, which changed, went
// away or came back. Editors often save by writing a new file and renaming it over the old one, which ends a
// plain watch on the path (inotify follows the old inode): so the folder of every file is watched too, and a
// file that reappears in it is watched again. Paths are kept as given (the article's file path).
class FileWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit FileWatcher(QObject *parent = nullptr);

    // How long a file must stay quiet before it is reported (default 400 ms): a save is often several writes.
    void setDelay(int ms) { m_timer.setInterval(ms); }
    int delay() const { return m_timer.interval(); }

    // Watches `path` as it is now; a second call for the same path does nothing.
    void watch(const QString &path);
    void unwatch(const QString &path);
    QStringList paths() const { return m_files.keys(); }
    bool isWatching(const QString &path) const { return m_files.contains(path); }

Q_SIGNALS:
    // The file is there and was written (or replaced, or came back after being gone, or its permissions
    // changed): read it again.
    void changed(const QString &path);
    // The file is gone (deleted or renamed away). Reported once; changed() follows if it comes back.
    void removed(const QString &path);

private:
    // What a file looks like on disk, to tell a write from the noise of its folder's other files.
    struct Signature
    {
        bool exists = false;
        bool readable = false;
        qint64 size = -1;
        QDateTime modified;
        friend bool operator==(const Signature &, const Signature &) = default;
    };
    struct Entry
    {
        QString directory;
        Signature seen; // as last reported (or as it was when the watch began)
        bool watched = false; // the file itself is in m_watcher (a deletion or replacement ends that)
    };
    static Signature signatureOf(const QString &path);

    void onFileChanged(const QString &path);
    void onDirectoryChanged(const QString &directory);
    void schedule(const QString &path, bool written);
    void report();
    void rewatch(const QString &path);

    QFileSystemWatcher m_watcher;
    QHash<QString, Entry> m_files; // by the path as given
    QHash<QString, QString> m_byWatched; // absolute path -> path as given
    QHash<QString, int> m_directories; // absolute folder -> files watched in it
    QHash<QString, bool> m_pending; // path -> written (an event on the file itself, not only its folder)
    QTimer m_timer;
};

} // namespace dramatis
