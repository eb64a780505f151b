#pragma once

#include "formats/formatloader.h"

#include <QCoreApplication>
#include <QRectF>

namespace dramatis {

// Reads PDF articles through Poppler: the text in reading order, rebuilt from Poppler's positioned
// words, because a PDF stores glyphs where they go, not prose. Lines come from Poppler; a page whose
// lines leave a vertical gutter free is read column by column; lines that repeat at the same place on
// most pages (running headers, footers) and bare page numbers go; words hyphenated at a line end are
// joined; paragraphs are rebuilt from line spacing and indents. A page printed from a browser brings the
// site around the article: the headline is the line the document's title starts with, else the largest
// type near the top of the first page (not its first line, which is the site's navigation); lines that
// are mostly links (menus, share rows, related stories), page furniture ("Skip to main content",
// "Advertisement", cookie banners) and short lines repeated on several pages go. Author and date come
// from the document information dictionary when the text names none.
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
        bool link = false; // most of it lies under link areas (a menu item, a related story)
        bool repeated = false; // a short line that stands on several pages (a menu's item, a form's label)
        bool pinned = false; // repeated at the same place on the pages (a header the site fixes in view)
        bool linkedWhole = false; // every word under a link, however long (a teaser's headline)
    };
    // The lines of one page in reading order, columns first, then top to bottom.
    static QList<Line> readingOrder(QList<Line> lines, qreal pageWidth);
    // The headline among a page's lines, on one or more lines: the line `docTitle` (the information
    // dictionary's) starts with, else (ByTitleOrSize) the largest type in the page's upper half. Indexes
    // of its lines, top first; empty when no line is the headline.
    enum class Headline { ByTitle, ByTitleOrSize };
    static QList<qsizetype> headline(const QList<Line> &page, qreal pageHeight, qreal bodyHeight,
        const QString &docTitle = {}, Headline by = Headline::ByTitleOrSize);
    // The height of the type most of the lines' characters are set in.
    static qreal bodyTextHeight(const QList<Line> &lines);
    // How many of `lines` (the article's, in reading order, from its start; furniture flagged as links)
    // are the article: the lines after it are the site's comments, sign-up boxes, related stories and
    // footer. The article is the longest stretch of prose in the body's type, and it ends where links
    // and short lines take over (not for a while after a paragraph that ends in a colon: a table or a
    // listing it announces follows); all of `lines` when nothing takes over.
    // Which of `lines` (in reading order) stand in a block the site nests in the article's column: a photo
    // gallery, a live feed, a list of teasers. Such a block is set in from the edge the article's first
    // paragraphs start at, runs for many lines and has headings of its own in one larger type or links
    // on many of its lines.
    static QList<bool> nestedBlocks(const QList<Line> &lines, qreal bodyHeight);
    static qsizetype articleEnd(const QList<Line> &lines, qreal bodyHeight);
};

} // namespace dramatis
