#pragma once

#include <QDate>
#include <QString>

namespace dramatis {

// One loaded article: the readable text and the metadata found around it. Every offset elsewhere in the
// model (tokens, mentions, annotations) is a UTF-16 index into `text`; the CLI converts to code points.
struct Article
{
    QString text;
    QString title;
    QDate date; // invalid when unknown
    QString source;
    QString author;
    QString format; // "text", "markdown", ...
    QString filePath;
    QString encoding; // the charset the bytes were decoded from
};

} // namespace dramatis
