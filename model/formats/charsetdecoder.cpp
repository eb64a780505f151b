#include "formats/charsetdecoder.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <cstring>
#include <memory>

namespace dramatis {

namespace {

// windows-1252 where it differs from ISO-8859-1 (0x80-0x9F); 0 marks the five bytes it leaves undefined.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

char16_t cp1252(uchar b)
{
    if (b >= 0x80 && b < 0xA0)
        return kCp1252High[b - 0x80] ? kCp1252High[b - 0x80] : char16_t(0xFFFD);
    return char16_t(b);
}

// Length of the well-formed UTF-8 sequence at `i` (Unicode table 3-7), or 0 when it is not one.
int utf8SequenceLength(const uchar *p, qsizetype i, qsizetype n)
{
    const uchar b = p[i];
    if (b < 0x80)
        return 1;
    auto cont = [&](qsizetype k, uchar lo = 0x80, uchar hi = 0xBF) {
        return i + k < n && p[i + k] >= lo && p[i + k] <= hi;
    };
    if (b >= 0xC2 && b <= 0xDF)
        return cont(1) ? 2 : 0;
    if (b == 0xE0)
        return cont(1, 0xA0) && cont(2) ? 3 : 0;
    if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF)
        return cont(1) && cont(2) ? 3 : 0;
    if (b == 0xED)
        return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
    if (b == 0xF0)
        return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (b >= 0xF1 && b <= 0xF3)
        return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (b == 0xF4)
        return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}

struct Utf8Census
{
    qsizetype multibyte = 0; // well-formed sequences of 2-4 bytes
    qsizetype invalid = 0; // bytes that start no well-formed sequence
};

Utf8Census utf8Census(const QByteArray &bytes)
{
    Utf8Census c;
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        // ASCII runs are most of any article: skip them eight bytes at a time.
        if (i + 8 <= n) {
            quint64 word;
            memcpy(&word, p + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const int len = utf8SequenceLength(p, i, n);
        if (len == 0) {
            ++c.invalid;
            ++i;
        } else {
            c.multibyte += len > 1;
            i += len;
        }
    }
    return c;
}

// UTF-8 where the bytes are UTF-8, windows-1252 for the bytes that are not: what a file pasted together
// from a UTF-8 page and a legacy one looks like.
QString decodeMixedUtf8(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype runStart = 0; // the well-formed bytes since the last bad one, decoded in one go
    for (qsizetype i = 0; i < n;) {
        const int len = utf8SequenceLength(p, i, n);
        if (len == 0) {
            out.append(QString::fromUtf8(bytes.constData() + runStart, i - runStart));
            out.append(QChar(cp1252(p[i])));
            runStart = ++i;
        } else {
            i += len;
        }
    }
    out.append(QString::fromUtf8(bytes.constData() + runStart, n - runStart));
    return out;
}

// UTF-16 saved without a BOM: in Latin-script text every other byte is zero.
QString guessBomlessUtf16(const QByteArray &bytes)
{
    if (bytes.size() < 8 || bytes.size() % 2 != 0)
        return {};
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2) {
        evenZeros += bytes[i] == 0;
        oddZeros += bytes[i + 1] == 0;
    }
    const qsizetype pairs = bytes.size() / 2;
    if (oddZeros * 10 >= pairs * 6 && evenZeros * 50 <= pairs)
        return QStringLiteral("UTF-16LE");
    if (evenZeros * 10 >= pairs * 6 && oddZeros * 50 <= pairs)
        return QStringLiteral("UTF-16BE");
    return {};
}

bool hasC1Bytes(const QByteArray &bytes)
{
    for (char c : bytes) {
        const auto b = uchar(c);
        if (b >= 0x80 && b < 0xA0)
            return true;
    }
    return false;
}

// "Za¿ó³æ" is Polish read as Latin-1: symbols between letters betray a wrong 8-bit charset. (The other
// way round gives no such sign: Latin-1 text read as Latin-2 is all letters, only wrong ones.)
bool hasSymbolsInsideWords(const QString &text)
{
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        const QChar c = text[i];
        if (c.unicode() >= 0x80 && !c.isLetter() && text[i - 1].isLetter() && text[i + 1].isLetter())
            return true;
    }
    return false;
}

struct DetectorDeleter
{
    void operator()(UCharsetDetector *d) const { ucsdet_close(d); }
};

struct ConverterDeleter
{
    void operator()(UConverter *c) const { ucnv_close(c); }
};

} // namespace

CharsetDecoder::Result CharsetDecoder::decodeWith(const QByteArray &bytes, const QString &charset)
{
    Result r;
    r.encoding = charset;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterDeleter> conv(ucnv_open(charset.toLatin1().constData(), &status));
    if (U_FAILURE(status))
        return r;
    // One UTF-16 unit per byte is enough for every charset ICU reads except a few CJK ones; grow once
    // to the size ICU asks for when it is not.
    qsizetype capacity = bytes.size() + 16;
    int32_t len = 0;
    for (int attempt = 0; attempt < 2; ++attempt) {
        status = U_ZERO_ERROR;
        r.text.resize(capacity);
        ucnv_resetToUnicode(conv.get());
        len = ucnv_toUChars(conv.get(), reinterpret_cast<UChar *>(r.text.data()), int32_t(capacity),
                            bytes.constData(), int32_t(bytes.size()), &status);
        if (status != U_BUFFER_OVERFLOW_ERROR)
            break;
        capacity = qsizetype(len) + 16;
    }
    if (U_FAILURE(status)) {
        r.text.clear();
        return r;
    }
    r.text.resize(len);
    if (r.text.startsWith(QChar(0xFEFF)))
        r.text.remove(0, 1);
    r.ok = true;
    return r;
}

QString CharsetDecoder::detectLegacyCharset(const QByteArray &bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorDeleter> det(ucsdet_open(&status));
    if (U_FAILURE(status))
        return {};
    // The detector reads all it is given; the first 256 KB tell as much as a whole book.
    const qsizetype sample = qMin<qsizetype>(bytes.size(), 256 * 1024);
    ucsdet_setText(det.get(), bytes.constData(), int32_t(sample), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(det.get(), &count, &status);
    if (U_FAILURE(status) || count == 0)
        return {};
    QString best;
    int bestConfidence = 0;
    int westernConfidence = -1;
    for (int32_t i = 0; i < count; ++i) {
        const QString name = QString::fromLatin1(ucsdet_getName(matches[i], &status));
        const int confidence = ucsdet_getConfidence(matches[i], &status);
        if (U_FAILURE(status))
            return {};
        // The bytes are not valid UTF-8 (checked before), whatever the detector's weaker guesses say.
        if (name.startsWith(u"UTF-"))
            continue;
        if (best.isEmpty()) {
            best = name;
            bestConfidence = confidence;
        }
        if (westernConfidence < 0 && (name == u"ISO-8859-1" || name == u"windows-1252"))
            westernConfidence = confidence;
    }
    // Short English texts with a few accented names score almost alike in every Latin charset; the
    // detector's language guess then decides on little evidence. Dramatis reads mostly Western news, so a
    // close Western candidate wins over another Latin one.
    const bool otherLatin = best.startsWith(u"ISO-8859-2") || best == u"windows-1250" || best == u"ISO-8859-9"
                            || best == u"windows-1254";
    if (otherLatin && westernConfidence >= 0 && westernConfidence + 15 >= bestConfidence
        && !hasSymbolsInsideWords(QString::fromLatin1(bytes.left(sample))))
        best = QStringLiteral("ISO-8859-1");
    if (best.isEmpty())
        return {};
    if (best == u"ISO-8859-1" && hasC1Bytes(bytes))
        best = QStringLiteral("windows-1252");
    return best;
}

CharsetDecoder::Result CharsetDecoder::decode(const QByteArray &bytes)
{
    auto startsWith = [&](std::initializer_list<uchar> bom) {
        if (bytes.size() < qsizetype(bom.size()))
            return false;
        qsizetype i = 0;
        for (uchar b : bom)
            if (uchar(bytes[i++]) != b)
                return false;
        return true;
    };
    if (startsWith({0xFF, 0xFE, 0x00, 0x00}))
        return decodeWith(bytes, QStringLiteral("UTF-32LE"));
    if (startsWith({0x00, 0x00, 0xFE, 0xFF}))
        return decodeWith(bytes, QStringLiteral("UTF-32BE"));
    if (startsWith({0xFF, 0xFE}))
        return decodeWith(bytes, QStringLiteral("UTF-16LE"));
    if (startsWith({0xFE, 0xFF}))
        return decodeWith(bytes, QStringLiteral("UTF-16BE"));

    const QByteArray body = startsWith({0xEF, 0xBB, 0xBF}) ? bytes.mid(3) : bytes;
    const Utf8Census census = utf8Census(body);
    Result r;
    r.ok = true;
    if (census.invalid == 0) {
        r.text = QString::fromUtf8(body);
        r.encoding = QStringLiteral("UTF-8");
        return r;
    }
    // A BOM, or more good multi-byte sequences than bad bytes, says UTF-8 with a few foreign bytes.
    if (body.size() != bytes.size() || (census.multibyte > 0 && census.multibyte >= census.invalid)) {
        r.text = decodeMixedUtf8(body);
        r.encoding = QStringLiteral("UTF-8");
        return r;
    }
    const QString utf16 = guessBomlessUtf16(bytes);
    if (!utf16.isEmpty())
        return decodeWith(bytes, utf16);
    QString charset = detectLegacyCharset(bytes);
    if (charset.isEmpty())
        charset = hasC1Bytes(bytes) ? QStringLiteral("windows-1252") : QStringLiteral("ISO-8859-1");
    Result legacy = decodeWith(bytes, charset);
    if (!legacy.ok)
        legacy = decodeWith(bytes, QStringLiteral("windows-1252"));
    return legacy;
}

} // namespace dramatis
