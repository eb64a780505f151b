#include "articleloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace dramatis {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("dramatis::ArticleLoader", s);
}

LoadResult failure(LoadError::Kind kind, const QString &message)
{
    LoadResult r;
    r.error = LoadError{kind, message};
    return r;
}

} // namespace

bool ArticleLoader::isSupportedFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"txt" || suffix == u"text" || suffix == u"md" || suffix == u"markdown";
}

LoadResult ArticleLoader::load(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    if (!info.exists())
        return failure(LoadError::NotFound, tr("%1: no such file").arg(path));
    if (info.isDir())
        return failure(LoadError::NotAFile, tr("%1: is a folder, not an article file").arg(path));
    if (info.size() > MaxFileSize)
        return failure(LoadError::TooLarge, tr("%1: too large (%2 MB; the limit is %3 MB)")
                                                .arg(path)
                                                .arg(info.size() / (1024 * 1024))
                                                .arg(MaxFileSize / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(LoadError::Unreadable, tr("%1: cannot be read (%2)").arg(path, file.errorString()));
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (bytes.size() > MaxFileSize)
        return failure(LoadError::TooLarge, tr("%1: too large").arg(path));
    LoadResult r = loadBytes(bytes, path);
    if (r.ok())
        r.article.filePath = info.absoluteFilePath();
    return r;
}

LoadResult ArticleLoader::loadBytes(const QByteArray &bytes, const QString &name)
{
    if (bytes.isEmpty())
        return failure(LoadError::Empty, tr("%1: the file is empty").arg(name));
    LoadResult r;
    r.article.text = QString::fromUtf8(bytes);
    r.article.encoding = QStringLiteral("UTF-8");
    const QString suffix = QFileInfo(name).suffix().toLower();
    r.article.format = (suffix == u"md" || suffix == u"markdown") ? QStringLiteral("markdown") : QStringLiteral("text");
    r.article.filePath = name;
    return r;
}

} // namespace dramatis
