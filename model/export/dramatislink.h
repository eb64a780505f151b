#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace dramatis {

// A `dramatis://open?file=…&start=…&end=…` link: the place in an article a summary quotes, with start and
// end in code points (as in every export). Links arrive from other programs (a browser, a notes app), so
// parse() trusts nothing: the scheme, the `open` verb, an absolute path to a file that exists, and two
// non-negative offsets in order; the offsets are checked against the text once it is loaded (toUtf16()).
struct DramatisLink
{
    QString file; // absolute, clean path
    qsizetype start = 0; // code points, end exclusive
    qsizetype end = 0;

    // The URL for `file` at [start, end). Summaries quote it; parse() reads it back.
    static QString build(const QString &file, qsizetype start, qsizetype end);
    // nullopt, with a one-line reason in `error`, when the link is malformed or its file does not exist.
    static std::optional<DramatisLink> parse(const QString &url, QString *error);
    // The span as UTF-16 offsets into `text`, or nullopt (reason in `error`) when it lies outside the text.
    std::optional<std::pair<qsizetype, qsizetype>> toUtf16(const QString &text, QString *error) const;
};

} // namespace dramatis
