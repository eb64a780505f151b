#pragma once

#include "formats/formatloader.h"

#include <QCoreApplication>
#include <QRectF>

namespace dramatis {

// Reads PDF articles through Poppler: the text in reading order, rebuilt from Poppler's positioned
// words, because a PDF stores glyphs where they go, not prose. Lines come from Poppler; a page whose
// lines leave a vertical gutter free is read column by column; lines that repeat at the same place on
// most pages (running headers, footers) and bare page numbers go; words hyphenated at a line end are
// joined; paragraphs are rebuilt from line spacing and indents. Title, author and date come from the
// document information dictionary.
class PdfLoader final : public FormatLoader
{
    Q_DECLARE_TR_FUNCTIONS(dramatis::PdfLoader)
public:
    QString format() const override { return QStringLiteral("pdf"); }
    QStringList suffixes() const override { return {QStringLiteral("pdf")}; }
    QStringList mimeTypes() const override { return {QStringLiteral("application/pdf")}; }
    bool recognises(QByteArrayView head) const override;
    LoadResult load(const QByteArray &bytes, const QString &name) const override;

    // A line of text on a page, as Poppler laid it out (exposed for tests of the layout steps).
    struct Line
    {
        QString text;
        QRectF box;
        bool hyphenated = false; // ends in a hyphen that splits a word
    };
    // The lines of one page in reading order, columns first, then top to bottom.
    static QList<Line> readingOrder(QList<Line> lines, qreal pageWidth);
};

} // namespace dramatis
