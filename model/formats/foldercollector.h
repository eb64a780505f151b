#pragma once

#include <QStringList>

namespace dramatis {

// Turns what the analyst dropped or chose (files and folders) into the list of article files to open:
// folders are walked recursively for the types ArticleLoader reads, hidden entries are left out, and a
// folder reached twice (a symlink loop, or two links to one folder) is walked once. A cap keeps a drop of
// a home folder from queueing a hundred thousand files: the walk stops there.
class FolderCollector final
{
public:
    static constexpr int DefaultCap = 5000;

    struct Result
    {
        QStringList files; // absolute paths, in a stable order (folders sorted by name)
        QStringList refused; // one line each: files named directly that are not articles
        int skippedInFolders = 0; // files inside folders of other kinds, silently left
        bool capped = false; // the cap was reached: there may be more files than `files`
    };

    static Result collect(const QStringList &paths, int cap = DefaultCap);
};

} // namespace dramatis
