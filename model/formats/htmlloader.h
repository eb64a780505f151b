#pragma once

#include "formats/formatloader.h"

#include <QCoreApplication>

namespace dramatis {

// Reads saved web pages: the article's main content only (headline, byline and date from the `og:` and
// `article:` meta tags or JSON-LD NewsArticle; paragraphs and headings in order), without navigation,
// header, footer, ads, comments, scripts, styles or forms. libxml2's tolerant HTML parser builds the
// tree; the main content is the block that holds the most paragraph text with the fewest links, as
// readability-style extractors do. The parser never loads anything: no network, no external entities.
class HtmlLoader final : public FormatLoader
{
    Q_DECLARE_TR_FUNCTIONS(dramatis::HtmlLoader)
public:
    QString format() const override { return QStringLiteral("html"); }
    QStringList suffixes() const override
    {
        return {QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("xhtml")};
    }
    QStringList mimeTypes() const override
    {
        return {QStringLiteral("text/html"), QStringLiteral("application/xhtml+xml")};
    }
    bool recognises(QByteArrayView head) const override;
    LoadResult load(const QByteArray &bytes, const QString &name) const override;

    // What to keep: the article inside a page, or everything in the body (an e-book chapter, an e-mail).
    enum class Content { MainArticle, WholeBody };
    // For HTML inside other formats; `charset` is what the container declared (may be empty: then the
    // BOM, <meta charset> or detection decide). The article is not finished: format is "html".
    static LoadResult read(
        const QByteArray &bytes, const QString &name, const QString &charset, Content content);

    // True when the first bytes start like an HTML document (<!doctype html>, <html>, <head>, <body>).
    static bool looksLikeHtml(QByteArrayView head);
};

} // namespace dramatis
