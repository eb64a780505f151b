#include "formats/foldercollector.h"

#include "formats/articleloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace dramatis {

namespace {

struct Walk
{
    FolderCollector::Result &result;
    int cap;
    QSet<QString> seenFolders; // canonical paths: a symlink loop comes back to one of these
    QSet<QString> seenFiles;

    void addFile(const QFileInfo &info)
    {
        const QString canonical = info.canonicalFilePath();
        if (canonical.isEmpty() || seenFiles.contains(canonical))
            return;
        seenFiles.insert(canonical);
        if (result.files.size() >= cap)
            result.capped = true;
        else
            result.files << info.absoluteFilePath();
    }

    void walk(const QString &folder)
    {
        const QString canonical = QFileInfo(folder).canonicalFilePath();
        if (canonical.isEmpty() || seenFolders.contains(canonical))
            return;
        seenFolders.insert(canonical);
        // No QDir::Hidden: dot files and dot folders (.git, .cache) are not articles.
        const QFileInfoList entries = QDir(folder).entryInfoList(
            QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable, QDir::Name | QDir::DirsLast);
        for (const QFileInfo &entry : entries) {
            if (result.capped)
                return;
            if (entry.isDir())
                walk(entry.absoluteFilePath());
            else if (ArticleLoader::isSupportedFile(entry.absoluteFilePath()))
                addFile(entry);
            else
                ++result.skippedInFolders;
        }
    }
};

} // namespace

FolderCollector::Result FolderCollector::collect(const QStringList &paths, int cap)
{
    Result result;
    Walk walk {result, cap, {}, {}};
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            walk.walk(info.absoluteFilePath());
        } else if (info.isFile() && !ArticleLoader::isSupportedFile(path)) {
            result.refused << QCoreApplication::translate(
                "dramatis::FolderCollector", "%1: not an article Dramatis can open")
                                  .arg(info.fileName());
        } else if (info.isFile()) {
            walk.addFile(info);
        } else {
            // Missing files go to the loader, which knows how to say what is wrong with them.
            result.files << path;
        }
    }
    return result;
}

} // namespace dramatis
