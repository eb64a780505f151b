#pragma once

#include "core/loadresult.h"

#include <QByteArray>
#include <QStringList>

namespace dramatis {

// Reads article files of every supported format (plain text, Markdown, web pages, PDF, e-mail, Word,
// OpenDocument, EPUB, RTF) through the FormatLoader FormatRegistry lists, chosen by content first and by
// extension second; a file no format claims is read as plain text. Known binary formats (images,
// archives, programs) are refused with what they look like. The text that comes out has LF line
// endings, no BOM, NFC, and paragraphs separated by one blank line.
class ArticleLoader final
{
public:
    // Files above this size are refused (documented in the README): far above any article, low enough
    // that a mistaken drop of a disk image or video fails at once instead of filling memory.
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

    static LoadResult load(const QString &path);
    // The same with another size limit (tests, and callers that want a smaller one).
    static LoadResult load(const QString &path, qint64 maxFileSize);
    // The same, for bytes already read (drops, tests); `name` only labels messages and the format guess.
    static LoadResult loadBytes(const QByteArray &bytes, const QString &name);
    // True for extensions some format reads (txt, md, html, pdf, eml, docx, ...), and for an
    // extension-less file whose first bytes are a supported format or text.
    static bool isSupportedFile(const QString &path);
    // The extensions of every supported format, lower case, without dots.
    static QStringList supportedSuffixes();
    // The same as file dialog patterns ("*.txt", "*.md", ...), for an "Articles (...)" filter.
    static QStringList nameFilters();
    // The MIME types of every supported format (text/plain, application/pdf, ...), for drops and the
    // desktop file.
    static QStringList supportedMimeTypes();

    // What a file that is not text looks like ("a PDF", "a PNG image"), from its first bytes; empty when
    // the bytes match no format we know.
    static QString describeBinaryFormat(const QByteArray &head);
};

} // namespace dramatis
