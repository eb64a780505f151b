#pragma once

#include "core/loadresult.h"

#include <QByteArray>
#include <QStringList>

namespace dramatis {

// Reads article files of every supported format: web pages (HTML, MHTML), PDF, e-mail, Word, OpenDocument,
// EPUB and RTF through their FormatLoader, chosen by content first and by extension second; plain text
// and Markdown in any charset ICU can detect here. The loose metadata that copied news pages start with
// (headline, date, outlet, byline) is taken out of the text. The text that comes out has LF line
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

    // What a file that is not text looks like ("a PDF", "a PNG image"), from its first bytes; empty when
    // the bytes match no format we know.
    static QString describeBinaryFormat(const QByteArray &head);
};

} // namespace dramatis
