#include "formats/pdfloader.h"

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

// Chinese and Japanese are written without spaces between words: a line break there is no space.
bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3040 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x4E00 && u <= 0x9FFF)
        || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFF60);
}

// Words as a reader counts them: two Chinese or Japanese characters make about one word.
int words(const QString &text)
{
    int n = 0;
    int cjk = 0;
    bool inWord = false;
    for (const QChar c : text) {
        if (isCjk(c)) {
            ++cjk;
            inWord = false;
        } else if (c == u' ') {
            inWord = false;
        } else if (!inWord) {
            inWord = true;
            ++n;
        }
    }
    return n + (cjk + 1) / 2;
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

// Poppler's words, chained into its lines (nextWord links the words of one line). A line is a link when
// most of its words lie under the page's link areas.
QList<Line> pageLines(const Poppler::Page &page)
{
    QList<QRectF> links;
    const QSizeF size = page.pageSizeF();
    for (const auto &link : page.links()) {
        const QRectF a = link->linkArea().normalized();
        if (!a.isEmpty())
            links << QRectF(a.left() * size.width(), a.top() * size.height(), a.width() * size.width(),
                a.height() * size.height());
    }
    auto underLink = [&links](const QRectF &word) {
        const QPointF centre = word.center();
        return std::any_of(links.cbegin(), links.cend(), [&](const QRectF &l) { return l.contains(centre); });
    };
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
        qsizetype linked = 0;
        qsizetype chars = 0;
        for (const Poppler::TextBox *b = start.get(); b && !seen.contains(b); b = b->nextWord()) {
            seen.insert(b);
            line.text += b->text();
            if (b->hasSpaceAfter())
                line.text += u' ';
            line.box = line.box.isNull() ? b->boundingBox() : line.box.united(b->boundingBox());
            chars += b->text().size();
            if (!links.isEmpty() && underLink(b->boundingBox()))
                linked += b->text().size();
        }
        line.link = chars > 0 && linked * 10 >= chars * 6;
        line.linkedWhole = chars > 0 && linked == chars;
        line.text = withoutLigatures(line.text.trimmed());
        if (!line.text.isEmpty())
            lines << line;
    }
    // Words a chain missed (a loop in nextWord) become lines of their own.
    for (const auto &b : boxes) {
        if (!seen.contains(b.get()) && !b->text().trimmed().isEmpty())
            lines << Line {b->text().trimmed(), b->boundingBox(), false, underLink(b->boundingBox())};
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
    static const QRegularExpression end(QStringLiteral(R"([.!?:;"”’)\]。！？」』]$)"));
    return end.match(text).hasMatch();
}

qreal median(QList<qreal> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// A line that ends in a word broken by a hyphen ("manage-", "well-"), not in a dash between words.
bool endsInBrokenWord(const QString &text)
{
    if (text.size() < 2)
        return false;
    const QChar last = text.back();
    return (last == u'-' || last == QChar(0x00AD) || last == QChar(0x2010))
        && isLetter(text.at(text.size() - 2));
}

// Every word of the document, lower-cased, hyphenated compounds ("well-known") whole: the evidence for how
// a word broken at a line end is written when the typesetter did not have to break it.
QSet<QString> vocabulary(const QList<Line> &lines)
{
    static const QRegularExpression word(QStringLiteral(R"([\p{L}\p{N}]+(?:[-\x{2010}][\p{L}\p{N}]+)*)"));
    QSet<QString> words;
    for (const Line &line : lines) {
        for (auto it = word.globalMatch(line.text); it.hasNext();)
            words.insert(it.next().captured().toLower().replace(QChar(0x2010), u'-'));
    }
    return words;
}

// Whether "head-" at a line end and "tail" on the next line make "head-tail" (a compound that keeps its
// hyphen) rather than "headtail" (one word the typesetter broke).
bool keepsHyphen(const QString &head, const QString &tail, const QSet<QString> &words)
{
    // "anti-" / "American", "COVID-" / "19": a capital or a digit after the hyphen is never a word's middle.
    if (tail.isEmpty() || tail.front().isUpper() || tail.front().isDigit())
        return true;
    static const QRegularExpression lastWord(QStringLiteral(R"((\p{L}+)\W*$)"));
    static const QRegularExpression firstWord(QStringLiteral(R"(^\p{L}+)"));
    const QString before = lastWord.match(head.chopped(1)).captured(1).toLower();
    const QString after = firstWord.match(tail).captured().toLower();
    if (before.isEmpty() || after.isEmpty())
        return false;
    // The document's own usage first: the compound or the joined word written out elsewhere in it.
    const bool hyphenated = words.contains(before + u'-' + after);
    const bool joined = words.contains(before + after);
    if (hyphenated != joined)
        return hyphenated;
    // Prefixes that keep their hyphen in English ("self-employed", "well-known", "ex-minister").
    static const QSet<QString> prefixes {QStringLiteral("self"), QStringLiteral("well"),
        QStringLiteral("non"), QStringLiteral("co"), QStringLiteral("ex"), QStringLiteral("all"),
        QStringLiteral("half"), QStringLiteral("ill"), QStringLiteral("quasi"), QStringLiteral("vice")};
    return prefixes.contains(before);
}

// Two lines of different widths centred on one axis: the writer ended the first (a poem's lines, a blog's
// lines under its photos), the typesetter did not wrap it. Chinese and Japanese break lines anywhere, so a
// line they wrap runs to the text's edge and the next goes on without a space; lines the writer ended are
// apart.
bool centred(const Line &a, const Line &b)
{
    const qreal height = qMin(a.box.height(), b.box.height());
    return qAbs(a.box.center().x() - b.box.center().x()) <= height * 0.05
        && qAbs(a.box.left() - b.box.left()) > height * 0.25;
}

// A formula whose picture did not load prints as its TeX source, the picture's alternative text
// ("{\displaystyle A=A^{\mathsf {H}}}"): the group goes, its braces balanced, to the paragraph's end when
// a page cut it short.
QString withoutTexSource(const QString &paragraph)
{
    static const QRegularExpression start(QStringLiteral(R"(\{\\(?:display|text|script)style\b)"));
    QRegularExpressionMatch m = start.match(paragraph);
    if (!m.hasMatch())
        return paragraph;
    QString text = paragraph;
    for (; m.hasMatch(); m = start.match(text, m.capturedStart())) {
        qsizetype depth = 0;
        qsizetype end = m.capturedStart();
        for (; end < text.size(); ++end) {
            if (text[end] == u'\\')
                ++end; // "\{" is a brace the formula shows
            else if (text[end] == u'{')
                ++depth;
            else if (text[end] == u'}' && --depth == 0)
                break;
        }
        text.remove(m.capturedStart(), qMin(end + 1, text.size()) - m.capturedStart());
    }
    return text.simplified();
}

// Lines in reading order into paragraphs: a paragraph ends at a wider gap than the usual line spacing,
// at an indented line, at a change of type size, or after a short line that ends a sentence.
QStringList paragraphs(const QList<Line> &lines)
{
    const QSet<QString> words = vocabulary(lines);
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
            // A word broken at the end of the line above goes on here, whatever its first letter.
            const bool broken = endsInBrokenWord(prev.text);
            if (movedUp) {
                breakBefore = endsSentence(prev.text) || (!first.isLower() && !broken);
            } else {
                const qreal vgap = line.box.top() - prev.box.bottom();
                const bool wideGap = vgap > gap + qMax<qreal>(height * 0.5, 2.0);
                const bool indented
                    = line.box.left() > prev.box.left() + height * 0.8 && prev.box.width() > fullWidth * 0.8;
                const bool sizeChange = prev.box.height() > line.box.height() * 1.3
                    || line.box.height() > prev.box.height() * 1.3;
                // Inside a paragraph only its last line is short; a short line before a lower-case one is
                // a line the typesetter broke early (a hyphenated word, a long word that did not fit).
                const bool shortEnd = !broken && prev.box.width() < fullWidth * 0.75
                    && (endsSentence(prev.text) || !first.isLower());
                breakBefore = wideGap || indented || sizeChange || shortEnd;
            }
        }
        if (breakBefore) {
            if (!current.isEmpty())
                out << current;
            current = line.text;
            continue;
        }
        // "inter-" + "national" → "international"; "well-" + "known" and "anti-" + "American" keep the
        // hyphen; a soft hyphen only ever marks where a word may break.
        const QString &prevText = lines[i - 1].text;
        if (endsInBrokenWord(prevText)) {
            if (prevText.back() == QChar(0x00AD) || !keepsHyphen(prevText, line.text, words))
                current.chop(1);
            current += line.text;
        } else {
            if (prevText.back() == QChar(0x00AD))
                current.chop(1);
            if (!isCjk(prevText.back()) || !isCjk(line.text.front()) || centred(lines[i - 1], line))
                current += u' ';
            current += line.text;
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

// What a web page printed from a browser brings along besides the article: the site's menus and buttons,
// banners, share rows and the words that label them. Whole lines only, compared case aside.
bool isWebFurniture(const QString &text)
{
    static const QRegularExpression label(
        QStringLiteral(
            R"(^(?:skip to (?:main )?(?:content|navigation)|skip (?:navigation|advertisement)|)"
            R"(log ?in|log ?out|sign ?in|sign ?up|sign in / sign up|register|subscribe(?: now)?|submit|)"
            R"(subscribe for \S+|my account|account|search|menu|close|open menu|main menu|)"
            R"(advertisement|ad|sponsored(?: content)?|share|share this(?: article| story| page)?|)"
            R"(share on (?:facebook|twitter|x|linkedin|whatsapp)|tweet|email|print|copy link|)"
            R"(comments?|\d+ comments?|read more|more stories|related(?: stories| articles)?|)"
            R"(recommended(?: for you)?|most (?:read|popular|viewed)|trending(?: now)?|)"
            R"(you (?:may|might) also like|more from [\p{L}\s]{1,30}|follow us|newsletters?|)"
            R"(back to top|top of page|accept(?: all)?(?: cookies)?|reject all|manage (?:cookies|)"
            R"(preferences|settings)|cookie (?:settings|preferences|policy)|privacy policy|)"
            R"(terms of (?:use|service)|contact us|about us|all rights reserved\.?)$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression banner(
        QStringLiteral(
            R"(\b(?:we use cookies|uses cookies|this (?:site|website) uses|by continuing to )"
            R"((?:use|browse)|sign up for (?:our|the) (?:\w+ )?newsletter|get the latest .* )"
            R"(in your inbox|(?:alerts?|news|newsletters?|updates|headlines|delivered|sent) [^.]{0,40})"
            R"((?:to|in) your inbox|by (?:clicking|signing up|subscribing)\b.{0,60}\byou agree)\b|)"
            R"(^(?:©|\(c\)|copyright\s+(?:©\s*)?\d{4}))"),
        QRegularExpression::CaseInsensitiveOption);
    // A picture the browser could not load prints as its file name.
    static const QRegularExpression picture(QStringLiteral(R"(^[\w.\-]+\.(?:jpe?g|png|gif|webp|avif|svg)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString t = text.simplified();
    return label.match(t).hasMatch() || (t.size() < 300 && banner.match(t).hasMatch())
        || picture.match(t).hasMatch();
}

// A browser names the PDF after the page's <title>, "Headline | Site": the last part goes when what is
// left still reads as a headline (five words or more).
QString withoutSite(const QString &title)
{
    static const QRegularExpression separator(QStringLiteral(R"(\s+[|\-–—·]\s+)"));
    qsizetype last = -1;
    for (auto it = separator.globalMatch(title); it.hasNext();)
        last = it.next().capturedStart();
    const QString headline = last > 0 && words(title.left(last)) >= 5 ? title.left(last) : title;
    // Some sites write the headline twice ("Headline - Headline - Site").
    for (auto it = separator.globalMatch(headline); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (headline.left(m.capturedStart()) == headline.mid(m.capturedEnd()))
            return headline.left(m.capturedStart());
    }
    return headline;
}

bool usefulTitle(const QString &title)
{
    static const QRegularExpression junk(
        QStringLiteral(
            R"(^(?:microsoft \w+ - |untitled\b)|\.(?:docx?|odt|pdf|rtf|txt|indd|qxd|html?|xhtml|mht|php|aspx?)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return title.trimmed().size() > 3 && !junk.match(title.trimmed()).hasMatch();
}

// Text reduced to its words, for comparing a headline set on the page with the title a program typed:
// case, quotes (“ ” ‘ ’ against " '), dashes and other punctuation aside.
QString comparable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text.toCaseFolded()) {
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += u' ';
            out += c;
            space = false;
        } else if (c.isSpace() || c.isPunct() || c.isSymbol()) {
            space = true;
        }
    }
    return out;
}

// Whether `shorter` (comparable text) begins `longer` at a word boundary.
bool beginsWith(const QString &longer, const QString &shorter)
{
    return !shorter.isEmpty() && longer.startsWith(shorter)
        && (longer.size() == shorter.size() || longer.at(shorter.size()) == u' ');
}

// How many of the words of `a` and `b` (comparable texts) the other has too, from 0 to 1.
qreal wordOverlap(const QString &a, const QString &b)
{
    const QStringList wa = a.split(u' ', Qt::SkipEmptyParts);
    const QStringList wb = b.split(u' ', Qt::SkipEmptyParts);
    if (wa.isEmpty() || wb.isEmpty())
        return 0;
    QHash<QString, int> counts;
    for (const QString &w : wa)
        ++counts[w];
    int common = 0;
    for (const QString &w : wb) {
        if (int &n = counts[w]; n > 0) {
            --n;
            ++common;
        }
    }
    return 2.0 * common / qreal(wa.size() + wb.size());
}

// The document's title against the headline read on the page. A browser names the PDF after the page's
// <title>, "Headline | Site", typed with plain quotes, while the page sets the headline in display type
// (curly quotes, over several lines). When the page shows the title's words (or a part of the title cut
// at a separator, but not the site's name after it), the title's own wording wins; when the two differ
// in a word or two, or one only begins the other, the page's; when they have nothing in common, the
// page's largest type is more often a masthead or a section's name than the article's headline.
QString chooseTitle(const QString &pageHeadline, const QString &docTitle)
{
    const QString title = docTitle.simplified();
    if (!usefulTitle(title))
        return pageHeadline;
    if (pageHeadline.isEmpty())
        return withoutSite(title);
    const QString page = comparable(pageHeadline);
    static const QRegularExpression separator(QStringLiteral(R"(\s+(?:[|\-–—·]|::)\s+)"));
    QStringList parts {title};
    for (auto it = separator.globalMatch(title); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        parts << title.left(m.capturedStart());
        if (const QString after = title.mid(m.capturedEnd()); words(after) >= 5)
            parts << after;
    }
    for (const QString &part : std::as_const(parts)) {
        if (comparable(part) == page)
            return part;
    }
    // "Headline [Site]": the page shows the headline, the title adds no separated part to cut away.
    if (beginsWith(comparable(title), page) && !separator.match(title).hasMatch())
        return title;
    for (const QString &part : std::as_const(parts)) {
        const QString c = comparable(part);
        if ((beginsWith(c, page) && words(page) >= 3) || (beginsWith(page, c) && words(c) >= 3)
            || wordOverlap(c, page) >= 0.7)
            return pageHeadline;
    }
    return withoutSite(title);
}

} // namespace

qreal PdfLoader::bodyTextHeight(const QList<Line> &lines)
{
    // Heights in half-point steps, each weighed by its characters: the type most of the text is set in.
    QHash<int, qsizetype> chars;
    for (const Line &l : lines)
        chars[qRound(l.box.height() * 2)] += l.text.size();
    int best = 0;
    for (auto it = chars.cbegin(); it != chars.cend(); ++it) {
        if (best == 0 || it.value() > chars.value(best)
            || (it.value() == chars.value(best) && it.key() < best))
            best = it.key();
    }
    return best / 2.0;
}

qsizetype PdfLoader::articleEnd(const QList<Line> &lines, qreal bodyHeight)
{
    // Each line scores: prose in the body's type (a sentence's worth of words) adds one, a link or a piece
    // of furniture takes one away, any other short line a little (a heading, a caption, a list item, a
    // form's label), the last line of a paragraph nothing. The article is a run of lines whose score
    // climbs; a fall of kFall from the run's best ends it. Of the runs, the article is the one that
    // climbed most, and it ends at its best line. A document the fall never cuts is kept whole: a paper
    // or report with a short line at its end loses nothing.
    constexpr qreal kFall = 5;
    // A paragraph that ends in a colon announces what follows (a table, a listing, a list of links): the
    // article goes on after it, so no fall ends the run for that many lines.
    constexpr qsizetype kAnnounced = 60;
    const auto bodyType
        = [&](const Line &l) { return qAbs(l.box.height() - bodyHeight) <= bodyHeight * 0.15; };
    const auto isProse = [&](const Line &l) {
        const int n = words(l.text);
        // A line linked from end to end is a teaser's headline, not a sentence with a link in it.
        return !l.link && !l.linkedWhole && bodyType(l) && (n >= 6 || (n >= 3 && endsSentence(l.text)));
    };
    // The prose's left edge, where most of its lines start: a listing or a table a colon announces is
    // often set in from it (a protocol's exchanges, code), the site's blocks after an article are not.
    QHash<int, int> starts;
    for (const Line &l : lines) {
        if (isProse(l))
            ++starts[qRound(l.box.left())];
    }
    int edge = 0;
    for (auto it = starts.cbegin(); it != starts.cend(); ++it) {
        if (it.value() > starts.value(edge) || (it.value() == starts.value(edge) && it.key() < edge))
            edge = it.key();
    }
    const auto setIn = [&](const Line &l) { return !starts.isEmpty() && l.box.left() >= edge + bodyHeight; };
    enum class Kind { Prose, Sentence, Link, Short }; // Prose: a line of prose that goes on below
    Kind previous = Kind::Short;
    qreal score = 0;
    qreal peak = 0;
    qsizetype peakEnd = 0;
    qreal bestGain = 0;
    qsizetype bestEnd = lines.size();
    bool cut = false;
    qsizetype announcedUntil = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &l = lines[i];
        const bool prose = isProse(l);
        // What a colon announced and sets in costs nothing: the prose between such listings climbs on.
        const bool listing = !prose && i <= announcedUntil && setIn(l);
        if (prose)
            score += 1;
        else if (listing)
            score += 0;
        else if (l.link || l.linkedWhole)
            score -= words(l.text) >= 6 && bodyType(l) ? 0.5 : 1; // a list of linked items weighs less
        else if (l.repeated)
            score -= 1; // a document may repeat a short line of its own (a listing's closing brace)
        else if (!bodyType(l))
            score -= 0.5;
        else if (previous == Kind::Link || previous == Kind::Sentence)
            score -= 0.25;
        // The short last line of a paragraph belongs with the prose above it.
        const bool tail = !prose && !l.link && !l.linkedWhole && previous == Kind::Prose && bodyType(l);
        previous = prose              ? (endsSentence(l.text) ? Kind::Sentence : Kind::Prose)
            : l.link || l.linkedWhole ? Kind::Link
                                      : Kind::Short;
        if (score > peak || (score == peak && (prose || tail))) {
            peak = score;
            peakEnd = i + 1;
            if ((prose || tail) && l.text.endsWith(u':'))
                announcedUntil = i + kAnnounced;
        } else if (i <= announcedUntil) {
            score = qMax(score, peak - kFall);
        } else if (score < peak - kFall) {
            if (peak > bestGain) {
                bestGain = peak;
                bestEnd = peakEnd;
                cut = true;
            }
            score = peak = 0;
            peakEnd = i + 1;
        }
    }
    // The run still open at the end of the document.
    if (peak > bestGain)
        return lines.size();
    return cut ? bestEnd : lines.size();
}

QList<bool> PdfLoader::nestedBlocks(const QList<Line> &lines, qreal bodyHeight)
{
    // A quotation or a list in the article is set in too, but is shorter, and neither brings headings
    // of its own in one larger type (a gallery's numbered captions) nor a link on every fourth line (a
    // feed's items, teasers).
    constexpr qsizetype kMinLines = 20;
    QList<bool> nested(lines.size(), false);
    if (bodyHeight <= 0)
        return nested;
    const auto bodyType
        = [&](const Line &l) { return qAbs(l.box.height() - bodyHeight) <= bodyHeight * 0.15; };
    // The article's left edge: the leftmost edge that three of its first ten lines of prose start at
    // (a nested block is set in from it). Not where most prose starts: a gallery or a feed nested in the
    // page may hold more text than the article.
    QHash<int, int> starts;
    int counted = 0;
    for (const Line &l : lines) {
        if (!l.link && bodyType(l) && words(l.text) >= 6) {
            ++starts[qRound(l.box.left())];
            if (++counted == 10)
                break;
        }
    }
    int edge = -1;
    for (auto it = starts.cbegin(); it != starts.cend(); ++it) {
        if (it.value() >= qMin(3, counted) && (edge < 0 || it.key() < edge))
            edge = it.key();
    }
    if (edge < 0)
        return nested;
    // Set in by a list's or a quotation's indent; a second column stands much further right.
    const auto setIn = [&](const Line &l) {
        const qreal by = l.box.left() - edge;
        return by >= bodyHeight && by <= bodyHeight * 8;
    };
    for (qsizetype i = 0; i < lines.size();) {
        if (!setIn(lines[i])) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < lines.size() && setIn(lines[j]))
            ++j;
        qsizetype links = 0;
        int headings = 0;
        // Headings are short, end no sentence and share one size; lines made taller by a formula do not.
        QHash<int, int> headingSizes;
        for (qsizetype k = i; k < j; ++k) {
            const Line &l = lines[k];
            const int n = words(l.text);
            links += l.link;
            if (l.box.height() >= bodyHeight * 1.3 && n >= 2 && n <= 12 && !endsSentence(l.text)
                && !l.text.endsWith(u','))
                headings = qMax(headings, ++headingSizes[qRound(l.box.height() * 2)]);
        }
        if (j - i >= kMinLines && (headings >= 3 || links * 4 >= j - i)) {
            for (qsizetype k = i; k < j; ++k)
                nested[k] = true;
        }
        i = j;
    }
    return nested;
}

QList<Line> PdfLoader::readingOrder(QList<Line> lines, qreal pageWidth)
{
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) {
        if (qAbs(a.box.top() - b.box.top()) < qMin(a.box.height(), b.box.height()) * 0.5)
            return a.box.left() < b.box.left();
        return a.box.top() < b.box.top();
    });
    // Gutters: vertical bands between the text's left and right edges that narrow lines leave free, with
    // enough lines between each two of them to be columns (two, three or more). Lines across a gutter (a
    // headline over the columns) are read where they stand, and end the columns above them.
    constexpr int kSteps = 200;
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
    if (narrow < 6)
        return lines;
    const int noise = narrow / 50;
    int first = 0;
    while (first < kSteps && covered[first] <= noise)
        ++first;
    int last = kSteps - 1;
    while (last > first && covered[last] <= noise)
        --last;
    struct Gutter
    {
        qreal x = 0;
        int width = 0;
    };
    QList<Gutter> gutters;
    for (int s = first; s <= last; ++s) {
        if (covered[s] > noise)
            continue;
        int e = s;
        while (e <= last && covered[e] <= noise)
            ++e;
        gutters << Gutter {(s + (e - s) / 2.0) / kSteps * pageWidth, e - s};
        s = e;
    }
    // Column k lies between gutters k-1 and k; -1 for a line across a gutter.
    const auto columnOf = [&gutters](const Line &l) {
        for (int k = 0; k <= gutters.size(); ++k) {
            const qreal from = k == 0 ? -1e9 : gutters[k - 1].x;
            const qreal to = k == gutters.size() ? 1e9 : gutters[k].x;
            if (l.box.left() >= from && l.box.right() <= to)
                return k;
        }
        return -1;
    };
    // A column of fewer than three lines is no column: the narrowest gutter beside it goes, until every
    // column is one (or no gutter is left).
    while (!gutters.isEmpty()) {
        QList<int> counts(gutters.size() + 1, 0);
        for (const Line &l : std::as_const(lines)) {
            if (const int k = columnOf(l); k >= 0)
                ++counts[k];
        }
        const auto thin = std::find_if(counts.cbegin(), counts.cend(), [](int n) { return n < 3; });
        if (thin == counts.cend())
            break;
        const int k = int(thin - counts.cbegin());
        const int before = k - 1, after = k < gutters.size() ? k : -1;
        const int drop = before < 0                         ? after
            : after < 0                                     ? before
            : gutters[before].width <= gutters[after].width ? before
                                                            : after;
        gutters.removeAt(drop);
    }
    if (gutters.isEmpty())
        return lines;

    QList<Line> ordered;
    QList<QList<Line>> columns(gutters.size() + 1);
    auto flush = [&] {
        for (QList<Line> &column : columns) {
            ordered << column;
            column.clear();
        }
    };
    for (const Line &l : std::as_const(lines)) {
        if (const int k = columnOf(l); k >= 0) {
            columns[k] << l;
        } else {
            flush();
            ordered << l;
        }
    }
    flush();
    return ordered;
}

QList<qsizetype> PdfLoader::headline(
    const QList<Line> &firstPage, qreal pageHeight, qreal bodyHeight, const QString &docTitle, Headline by)
{
    auto candidate = [&](const Line &l) {
        return !l.link && l.text.size() >= 8 && words(l.text) >= 2 && words(l.text) <= 30
            && !isWebFurniture(l.text);
    };
    qsizetype best = -1;
    // The document's title, when a line on the page starts it ("Headline | Site") and is set no smaller
    // than the text: anywhere on the page, since a printed site may put a tall masthead, menus and
    // banners above the article.
    const QString title = comparable(docTitle);
    if (title.size() >= 8) {
        for (qsizetype i = 0; i < firstPage.size(); ++i) {
            const Line &l = firstPage[i];
            const QString text = comparable(l.text);
            if (candidate(l) && l.box.height() >= bodyHeight * 0.95 && text.size() >= 12
                && beginsWith(title, text) && (best < 0 || l.box.height() > firstPage[best].box.height()))
                best = i;
        }
    }
    if (best < 0 && by == Headline::ByTitleOrSize) {
        for (qsizetype i = 0; i < firstPage.size(); ++i) {
            const Line &l = firstPage[i];
            if (candidate(l) && l.box.top() < pageHeight * 0.5 && l.box.height() >= bodyHeight * 1.3
                && (best < 0 || l.box.height() > firstPage[best].box.height() * 1.05))
                best = i;
        }
    }
    if (best < 0)
        return {};
    // A headline set on two or three lines: the lines just below in the same type.
    QList<qsizetype> lines {best};
    const qreal height = firstPage[best].box.height();
    for (qsizetype i = best + 1; i < firstPage.size() && lines.size() < 4; ++i) {
        const Line &prev = firstPage[lines.last()];
        const Line &l = firstPage[i];
        // A headline may link to its own page: a link in the same type goes on with it too.
        if (qAbs(l.box.height() - height) > height * 0.1 || l.box.top() - prev.box.bottom() > height * 0.8
            || l.box.top() < prev.box.top())
            break;
        lines << i;
    }
    return lines;
}

bool PdfLoader::recognises(QByteArrayView head) const
{
    // The header may follow some junk (up to 1024 bytes, as readers allow).
    return head.first(qMin<qsizetype>(head.size(), 1024)).indexOf("%PDF-") >= 0;
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
    // Short lines anywhere on two or more pages that do not end a sentence: a site's menu or footer
    // printed on every page.
    QHash<QString, int> shortOn;
    const auto placed = [](const Line &l, qreal pageHeight) -> QString {
        return l.text.simplified().toCaseFolded() + u'@'
            + QString::number(qRound(l.box.top() / pageHeight * 40));
    };
    for (const Page &p : std::as_const(pages)) {
        QSet<QString> keys;
        for (const Line &l : p.lines) {
            if (words(l.text) <= 6) {
                keys.insert(l.text.simplified().toCaseFolded());
                keys.insert(placed(l, p.height));
            }
        }
        for (const QString &k : std::as_const(keys))
            ++shortOn[k];
    }
    QList<qreal> heights;
    for (const Page &p : std::as_const(pages))
        for (const Line &l : p.lines)
            heights << l.box.height();
    const qreal bodyHeight = median(heights);

    Article a;
    // The headline: the line the document's title starts with on the first pages (a printed site can
    // fill a page with menus before the article), else the largest type at the top of the first page.
    // What stands before a headline the title names is the site's masthead, menus and teasers; above
    // one found by its size, the short lines are.
    QList<qsizetype> headlineLines;
    qsizetype headlinePage = 0;
    bool byTitle = false;
    // Past the third page (a site that prints pages of menus first), only a line that is the title itself,
    // or its headline part, will do.
    const QString wholeTitle = comparable(doc->title());
    const QString titleHeadline = comparable(withoutSite(doc->title().simplified()));
    for (qsizetype pi = 0; pi < pages.size() && headlineLines.isEmpty(); ++pi) {
        headlineLines
            = headline(pages[pi].lines, pages[pi].height, bodyHeight, doc->title(), Headline::ByTitle);
        if (pi >= 3 && !headlineLines.isEmpty()) {
            QString found;
            for (const qsizetype li : std::as_const(headlineLines))
                found += pages[pi].lines[li].text + u' ';
            if (const QString c = comparable(found); c != wholeTitle && c != titleHeadline)
                headlineLines.clear();
        }
        headlinePage = pi;
        byTitle = !headlineLines.isEmpty();
    }
    if (headlineLines.isEmpty() && !pages.isEmpty()) {
        headlineLines = headline(pages.first().lines, pages.first().height, bodyHeight);
        headlinePage = 0;
    }
    QList<Line> body;
    for (qsizetype pi = 0; pi < pages.size(); ++pi) {
        const Page &p = pages[pi];
        if (byTitle && pi < headlinePage)
            continue;
        for (qsizetype li = 0; li < p.lines.size(); ++li) {
            const Line &l = p.lines[li];
            if (inMargin(l, p.height)
                && (isPageNumber(l.text) || seenOn.value(runningKey(l, p.height)) >= repeatThreshold))
                continue;
            if (pi == headlinePage && !headlineLines.isEmpty()) {
                if (headlineLines.contains(li)) {
                    a.title += (a.title.isEmpty() ? QString() : QStringLiteral(" ")) + l.text;
                    continue;
                }
                const bool above = l.box.bottom() <= p.lines[headlineLines.first()].box.top();
                if (above && (byTitle || words(l.text) < 12))
                    continue;
            }
            // Menus, share rows and lists of other stories are links; a link in a sentence is part of a
            // longer line.
            Line kept = l;
            kept.link = (l.link && words(l.text) <= 12) || isWebFurniture(l.text);
            kept.repeated = pages.size() >= 2 && shortOn.value(l.text.simplified().toCaseFolded()) >= 2
                && words(l.text) <= 6 && !isPageNumber(l.text) && !endsSentence(l.text);
            kept.pinned = kept.repeated && shortOn.value(placed(l, p.height)) >= 2;
            body << kept;
        }
    }
    // After the article come the site's comments, sign-up boxes, related stories and footer: they go,
    // and so do the links, furniture and repeated short lines among the article's own lines.
    // A gallery, a live feed or a list of teasers set in from the article's edge goes whole, wherever it
    // stands: a gallery of captioned photos reads as prose and may stand in the article's middle.
    const QList<bool> nested = nestedBlocks(body, bodyTextHeight(body));
    for (qsizetype i = body.size() - 1; i >= 0; --i) {
        if (nested[i])
            body.removeAt(i);
    }
    const qreal articleHeight = bodyTextHeight(body);
    const qsizetype end = articleEnd(body, articleHeight);
    // A short line that comes again is furniture when it comes at the same place (a header fixed in view)
    // or in another type than the text (a menu); in the text's type elsewhere it is the article's own (a
    // listing's "FROM entries", a table's row).
    QList<Line> article;
    for (qsizetype i = 0; i < end; ++i) {
        const Line &l = body[i];
        const bool otherType = qAbs(l.box.height() - articleHeight) > articleHeight * 0.15;
        if (!l.link && !(l.repeated && (l.pinned || otherType)))
            article << l;
    }

    a.title = chooseTitle(a.title, doc->title());
    QStringList text = paragraphs(article);
    for (QString &paragraph : text)
        paragraph = withoutTexSource(paragraph);
    text.removeAll(QString());
    a.text = text.join(QStringLiteral("\n\n"));
    a.format = format();
    a.author = doc->author();
    LoadResult r = finish(std::move(a), name, Header::Detect);
    // The headline on the page beats the information dictionary's title, which is often a file name or
    // a template's; the article's own dateline beats the creation date, which is when the file was made.
    if (r.ok() && r.article.title.isEmpty() && usefulTitle(doc->title()))
        r.article.title = withoutSite(doc->title().simplified());
    if (r.ok() && !r.article.date.isValid())
        r.article.date = doc->creationDate().date();
    return r;
}

} // namespace dramatis
