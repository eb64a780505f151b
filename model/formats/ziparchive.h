#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

class QXmlStreamReader;

namespace dramatis {

// The text parts of a ZIP container (DOCX, ODT, EPUB), read from memory through libarchive with limits
// a zip bomb cannot pass: no entry and no total may expand beyond a bound, nor the whole beyond a ratio
// of the archive's own size. Entries whose path is absolute or climbs out with "../" are ignored;
// nothing is ever written to disk. Only entries with a text-like suffix (xml, html, opf, ...) are kept.
class ZipArchive final
{
public:
    struct Limits
    {
        qint64 maxEntrySize = 64 * 1024 * 1024;
        qint64 maxTotalSize = 256 * 1024 * 1024;
        // Uncompressed over compressed, checked once more than `ratioFloor` bytes came out: XML
        // compresses about 10:1, a bomb by 1000:1 and more.
        double maxRatio = 200;
        qint64 ratioFloor = 8 * 1024 * 1024;
        int maxEntries = 20000;
    };
    enum class Status { Ok, Damaged, TooLarge };

    Status status = Status::Ok;
    QString error; // libarchive's words, or which limit was hit
    QHash<QString, QByteArray> entries; // path inside the archive → contents

    static ZipArchive read(const QByteArray &bytes, const Limits &limits);
    static ZipArchive read(const QByteArray &bytes) { return read(bytes, Limits()); }

    // The one-line reason this archive cannot be read, naming `fileName`; empty when it can.
    QString problem(const QString &fileName) const;

    // Prepares a reader for one XML part: internal entities may expand to a few kilobytes at most.
    static void guard(QXmlStreamReader &xml);
    // Call on every DTD token: one that declares entities is refused (entity expansion bombs).
    static void refuseEntities(QXmlStreamReader &xml);

    // The text of the first element with each local name ("title", "creator", ...) in a small XML part
    // (metadata); names that do not occur are missing.
    static QHash<QString, QString> firstTexts(const QByteArray &xml, const QStringList &names);
    // True when `head` starts a ZIP whose first entry is "mimetype" holding `mimeType` (ODF, EPUB).
    static bool hasMimetype(QByteArrayView head, QByteArrayView mimeType);

    // `relative` (a link inside the archive, URL-encoded) resolved against the folder of `base`;
    // empty when it leaves the archive.
    static QString resolve(const QString &base, const QString &relative);
};

} // namespace dramatis
