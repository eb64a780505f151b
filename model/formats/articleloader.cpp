#include "formats/articleloader.h"

#include "formats/charsetdecoder.h"
#include "formats/formatregistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace dramatis {

namespace {

LoadResult failure(LoadError::Kind kind, const QString &message)
{
    return FormatLoader::failure(kind, message);
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

} // namespace

QString ArticleLoader::describeBinaryFormat(const QByteArray &head)
{
    const Magic *m = findMagic(head);
    return m ? tr(m->description) : QString();
}

QStringList ArticleLoader::supportedSuffixes()
{
    return FormatRegistry::suffixes();
}

QStringList ArticleLoader::nameFilters()
{
    QStringList filters;
    for (const QString &suffix : FormatRegistry::suffixes())
        filters << QStringLiteral("*.") + suffix;
    return filters;
}

QStringList ArticleLoader::supportedMimeTypes()
{
    return FormatRegistry::mimeTypes();
}

bool ArticleLoader::isSupportedFile(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (FormatRegistry::find({}, suffix, FormatLoader::Match::ByName))
        return true;
    if (!suffix.isEmpty() || !info.isFile())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(FormatLoader::HeadSize);
    if (head.isEmpty())
        return false;
    if (FormatRegistry::find(head, suffix, FormatLoader::Match::ByContent))
        return true;
    if (findMagic(head))
        return false;
    const CharsetDecoder::Result decoded = CharsetDecoder::decode(head);
    return decoded.ok && !FormatLoader::looksBinary(decoded.text);
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
    const FormatLoader *loader = FormatRegistry::find(head, suffix, FormatLoader::Match::ByContent);
    if (!loader) {
        if (const Magic *m = findMagic(bytes.left(64)))
            return failure(m->document ? LoadError::Unsupported : LoadError::Binary,
                tr("%1: looks like %2").arg(name, tr(m->description)));
        loader = FormatRegistry::find(head, suffix, FormatLoader::Match::ByName);
    }
    if (!loader)
        loader = &FormatRegistry::fallback();
    LoadResult r = loader->load(bytes, name);
    if (r.ok() && r.article.format.isEmpty())
        r.article.format = loader->format();
    return r;
}

} // namespace dramatis
