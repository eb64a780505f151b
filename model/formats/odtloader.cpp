#include "formats/odtloader.h"

#include "formats/xmlpartwalker.h"
#include "formats/ziparchive.h"

namespace dramatis {

bool OdtLoader::recognises(QByteArrayView head) const
{
    return ZipArchive::hasMimetype(head, "application/vnd.oasis.opendocument.text");
}

LoadResult OdtLoader::read(const ZipArchive &zip, const QString &name) const
{
    const QString part = QStringLiteral("content.xml");
    if (!zip.entries.contains(part))
        return missingPart(zip, name, tr("%1: not an OpenDocument text (it has no content.xml)").arg(name));

    // Skipped: notes, annotations, tracked changes and the declarations and forms that hold no prose.
    XmlPartWalker content(zip.entries.value(part),
        {QStringLiteral("note"), QStringLiteral("annotation"), QStringLiteral("tracked-changes"),
            QStringLiteral("sequence-decls"), QStringLiteral("forms"), QStringLiteral("desc"),
            QStringLiteral("title"), QStringLiteral("annotation-end")});
    QStringList paragraphs;
    QString current;
    int paragraphDepth = 0; // inside text:p or text:h
    bool space = false;
    auto flush = [&] {
        if (!current.trimmed().isEmpty())
            paragraphs << current.trimmed();
        current.clear();
        space = false;
    };
    const auto start = [&](QXmlStreamReader &xml) {
        const QStringView n = xml.name();
        if (n == u"p" || n == u"h") {
            if (paragraphDepth == 0)
                flush();
            ++paragraphDepth;
        } else if (n == u"s") {
            int count = 1;
            for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                if (attribute.name() == u"c")
                    count = qBound(1, attribute.value().toInt(), 1000);
            }
            current += QString(count, u' ');
            space = false;
        } else if (n == u"tab") {
            current += u'\t';
            space = false;
        } else if (n == u"line-break") {
            current += u'\n';
            space = false;
        }
    };
    const auto end = [&](QStringView n) {
        if ((n == u"p" || n == u"h") && paragraphDepth > 0 && --paragraphDepth == 0)
            flush();
    };
    const auto text = [&](QStringView characters) {
        if (paragraphDepth == 0)
            return;
        // ODF collapses white space as HTML does; <text:s> writes the spaces that count.
        for (const QChar c : characters) {
            if (c == u' ' || c == u'\n' || c == u'\t' || c == u'\r') {
                space = true;
                continue;
            }
            if (space && !current.isEmpty())
                current += u' ';
            space = false;
            current += c;
        }
    };
    if (!content.walk({start, end, text}))
        return failure(LoadError::Malformed,
            tr("%1: the document's XML is malformed (%2, line %3)")
                .arg(name, content.errorString())
                .arg(content.lineNumber()));
    flush();

    const QHash<QString, QString> meta = ZipArchive::firstTexts(zip.entries.value(QStringLiteral("meta.xml")),
        {QStringLiteral("title"), QStringLiteral("initial-creator"), QStringLiteral("creator"),
            QStringLiteral("creation-date"), QStringLiteral("date")});
    return finishDocument(paragraphs, name, meta.value(QStringLiteral("title")),
        meta.value(QStringLiteral("initial-creator"), meta.value(QStringLiteral("creator"))),
        meta.value(QStringLiteral("creation-date"), meta.value(QStringLiteral("date"))));
}

} // namespace dramatis
