#include "export/dramatislink.h"

#include "core/codepointmap.h"
#include "export/jsonexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrlQuery>

namespace dramatis {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("dramatis::DramatisLink", s);
}

std::optional<qsizetype> offset(const QUrlQuery &query, const QString &key)
{
    if (!query.hasQueryItem(key))
        return std::nullopt;
    bool ok = false;
    const qlonglong value = query.queryItemValue(key, QUrl::FullyDecoded).toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return qsizetype(value);
}

} // namespace

QString DramatisLink::build(const QString &file, qsizetype start, qsizetype end)
{
    QUrl url;
    url.setScheme(QStringLiteral("dramatis"));
    url.setHost(QStringLiteral("open"));
    QUrlQuery query;
    // The path is percent-encoded whole ('/' too), so the value survives any tool that re-encodes the URL.
    query.addQueryItem(QStringLiteral("file"), QString::fromLatin1(QUrl::toPercentEncoding(file)));
    query.addQueryItem(QStringLiteral("start"), QString::number(start));
    query.addQueryItem(QStringLiteral("end"), QString::number(end));
    url.setQuery(query);
    // "dramatis://open?file=...": no path, so the host carries the verb.
    return url.toString(QUrl::FullyEncoded);
}

std::optional<DramatisLink> DramatisLink::parse(const QString &text, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<DramatisLink> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QUrl url(text.trimmed());
    if (!url.isValid() || url.scheme().compare(u"dramatis", Qt::CaseInsensitive) != 0)
        return fail(tr("Not a Dramatis link (it must start with dramatis://): %1").arg(text.left(200)));
    if (url.host().compare(u"open", Qt::CaseInsensitive) != 0
        || (!url.path().isEmpty() && url.path() != u"/"))
        return fail(
            tr("Dramatis links can only open a file (dramatis://open?file=…): %1").arg(text.left(200)));
    const QUrlQuery query(url);
    const QString file = query.queryItemValue(QStringLiteral("file"), QUrl::FullyDecoded);
    if (file.isEmpty())
        return fail(tr("The link names no file: %1").arg(text.left(200)));
    if (!QDir::isAbsolutePath(file) || file.startsWith(u':'))
        return fail(tr("The link's file is not a full path: %1").arg(file));
    const auto start = offset(query, QStringLiteral("start"));
    const auto end = offset(query, QStringLiteral("end"));
    if (!start || !end)
        return fail(
            tr("The link needs a start and an end (whole numbers, 0 or more): %1").arg(text.left(200)));
    if (*start > *end)
        return fail(tr("The link's start (%1) is after its end (%2)").arg(*start).arg(*end));
    const QFileInfo info(file);
    if (!info.exists())
        return fail(tr("%1: the linked file does not exist").arg(file));
    if (!info.isFile())
        return fail(tr("%1: the link names a folder, not an article file").arg(file));
    return DramatisLink {QDir::cleanPath(info.absoluteFilePath()), *start, *end};
}

std::optional<std::pair<qsizetype, qsizetype>> DramatisLink::toUtf16(
    const QString &text, QString *error) const
{
    const CodePointMap map(text);
    const qsizetype length = map.toCodePoints(text.size());
    if (end > length) {
        if (error) {
            *error = tr(
                "%1: the link's span %2–%3 lies outside the article (%4 characters); has the file changed?")
                         .arg(QFileInfo(file).fileName())
                         .arg(start)
                         .arg(end)
                         .arg(length);
        }
        return std::nullopt;
    }
    return std::pair {map.toUtf16(start), map.toUtf16(end)};
}

} // namespace dramatis
