#pragma once

#include "formats/formatloader.h"

#include <QCoreApplication>

namespace dramatis {

// Reads RTF documents: the plain text runs, with \'hh bytes in the document's code page and \uN
// characters; font and colour tables, stylesheets, pictures, headers, footers, footnotes, field
// instructions and every "\*" destination are skipped. Title, author and creation date come from the
// \info group. A small reader, not a renderer: formatting is dropped, paragraphs stay.
class RtfLoader final : public FormatLoader
{
    Q_DECLARE_TR_FUNCTIONS(dramatis::RtfLoader)
public:
    QString format() const override { return QStringLiteral("rtf"); }
    QStringList suffixes() const override { return {QStringLiteral("rtf")}; }
    QStringList mimeTypes() const override
    {
        return {QStringLiteral("application/rtf"), QStringLiteral("text/rtf")};
    }
    bool recognises(QByteArrayView head) const override;
    LoadResult load(const QByteArray &bytes, const QString &name) const override;
};

} // namespace dramatis
