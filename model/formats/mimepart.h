#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace dramatis {

// One part of an Internet message (RFC 5322 headers and a MIME body, RFC 2045-2047), parsed whole: the
// header fields, the body with its transfer encoding (quoted-printable, base64) undone, and the child
// parts of a multipart. Tolerant as mail readers are: a boundary that never appears is looked for among
// the lines that look like one, and a message cut short keeps the parts before the cut.
class MimePart final
{
public:
    static MimePart parse(const QByteArray &bytes);

    // The first field called `name` (case-insensitive), unfolded, raw bytes.
    QByteArray header(QByteArrayView name) const;
    // The same, with RFC 2047 encoded words decoded ("=?UTF-8?Q?Jos=C3=A9?=").
    QString text(QByteArrayView name) const;
    // "text/plain" when the part says nothing.
    QByteArray mimeType() const;
    // A parameter of a structured field: parameter("Content-Type", "charset").
    QByteArray parameter(QByteArrayView field, QByteArrayView name) const;
    bool isAttachment() const;
    // The body's text in its declared charset (or the detected one).
    QString decodedText() const;

    QByteArray body; // transfer encoding undone
    QList<MimePart> parts; // of a multipart
    bool boundaryGuessed = false; // the declared boundary was wrong and another was used
    bool boundaryMissing = false; // a multipart without any boundary line: the body is all there is

    static QString decodeEncodedWords(const QByteArray &value);
    static QByteArray decodeQuotedPrintable(QByteArrayView bytes);
    // True when the first bytes look like the header of a message ("From:", "Subject:", ...).
    static bool looksLikeMessage(QByteArrayView head);

private:
    static MimePart parse(const QByteArray &bytes, int depth);
    QList<QPair<QByteArray, QByteArray>> m_headers; // lower-case name, unfolded value
};

} // namespace dramatis
