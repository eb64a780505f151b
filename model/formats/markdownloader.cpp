#include "formats/markdownloader.h"

#include "formats/markdowntext.h"
#include "formats/metadataextractor.h"
#include "formats/textloader.h"

#include <QRegularExpression>

namespace dramatis {

namespace {

void applyFrontMatter(Article &a, const QList<QPair<QString, QString>> &frontMatter)
{
    for (const auto &[key, value] : frontMatter) {
        if (value.isEmpty())
            continue;
        if ((key == u"date" || key == u"published") && !a.date.isValid()) {
            a.date = MetadataExtractor::parseDate(value);
            if (!a.date.isValid())
                a.date = QDate::fromString(value.left(10), Qt::ISODate);
        } else if ((key == u"author" || key == u"authors" || key == u"byline") && a.author.isEmpty()) {
            a.author = value;
        } else if ((key == u"source" || key == u"publisher" || key == u"outlet" || key == u"site")
            && a.source.isEmpty()) {
            a.source = value;
        }
    }
}

} // namespace

FormatLoader::Match MarkdownLoader::match(QByteArrayView head, const QString &suffix) const
{
    if (!suffix.isEmpty())
        return suffixes().contains(suffix) ? Match::ByName : Match::No;
    if (head.isEmpty())
        return Match::No;
    // Decoded and normalised as the whole file would be, so that a BOM, UTF-16 or CRLF lines do not hide
    // the start.
    static const QRegularExpression start(QStringLiteral(R"(^(?:#{1,3} \S|---\n[A-Za-z][\w -]*:))"));
    const LoadResult text = TextLoader::decode(head.toByteArray(), QString(), true);
    return text.ok() && start.match(text.article.text).hasMatch() ? Match::ByContent : Match::No;
}

LoadResult MarkdownLoader::load(const QByteArray &bytes, const QString &name) const
{
    // Two trailing spaces are a line break in Markdown: they stay until MarkdownText has seen them.
    LoadResult r = TextLoader::decode(bytes, name, true);
    if (!r.ok())
        return r;
    Article &a = r.article;
    a.format = format();
    const MarkdownText::Result md = MarkdownText::convert(a.text);
    applyFrontMatter(a, md.frontMatter);
    const MetadataExtractor::Result meta = MetadataExtractor::extract(md.text, md.title);
    takeHeader(a, meta.title, meta.date, meta.author, meta.source);
    // The conversion may leave blanks at the ends of lines and blocks.
    a.text = normalizeText(meta.text);
    if (a.text.isEmpty())
        return failure(LoadError::Empty, tr("%1: the file holds no text").arg(name));
    return r;
}

} // namespace dramatis
