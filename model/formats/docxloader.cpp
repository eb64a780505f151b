#include "formats/docxloader.h"

#include "formats/xmlpartwalker.h"
#include "formats/ziparchive.h"

namespace dramatis {

namespace {

// The main document part: [Content_Types].xml names it; "word/document.xml" by default.
QString mainPart(const ZipArchive &zip)
{
    QString found;
    XmlPartWalker types(zip.entries.value(QStringLiteral("[Content_Types].xml")));
    types.walk({.start =
                    [&](QXmlStreamReader &xml) {
                        const QXmlStreamAttributes at = xml.attributes();
                        if (xml.name() != u"Override"
                            || !at.value(QLatin1StringView("ContentType"))
                                    .contains(u"wordprocessingml.document.main+xml"))
                            return;
                        QString part = at.value(QLatin1StringView("PartName")).toString();
                        while (part.startsWith(u'/'))
                            part.remove(0, 1);
                        if (zip.entries.contains(part)) {
                            found = part;
                            types.stop();
                        }
                    },
        .end = {},
        .text = {}});
    return found.isEmpty() ? QStringLiteral("word/document.xml") : found;
}

} // namespace

bool DocxLoader::recognises(QByteArrayView head) const
{
    return head.startsWith("PK\x03\x04") && head.indexOf("word/") >= 0;
}

LoadResult DocxLoader::read(const ZipArchive &zip, const QString &name) const
{
    const QString part = mainPart(zip);
    if (!zip.entries.contains(part))
        return missingPart(zip, name, tr("%1: not a Word document (it has no %2)").arg(name, part));

    // Skipped: deleted text, field codes, a text box's fallback copy, references to notes and comments.
    XmlPartWalker document(zip.entries.value(part),
        {QStringLiteral("del"), QStringLiteral("delText"), QStringLiteral("instrText"),
            QStringLiteral("Fallback"), QStringLiteral("moveFrom"), QStringLiteral("footnoteReference"),
            QStringLiteral("commentReference")});
    QStringList paragraphs;
    QString current;
    bool inText = false;
    const bool ok = document.walk({.start =
                                       [&](QXmlStreamReader &xml) {
                                           const QStringView n = xml.name();
                                           if (n == u"t")
                                               inText = true;
                                           else if (n == u"tab")
                                               current += u'\t';
                                           else if (n == u"br" || n == u"cr")
                                               current += u'\n';
                                           else if (n == u"noBreakHyphen")
                                               current += u'-';
                                       },
        .end =
            [&](QStringView n) {
                if (n == u"t") {
                    inText = false;
                } else if (n == u"p") {
                    if (!current.trimmed().isEmpty())
                        paragraphs << current;
                    current.clear();
                }
            },
        .text =
            [&](QStringView text) {
                if (inText)
                    current += text;
            }});
    if (!ok)
        return failure(LoadError::Malformed,
            tr("%1: the Word document's XML is malformed (%2, line %3)")
                .arg(name, document.errorString())
                .arg(document.lineNumber()));

    const QHash<QString, QString> core
        = ZipArchive::firstTexts(zip.entries.value(QStringLiteral("docProps/core.xml")),
            {QStringLiteral("title"), QStringLiteral("creator"), QStringLiteral("created")});
    return finishDocument(paragraphs, name, core.value(QStringLiteral("title")),
        core.value(QStringLiteral("creator")), core.value(QStringLiteral("created")));
}

} // namespace dramatis
