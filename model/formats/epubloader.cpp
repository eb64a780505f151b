#include "formats/epubloader.h"

#include "formats/htmlloader.h"
#include "formats/xmlpartwalker.h"
#include "formats/ziparchive.h"

namespace dramatis {

namespace {

// META-INF/container.xml: the first rootfile is the package document.
QString packagePath(const ZipArchive &zip, QString *xmlError)
{
    const auto container = zip.entries.constFind(QStringLiteral("META-INF/container.xml"));
    if (container == zip.entries.cend())
        return {};
    QString path;
    XmlPartWalker xml(*container);
    const bool ok
        = xml.walk({.start =
                        [&](QXmlStreamReader &reader) {
                            if (reader.name() != u"rootfile")
                                return;
                            path = reader.attributes().value(QLatin1StringView("full-path")).toString();
                            xml.stop();
                        },
            .end = {},
            .text = {}});
    if (!ok)
        *xmlError = xml.errorString();
    return path;
}

struct Package
{
    QString title;
    QString author;
    QString publisher;
    QString date;
    QStringList chapters; // archive paths, in spine order
    QString error;
};

Package readPackage(const ZipArchive &zip, const QString &path)
{
    Package p;
    QHash<QString, QString> manifest; // id → archive path
    QStringList spine; // ids
    XmlPartWalker xml(zip.entries.value(path));
    bool inMetadata = false;
    const auto start = [&](QXmlStreamReader &reader) {
        const QStringView n = reader.name();
        const QXmlStreamAttributes at = reader.attributes();
        if (n == u"metadata") {
            inMetadata = true;
        } else if (inMetadata && (n == u"title" || n == u"creator" || n == u"publisher" || n == u"date")) {
            QString *field = n == u"title" ? &p.title
                : n == u"creator"          ? &p.author
                : n == u"publisher"        ? &p.publisher
                                           : &p.date;
            const bool creator = n == u"creator";
            const QString value = reader.readElementText(QXmlStreamReader::SkipChildElements).simplified();
            if (field->isEmpty())
                *field = value;
            else if (creator && !value.isEmpty())
                *field += QStringLiteral(", ") + value;
        } else if (n == u"item") {
            const QString resolved
                = ZipArchive::resolve(path, at.value(QLatin1StringView("href")).toString());
            const QStringView type = at.value(QLatin1StringView("media-type"));
            if (!resolved.isEmpty() && (type.contains(u"html") || type.isEmpty())
                && !at.value(QLatin1StringView("properties")).contains(u"nav"))
                manifest.insert(at.value(QLatin1StringView("id")).toString(), resolved);
        } else if (n == u"itemref") {
            spine << at.value(QLatin1StringView("idref")).toString();
        }
    };
    const auto end = [&](QStringView n) {
        if (n == u"metadata")
            inMetadata = false;
    };
    if (!xml.walk({start, end, {}}))
        p.error = QStringLiteral("%1, line %2").arg(xml.errorString()).arg(xml.lineNumber());
    for (const QString &id : std::as_const(spine)) {
        const QString chapter = manifest.value(id);
        if (!chapter.isEmpty() && !p.chapters.contains(chapter))
            p.chapters << chapter;
    }
    return p;
}

} // namespace

bool EpubLoader::recognises(QByteArrayView head) const
{
    return ZipArchive::hasMimetype(head, "application/epub+zip");
}

LoadResult EpubLoader::read(const ZipArchive &zip, const QString &name) const
{
    QString xmlError;
    const QString opf = packagePath(zip, &xmlError);
    if (opf.isEmpty() || !zip.entries.contains(opf))
        return missingPart(zip, name,
            xmlError.isEmpty() ? tr("%1: not an e-book (no package document found)").arg(name)
                               : tr("%1: the e-book's container.xml is malformed (%2)").arg(name, xmlError));
    const Package package = readPackage(zip, opf);
    if (!package.error.isEmpty())
        return failure(LoadError::Malformed,
            tr("%1: the e-book's package document is malformed (%2)").arg(name, package.error));

    QStringList texts;
    for (const QString &chapter : package.chapters) {
        const auto it = zip.entries.constFind(chapter);
        if (it == zip.entries.cend())
            continue; // lost to a damaged archive: the rest still reads
        const LoadResult r = HtmlLoader::read(*it, name, {}, HtmlLoader::Content::WholeBody);
        if (r.ok() && !r.article.text.trimmed().isEmpty())
            texts << r.article.text;
    }
    if (texts.isEmpty() && zip.status != ZipArchive::Status::Ok)
        return failure(LoadError::Malformed, zip.problem(name));

    return finishDocument(texts, name, package.title, package.author, package.date, package.publisher);
}

} // namespace dramatis
