#include "formats/articleloader.h"

#include "formats/charsetdecoder.h"
#include "formats/docxloader.h"
#include "formats/emailloader.h"
#include "formats/epubloader.h"
#include "formats/htmlloader.h"
#include "formats/markdowntext.h"
#include "formats/metadataextractor.h"
#include "formats/mhtmlloader.h"
#include "formats/odtloader.h"
#include "formats/pdfloader.h"
#include "formats/rtfloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <memory>
#include <vector>

namespace dramatis {

namespace {

LoadResult failure(LoadError::Kind kind, const QString &message)
{
    return FormatLoader::failure(kind, message);
}

QString normalizeText(const QString &text, bool keepTrailingBlanks = false)
{
    return FormatLoader::normalizeText(text, keepTrailingBlanks);
}

QString unwrapParagraphs(const QString &text)
{
    return FormatLoader::unwrapParagraphs(text);
}

QString tr(const char *s)
{
    return QCoreApplication::translate("dramatis::ArticleLoader", s);
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
    return Magic {bytes, int(N - 1), offset, description, document};
}

#define DESCRIBE(text) QT_TRANSLATE_NOOP("dramatis::ArticleLoader", text)
const Magic kMagics[] = {
    // PDF, RTF and the ZIP documents (DOCX, ODT, EPUB) have loaders; a ZIP that none of them claims is this.
    magic("PK\x03\x04", 0, DESCRIBE("a ZIP archive that is not a Word, OpenDocument or EPUB document"), true),
    magic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 0,
        DESCRIBE("an old Word or Office document, which is not supported"), true),
    magic("%!PS-Adobe", 0, DESCRIBE("a PostScript document, which is not supported"), true),
    magic("\x89PNG\r\n\x1A\n", 0, DESCRIBE("a PNG image, not text"), false),
    magic("\xFF\xD8\xFF", 0, DESCRIBE("a JPEG image, not text"), false),
    magic("GIF87a", 0, DESCRIBE("a GIF image, not text"), false),
    magic("GIF89a", 0, DESCRIBE("a GIF image, not text"), false),
    magic("WEBP", 8, DESCRIBE("a WebP image, not text"), false),
    magic("II*\x00", 0, DESCRIBE("a TIFF image, not text"), false),
    magic("MM\x00*", 0, DESCRIBE("a TIFF image, not text"), false),
    magic("\x1F\x8B", 0, DESCRIBE("a gzip archive, not text"), false),
    magic("\xFD"
          "7zXZ\x00",
        0, DESCRIBE("an xz archive, not text"), false),
    magic("7z\xBC\xAF\x27\x1C", 0, DESCRIBE("a 7-Zip archive, not text"), false),
    magic("Rar!\x1A\x07", 0, DESCRIBE("a RAR archive, not text"), false),
    magic("\x7F"
          "ELF",
        0, DESCRIBE("a program (ELF executable), not text"), false),
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
        if (head.size() >= m.offset + m.length
            && QByteArrayView(head).sliced(m.offset, m.length) == QByteArrayView(m.bytes, m.length))
            return &m;
    }
    return nullptr;
}

bool looksBinary(const QString &text)
{
    return FormatLoader::looksBinary(text);
}

// Every format but text and Markdown, surest first where two could claim the same bytes (a saved page is
// a MIME message too, so MHTML asks before e-mail).
const std::vector<std::unique_ptr<FormatLoader>> &formatLoaders()
{
    static const std::vector<std::unique_ptr<FormatLoader>> loaders = [] {
        std::vector<std::unique_ptr<FormatLoader>> v;
        v.push_back(std::make_unique<PdfLoader>());
        v.push_back(std::make_unique<EpubLoader>());
        v.push_back(std::make_unique<OdtLoader>());
        v.push_back(std::make_unique<DocxLoader>());
        v.push_back(std::make_unique<RtfLoader>());
        v.push_back(std::make_unique<MhtmlLoader>());
        v.push_back(std::make_unique<EmailLoader>());
        v.push_back(std::make_unique<HtmlLoader>());
        return v;
    }();
    return loaders;
}

const FormatLoader *findLoader(QByteArrayView head, const QString &suffix, FormatLoader::Match how)
{
    for (const auto &loader : formatLoaders()) {
        if (loader->match(head, suffix) == how)
            return loader.get();
    }
    return nullptr;
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

QStringList ArticleLoader::supportedSuffixes()
{
    return {QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("md"), QStringLiteral("markdown"),
        QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("xhtml"), QStringLiteral("mhtml"),
        QStringLiteral("mht"), QStringLiteral("pdf"), QStringLiteral("eml"), QStringLiteral("docx"),
        QStringLiteral("odt"), QStringLiteral("epub"), QStringLiteral("rtf")};
}

bool ArticleLoader::isSupportedFile(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix == u"txt" || suffix == u"text" || isMarkdownName(path)
        || findLoader({}, suffix, FormatLoader::Match::ByName))
        return true;
    if (!suffix.isEmpty() || !info.isFile())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(FormatLoader::HeadSize);
    if (head.isEmpty())
        return false;
    if (findLoader(head, suffix, FormatLoader::Match::ByContent))
        return true;
    if (findMagic(head))
        return false;
    const CharsetDecoder::Result decoded = CharsetDecoder::decode(head);
    return decoded.ok && !looksBinary(decoded.text);
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
        return failure(LoadError::TooLarge,
            tr("%1: too large to open (%2 MB; the limit is %3 MB)").arg(path, mb(size), mb(maxFileSize)));
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
    // The content decides first (a PDF named .txt is a PDF), then known binary formats are refused, then
    // the extension picks a loader, and whatever is left is read as text.
    const QByteArrayView head
        = QByteArrayView(bytes).first(qMin<qsizetype>(bytes.size(), FormatLoader::HeadSize));
    const QString suffix = QFileInfo(name).suffix().toLower();
    const FormatLoader *loader = findLoader(head, suffix, FormatLoader::Match::ByContent);
    if (!loader) {
        if (const Magic *m = findMagic(bytes.left(64)))
            return failure(m->document ? LoadError::Unsupported : LoadError::Binary,
                tr("%1: looks like %2").arg(name, tr(m->description)));
        loader = findLoader(head, suffix, FormatLoader::Match::ByName);
    }
    if (loader) {
        LoadResult r = loader->load(bytes, name);
        if (r.ok() && r.article.format.isEmpty())
            r.article.format = loader->format();
        return r;
    }
    const CharsetDecoder::Result decoded = CharsetDecoder::decode(bytes);
    if (!decoded.ok)
        return failure(
            LoadError::Malformed, tr("%1: the text cannot be decoded (%2)").arg(name, decoded.encoding));
    if (looksBinary(decoded.text))
        return failure(LoadError::Binary, tr("%1: looks like binary data, not text").arg(name));
    const bool markdownName = isMarkdownName(name);
    const QString text = normalizeText(decoded.text, markdownName);
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
    FormatLoader::takeHeader(a, meta.title, meta.date, meta.author, meta.source);
    // Markdown blocks may end in blanks the conversion kept; plain text went through normalizeText already.
    a.text = markdown ? normalizeText(meta.text) : meta.text;
    if (a.text.isEmpty())
        return failure(LoadError::Empty, tr("%1: the file holds no text").arg(name));
    return r;
}

} // namespace dramatis
