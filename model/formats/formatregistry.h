#pragma once

#include "formats/formatloader.h"

#include <QList>
#include <QStringList>

namespace dramatis {

// Every format Dramatis reads, in the order ArticleLoader asks them: the one list that says which file
// suffixes and MIME types are articles, for the loader, the folder collector, the Open dialog, drops and
// the desktop file alike. Plain text comes last, and also reads whatever no other format claims.
class FormatRegistry final
{
public:
    // Surest first where two could claim the same bytes (a saved page is a MIME message too, so MHTML
    // asks before e-mail; a Markdown file without a suffix is recognised only once HTML has declined).
    static const QList<const FormatLoader *> &loaders();
    // The first loader whose match() is `how`, or null.
    static const FormatLoader *find(QByteArrayView head, const QString &suffix, FormatLoader::Match how);
    // What reads a file no format recognises: plain text.
    static const FormatLoader &fallback();

    // Every loader's suffixes (lower case, no dots) and MIME types, in loader order, without repeats.
    static QStringList suffixes();
    static QStringList mimeTypes();
};

} // namespace dramatis
