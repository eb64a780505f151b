#include "formats/mimepart.h"

#include "formats/charsetdecoder.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace dramatis {

namespace {

// Deeper nesting than any mail client writes; more parts than any article needs.
constexpr int kMaxDepth = 16;
constexpr qsizetype kMaxParts = 1000;

// Where the header ends: the first empty line (LF or CRLF), or -1 when the whole input is header.
qsizetype headerEnd(const QByteArray &bytes, qsizetype *bodyStart)
{
    qsizetype i = 0;
    while (i < bytes.size()) {
        qsizetype eol = bytes.indexOf('\n', i);
        if (eol < 0)
            eol = bytes.size();
        const qsizetype len = eol - i - (eol > i && bytes[eol - 1] == '\r' ? 1 : 0);
        if (len == 0) {
            *bodyStart = qMin(eol + 1, bytes.size());
            return i;
        }
        i = eol + 1;
    }
    *bodyStart = bytes.size();
    return bytes.size();
}

QString decodeCharset(const QByteArray &bytes, const QByteArray &charset)
{
    if (!charset.isEmpty()) {
        QString name = QString::fromLatin1(charset).trimmed();
        const QString lower = name.toLower();
        if (lower == u"iso-8859-1" || lower == u"us-ascii" || lower == u"latin1")
            name = QStringLiteral("windows-1252"); // what mail clients mean by it
        const CharsetDecoder::Result r = CharsetDecoder::decodeWith(bytes, name);
        if (r.ok)
            return r.text;
    }
    return CharsetDecoder::decode(bytes).text;
}

QByteArray decodeTransfer(const QByteArray &body, const QByteArray &encoding)
{
    const QByteArray e = encoding.trimmed().toLower();
    if (e == "quoted-printable")
        return MimePart::decodeQuotedPrintable(body);
    if (e == "base64")
        return QByteArray::fromBase64(body); // lenient: line breaks and junk are skipped
    return body;
}

// The lines of a multipart body between delimiters "--boundary"; the preamble and epilogue are dropped.
QList<QByteArray> splitParts(const QByteArray &body, const QByteArray &boundary, bool *found)
{
    QList<QByteArray> parts;
    const QByteArray delimiter = "--" + boundary;
    qsizetype partStart = -1;
    qsizetype i = 0;
    *found = false;
    while (i < body.size()) {
        qsizetype eol = body.indexOf('\n', i);
        const qsizetype next = eol < 0 ? body.size() : eol + 1;
        if (eol < 0)
            eol = body.size();
        const QByteArrayView line = QByteArrayView(body).sliced(i, eol - i).trimmed();
        if (line.startsWith(delimiter)) {
            const QByteArrayView rest = line.sliced(delimiter.size());
            if (rest.isEmpty() || rest == "--") {
                *found = true;
                if (partStart >= 0) {
                    // The line break before a delimiter belongs to the delimiter.
                    qsizetype end = i;
                    if (end > partStart && body[end - 1] == '\n')
                        --end;
                    if (end > partStart && body[end - 1] == '\r')
                        --end;
                    parts << body.sliced(partStart, end - partStart);
                }
                if (rest == "--" || parts.size() >= kMaxParts)
                    return parts;
                partStart = next;
            }
        }
        i = next;
    }
    if (partStart >= 0 && partStart < body.size())
        parts << body.sliced(partStart); // cut short: keep what came
    return parts;
}

// A delimiter line that the body repeats, when the declared boundary is not in it.
QByteArray guessBoundary(const QByteArray &body)
{
    static const QRegularExpression delimiter(
        QStringLiteral(R"(^--([0-9A-Za-z'()+_,./:=?\-]{6,70}?)(?:--)?\s*$)"),
        QRegularExpression::MultilineOption);
    QHash<QString, int> counts;
    QString best;
    auto it = delimiter.globalMatch(QString::fromLatin1(body));
    while (it.hasNext()) {
        const QString b = it.next().captured(1);
        if (++counts[b] >= 2 && (best.isEmpty() || counts[b] > counts[best]))
            best = b;
    }
    return best.toLatin1();
}

} // namespace

MimePart MimePart::parse(const QByteArray &bytes)
{
    return parse(bytes, 0);
}

MimePart MimePart::parse(const QByteArray &bytes, int depth)
{
    MimePart part;
    qsizetype bodyStart = 0;
    const qsizetype end = headerEnd(bytes, &bodyStart);
    const QByteArrayView head = QByteArrayView(bytes).first(end);
    qsizetype i = 0;
    // An mbox "From " line before the header is not a field.
    if (head.startsWith("From ")) {
        const qsizetype eol = head.indexOf('\n');
        i = eol < 0 ? head.size() : eol + 1;
    }
    while (i < head.size()) {
        qsizetype eol = head.indexOf('\n', i);
        if (eol < 0)
            eol = head.size();
        const QByteArrayView line = head.sliced(i, eol - i);
        if ((line.startsWith(' ') || line.startsWith('\t')) && !part.m_headers.isEmpty()) {
            part.m_headers.last().second += ' ' + line.trimmed().toByteArray();
        } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
            part.m_headers.append({line.first(colon).trimmed().toByteArray().toLower(),
                line.sliced(colon + 1).trimmed().toByteArray()});
        }
        i = eol + 1;
    }
    // Only a body whose part has no header fields at all starts right away (a part with no header).
    const QByteArray raw = end == bytes.size() && part.m_headers.isEmpty() ? bytes : bytes.sliced(bodyStart);
    if (part.mimeType().startsWith("multipart/") && depth < kMaxDepth) {
        const QByteArray boundary = part.parameter("content-type", "boundary");
        bool found = false;
        QList<QByteArray> pieces
            = boundary.isEmpty() ? QList<QByteArray>() : splitParts(raw, boundary, &found);
        if (!found) {
            if (const QByteArray guessed = guessBoundary(raw); !guessed.isEmpty()) {
                pieces = splitParts(raw, guessed, &found);
                part.boundaryGuessed = found;
            }
        }
        if (found) {
            for (const QByteArray &piece : std::as_const(pieces))
                part.parts << parse(piece, depth + 1);
            return part;
        }
        part.boundaryMissing = true;
    }
    part.body = decodeTransfer(raw, part.header("content-transfer-encoding"));
    return part;
}

QByteArray MimePart::header(QByteArrayView name) const
{
    for (const auto &[key, value] : m_headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString MimePart::text(QByteArrayView name) const
{
    return decodeEncodedWords(header(name)).simplified();
}

QByteArray MimePart::mimeType() const
{
    QByteArray type = header("content-type");
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    type = type.trimmed().toLower();
    return type.isEmpty() ? QByteArray("text/plain") : type;
}

QByteArray MimePart::parameter(QByteArrayView field, QByteArrayView name) const
{
    const QByteArray value = header(field);
    static const QRegularExpression param(
        QStringLiteral(R"re(;\s*([A-Za-z0-9*_\-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*)))re"));
    auto it = param.globalMatch(QString::fromLatin1(value));
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(1).toLatin1().compare(name, Qt::CaseInsensitive) == 0)
            return (m.hasCaptured(2) && !m.captured(2).isNull() ? m.captured(2) : m.captured(3)).toLatin1();
    }
    return {};
}

bool MimePart::isAttachment() const
{
    return header("content-disposition").trimmed().toLower().startsWith("attachment");
}

QString MimePart::decodedText() const
{
    return decodeCharset(body, parameter("content-type", "charset"));
}

QByteArray MimePart::decodeQuotedPrintable(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1;
    };
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c != '=') {
            out += c;
            continue;
        }
        // A soft line break: "=" at the end of a line (trailing blanks allowed).
        qsizetype j = i + 1;
        while (j < bytes.size() && (bytes[j] == ' ' || bytes[j] == '\t'))
            ++j;
        if (j < bytes.size() && (bytes[j] == '\n' || bytes[j] == '\r')) {
            if (bytes[j] == '\r' && j + 1 < bytes.size() && bytes[j + 1] == '\n')
                ++j;
            i = j;
            continue;
        }
        if (j >= bytes.size()) {
            i = j;
            continue;
        }
        if (i + 2 < bytes.size() && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
            out += char(hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]));
            i += 2;
        } else {
            out += c; // not an escape: kept as written, as readers do
        }
    }
    return out;
}

QString MimePart::decodeEncodedWords(const QByteArray &value)
{
    static const QRegularExpression word(QStringLiteral(R"(=\?([^?*]+)(?:\*[^?]*)?\?([BbQq])\?([^?]*)\?=)"));
    const QString latin = QString::fromLatin1(value);
    QString out;
    qsizetype last = 0;
    bool previousWasEncoded = false;
    auto it = word.globalMatch(latin);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString between = latin.mid(last, m.capturedStart() - last);
        // Blanks between two encoded words are not text (RFC 2047 section 6.2).
        if (!(previousWasEncoded && between.trimmed().isEmpty()))
            out += CharsetDecoder::decode(between.toLatin1()).text;
        QByteArray bytes = m.captured(3).toLatin1();
        if (m.captured(2).compare(u"B", Qt::CaseInsensitive) == 0) {
            bytes = QByteArray::fromBase64(bytes);
        } else {
            bytes.replace('_', ' ');
            bytes = decodeQuotedPrintable(bytes);
        }
        out += decodeCharset(bytes, m.captured(1).toLatin1());
        last = m.capturedEnd();
        previousWasEncoded = true;
    }
    out += CharsetDecoder::decode(latin.mid(last).toLatin1()).text;
    return out;
}

bool MimePart::looksLikeMessage(QByteArrayView head)
{
    static const QRegularExpression field(
        QStringLiteral(
            R"(^(from|to|cc|subject|date|message-id|mime-version|received|return-path|reply-to|content-type|x-[a-z-]+):[ \t])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    const QString text = QString::fromLatin1(head.first(qMin<qsizetype>(head.size(), 4096)));
    // The very first line must be a field (or an mbox separator), and the header must name a few.
    static const QRegularExpression firstLine(QStringLiteral(R"(^(?:From \S|[A-Za-z][A-Za-z0-9-]*:[ \t]))"));
    if (!firstLine.match(text).hasMatch())
        return false;
    qsizetype bodyStart = 0;
    const qsizetype end = headerEnd(head.toByteArray(), &bodyStart);
    QSet<QString> names;
    auto it = field.globalMatch(text.left(end));
    while (it.hasNext())
        names.insert(it.next().captured(1).toLower());
    return names.size() >= 3
        || (names.contains(QStringLiteral("mime-version")) && names.contains(QStringLiteral("content-type")));
}

} // namespace dramatis
