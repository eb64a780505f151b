#include "formats/ziparchive.h"

#include "formats/xmlpartwalker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QXmlStreamReader>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace dramatis {

namespace {

struct ArchiveFree
{
    void operator()(archive *a) const { archive_read_free(a); }
};

bool wanted(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"xml" || suffix == u"xhtml" || suffix == u"html" || suffix == u"htm" || suffix == u"opf"
        || suffix == u"rels" || suffix == u"ncx" || path == u"mimetype";
}

bool safePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.startsWith(u'\\') || path.contains(u':'))
        return false;
    const QStringList parts = QString(path).replace(u'\\', u'/').split(u'/');
    return !parts.contains(QStringLiteral(".."));
}

} // namespace

ZipArchive ZipArchive::read(const QByteArray &bytes, const Limits &limits)
{
    ZipArchive zip;
    std::unique_ptr<archive, ArchiveFree> a(archive_read_new());
    archive_read_support_format_zip(a.get());
    if (archive_read_open_memory(a.get(), bytes.constData(), size_t(bytes.size())) != ARCHIVE_OK) {
        zip.status = Status::Damaged;
        zip.error = QString::fromUtf8(archive_error_string(a.get()));
        return zip;
    }
    qint64 total = 0;
    int count = 0;
    archive_entry *entry = nullptr;
    char buffer[64 * 1024];
    for (;;) {
        const int rc = archive_read_next_header(a.get(), &entry);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc < ARCHIVE_WARN) {
            zip.status = Status::Damaged;
            zip.error = QString::fromUtf8(archive_error_string(a.get()));
            return zip;
        }
        if (++count > limits.maxEntries) {
            zip.status = Status::TooLarge;
            zip.error = QStringLiteral("more than %1 entries").arg(limits.maxEntries);
            return zip;
        }
        const char *rawName = archive_entry_pathname_utf8(entry);
        if (!rawName)
            rawName = archive_entry_pathname(entry);
        const QString path = QString::fromUtf8(rawName ? rawName : "");
        if (archive_entry_filetype(entry) != AE_IFREG || !safePath(path) || !wanted(path)) {
            archive_read_data_skip(a.get());
            continue;
        }
        QByteArray data;
        for (;;) {
            const la_ssize_t n = archive_read_data(a.get(), buffer, sizeof buffer);
            if (n == 0)
                break;
            if (n < 0) {
                zip.status = Status::Damaged;
                zip.error = QString::fromUtf8(archive_error_string(a.get()));
                return zip;
            }
            data.append(buffer, n);
            total += n;
            if (data.size() > limits.maxEntrySize || total > limits.maxTotalSize) {
                zip.status = Status::TooLarge;
                zip.error
                    = QStringLiteral("%1 expands beyond %2 MB")
                          .arg(path)
                          .arg((data.size() > limits.maxEntrySize ? limits.maxEntrySize : limits.maxTotalSize)
                              / (1024 * 1024));
                return zip;
            }
            if (total > limits.ratioFloor
                && double(total) > limits.maxRatio * double(qMax<qsizetype>(bytes.size(), 1))) {
                zip.status = Status::TooLarge;
                zip.error = QStringLiteral("it expands more than %1 times its size").arg(limits.maxRatio);
                return zip;
            }
        }
        zip.entries.insert(path, data);
    }
    return zip;
}

QString ZipArchive::problem(const QString &fileName) const
{
    switch (status) {
    case Status::Ok:
        return {};
    case Status::TooLarge:
        return QCoreApplication::translate(
            "dramatis::ZipArchive", "%1: refused: the archive is a zip bomb or far too large (%2)")
            .arg(fileName, error);
    case Status::Damaged:
        break;
    }
    return QCoreApplication::translate("dramatis::ZipArchive", "%1: the archive is damaged or cut short (%2)")
        .arg(fileName, error);
}

void ZipArchive::guard(QXmlStreamReader &xml)
{
    xml.setNamespaceProcessing(true);
    xml.setEntityExpansionLimit(4096);
}

void ZipArchive::refuseEntities(QXmlStreamReader &xml)
{
    if (xml.tokenType() == QXmlStreamReader::DTD && !xml.entityDeclarations().isEmpty())
        xml.raiseError(QStringLiteral("the XML declares entities, which Dramatis refuses"));
}

QHash<QString, QString> ZipArchive::firstTexts(const QByteArray &bytes, const QStringList &names)
{
    QHash<QString, QString> found;
    if (names.isEmpty())
        return found;
    QString current;
    QString text;
    XmlPartWalker xml(bytes);
    xml.walk({.start =
                  [&](QXmlStreamReader &reader) {
                      current = reader.name().toString();
                      text.clear();
                  },
        .end =
            [&](QStringView name) {
                if (name == current && names.contains(current) && !found.contains(current)
                    && !text.trimmed().isEmpty())
                    found.insert(current, text.simplified());
                current.clear();
                if (found.size() == names.size())
                    xml.stop();
            },
        .text = [&](QStringView characters) { text += characters; }});
    return found;
}

bool ZipArchive::hasMimetype(QByteArrayView head, QByteArrayView mimeType)
{
    // Local file header: 30 bytes, the name, an extra field, then (stored, uncompressed) the contents.
    if (!head.startsWith("PK\x03\x04") || head.size() < 30)
        return false;
    const auto u16
        = [&](qsizetype at) { return qsizetype(uchar(head[at])) | qsizetype(uchar(head[at + 1])) << 8; };
    const qsizetype nameLength = u16(26);
    const qsizetype dataStart = 30 + nameLength + u16(28);
    // The size first: a head cut inside the name must not be read past its end (found by fuzz_odt).
    return nameLength == 8 && head.size() >= dataStart + mimeType.size() && head.sliced(30, 8) == "mimetype"
        && head.sliced(dataStart).startsWith(mimeType);
}

QString ZipArchive::resolve(const QString &base, const QString &relative)
{
    const QString decoded = QUrl::fromPercentEncoding(relative.section(u'#', 0, 0).toUtf8());
    if (decoded.isEmpty() || decoded.startsWith(u'/') || decoded.contains(u"://"))
        return {};
    const QString folder = base.contains(u'/') ? base.section(u'/', 0, -2) + u'/' : QString();
    const QString clean = QDir::cleanPath(folder + decoded);
    return clean.startsWith(u"../") || clean == u".." || clean.startsWith(u'/') ? QString() : clean;
}

} // namespace dramatis
