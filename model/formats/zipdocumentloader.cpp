#include "formats/zipdocumentloader.h"

#include "formats/ziparchive.h"

namespace dramatis {

LoadResult ZipDocumentLoader::load(const QByteArray &bytes, const QString &name) const
{
    const ZipArchive zip = ZipArchive::read(bytes);
    if (zip.status == ZipArchive::Status::TooLarge)
        return failure(LoadError::TooLarge, zip.problem(name));
    return read(zip, name);
}

LoadResult ZipDocumentLoader::missingPart(
    const ZipArchive &zip, const QString &name, const QString &notThisFormat)
{
    return failure(
        LoadError::Malformed, zip.status != ZipArchive::Status::Ok ? zip.problem(name) : notThisFormat);
}

LoadResult ZipDocumentLoader::finishDocument(const QStringList &paragraphs, const QString &name,
    const QString &title, const QString &author, const QString &date, const QString &source) const
{
    Article a;
    a.text = paragraphs.join(QStringLiteral("\n\n"));
    a.format = format();
    a.title = title;
    a.author = author;
    a.source = source;
    a.date = parseDate(date);
    return finish(std::move(a), name);
}

} // namespace dramatis
