#include "formats/formatloader.h"

#include "formats/metadataextractor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <unicode/unorm2.h>

#include <limits>

namespace dramatis {

FormatLoader::Match FormatLoader::match(QByteArrayView head, const QString &suffix) const
{
    if (recognises(head))
        return Match::ByContent;
    return suffixes().contains(suffix) ? Match::ByName : Match::No;
}

bool FormatLoader::recognises(QByteArrayView) const
{
    return false;
}

LoadResult FormatLoader::failure(LoadError::Kind kind, const QString &message)
{
    // One line, whatever went into it: a member name inside an archive or a library's error text can
    // carry line breaks and other controls (found by fuzz_docx).
    QString line = message;
    for (QChar &c : line) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    LoadResult r;
    r.error = LoadError {kind, line.trimmed()};
    return r;
}

// One pass over the text: articles of many megabytes go through here.
QString FormatLoader::normalizeText(const QString &text, bool keepTrailingBlanks)
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
        if (!keepTrailingBlanks || end == lineStart)
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
    if (U_FAILURE(status)
        || !unorm2_isNormalized(
            nfc, reinterpret_cast<const UChar *>(out.utf16()), int32_t(out.size()), &status)
        || U_FAILURE(status))
        out = out.normalized(QString::NormalizationForm_C);
    return std::move(out).trimmed();
}

// Plain text saved with hard line breaks inside paragraphs (e-mail style, ~72 columns) reads and tags
// better as one line per paragraph. Only paragraphs that are clearly wrapped are joined: three or more
// lines, all but the last of similar, typical wrap length, none starting like a list item.
QString FormatLoader::unwrapParagraphs(const QString &text)
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
        return shortest >= 50 && longest <= 100 && shortest * 10 >= longest * 7
            && lines.last().size() <= longest;
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

// Text has few control characters; binary data decoded as a legacy charset has many. (A stray NUL, as
// some editors leave at the end, is one control among many letters, and normalisation drops it.)
bool FormatLoader::looksBinary(const QString &text)
{
    qsizetype controls = 0;
    qsizetype replacements = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        // Printable ASCII, nearly every character of a text, decided by one comparison.
        if (char16_t(u - 0x20) < 0x5F)
            continue;
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f' && u != u'\v' && u != 0x1A)
            || (u >= 0x7F && u < 0xA0))
            ++controls;
        else if (u == 0xFFFD)
            ++replacements;
    }
    const qsizetype n = qMax<qsizetype>(text.size(), 1);
    return (controls > 2 && controls * 100 > n * 2) || replacements * 100 > n * 10;
}

QDate FormatLoader::parseDate(const QString &text)
{
    const QString s = text.trimmed();
    if (s.isEmpty())
        return {};
    // PDF: D:20240314093000+01'00'
    static const QRegularExpression pdf(QStringLiteral(R"(^D:(\d{4})(\d{2})?(\d{2})?)"));
    if (const auto m = pdf.match(s); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.hasCaptured(2) ? m.captured(2).toInt() : 1,
            m.hasCaptured(3) ? m.captured(3).toInt() : 1);
        if (d.isValid())
            return d;
    }
    if (const QDateTime rfc = QDateTime::fromString(s, Qt::RFC2822Date); rfc.isValid())
        return rfc.date();
    if (const QDate d = MetadataExtractor::parseDate(s); d.isValid())
        return d;
    // ISO with anything after the day (2024-03-14T09:30:00.000+0100, "2024-03-14 09:30").
    static const QRegularExpression isoDay(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})(?!\d))"));
    if (const auto m = isoDay.match(s); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return {};
}

void FormatLoader::takeHeader(
    Article &a, const QString &title, const QDate &date, const QString &author, const QString &source)
{
    a.title = title;
    if (!a.date.isValid())
        a.date = date;
    if (a.author.isEmpty())
        a.author = author;
    if (a.source.isEmpty())
        a.source = source;
}

LoadResult FormatLoader::finish(Article a, const QString &name, Header header, EmptyText empty)
{
    if (a.filePath.isEmpty())
        a.filePath = name;
    a.title = a.title.simplified();
    a.author = a.author.simplified();
    a.source = a.source.simplified();
    QString text = normalizeText(a.text);
    if (header == Header::Detect) {
        const MetadataExtractor::Result meta = MetadataExtractor::extract(text, a.title);
        takeHeader(a, meta.title, meta.date, meta.author, meta.source);
        text = meta.text;
    } else {
        static const QRegularExpression by(
            QStringLiteral(R"(^by\s)"), QRegularExpression::CaseInsensitiveOption);
        const QString title = a.title.toCaseFolded();
        for (int k = 0; k < 6 && !text.isEmpty(); ++k) {
            qsizetype end = text.indexOf(u'\n');
            if (end < 0)
                end = text.size();
            const QString line = text.left(end).simplified();
            if (!title.isEmpty() && line.toCaseFolded() == title) {
                // the headline again
            } else if (const QDate d = MetadataExtractor::parseDate(line); d.isValid()) {
                if (!a.date.isValid())
                    a.date = d;
            } else if (const MetadataExtractor::Byline b = MetadataExtractor::parseByline(line);
                       by.match(line).hasMatch() && b.isByline() && line.size() < 120) {
                if (a.author.isEmpty())
                    a.author = b.authors.join(QStringLiteral(", "));
                if (a.source.isEmpty())
                    a.source = b.source;
            } else {
                break;
            }
            text = text.mid(end + 1).trimmed();
        }
        if (a.title.isEmpty()) {
            // A short first paragraph of one line that does not end like a sentence is the headline.
            const qsizetype end = text.indexOf(QStringLiteral("\n\n"));
            const QString first = text.left(end);
            static const QRegularExpression sentenceEnd(QStringLiteral(R"([.!?:;,]$)"));
            if (end > 0 && first.size() <= 150 && !first.contains(u'\n')
                && !sentenceEnd.match(first).hasMatch()) {
                a.title = first.simplified();
                text = text.mid(end + 2);
            }
        }
    }
    a.text = normalizeText(text);
    if (a.text.isEmpty() && empty == EmptyText::Refused)
        return failure(LoadError::NoText,
            QCoreApplication::translate("dramatis::FormatLoader", "%1: the document holds no text")
                .arg(name));
    LoadResult r;
    r.article = std::move(a);
    return r;
}

} // namespace dramatis
