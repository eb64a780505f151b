#include "export/jsonstreamwriter.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace dramatis {

namespace {

constexpr qsizetype FlushAt = 64 * 1024;

char hexDigit(unsigned u)
{
    return char(u < 10 ? '0' + u : 'a' + u - 10);
}

} // namespace

JsonStreamWriter::JsonStreamWriter(QIODevice *device, Style style)
    : m_device(device)
    , m_compact(style == Style::Compact)
{
    m_buffer.reserve(FlushAt + 4096);
}

JsonStreamWriter::~JsonStreamWriter()
{
    flush();
}

bool JsonStreamWriter::flush()
{
    if (m_ok && !m_buffer.isEmpty())
        m_ok = m_device->write(m_buffer) == m_buffer.size();
    m_buffer.clear();
    return m_ok;
}

void JsonStreamWriter::maybeFlush()
{
    if (m_buffer.size() >= FlushAt)
        flush();
}

void JsonStreamWriter::indent(std::size_t depth)
{
    if (!m_compact)
        m_buffer.append(qsizetype(4 * depth), ' ');
}

void JsonStreamWriter::separate(Level &level)
{
    if (level.count++ > 0)
        m_buffer.append(',');
    if (!m_compact)
        m_buffer.append('\n');
    indent(m_levels.size());
}

void JsonStreamWriter::beginValue()
{
    if (m_levels.empty() || m_levels.back().object)
        return; // at the top, or after key()
    separate(m_levels.back());
}

void JsonStreamWriter::key(QStringView name)
{
    separate(m_levels.back());
    m_buffer.append('"');
    appendEscaped(name, m_buffer);
    m_buffer.append(m_compact ? "\":" : "\": ");
}

void JsonStreamWriter::beginObject()
{
    beginValue();
    m_buffer.append('{');
    m_levels.push_back({true, 0});
}

void JsonStreamWriter::beginArray()
{
    beginValue();
    m_buffer.append('[');
    m_levels.push_back({false, 0});
}

void JsonStreamWriter::closeLevel(char bracket)
{
    m_levels.pop_back();
    // Indented, Qt closes on a line of its own, an empty object's or array's brackets included ("[\n]").
    if (!m_compact)
        m_buffer.append('\n');
    indent(m_levels.size());
    m_buffer.append(bracket);
    if (m_levels.empty())
        m_buffer.append('\n');
    maybeFlush();
}

void JsonStreamWriter::endObject()
{
    closeLevel('}');
}

void JsonStreamWriter::endArray()
{
    closeLevel(']');
}

void JsonStreamWriter::value(const QJsonValue &v)
{
    if (v.isString()) {
        string(v.toString());
        return;
    }
    beginValue();
    if ((v.isObject() || v.isArray()) && m_compact) {
        m_buffer.append(v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                     : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    } else if (v.isObject() || v.isArray()) {
        // Qt writes it at depth 0: indent its inner lines to where it stands (strings hold no raw newline).
        QByteArray json = v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented)
                                       : QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented);
        json.chop(1); // the document's final newline
        const QByteArray newline = '\n' + QByteArray(qsizetype(4 * m_levels.size()), ' ');
        m_buffer.append(json.replace('\n', newline));
    } else {
        const QByteArray json = QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact);
        m_buffer.append(json.constData() + 1, json.size() - 2); // without the brackets
    }
    maybeFlush();
}

void JsonStreamWriter::string(QStringView text)
{
    beginValue();
    m_buffer.append('"');
    appendEscaped(text, m_buffer);
    m_buffer.append('"');
    maybeFlush();
}

void JsonStreamWriter::number(qint64 n)
{
    beginValue();
    m_buffer.append(QByteArray::number(n));
    maybeFlush();
}

void JsonStreamWriter::number(double d)
{
    beginValue();
    if (qIsFinite(d))
        m_buffer.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
    else
        m_buffer.append("null"); // as Qt does
    maybeFlush();
}

void JsonStreamWriter::null()
{
    beginValue();
    m_buffer.append("null");
    maybeFlush();
}

void JsonStreamWriter::appendEscaped(QStringView text, QByteArray &out)
{
    // Qt's rules (qjsonwriter.cpp): ", \ and control characters escaped (\b \f \n \r \t, else \u00xx),
    // everything else UTF-8, and a lone surrogate, which has no UTF-8, as \uxxxx.
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p < end) {
        // Runs of plain ASCII go in one append.
        const char16_t *run = p;
        while (p < end && *p >= 0x20 && *p < 0x80 && *p != u'"' && *p != u'\\')
            ++p;
        if (p > run) {
            const qsizetype at = out.size();
            out.resize(at + (p - run));
            char *dst = out.data() + at;
            for (const char16_t *c = run; c < p; ++c)
                *dst++ = char(*c);
        }
        if (p == end)
            break;
        const char16_t u = *p;
        if (u < 0x80) {
            out.append('\\');
            switch (u) {
            case u'"':
                out.append('"');
                break;
            case u'\\':
                out.append('\\');
                break;
            case 0x8:
                out.append('b');
                break;
            case 0xc:
                out.append('f');
                break;
            case 0xa:
                out.append('n');
                break;
            case 0xd:
                out.append('r');
                break;
            case 0x9:
                out.append('t');
                break;
            default:
                out.append("u00");
                out.append(hexDigit(u >> 4));
                out.append(hexDigit(u & 0xf));
            }
            ++p;
            continue;
        }
        // A run of non-ASCII: UTF-8, except lone surrogates.
        const char16_t *start = p;
        while (p < end && *p >= 0x80) {
            if (QChar::isHighSurrogate(*p) && p + 1 < end && QChar::isLowSurrogate(p[1]))
                p += 2;
            else if (QChar::isSurrogate(*p))
                break;
            else
                ++p;
        }
        if (p > start)
            out.append(QStringView(start, p).toUtf8());
        if (p < end && QChar::isSurrogate(*p)) {
            out.append("\\u");
            out.append(hexDigit((*p >> 12) & 0xf));
            out.append(hexDigit((*p >> 8) & 0xf));
            out.append(hexDigit((*p >> 4) & 0xf));
            out.append(hexDigit(*p & 0xf));
            ++p;
        }
    }
}

} // namespace dramatis
