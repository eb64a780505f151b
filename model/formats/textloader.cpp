#include "formats/textloader.h"

#include "formats/charsetdecoder.h"
#include "formats/metadataextractor.h"

namespace dramatis {

LoadResult TextLoader::decode(const QByteArray &bytes, const QString &name, bool keepTrailingBlanks)
{
    const CharsetDecoder::Result decoded = CharsetDecoder::decode(bytes);
    if (!decoded.ok)
        return failure(
            LoadError::Malformed, tr("%1: the text cannot be decoded (%2)").arg(name, decoded.encoding));
    if (looksBinary(decoded.text))
        return failure(LoadError::Binary, tr("%1: looks like binary data, not text").arg(name));
    LoadResult r;
    r.article.text = normalizeText(decoded.text, keepTrailingBlanks);
    if (r.article.text.isEmpty())
        return failure(LoadError::Empty, tr("%1: the file holds only blank space").arg(name));
    r.article.filePath = name;
    r.article.encoding = decoded.encoding;
    return r;
}

LoadResult TextLoader::load(const QByteArray &bytes, const QString &name) const
{
    LoadResult r = decode(bytes, name, false);
    if (!r.ok())
        return r;
    Article &a = r.article;
    a.format = format();
    // Wrapped paragraphs are joined first, so that their first line cannot pass for a headline.
    const MetadataExtractor::Result meta = MetadataExtractor::extract(unwrapParagraphs(a.text), QString());
    takeHeader(a, meta.title, meta.date, meta.author, meta.source);
    a.text = meta.text;
    if (a.text.isEmpty())
        return failure(LoadError::Empty, tr("%1: the file holds no text").arg(name));
    return r;
}

} // namespace dramatis
