#include "articleloader.h"

#include "charsetdecoder.h"
#include "markdowntext.h"
#include "metadataextractor.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <unicode/unorm2.h>

#include <limits>

namespace dramatis {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("dramatis::ArticleLoader", s);
}

LoadResult failure(LoadError::Kind kind, const QString &message)
{
    LoadResult r;
    r.error = LoadError{kind, message};
    return r;
}

// A format recognised by its first bytes. Documents someone might reasonably expect to open are
// "unsupported"; everything else is simply not text.
struct Magic
{
    const char *bytes; // may hold NUL bytes: `length` counts them
    int length;
    int offset;
    const char *description; // for tr()
    bool document;
};

template<std::size_t N>
constexpr Magic magic(const char (&bytes)[N], int offset, const char *description, bool document)
{
    return Magic{bytes, int(N - 1), offset, description, document};
}

#define DESCRIBE(text) QT_TRANSLATE_NOOP("dramatis::ArticleLoader", text)
const Magic kMagics[] = {
    magic("%PDF-", 0, DESCRIBE("a PDF; PDF is not supported yet"), true),
    magic("PK\x03\x04", 0, DESCRIBE("a ZIP archive (or a Word, OpenDocument or EPUB file); these are not supported yet"), true),
    magic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 0, DESCRIBE("an old Word or Office document, which is not supported"), true),
    magic("{\\rtf", 0, DESCRIBE("an RTF document; RTF is not supported yet"), true),
    magic("%!PS-Adobe", 0, DESCRIBE("a PostScript document, which is not supported"), true),
    magic("\x89PNG\r\n\x1A\n", 0, DESCRIBE("a PNG image, not text"), false),
    magic("\xFF\xD8\xFF", 0, DESCRIBE("a JPEG image, not text"), false),
    magic("GIF87a", 0, DESCRIBE("a GIF image, not text"), false),
    magic("GIF89a", 0, DESCRIBE("a GIF image, not text"), false),
    magic("WEBP", 8, DESCRIBE("a WebP image, not text"), false),
    magic("II*\x00", 0, DESCRIBE("a TIFF image, not text"), false),
    magic("MM\x00*", 0, DESCRIBE("a TIFF image, not text"), false),
    magic("\x1F\x8B", 0, DESCRIBE("a gzip archive, not text"), false),
    magic("\xFD" "7zXZ\x00", 0, DESCRIBE("an xz archive, not text"), false),
    magic("7z\xBC\xAF\x27\x1C", 0, DESCRIBE("a 7-Zip archive, not text"), false),
    magic("Rar!\x1A\x07", 0, DESCRIBE("a RAR archive, not text"), false),
    magic("\x7F" "ELF", 0, DESCRIBE("a program (ELF executable), not text"), false),
    magic("SQLite format 3\x00", 0, DESCRIBE("an SQLite database, not text"), false),
    magic("ID3\x03\x00", 0, DESCRIBE("an MP3 audio file, not text"), false),
    magic("ID3\x04\x00", 0, DESCRIBE("an MP3 audio file, not text"), false),
    magic("OggS\x00", 0, DESCRIBE("an Ogg audio or video file, not text"), false),
    magic("fLaC", 0, DESCRIBE("a FLAC audio file, not text"), false),
    magic("ftyp", 4, DESCRIBE("an MP4 or QuickTime video, not text"), false),
    magic("\x1A\x45\xDF\xA3", 0, DESCRIBE("a Matroska or WebM video, not text"), false),
};
#undef DESCRIBE

const Magic *findMagic(const QByteArray &head)
{
    for (const Magic &m : kMagics) {
        if (head.size() >= m.offset + m.length && QByteArrayView(head).sliced(m.offset, m.length) == QByteArrayView(m.bytes, m.length))
            return &m;
    }
    return nullptr;
}

// An HTML page saved as is: the reader would show tags, so say what to do instead.
bool looksLikeHtml(const QString &text)
{
    static const QRegularExpression html(QStringLiteral(R"(^\s*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<(?:!doctype\s+)?html))"),
                                         QRegularExpression::CaseInsensitiveOption);
    return html.match(text.left(512)).hasMatch();
}

// Text has few control characters; binary data decoded as a legacy charset has many. (A stray NUL, as
// some editors leave at the end, is one control among many letters, and normalisation drops it.)
bool looksBinary(const QString &text)
{
    qsizetype controls = 0;
    qsizetype replacements = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f' && u != u'\v' && u != 0x1A)
            || (u >= 0x7F && u < 0xA0))
            ++controls;
        else if (u == 0xFFFD)
            ++replacements;
    }
    const qsizetype n = qMax<qsizetype>(text.size(), 1);
    return (controls > 2 && controls * 100 > n * 2) || replacements * 100 > n * 10;
}

// LF line endings, no BOM, no stray controls, NFC, at most one blank line in a row, and no trailing blanks
// unless asked to keep them (Markdown's two trailing spaces are a line break). One pass over the text:
// articles of many megabytes go through here.
enum class LineEnds { Trim, Keep };
QString normalizeText(const QString &text, LineEnds lineEnds = LineEnds::Trim)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *o = out.data();
    qsizetype n = 0;
    qsizetype lineStart = 0;
    bool emptyBefore = true; // drops blank lines at the very start too
    auto endLine = [&] {
        qsizetype end = n;
        while (end > lineStart && (o[end - 1] == u' ' || o[end - 1] == u'\t'))
            --end;
        if (lineEnds == LineEnds::Trim || end == lineStart)
            n = end;
        const bool empty = n == lineStart;
        if (!(empty && emptyBefore))
            o[n++] = u'\n';
        emptyBefore = empty;
        lineStart = n;
    };
    const QChar *in = text.constData();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = in[i].unicode();
        if (u == u'\r' && i + 1 < size && in[i + 1] == u'\n')
            continue;
        if (u == u'\n' || u == u'\r' || u == u'\f' || u == u'\v' || u == 0x85 || u == 0x2028 || u == 0x2029)
            endLine();
        else if (u == u'\t' || !(u < 0x20 || (u >= 0x7F && u < 0xA0) || u == 0xFEFF))
            o[n++] = in[i];
    }
    out.truncate(n);
    // Most text is NFC already: ICU checks that without copying; big articles are copied only when needed.
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status) || !unorm2_isNormalized(nfc, reinterpret_cast<const UChar *>(out.utf16()), int32_t(out.size()), &status)
        || U_FAILURE(status))
        out = out.normalized(QString::NormalizationForm_C);
    return std::move(out).trimmed();
}

bool isMarkdownName(const QString &name)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    return suffix == u"md" || suffix == u"markdown" || suffix == u"mdown" || suffix == u"mkd";
}

// For a file with no telling extension: a leading `# ` heading or front matter says Markdown.
bool looksLikeMarkdown(const QString &text)
{
    static const QRegularExpression start(QStringLiteral(R"(^(?:#{1,3} \S|---\n[A-Za-z][\w -]*:))"));
    return start.match(text).hasMatch();
}

// Plain text saved with hard line breaks inside paragraphs (e-mail style, ~72 columns) reads and tags
// better as one line per paragraph. Only paragraphs that are clearly wrapped are joined: three or more
// lines, all but the last of similar, typical wrap length, none starting like a list item.
QString unwrapParagraphs(const QString &text)
{
    static const QRegularExpression listStart(QStringLiteral(R"(^\s*(?:[-*•+]|\d+[.)])\s)"));
    auto isWrapped = [](QStringView paragraph) {
        if (paragraph.count(u'\n') < 2)
            return false;
        const QList<QStringView> lines = paragraph.split(u'\n');
        qsizetype shortest = std::numeric_limits<qsizetype>::max();
        qsizetype longest = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (listStart.match(lines[i]).hasMatch())
                return false;
            if (i + 1 < lines.size()) {
                shortest = qMin(shortest, lines[i].size());
                longest = qMax(longest, lines[i].size());
            }
        }
        return shortest >= 50 && longest <= 100 && shortest * 10 >= longest * 7 && lines.last().size() <= longest;
    };
    QString out;
    qsizetype start = 0;
    bool changed = false;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(QStringLiteral("\n\n"), start);
        if (end < 0)
            end = text.size();
        const QStringView paragraph = QStringView(text).mid(start, end - start);
        if (isWrapped(paragraph)) {
            if (!changed) {
                out.reserve(text.size());
                out.append(QStringView(text).left(start));
                changed = true;
            }
            QString joined = paragraph.toString();
            joined.replace(u'\n', u' ');
            out.append(joined);
        } else if (changed) {
            out.append(paragraph);
        }
        if (end >= text.size())
            break;
        if (changed)
            out.append(QStringLiteral("\n\n"));
        start = end + 2;
    }
    return changed ? out : text;
}

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

QString ArticleLoader::describeBinaryFormat(const QByteArray &head)
{
    const Magic *m = findMagic(head);
    return m ? tr(m->description) : QString();
}

bool ArticleLoader::isSupportedFile(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix == u"txt" || suffix == u"text" || isMarkdownName(path))
        return true;
    if (!suffix.isEmpty() || !info.isFile())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(4096);
    if (head.isEmpty() || findMagic(head))
        return false;
    const CharsetDecoder::Result decoded = CharsetDecoder::decode(head);
    return decoded.ok && !looksBinary(decoded.text) && !looksLikeHtml(decoded.text);
}

LoadResult ArticleLoader::load(const QString &path)
{
    return load(path, MaxFileSize);
}

LoadResult ArticleLoader::load(const QString &path, qint64 maxFileSize)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(LoadError::NotFound, tr("%1: no such file").arg(path));
    if (info.isDir())
        return failure(LoadError::NotAFile, tr("%1: is a folder, not an article file").arg(path));
    if (!info.isFile())
        return failure(LoadError::NotAFile, tr("%1: is not a regular file").arg(path));
    auto tooLarge = [&](qint64 size) {
        const auto mb = [](qint64 bytes) { return QString::number(double(bytes) / (1024 * 1024), 'f', 1); };
        return failure(LoadError::TooLarge, tr("%1: too large to open (%2 MB; the limit is %3 MB)")
                                                .arg(path, mb(size), mb(maxFileSize)));
    };
    if (info.size() > maxFileSize)
        return tooLarge(info.size());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(LoadError::Unreadable, tr("%1: cannot be read (%2)").arg(path, file.errorString()));
    // The size may have changed since the stat: never read more than the limit allows.
    const QByteArray bytes = file.read(maxFileSize + 1);
    if (bytes.size() > maxFileSize)
        return tooLarge(bytes.size());
    if (file.error() != QFileDevice::NoError)
        return failure(LoadError::Unreadable, tr("%1: cannot be read (%2)").arg(path, file.errorString()));
    LoadResult r = loadBytes(bytes, path);
    if (r.ok())
        r.article.filePath = info.absoluteFilePath();
    return r;
}

LoadResult ArticleLoader::loadBytes(const QByteArray &bytes, const QString &name)
{
    if (bytes.isEmpty())
        return failure(LoadError::Empty, tr("%1: the file is empty").arg(name));
    if (const Magic *m = findMagic(bytes.left(64)))
        return failure(m->document ? LoadError::Unsupported : LoadError::Binary,
                       tr("%1: looks like %2").arg(name, tr(m->description)));
    const CharsetDecoder::Result decoded = CharsetDecoder::decode(bytes);
    if (!decoded.ok)
        return failure(LoadError::Malformed, tr("%1: the text cannot be decoded (%2)").arg(name, decoded.encoding));
    if (looksBinary(decoded.text))
        return failure(LoadError::Binary, tr("%1: looks like binary data, not text").arg(name));
    if (looksLikeHtml(decoded.text))
        return failure(LoadError::Unsupported,
                       tr("%1: looks like an HTML page; HTML is not supported yet (save the page as text)").arg(name));
    const bool markdownName = isMarkdownName(name);
    const QString text = normalizeText(decoded.text, markdownName ? LineEnds::Keep : LineEnds::Trim);
    if (text.isEmpty())
        return failure(LoadError::Empty, tr("%1: the file holds only blank space").arg(name));

    LoadResult r;
    Article &a = r.article;
    a.filePath = name;
    a.encoding = decoded.encoding;
    const bool markdown = markdownName || (QFileInfo(name).suffix().isEmpty() && looksLikeMarkdown(text));
    a.format = markdown ? QStringLiteral("markdown") : QStringLiteral("text");

    // Wrapped paragraphs are joined first, so that their first line cannot pass for a headline.
    QString body = markdown ? text : unwrapParagraphs(text);
    QString knownTitle;
    if (markdown) {
        const MarkdownText::Result md = MarkdownText::convert(text);
        body = md.text;
        knownTitle = md.title;
        applyFrontMatter(a, md.frontMatter);
    }
    const MetadataExtractor::Result meta = MetadataExtractor::extract(body, knownTitle);
    a.title = meta.title;
    if (!a.date.isValid())
        a.date = meta.date;
    if (a.author.isEmpty())
        a.author = meta.author;
    if (a.source.isEmpty())
        a.source = meta.source;
    // Markdown blocks may end in blanks the conversion kept; plain text went through normalizeText already.
    a.text = markdown ? normalizeText(meta.text) : meta.text;
    if (a.text.isEmpty())
        return failure(LoadError::Empty, tr("%1: the file holds no text").arg(name));
    return r;
}

} // namespace dramatis
