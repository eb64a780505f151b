#include "docxloader.h"

#include "ziparchive.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace dramatis {

namespace {

// The main document part: [Content_Types].xml names it; "word/document.xml" by default.
QString mainPart(const ZipArchive &zip)
{
    QXmlStreamReader xml(zip.entries.value(QStringLiteral("[Content_Types].xml")));
    ZipArchive::guard(xml);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::DTD)
            ZipArchive::refuseEntities(xml);
        if (xml.isStartElement() && xml.name() == u"Override"
            && xml.attributes()
                   .value(QLatin1StringView("ContentType"))
                   .contains(u"wordprocessingml.document.main+xml")) {
            QString part = xml.attributes().value(QLatin1StringView("PartName")).toString();
            while (part.startsWith(u'/'))
                part.remove(0, 1);
            if (zip.entries.contains(part))
                return part;
        }
    }
    return QStringLiteral("word/document.xml");
}

} // namespace

FormatLoader::Match DocxLoader::match(QByteArrayView head, const QString &suffix) const
{
    if (head.startsWith("PK\x03\x04") && head.indexOf("word/") >= 0)
        return Match::ByContent;
    return suffix == u"docx" || suffix == u"docm" ? Match::ByName : Match::No;
}

LoadResult DocxLoader::load(const QByteArray &bytes, const QString &name) const
{
    const ZipArchive zip = ZipArchive::read(bytes);
    if (zip.status == ZipArchive::Status::TooLarge)
        return failure(LoadError::TooLarge, zip.problem(name));
    const QString part = mainPart(zip);
    if (!zip.entries.contains(part)) {
        if (zip.status != ZipArchive::Status::Ok)
            return failure(LoadError::Malformed, zip.problem(name));
        return failure(LoadError::Malformed, tr("%1: not a Word document (it has no %2)").arg(name, part));
    }

    QXmlStreamReader xml(zip.entries.value(part));
    ZipArchive::guard(xml);
    QStringList paragraphs;
    QString current;
    int skipDepth = 0; // inside deleted text, field codes or a text box's fallback copy
    bool inText = false;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            ZipArchive::refuseEntities(xml);
            break;
        case QXmlStreamReader::StartElement: {
            const QStringView n = xml.name();
            if (skipDepth > 0) {
                ++skipDepth;
            } else if (n == u"del" || n == u"delText" || n == u"instrText" || n == u"Fallback"
                || n == u"moveFrom" || n == u"footnoteReference" || n == u"commentReference") {
                skipDepth = 1;
            } else if (n == u"t") {
                inText = true;
            } else if (n == u"tab") {
                current += u'\t';
            } else if (n == u"br" || n == u"cr") {
                current += u'\n';
            } else if (n == u"noBreakHyphen") {
                current += u'-';
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            if (skipDepth > 0) {
                --skipDepth;
            } else if (xml.name() == u"t") {
                inText = false;
            } else if (xml.name() == u"p") {
                if (!current.trimmed().isEmpty())
                    paragraphs << current;
                current.clear();
            }
            break;
        case QXmlStreamReader::Characters:
            if (skipDepth == 0 && inText)
                current += xml.text();
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        return failure(LoadError::Malformed,
            tr("%1: the Word document's XML is malformed (%2, line %3)")
                .arg(name, xml.errorString())
                .arg(xml.lineNumber()));

    const QHash<QString, QString> core
        = ZipArchive::firstTexts(zip.entries.value(QStringLiteral("docProps/core.xml")),
            {QStringLiteral("title"), QStringLiteral("creator"), QStringLiteral("created")});
    Article a;
    a.text = paragraphs.join(QStringLiteral("\n\n"));
    a.format = format();
    a.title = core.value(QStringLiteral("title"));
    a.author = core.value(QStringLiteral("creator"));
    a.date = parseDate(core.value(QStringLiteral("created")));
    return finish(std::move(a), name);
}

} // namespace dramatis
