#include "pdfloader.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <poppler-qt6.h>

#include <algorithm>

namespace dramatis {

namespace {

using Line = PdfLoader::Line;

// Poppler reports every repaired cross-reference table on stderr; the loader says what matters itself.
void silencePoppler()
{
    static const bool done = [] {
        Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
        return true;
    }();
    Q_UNUSED(done);
}

bool isLetter(QChar c)
{
    return c.isLetter();
}

// Typesetters' ligatures (ﬁ, ﬂ) come out of PDFs as one character; the words need their letters back.
QString withoutLigatures(QString text)
{
    static const QHash<char16_t, QString> ligatures {{0xFB00, QStringLiteral("ff")},
        {0xFB01, QStringLiteral("fi")}, {0xFB02, QStringLiteral("fl")}, {0xFB03, QStringLiteral("ffi")},
        {0xFB04, QStringLiteral("ffl")}, {0xFB05, QStringLiteral("st")}, {0xFB06, QStringLiteral("st")}};
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].unicode() >= 0xFB00 && text[i].unicode() <= 0xFB06) {
            const QString letters = ligatures.value(text[i].unicode());
            text.replace(i, 1, letters);
            i += letters.size() - 1;
        }
    }
    return text;
}

// Poppler's words, chained into its lines (nextWord links the words of one line).
QList<Line> pageLines(const Poppler::Page &page)
{
    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page.textList();
    QSet<const Poppler::TextBox *> continued;
    for (const auto &b : boxes) {
        if (b->nextWord())
            continued.insert(b->nextWord());
    }
    QList<Line> lines;
    QSet<const Poppler::TextBox *> seen;
    for (const auto &start : boxes) {
        if (continued.contains(start.get()) || seen.contains(start.get()))
            continue;
        Line line;
        for (const Poppler::TextBox *b = start.get(); b && !seen.contains(b); b = b->nextWord()) {
            seen.insert(b);
            line.text += b->text();
            if (b->hasSpaceAfter())
                line.text += u' ';
            line.box = line.box.isNull() ? b->boundingBox() : line.box.united(b->boundingBox());
        }
        line.text = withoutLigatures(line.text.trimmed());
        if (!line.text.isEmpty())
            lines << line;
    }
    // Words a chain missed (a loop in nextWord) become lines of their own.
    for (const auto &b : boxes) {
        if (!seen.contains(b.get()) && !b->text().trimmed().isEmpty())
            lines << Line {b->text().trimmed(), b->boundingBox(), false};
    }
    return lines;
}

// Lines of a running header or footer: the same text (page numbers aside) near the same place.
QString runningKey(const Line &line, qreal pageHeight)
{
    static const QRegularExpression digits(QStringLiteral(R"(\d+)"));
    QString key = line.text.toLower().simplified();
    key.replace(digits, QStringLiteral("#"));
    return key + u'@' + QString::number(qRound(line.box.top() / pageHeight * 40));
}

bool inMargin(const Line &line, qreal pageHeight)
{
    return line.box.bottom() < pageHeight * 0.09 || line.box.top() > pageHeight * 0.91;
}

bool isPageNumber(const QString &text)
{
    static const QRegularExpression number(
        QStringLiteral(
            R"(^[\s\-–—|]*(?:page\s+|p\.\s*)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s*(?:of|/)\s*\d{1,4})?[\s\-–—|]*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return number.match(text).hasMatch();
}

bool endsSentence(const QString &text)
{
    static const QRegularExpression end(QStringLiteral(R"([.!?:;"”’)\]]$)"));
    return end.match(text).hasMatch();
}

qreal median(QList<qreal> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Lines in reading order into paragraphs: a paragraph ends at a wider gap than the usual line spacing,
// at an indented line, at a change of type size, or after a short line that ends a sentence.
QStringList paragraphs(const QList<Line> &lines)
{
    QList<qreal> gaps;
    QList<qreal> heights;
    QList<qreal> widths;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        heights << lines[i].box.height();
        widths << lines[i].box.width();
        if (i > 0 && lines[i].box.top() > lines[i - 1].box.top())
            gaps << lines[i].box.top() - lines[i - 1].box.bottom();
    }
    const qreal gap = qMax<qreal>(median(gaps), 0);
    const qreal height = median(heights);
    std::sort(widths.begin(), widths.end());
    const qreal fullWidth = widths.isEmpty() ? 0 : widths[widths.size() * 3 / 4];

    QStringList out;
    QString current;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &line = lines[i];
        bool breakBefore = current.isEmpty();
        if (!breakBefore) {
            const Line &prev = lines[i - 1];
            const bool movedUp = line.box.top() < prev.box.top(); // next column or page
            const QChar first = line.text.front();
            if (movedUp) {
                breakBefore = endsSentence(prev.text) || !first.isLower();
            } else {
                const qreal vgap = line.box.top() - prev.box.bottom();
                const bool wideGap = vgap > gap + qMax<qreal>(height * 0.5, 2.0);
                const bool indented
                    = line.box.left() > prev.box.left() + height * 0.8 && prev.box.width() > fullWidth * 0.8;
                const bool sizeChange = prev.box.height() > line.box.height() * 1.3
                    || line.box.height() > prev.box.height() * 1.3;
                // Inside a paragraph only its last line is short; a short line before a lower-case one is
                // a line the typesetter broke early (a hyphenated word, a long word that did not fit).
                const bool shortEnd
                    = prev.box.width() < fullWidth * 0.75 && (endsSentence(prev.text) || !first.isLower());
                breakBefore = wideGap || indented || sizeChange || shortEnd;
            }
        }
        if (breakBefore) {
            if (!current.isEmpty())
                out << current;
            current = line.text;
            continue;
        }
        // "inter-" + "national" → "international"; "well-" + "Known" keeps its hyphen.
        const QString &prevText = lines[i - 1].text;
        const QChar last = prevText.back();
        const bool hyphen = (last == u'-' || last == QChar(0x00AD) || last == QChar(0x2010))
            && prevText.size() > 1 && isLetter(prevText.at(prevText.size() - 2))
            && line.text.front().isLower();
        if (hyphen) {
            current.chop(1);
            current += line.text;
        } else {
            if (last == QChar(0x00AD))
                current.chop(1);
            current += u' ' + line.text;
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

bool usefulTitle(const QString &title)
{
    static const QRegularExpression junk(
        QStringLiteral(R"(^(?:microsoft \w+ - |untitled\b)|\.(?:docx?|odt|pdf|rtf|txt|indd|qxd)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return title.trimmed().size() > 3 && !junk.match(title.trimmed()).hasMatch();
}

} // namespace

QList<Line> PdfLoader::readingOrder(QList<Line> lines, qreal pageWidth)
{
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) {
        if (qAbs(a.box.top() - b.box.top()) < qMin(a.box.height(), b.box.height()) * 0.5)
            return a.box.left() < b.box.left();
        return a.box.top() < b.box.top();
    });
    // A gutter: a vertical band in the middle of the page that narrow lines leave free, with enough
    // lines on either side of it to be columns. Lines across it (a headline over both columns) are read
    // where they stand, and end the columns above them.
    constexpr int kSteps = 100;
    int covered[kSteps] = {};
    int narrow = 0;
    for (const Line &l : lines) {
        if (l.box.width() > pageWidth * 0.6)
            continue;
        ++narrow;
        const int from = qBound(0, int(l.box.left() / pageWidth * kSteps), kSteps - 1);
        const int to = qBound(0, int(l.box.right() / pageWidth * kSteps), kSteps - 1);
        for (int s = from; s <= to; ++s)
            ++covered[s];
    }
    int bestStart = -1;
    int bestLength = 0;
    for (int s = kSteps * 25 / 100; s < kSteps * 75 / 100; ++s) {
        if (covered[s] > narrow / 50)
            continue;
        int e = s;
        while (e < kSteps * 75 / 100 && covered[e] <= narrow / 50)
            ++e;
        if (e - s > bestLength) {
            bestLength = e - s;
            bestStart = s;
        }
        s = e;
    }
    if (bestStart < 0 || narrow < 6)
        return lines;
    const qreal gutter = (bestStart + bestLength / 2.0) / kSteps * pageWidth;
    int left = 0;
    int right = 0;
    for (const Line &l : lines) {
        left += l.box.right() <= gutter;
        right += l.box.left() >= gutter;
    }
    if (left < 3 || right < 3)
        return lines;

    QList<Line> ordered;
    QList<Line> leftColumn;
    QList<Line> rightColumn;
    auto flush = [&] {
        ordered << leftColumn << rightColumn;
        leftColumn.clear();
        rightColumn.clear();
    };
    for (const Line &l : std::as_const(lines)) {
        if (l.box.right() <= gutter) {
            leftColumn << l;
        } else if (l.box.left() >= gutter) {
            rightColumn << l;
        } else {
            flush();
            ordered << l;
        }
    }
    flush();
    return ordered;
}

FormatLoader::Match PdfLoader::match(QByteArrayView head, const QString &suffix) const
{
    // The header may follow some junk (up to 1024 bytes, as readers allow).
    if (head.first(qMin<qsizetype>(head.size(), 1024)).indexOf("%PDF-") >= 0)
        return Match::ByContent;
    return suffix == u"pdf" ? Match::ByName : Match::No;
}

LoadResult PdfLoader::load(const QByteArray &bytes, const QString &name) const
{
    silencePoppler();
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
    if (!doc)
        return failure(LoadError::Malformed, tr("%1: the PDF is damaged and cannot be read").arg(name));
    if (doc->isLocked())
        return failure(LoadError::Encrypted,
            tr("%1: the PDF is encrypted with a password; open it in a PDF reader and save an unlocked copy")
                .arg(name));
    const int pageCount = doc->numPages();
    if (pageCount <= 0)
        return failure(
            LoadError::Malformed, tr("%1: the PDF is damaged or empty: it has no pages").arg(name));

    struct Page
    {
        QList<Line> lines;
        qreal height = 0;
    };
    QList<Page> pages;
    qsizetype lineCount = 0;
    for (int i = 0; i < pageCount; ++i) {
        const std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (!page)
            continue;
        const QSizeF size = page->pageSizeF();
        pages << Page {
            readingOrder(pageLines(*page), qMax<qreal>(size.width(), 1)), qMax<qreal>(size.height(), 1)};
        lineCount += pages.last().lines.size();
    }
    if (lineCount == 0) {
        return failure(LoadError::NoText,
            tr("%1: the PDF has no text layer (a scan?); Dramatis cannot read text from images").arg(name));
    }

    // Running headers and footers: in the margin, on at least half of the pages (and two or more).
    QHash<QString, int> seenOn;
    for (const Page &p : std::as_const(pages)) {
        QSet<QString> keys;
        for (const Line &l : p.lines) {
            if (inMargin(l, p.height))
                keys.insert(runningKey(l, p.height));
        }
        for (const QString &k : std::as_const(keys))
            ++seenOn[k];
    }
    const int repeatThreshold = qMax(2, int(pages.size() + 1) / 2);
    QList<Line> body;
    for (const Page &p : std::as_const(pages)) {
        for (const Line &l : p.lines) {
            if (inMargin(l, p.height)
                && (isPageNumber(l.text) || seenOn.value(runningKey(l, p.height)) >= repeatThreshold))
                continue;
            body << l;
        }
    }

    Article a;
    a.text = paragraphs(body).join(QStringLiteral("\n\n"));
    a.format = format();
    a.author = doc->author();
    LoadResult r = finish(std::move(a), name, Header::Detect);
    // The headline on the page beats the information dictionary's title, which is often a file name or
    // a template's; the article's own dateline beats the creation date, which is when the file was made.
    if (r.ok() && r.article.title.isEmpty() && usefulTitle(doc->title()))
        r.article.title = doc->title().simplified();
    if (r.ok() && !r.article.date.isValid())
        r.article.date = doc->creationDate().date();
    return r;
}

} // namespace dramatis
