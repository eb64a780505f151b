#pragma once

#include "article.h"

#include <QByteArray>

#include <optional>

namespace dramatis {

// Why a file could not be opened, with a one-line message for people (names the file and the reason).
struct LoadError
{
    enum Kind { NotFound, NotAFile, Unreadable, Empty, TooLarge, Binary, Unsupported, Malformed };
    Kind kind = Unreadable;
    QString message;
};

// The outcome of loading: an article, or the reason there is none.
struct LoadResult
{
    Article article;
    std::optional<LoadError> error;
    bool ok() const { return !error.has_value(); }
};

// Reads article files: plain text and Markdown in any charset ICU can detect, with the loose metadata
// that copied news pages start with (headline, date, outlet, byline) taken out of the text. The text
// that comes out has LF line endings, no BOM, NFC, and paragraphs separated by one blank line.
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
    // True for extensions this loader reads (txt, text, md, markdown), and for an extension-less file
    // whose first bytes are text.
    static bool isSupportedFile(const QString &path);

    // What a file that is not text looks like ("a PDF", "a PNG image"), from its first bytes; empty when
    // the bytes match no format we know.
    static QString describeBinaryFormat(const QByteArray &head);
};

} // namespace dramatis
