#pragma once

#include "core/loadresult.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace dramatis {

// One document format (HTML, PDF, e-mail, ...): recognises its files and turns their bytes into an
// Article. ArticleLoader asks every format how sure it is and gives the bytes to the surest, so a PDF
// saved as "notes.txt" still opens as a PDF: the content outranks the name.
//
// Implementations are stateless and reentrant: loading runs on a thread pool.
class FormatLoader
{
public:
    enum class Match { No, ByName, ByContent };

    virtual ~FormatLoader() = default;

    // "html", "pdf", ...: what Article.format says for files this loader read.
    virtual QString format() const = 0;
    // The file suffixes (lower case, without dots) and MIME types of this format. FormatRegistry builds
    // every list of supported files from these (the loader's choice by name, the folder collector, the
    // Open dialog, drops, the desktop file), so that a format is named in this one place.
    virtual QStringList suffixes() const = 0;
    virtual QStringList mimeTypes() const = 0;
    // From the first bytes (at most HeadSize) and the lower-case file suffix: ByContent when
    // recognises() knows the bytes, else ByName when suffixes() holds the suffix.
    virtual Match match(QByteArrayView head, const QString &suffix) const;
    // True when the first bytes are this format, whatever the file is called.
    virtual bool recognises(QByteArrayView head) const;
    // `name` labels messages only: the bytes are all there is.
    virtual LoadResult load(const QByteArray &bytes, const QString &name) const = 0;

    static constexpr qsizetype HeadSize = 4096;

    // Helpers every format shares.
    // A refusal; `message` is made one line (controls and line breaks become spaces).
    static LoadResult failure(LoadError::Kind kind, const QString &message);
    // LF line endings, no BOM, no stray controls, NFC, at most one blank line in a row; trailing blanks
    // go unless `keepTrailingBlanks` (Markdown's two trailing spaces are a line break).
    static QString normalizeText(const QString &text, bool keepTrailingBlanks = false);
    // True when decoded text has too many control or replacement characters to be text.
    static bool looksBinary(const QString &text);
    // Plain text saved with hard line breaks inside paragraphs (e-mail style, ~72 columns): clearly
    // wrapped paragraphs become one line each.
    static QString unwrapParagraphs(const QString &text);
    // A date as metadata fields write it: ISO 8601, RFC 2822, PDF's D:YYYYMMDD, or the news styles
    // MetadataExtractor reads ("14 March 2024"); invalid when none fits.
    static QDate parseDate(const QString &text);
    // How much of the text's start may be taken for a header. `Detect`: text with no structure (PDF,
    // RTF), where MetadataExtractor finds headline, outlet, byline and date among the first short lines.
    // `Known`: formats that mark their paragraphs (HTML, Word, e-mail), where only leading lines that
    // repeat the title, or are a byline ("By Ana Ruiz") or a date, are taken: a short first paragraph
    // stays text.
    enum class Header { Detect, Known };
    // What MetadataExtractor found, for the fields the format left empty; the title always (it is the
    // known title when there was one). The text is not touched.
    static void takeHeader(
        Article &a, const QString &title, const QDate &date, const QString &author, const QString &source);
    // Whether an article may open without text: a message whose body is a picture is still a message
    // (subject, sender, date), while a document without text is a file that failed.
    enum class EmptyText { Refused, Allowed };
    // Normalises `a.text`, takes the header lines out of it and fills the metadata the format itself did
    // not find; fails when no text is left, unless `empty` allows it.
    static LoadResult finish(
        Article a, const QString &name, Header header = Header::Known, EmptyText empty = EmptyText::Refused);
};

} // namespace dramatis
