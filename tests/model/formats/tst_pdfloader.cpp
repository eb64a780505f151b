#include "formats/articleloader.h"
#include "formats/pdfloader.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

namespace {

// One line of text to draw: baseline position in points, size in points.
struct Text
{
    QString text;
    qreal x;
    qreal y;
    qreal size = 11;
};
using Page = QList<Text>;

// A PDF with real text (QPdfWriter embeds the font and its Unicode map), drawn line by line where the
// test says, so that the layout (columns, margins, gaps) is known.
QByteArray makePdf(const QList<Page> &pages, const QString &title = {}, bool scanOnly = false)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72); // one unit is one point
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(title);
        writer.setCreator(u"tst_pdfloader"_s);
        QPainter painter(&writer);
        for (qsizetype p = 0; p < pages.size(); ++p) {
            if (p > 0)
                writer.newPage();
            if (scanOnly) {
                QImage image(200, 100, QImage::Format_Grayscale8);
                for (int y = 0; y < image.height(); ++y)
                    for (int x = 0; x < image.width(); ++x)
                        image.setPixel(x, y, qRgb((x * 7 + y * 3) % 256, 0, 0));
                painter.drawImage(QRectF(72, 72, 400, 200), image);
                continue;
            }
            for (const Text &t : pages[p]) {
                QFont font(u"DejaVu Serif"_s);
                font.setPixelSize(qRound(t.size));
                painter.setFont(font);
                painter.drawText(QPointF(t.x, t.y), t.text);
            }
        }
    }
    return bytes;
}

// Greedy word wrap to `width` points at `size`.
QStringList wrap(const QString &text, qreal width, qreal size)
{
    QFont font(u"DejaVu Serif"_s);
    font.setPixelSize(qRound(size));
    const QFontMetricsF metrics(font);
    QStringList lines;
    QString line;
    for (const QString &word : text.split(u' ')) {
        const QString candidate = line.isEmpty() ? word : line + u' ' + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > width) {
            lines << line;
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

const QString kParagraph1
    = u"Four container cranes reached the southern quay on Tuesday, two weeks ahead of the date in the contract, the port authority said."_s;
const QString kParagraph2
    = u"Tomasz Wierzba, the director of the authority, said the quay would handle twice as many ships by the summer."_s;
const QString kParagraph3
    = u"Odile Marchetti, who led the talks for the dockers, said that nobody would lose a job."_s;

// Three pages of one column: running header and footer, page numbers, a headline and dateline, paragraphs
// separated by a gap, and a word hyphenated across a line end.
QByteArray threePages()
{
    QList<Page> pages;
    for (int p = 0; p < 3; ++p) {
        Page page;
        page << Text {u"QUAYSIDE COURIER · BUSINESS"_s, 72, 40, 9};
        page << Text {QString::number(p + 1), 290, 810, 9};
        qreal y = 120;
        if (p == 0) {
            page << Text {u"Cranes arrive early at the southern quay"_s, 72, 80, 18};
            page << Text {u"14 March 2024"_s, 72, 100, 10};
        }
        auto paragraph = [&](const QString &text) {
            for (const QString &line : wrap(text, 430, 11)) {
                page << Text {line, 72, y, 11};
                y += 14;
            }
            y += 12;
        };
        paragraph(kParagraph1);
        // "inter-" / "national" split across the line end, as a typesetter would.
        page << Text {u"Page %1 talks had an inter-"_s.arg(p + 1), 72, y, 11};
        y += 14;
        page << Text {u"national flavour, said the shipping agents in the harbour."_s, 72, y, 11};
        y += 26;
        paragraph(kParagraph2);
        page << Text {u"Confidential draft, not for publication"_s, 72, 790, 8};
        pages << page;
    }
    return makePdf(pages, u"Cranes arrive early"_s);
}

// One page of two columns under a headline across both.
QByteArray twoColumns()
{
    Page page;
    page << Text {u"Quay expansion enters its second phase"_s, 50, 70, 18};
    qreal y = 110;
    const QString left = kParagraph1 + u' ' + kParagraph2;
    for (const QString &line : wrap(left, 220, 10)) {
        page << Text {line, 50, y, 10};
        y += 13;
    }
    y = 110;
    for (const QString &line :
        wrap(kParagraph3 + u" The union will meet again in April to vote on the agreement."_s, 220, 10)) {
        page << Text {line, 320, y, 10};
        y += 13;
    }
    return makePdf({page});
}

// One page of three columns under a headline across them, each column one paragraph.
QByteArray threeColumns()
{
    Page page;
    page << Text {u"Three harbours agree on one timetable"_s, 40, 70, 18};
    const QStringList texts {kParagraph1, kParagraph2,
        kParagraph3 + u" The union will meet again in April to vote on the agreement."_s};
    for (int c = 0; c < 3; ++c) {
        qreal y = 110;
        for (const QString &line : wrap(texts[c], 150, 9)) {
            page << Text {line, 40 + c * 185.0, y, 9};
            y += 12;
        }
    }
    return makePdf({page});
}

// One column: a paragraph whose third line ends in `head` and whose fourth starts with `tail`, and a
// second paragraph (`evidence`) that may show how the document writes the word elsewhere.
QByteArray brokenWord(const QString &head, const QString &tail, const QString &evidence)
{
    Page page;
    qreal y = 100;
    const QStringList lines {u"The pilots of the northern harbour met on Monday to talk about"_s,
        u"the new rules for the night shift, which most of them found hard"_s,
        u"to follow and which, they said, had been written by the "_s + head,
        tail + u" office in the capital without asking anyone on the quay."_s,
        u"They asked for the rules to be written again before the summer."_s};
    for (const QString &line : lines) {
        page << Text {line, 72, y, 11};
        y += 14;
    }
    y += 14;
    for (const QString &line : wrap(evidence, 430, 11)) {
        page << Text {line, 72, y, 11};
        y += 14;
    }
    return makePdf({page});
}

// A news page as a browser prints it: the site's menu and sign-up row above the headline, a cookie banner,
// "Advertisement" and a share row between paragraphs, a related-stories list and a footer; the menu comes
// again at the top of the second page.
QByteArray browserPrint()
{
    QList<Page> pages(2);
    Page &first = pages[0];
    first << Text {u"Skip to main content"_s, 40, 30, 8};
    first << Text {u"HARBOUR HERALD"_s, 40, 52, 14};
    first << Text {u"Log in"_s, 480, 52, 9};
    first << Text {u"Home World Business Sport"_s, 40, 72, 9};
    first << Text {u"Cranes arrive early at the southern quay"_s, 40, 120, 24};
    first << Text {u"By Lena Vasquez"_s, 40, 145, 10};
    qreal y = 180;
    auto paragraph = [&](Page &page, const QString &text) {
        for (const QString &line : wrap(text, 480, 11)) {
            page << Text {line, 40, y, 11};
            y += 14;
        }
        y += 10;
    };
    paragraph(first, kParagraph1);
    first << Text {u"Advertisement"_s, 40, y, 8};
    y += 20;
    paragraph(first, kParagraph2);
    first << Text {u"Share this article"_s, 40, y, 9};
    y += 20;
    first << Text {u"We use cookies to improve your experience on our site. Accept all"_s, 40, 800, 9};
    Page &second = pages[1];
    y = 40;
    second << Text {u"Home World Business Sport"_s, 40, y, 9};
    y = 80;
    paragraph(second, kParagraph3);
    second << Text {u"More from Harbour Herald"_s, 40, y, 12};
    y += 20;
    second << Text {u"© 2024 Harbour Herald. All rights reserved."_s, 40, 780, 8};
    return makePdf(pages, u"Cranes arrive early at the southern quay | Harbour Herald"_s);
}

// One printed page of a blog: the headline (in `headlineSize` type, with curly quotes), an article of four
// paragraphs, then what a site prints after it: a share row, the comments' heading and sign-in buttons,
// comments of a sentence with the commenter's name and "Reply", and the most popular stories, all in the
// body's type.
QByteArray printedWithComments(const QString &docTitle, qreal headlineSize = 24)
{
    QList<Page> pages(2);
    Page &first = pages[0];
    first << Text {u"Skip to main content"_s, 40, 30, 8};
    first << Text {u"The \u201cquiet\u201d harbour that doubled its trade"_s, 40, 90, headlineSize};
    qreal y = 130;
    auto paragraph = [&](Page &page, const QString &text) {
        for (const QString &line : wrap(text, 480, 11)) {
            page << Text {line, 40, y, 11};
            y += 14;
        }
        y += 10;
    };
    paragraph(first, kParagraph1);
    paragraph(first, kParagraph2);
    paragraph(first, kParagraph3);
    paragraph(first, kParagraph1 + u" "_s + kParagraph3);
    Page &second = pages[1];
    y = 60;
    for (const QString &label :
        {u"Share"_s, u"Print"_s, u"Email"_s, u"12 Comments"_s, u"Log in"_s, u"Sign up"_s, u"Leave a reply"_s})
        second << Text {label, 40, (y += 16), 11};
    for (int c = 0; c < 4; ++c) {
        second << Text {u"Reader %1"_s.arg(c + 1), 40, (y += 20), 11};
        second << Text {u"Reply"_s, 40, (y += 14), 11};
        second << Text {u"A comment of my own on the harbour, which I visited last summer with friends."_s,
            40, (y += 16), 11};
    }
    second << Text {u"Most popular"_s, 40, (y += 24), 16};
    for (const QString &story :
        {u"Ferry fares rise again"_s, u"New lighthouse keeper named"_s, u"Storm closes the north pier"_s,
            u"Fish market moves inland"_s, u"Tide tables for May"_s, u"Harbour Herald on the radio"_s})
        second << Text {story, 40, (y += 16), 11};
    return makePdf(pages, docTitle);
}

// A PDF whose trailer points to a Standard security handler: Poppler cannot open it without the password.
QByteArray encryptedPdf()
{
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    auto object = [&](const QByteArray &body) {
        offsets << pdf.size();
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    const QByteArray junk32 = QByteArray(32, '\x5A').toHex();
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R >>");
    object("<< /Filter /Standard /V 1 /R 2 /O <" + junk32 + "> /U <" + junk32 + "> /P -44 >>");
    object("<< /Length 8 >>\nstream\nXXXXXXXX\nendstream");
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1)
        + " /Root 1 0 R /Encrypt 4 0 R /ID "
          "[<0123456789abcdef0123456789abcdef><0123456789abcdef0123456789abcdef>] >>\n"
        + "startxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// Index of each string in order, or -1 for the first out of order.
bool inOrder(const QString &text, const QStringList &parts)
{
    qsizetype at = 0;
    for (const QString &p : parts) {
        const qsizetype found = text.indexOf(p, at);
        if (found < 0)
            return false;
        at = found + p.size();
    }
    return true;
}

} // namespace

// PDF: reading order, columns, hyphenation, running headers and footers, and the PDFs that cannot be read.
class TestPdfLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void singleColumn();
    void columns();
    void readingOrderUnit();
    void threeColumnPage();
    void readingOrderThreeColumns();
    void hyphenation_data();
    void hyphenation();
    void damaged_data();
    void damaged();
    void refused_data();
    void refused();
    void browserPage();
    void headline_data();
    void headline();
    void title_data();
    void title();
    void commentsAfterTheArticle();
    void headlineAfterPagesOfMenus_data();
    void headlineAfterPagesOfMenus();
    void articleEnd_data();
    void articleEnd();
    void bodyTextHeight_data();
    void bodyTextHeight();
    void nestedBlocks_data();
    void nestedBlocks();
    void galleryInsideTheArticle();
    void shortLines_data();
    void shortLines();
    void chineseLines();
    void chineseLineEnds_data();
    void chineseLineEnds();
    void texSource_data();
    void texSource();
    void signUpLines_data();
    void signUpLines();
};

void TestPdfLoader::singleColumn()
{
    const LoadResult r = ArticleLoader::loadBytes(threePages(), u"cranes.pdf"_s);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    const Article &a = r.article;
    QCOMPARE(a.format, u"pdf"_s);
    QCOMPARE(
        a.title, u"Cranes arrive early at the southern quay"_s); // the page's headline, not the file's title
    QCOMPARE(a.date, QDate(2024, 3, 14)); // the dateline wins over the file's creation date
    QVERIFY2(inOrder(a.text,
                 {kParagraph1, u"Page 1 talks had an international flavour"_s, kParagraph2, kParagraph1,
                     u"Page 2 talks"_s, kParagraph2, u"Page 3 talks"_s, kParagraph2}),
        qPrintable(a.text));
    QVERIFY2(!a.text.contains(u"QUAYSIDE COURIER"), "running header kept");
    QVERIFY2(!a.text.contains(u"Confidential draft"), "running footer kept");
    QVERIFY2(!a.text.contains(u"inter-"), "hyphenation not undone");
    static const QRegularExpression pageNumber(u"(^|\\n)\\d\\n"_s);
    QVERIFY2(!pageNumber.match(a.text).hasMatch(), qPrintable(a.text));
    // Paragraphs: each wrapped paragraph is one line of text, separated by one blank line.
    QVERIFY2(a.text.contains(u"\n\n"_s + kParagraph2 + u"\n\n"_s), qPrintable(a.text));
}

void TestPdfLoader::columns()
{
    const LoadResult r = PdfLoader().load(twoColumns(), u"columns.pdf"_s);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    const QString &text = r.article.text;
    // The left column is read whole before the right one, not line by line across the gutter.
    QCOMPARE(r.article.title, u"Quay expansion enters its second phase"_s);
    QVERIFY2(inOrder(r.article.title + u' ' + text,
                 {u"Quay expansion enters its second phase"_s, kParagraph1, kParagraph2, kParagraph3,
                     u"vote on the agreement."_s}),
        qPrintable(text));
}

void TestPdfLoader::readingOrderUnit()
{
    // Two columns of three lines and a headline across both, given in the order a naive reader sees.
    using Line = PdfLoader::Line;
    QList<Line> lines;
    lines << Line {u"Headline across"_s, QRectF(50, 50, 480, 20), false};
    for (int i = 0; i < 3; ++i) {
        lines << Line {u"L%1"_s.arg(i), QRectF(50, 100 + i * 14, 200, 12), false};
        lines << Line {u"R%1"_s.arg(i), QRectF(320, 100 + i * 14, 200, 12), false};
    }
    lines << Line {u"Footer across"_s, QRectF(50, 300, 480, 12), false};
    lines << Line {u"L3"_s, QRectF(50, 320, 200, 12), false};
    lines << Line {u"R3"_s, QRectF(320, 320, 200, 12), false};
    lines << Line {u"L4"_s, QRectF(50, 334, 200, 12), false};
    lines << Line {u"R4"_s, QRectF(320, 334, 200, 12), false};
    QStringList order;
    for (const Line &l : PdfLoader::readingOrder(lines, 595))
        order << l.text;
    QCOMPARE(order,
        (QStringList {u"Headline across"_s, u"L0"_s, u"L1"_s, u"L2"_s, u"R0"_s, u"R1"_s, u"R2"_s,
            u"Footer across"_s, u"L3"_s, u"L4"_s, u"R3"_s, u"R4"_s}));
}

void TestPdfLoader::threeColumnPage()
{
    const LoadResult r = PdfLoader().load(threeColumns(), u"three.pdf"_s);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    const QString &text = r.article.text;
    QCOMPARE(r.article.title, u"Three harbours agree on one timetable"_s);
    // Each column whole, left to right: every paragraph comes out unbroken and in order.
    QVERIFY2(inOrder(text, {kParagraph1, kParagraph2, kParagraph3, u"vote on the agreement."_s}),
        qPrintable(text));
}

void TestPdfLoader::readingOrderThreeColumns()
{
    // Three columns of three lines under a headline, a line across all three, then three more columns.
    using Line = PdfLoader::Line;
    QList<Line> lines;
    lines << Line {u"Headline"_s, QRectF(40, 50, 500, 20), false};
    for (int i = 0; i < 3; ++i) {
        for (int c = 0; c < 3; ++c)
            lines << Line {
                u"%1%2"_s.arg(QChar(u'A' + c)).arg(i), QRectF(40 + c * 185, 100 + i * 14, 150, 12), false};
    }
    lines << Line {u"Across"_s, QRectF(40, 200, 500, 12), false};
    for (int i = 3; i < 6; ++i) {
        for (int c = 0; c < 3; ++c)
            lines << Line {
                u"%1%2"_s.arg(QChar(u'A' + c)).arg(i), QRectF(40 + c * 185, 220 + i * 14, 150, 12), false};
    }
    QStringList order;
    for (const Line &l : PdfLoader::readingOrder(lines, 595))
        order << l.text;
    QCOMPARE(order,
        (QStringList {u"Headline"_s, u"A0"_s, u"A1"_s, u"A2"_s, u"B0"_s, u"B1"_s, u"B2"_s, u"C0"_s, u"C1"_s,
            u"C2"_s, u"Across"_s, u"A3"_s, u"A4"_s, u"A5"_s, u"B3"_s, u"B4"_s, u"B5"_s, u"C3"_s, u"C4"_s,
            u"C5"_s}));
}

void TestPdfLoader::hyphenation_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<QString>("tail");
    QTest::addColumn<QString>("evidence");
    QTest::addColumn<QString>("expected");
    const QString plain = u"Nothing else in this article says how any of its words are written."_s;
    QTest::newRow("a word broken in two") << u"manage-"_s << u"ment"_s << plain << u"the management office"_s;
    QTest::newRow("a prefix that keeps its hyphen")
        << u"well-"_s << u"known"_s << plain << u"the well-known office"_s;
    QTest::newRow("self-") << u"self-"_s << u"appointed"_s << plain << u"the self-appointed office"_s;
    QTest::newRow("a capital after the hyphen")
        << u"anti-"_s << u"Brussels"_s << plain << u"the anti-Brussels office"_s;
    QTest::newRow("a digit after the hyphen") << u"COVID-"_s << u"19"_s << plain << u"the COVID-19 office"_s;
    QTest::newRow("the compound elsewhere in the document")
        << u"cross-"_s << u"border"_s << u"Cross-border traffic rose again this year."_s
        << u"the cross-border office"_s;
    QTest::newRow("the joined word elsewhere beats the prefix list")
        << u"co-"_s << u"ordination"_s << u"The coordination of the shifts is left to the harbour master."_s
        << u"the coordination office"_s;
    QTest::newRow("a Unicode hyphen") << u"trans\u2010"_s << u"port"_s << plain << u"the transport office"_s;
}

void TestPdfLoader::hyphenation()
{
    QFETCH(QString, head);
    QFETCH(QString, tail);
    QFETCH(QString, evidence);
    QFETCH(QString, expected);
    const LoadResult r = PdfLoader().load(brokenWord(head, tail, evidence), u"broken.pdf"_s);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    // One paragraph, the word put back together as the document writes it.
    QVERIFY2(r.article.text.contains(u"written by "_s + expected + u" in the capital"_s),
        qPrintable(r.article.text));
}

void TestPdfLoader::damaged_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray good = threePages();
    // Every offset of the cross-reference table and startxref wrong: Poppler rebuilds the table.
    QByteArray badXref = good;
    const qsizetype xref = badXref.lastIndexOf("\nxref");
    QVERIFY(xref > 0);
    for (qsizetype i = xref + 5; i < badXref.size() - 20; ++i) {
        if (badXref[i] >= '1' && badXref[i] <= '8' && badXref[i + 1] >= '0' && badXref[i + 1] <= '9')
            badXref[i] = '9';
    }
    QTest::newRow("broken cross-reference table") << badXref;
    QByteArray badStart = good;
    badStart.replace(badStart.lastIndexOf("startxref\n") + 10, 1, "9");
    QTest::newRow("startxref pointing nowhere") << badStart;
}

void TestPdfLoader::damaged()
{
    QFETCH(QByteArray, bytes);
    // Readers repair such files; Dramatis reads them as they do.
    const LoadResult r = PdfLoader().load(bytes, u"damaged.pdf"_s);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    QVERIFY(r.article.text.contains(kParagraph2));
}

void TestPdfLoader::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("encrypted") << encryptedPdf() << int(LoadError::Encrypted)
                               << u"encrypted with a password"_s;
    QTest::newRow("scan without a text layer")
        << makePdf({Page {}, Page {}}, {}, true) << int(LoadError::NoText) << u"no text layer"_s;
    QTest::newRow("header and nothing else")
        << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n") << int(LoadError::Malformed) << u"damaged"_s;
    QTest::newRow("first kilobytes only")
        << threePages().left(900) << int(LoadError::Malformed) << u"damaged"_s;
    QByteArray noXref = threePages();
    noXref.truncate(noXref.lastIndexOf("\nxref"));
    QTest::newRow("cut off before the cross-reference table")
        << noXref << int(LoadError::Malformed) << u"damaged"_s;
}

void TestPdfLoader::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, kind);
    QFETCH(QString, reason);
    const LoadResult r = ArticleLoader::loadBytes(bytes, u"bad.pdf"_s);
    QVERIFY2(!r.ok(), qPrintable(r.article.text));
    QVERIFY2(r.error->message.startsWith(u"bad.pdf: "), qPrintable(r.error->message));
    QVERIFY2(r.error->message.contains(reason), qPrintable(r.error->message));
    QCOMPARE(int(r.error->kind), kind);
    QVERIFY(!r.error->message.contains(u'\n'));
}

// A page printed from a browser reads as the article: the headline from the large type, not the menu.
void TestPdfLoader::browserPage()
{
    const LoadResult r = ArticleLoader::loadBytes(browserPrint(), u"printed.pdf"_s);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    QCOMPARE(r.article.title, u"Cranes arrive early at the southern quay"_s);
    QCOMPARE(r.article.author, u"Lena Vasquez"_s);
    const QString &text = r.article.text;
    QVERIFY2(inOrder(text, {kParagraph1, kParagraph2, kParagraph3}), qPrintable(text));
    for (const QString &gone : {u"Skip to main content"_s, u"HARBOUR HERALD"_s, u"Log in"_s, u"Home World"_s,
             u"Advertisement"_s, u"Share this"_s, u"cookies"_s, u"More from"_s, u"rights reserved"_s})
        QVERIFY2(!text.contains(gone), qPrintable(gone + u" kept:\n"_s + text));
}

void TestPdfLoader::headline_data()
{
    using Line = PdfLoader::Line;
    QTest::addColumn<QList<Line>>("lines");
    QTest::addColumn<QString>("docTitle");
    QTest::addColumn<QList<qsizetype>>("expected");
    auto line = [](const QString &text, qreal top, qreal height, bool link = false) {
        return Line {text, QRectF(40, top, 400, height), false, link};
    };
    const Line body1 = line(u"The council voted on Monday to keep the library open."_s, 300, 11);
    const Line body2 = line(u"Maria Okafor said the vote was a relief for the town."_s, 314, 11);
    QTest::newRow("the largest type, not the first line")
        << QList<Line> {line(u"Skip to main content"_s, 20, 8), line(u"Local news from the coast"_s, 40, 14),
               line(u"Library stays open for five years"_s, 100, 24), body1, body2}
        << QString() << QList<qsizetype> {2};
    QTest::newRow("on two lines") << QList<Line> {line(u"Library stays open for five"_s, 100, 24),
        line(u"more years, council says"_s, 126, 24), body1, body2}
                                  << QString() << QList<qsizetype> {0, 1};
    QTest::newRow("the document's title names a smaller line")
        << QList<Line> {line(u"Coastal Weekly Review"_s, 40, 28),
               line(u"Library stays open for five years"_s, 100, 18), body1, body2}
        << u"Library stays open for five years | Coastal Weekly Review"_s << QList<qsizetype> {1};
    QTest::newRow("a link is no headline")
        << QList<Line> {line(u"Ferry fares rise again this spring"_s, 60, 24, true),
               line(u"Library stays open for five years"_s, 100, 20), body1, body2}
        << QString() << QList<qsizetype> {1};
    QTest::newRow("large type low on the page is no headline")
        << QList<Line> {body1, body2, line(u"Library stays open for five years"_s, 600, 24)} << QString()
        << QList<qsizetype> {};
    QTest::newRow("nothing stands out") << QList<Line> {body1, body2} << QString() << QList<qsizetype> {};
}

void TestPdfLoader::headline()
{
    using Line = PdfLoader::Line;
    QFETCH(QList<Line>, lines);
    QFETCH(QString, docTitle);
    QFETCH(QList<qsizetype>, expected);
    QCOMPARE(PdfLoader::headline(lines, 842, 11, docTitle), expected);
}

// The title: the document's (a browser's copy of the page's <title>) when the page's headline shows its
// words, the page's headline when the two only begin alike, the document's when the page's largest type
// is something else (a masthead) or when the page has no headline-size type at all.
void TestPdfLoader::title_data()
{
    QTest::addColumn<QString>("docTitle");
    QTest::addColumn<qreal>("headlineSize");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the title's plain quotes, without the site")
        << u"The \"quiet\" harbour that doubled its trade | Harbour Herald"_s << 24.0
        << u"The \"quiet\" harbour that doubled its trade"_s;
    QTest::newRow("site first") << u"Harbour Herald - The \"quiet\" harbour that doubled its trade"_s << 24.0
                                << u"The \"quiet\" harbour that doubled its trade"_s;
    QTest::newRow("the title only begins the headline")
        << u"The quiet harbour"_s << 24.0 << u"The \u201cquiet\u201d harbour that doubled its trade"_s;
    QTest::newRow("a word changed since") << u"The quiet harbour that tripled its trade"_s << 24.0
                                          << u"The \u201cquiet\u201d harbour that doubled its trade"_s;
    QTest::newRow("a file name is no title")
        << u"source.html"_s << 24.0 << u"The \u201cquiet\u201d harbour that doubled its trade"_s;
    QTest::newRow("the page's largest type is not the title")
        << u"Tide tables for the whole coast | Harbour Herald"_s << 24.0
        << u"Tide tables for the whole coast"_s;
    QTest::newRow("no headline-size type: the title") << u"Tide tables for the whole coast | Harbour Herald"_s
                                                      << 11.0 << u"Tide tables for the whole coast"_s;
}

void TestPdfLoader::title()
{
    QFETCH(QString, docTitle);
    QFETCH(qreal, headlineSize);
    QFETCH(QString, expected);
    const LoadResult r
        = ArticleLoader::loadBytes(printedWithComments(docTitle, headlineSize), u"printed.pdf"_s);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    QCOMPARE(r.article.title, expected);
}

// What a site prints after the article (a comment form, comments, linked stories) is not the article, even
// in the article's type and with sentences of its own.
void TestPdfLoader::commentsAfterTheArticle()
{
    const LoadResult r = ArticleLoader::loadBytes(
        printedWithComments(u"The \"quiet\" harbour that doubled its trade | Harbour Herald"_s),
        u"printed.pdf"_s);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    const QString &text = r.article.text;
    QVERIFY2(inOrder(text, {kParagraph1, kParagraph2, kParagraph3, kParagraph1 + u" "_s + kParagraph3}),
        qPrintable(text));
    for (const QString &gone : {u"Comments"_s, u"Leave a reply"_s, u"Reader 1"_s, u"A comment of my own"_s,
             u"Ferry fares"_s, u"Tide tables"_s})
        QVERIFY2(!text.contains(gone), qPrintable(gone + u" kept:\n"_s + text));
}

// A site that prints four pages of menus before the article: past the third page, the headline is the
// line that is the document's title (or its part before the site's name), not one that only begins it.
void TestPdfLoader::headlineAfterPagesOfMenus_data()
{
    QTest::addColumn<QString>("headline");
    QTest::addColumn<bool>("menusKept");
    QTest::newRow("the title's headline part") << u"Cranes arrive early at the southern quay"_s << false;
    QTest::newRow("only the title's first words") << u"Cranes arrive early"_s << true;
}

void TestPdfLoader::headlineAfterPagesOfMenus()
{
    QFETCH(QString, headline);
    QFETCH(bool, menusKept);
    QList<Page> pages(5);
    for (int p = 0; p < 4; ++p) {
        qreal y = 40;
        for (int i = 0; i < 20; ++i)
            pages[p] << Text {
                u"Section %1 of the harbour guide page %2"_s.arg(i + 1).arg(p + 1), 40, (y += 14), 11};
    }
    pages[4] << Text {headline, 40, 80, 11};
    qreal y = 110;
    for (const QString &line : wrap(kParagraph1 + u' ' + kParagraph2, 480, 11)) {
        pages[4] << Text {line, 40, y, 11};
        y += 14;
    }
    const LoadResult r = ArticleLoader::loadBytes(
        makePdf(pages, u"Cranes arrive early at the southern quay | Harbour Herald"_s), u"printed.pdf"_s);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    QCOMPARE(r.article.title, u"Cranes arrive early at the southern quay"_s);
    QVERIFY2(r.article.text.contains(kParagraph1), qPrintable(r.article.text));
    QCOMPARE(r.article.text.contains(u"harbour guide"_s), menusKept);
}

void TestPdfLoader::articleEnd_data()
{
    using Line = PdfLoader::Line;
    QTest::addColumn<QList<Line>>("lines");
    QTest::addColumn<qsizetype>("expected");
    qreal top = 100;
    auto line = [&top](const QString &text, qreal height = 11, bool link = false) {
        top += height * 1.3;
        return Line {text, QRectF(40, top, 400, height), false, link};
    };
    const QString prose = u"The council voted on Monday to keep the library open for five more years."_s;
    QList<Line> article;
    for (int i = 0; i < 12; ++i)
        article << line(prose);
    QList<Line> related = article;
    related << line(u"More from the coast"_s, 16);
    for (int i = 0; i < 8; ++i)
        related << line(u"Ferry fares rise again"_s, 11, true);
    QTest::newRow("linked stories after the article") << related << qsizetype(12);
    QList<Line> comments = article;
    for (const QString &label : {u"3 Comments"_s, u"Your name"_s, u"Your e-mail"_s, u"Post comment"_s})
        comments << line(label, 11, label == u"Post comment"_s);
    for (int c = 0; c < 14; ++c)
        comments << line(u"Reader"_s, 14) << line(u"Reply"_s, 11, true) << line(prose);
    QTest::newRow("comments longer than the article, after a form") << comments << qsizetype(12);
    QList<Line> list = article.mid(0, 6);
    for (int i = 0; i < 16; ++i)
        list << line(u"Item %1 of the budget"_s.arg(i + 1));
    list << article.mid(6);
    QTest::newRow("a list of short lines in the article") << list << qsizetype(list.size());
    QList<Line> signOff = article;
    signOff << line(u"Reporting by Jane Doe"_s) << line(u"Editing by John Roe"_s);
    QTest::newRow("a short line at the end of a paper") << signOff << qsizetype(signOff.size());
    QList<Line> caption = article.mid(0, 6);
    caption << line(u"Photo: the library"_s, 9) << line(u"Share"_s, 11, true) << article.mid(6);
    QTest::newRow("a caption and a share link inside") << caption << qsizetype(caption.size());
    // A paragraph that ends in a colon announces a table or a listing: the article goes on after it.
    QList<Line> table = article.mid(0, 6);
    table << line(u"The branches that stay open, with their opening hours:"_s);
    for (int i = 0; i < 10; ++i)
        table << line(u"Branch %1"_s.arg(i + 1), 11, true) << line(u"9-17"_s);
    table << article.mid(6);
    QTest::newRow("a table a colon announces") << table << qsizetype(table.size());
    QList<Line> noColon = article.mid(0, 6);
    noColon << line(u"The branches that stay open are listed on the council's site."_s);
    for (int i = 0; i < 10; ++i)
        noColon << line(u"Branch %1"_s.arg(i + 1), 11, true) << line(u"9-17"_s);
    noColon << article.mid(6, 3);
    QTest::newRow("the same links without the colon end it") << noColon << qsizetype(7);
    QList<Line> footer = article;
    footer << line(u"Follow the council on:"_s);
    for (int i = 0; i < 70; ++i)
        footer << line(u"Footer link %1"_s.arg(i + 1), 11, true);
    footer << article.mid(0, 4);
    QTest::newRow("a colon does not hold off the footer for ever") << footer << qsizetype(13);
    // Teasers after the article, each headline a link from end to end and as long as a sentence.
    for (const bool whole : {true, false}) {
        QList<Line> teasers = article;
        for (int i = 0; i < 12; ++i) {
            Line l = line(u"Harbour master retires after forty years of guiding the ferries in and out"_s);
            l.linkedWhole = whole;
            teasers << l;
        }
        QTest::newRow(whole ? "teasers linked whole" : "the same lines unlinked")
            << teasers << (whole ? qsizetype(12) : teasers.size());
    }
    // A protocol's exchanges, each announced by a sentence and set in from the prose: more lines of them
    // than one colon holds off the end for, links among them, and the article goes on to its end.
    for (const bool setIn : {true, false}) {
        QList<Line> listings = article.mid(0, 6);
        for (int s = 0; s < 8; ++s) {
            listings << line(u"The client then asks for the next page of the catalogue, like this:"_s);
            for (int i = 0; i < 10; ++i) {
                Line l = line(i % 3 == 1 ? u"Origin: https://catalogue.example.org"_s : u"Host: catalogue"_s,
                    11, i % 3 == 1);
                l.box.moveLeft(setIn ? 70 : 40);
                listings << l;
            }
            listings << line(u"The server answers with the page and its links to the next one."_s);
        }
        listings << article.mid(6);
        QTest::newRow(setIn ? "listings set in, each announced" : "the same listings at the prose's edge")
            << listings << (setIn ? listings.size() : qsizetype(7));
    }
    QTest::newRow("nothing") << QList<Line> {} << qsizetype(0);
}

void TestPdfLoader::articleEnd()
{
    using Line = PdfLoader::Line;
    QFETCH(QList<Line>, lines);
    QFETCH(qsizetype, expected);
    QCOMPARE(PdfLoader::articleEnd(lines, 11), expected);
}

void TestPdfLoader::bodyTextHeight_data()
{
    using Line = PdfLoader::Line;
    QTest::addColumn<QList<Line>>("lines");
    QTest::addColumn<qreal>("expected");
    auto line = [](int chars, qreal height) {
        return Line {QString(chars, u'x'), QRectF(0, 0, 100, height)};
    };
    QTest::newRow("most characters, not most lines")
        << QList<Line> {line(10, 9), line(10, 9), line(10, 9), line(80, 11), line(80, 11)} << 11.0;
    QTest::newRow("one line") << QList<Line> {line(5, 24)} << 24.0;
    QTest::newRow("no lines") << QList<Line> {} << 0.0;
}

void TestPdfLoader::bodyTextHeight()
{
    using Line = PdfLoader::Line;
    QFETCH(QList<Line>, lines);
    QFETCH(qreal, expected);
    QCOMPARE(PdfLoader::bodyTextHeight(lines), expected);
}

void TestPdfLoader::nestedBlocks_data()
{
    using Line = PdfLoader::Line;
    QTest::addColumn<QList<Line>>("lines");
    QTest::addColumn<QList<bool>>("expected");
    qreal top = 100;
    auto line = [&top](const QString &text, qreal left = 40, qreal height = 11, bool link = false) {
        top += height * 1.3;
        return Line {text, QRectF(left, top, 400, height), false, link};
    };
    const QString prose = u"The council voted on Monday to keep the library open for five more years."_s;
    auto article = [&](int n, qreal left = 40) {
        QList<Line> lines;
        for (int i = 0; i < n; ++i)
            lines << line(prose, left);
        return lines;
    };
    auto flags = [](std::initializer_list<std::pair<int, bool>> runs) {
        QList<bool> out;
        for (const auto &[n, value] : runs)
            out << QList<bool>(n, value);
        return out;
    };

    QList<Line> gallery = article(10);
    for (int i = 0; i < 8; ++i) {
        gallery << line(u"%1/8 The reading room reopens"_s.arg(i + 1), 64, 16);
        gallery << line(u"Volunteers carried the last boxes of books up the stairs on Saturday morning."_s,
            64) << line(u"Photo: Harbour Herald"_s, 64, 9);
    }
    gallery << article(6);
    QTest::newRow("a gallery with its own headings")
        << gallery << flags({{10, false}, {24, true}, {6, false}});

    QList<Line> feed = article(12);
    for (int i = 0; i < 12; ++i) {
        feed << line(u"14:%1 Ferry fares rise again"_s.arg(10 + i), 64, 11, true);
        feed << line(u"The operator said the price of fuel had doubled since the spring."_s, 64);
    }
    QTest::newRow("a live feed with links") << feed << flags({{12, false}, {24, true}});

    QList<Line> longerFeed = article(4);
    for (int i = 0; i < 30; ++i) {
        longerFeed << line(u"14:%1 Ferry fares rise again"_s.arg(10 + i), 64, 11, true);
        longerFeed << line(u"The operator said the price of fuel had doubled since the spring."_s, 64);
    }
    QTest::newRow("a feed longer than the article") << longerFeed << flags({{4, false}, {60, true}});

    QList<Line> quote = article(10);
    quote << article(24, 64) << article(6);
    QTest::newRow("a long quotation is the article's") << quote << QList<bool>(40, false);

    QList<Line> shortList = article(10);
    for (int i = 0; i < 12; ++i)
        shortList << line(u"Branch %1"_s.arg(i + 1), 64, 11, true);
    shortList << article(6);
    QTest::newRow("a short list of links") << shortList << QList<bool>(28, false);

    QList<Line> formulas = article(10);
    for (int i = 0; i < 24; ++i)
        formulas << line(i % 3 ? prose : u"x squared plus y"_s, 64, 14 + i % 4);
    QTest::newRow("lines made taller by formulas") << formulas << QList<bool>(34, false);

    QList<Line> columns = article(12);
    columns << article(24, 300);
    for (Line &l : columns.sliced(12))
        l.link = true;
    QTest::newRow("a second column") << columns << QList<bool>(36, false);

    QTest::newRow("one column") << article(30) << QList<bool>(30, false);
    QTest::newRow("nothing") << QList<Line> {} << QList<bool> {};
}

void TestPdfLoader::nestedBlocks()
{
    using Line = PdfLoader::Line;
    QFETCH(QList<Line>, lines);
    QFETCH(QList<bool>, expected);
    QCOMPARE(PdfLoader::nestedBlocks(lines, 11), expected);
}

// A photo gallery the site sets in the middle of the article: its captions read as prose, but it goes
// whole, and the article's paragraphs on both sides of it stay.
void TestPdfLoader::galleryInsideTheArticle()
{
    QList<Page> pages(1);
    qreal y = 120;
    pages[0] << Text {u"Cranes arrive early at the southern quay"_s, 40, 90, 24};
    auto put = [&](const QString &text, qreal x, qreal size) {
        if (y > 780) {
            pages << Page {};
            y = 60;
        }
        pages.last() << Text {text, x, y, size};
        y += size * 1.4;
    };
    auto paragraph = [&](const QString &text, qreal x = 40) {
        for (const QString &line : wrap(text, 480 - (x - 40), 11))
            put(line, x, 11);
        y += 10;
    };
    for (const QString &p : {kParagraph1, kParagraph2, kParagraph1, kParagraph2})
        paragraph(p);
    for (int i = 0; i < 9; ++i) {
        put(u"%1/9 Gulls over the breakwater"_s.arg(i + 1), 64, 16);
        paragraph(
            u"A trawler leaves the harbour at dawn while the gulls circle over the new breakwater."_s, 64);
    }
    paragraph(kParagraph3);
    paragraph(kParagraph3);
    const LoadResult r = ArticleLoader::loadBytes(
        makePdf(pages, u"Cranes arrive early at the southern quay"_s), u"gallery.pdf"_s);
    QVERIFY(r.ok());
    QVERIFY2(!r.article.text.contains(u"trawler"_s), qPrintable(r.article.text));
    QVERIFY2(!r.article.text.contains(u"Gulls"_s), qPrintable(r.article.text));
    QVERIFY2(r.article.text.contains(u"Four container cranes"_s), qPrintable(r.article.text));
    QCOMPARE(r.article.text.count(u"nobody would lose a job"_s), 2);
}

void TestPdfLoader::shortLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QList<qreal>>("places"); // where it stands on each page, top down
    QTest::addColumn<bool>("kept");
    QTest::newRow("a listing's line on two pages, in two places")
        << u"FROM harbour_moves"_s << QList<qreal> {300, 520} << true;
    QTest::newRow("a label fixed in one place on both pages")
        << u"Reader offers"_s << QList<qreal> {300, 300} << false;
    QTest::newRow("a picture that did not load") << u"harbour-cranes.jpg"_s << QList<qreal> {300} << false;
    QTest::newRow("a line that names a picture")
        << u"The plans are in harbour-cranes.jpg"_s << QList<qreal> {300} << true;
}

// Short lines inside the article's prose: the ones a site prints at the same place on every page (a
// header fixed in view) or in place of a picture go; a listing's line that happens to come again stays.
void TestPdfLoader::shortLines()
{
    QFETCH(QString, line);
    QFETCH(QList<qreal>, places);
    QFETCH(bool, kept);
    QList<Page> pages;
    const QStringList prose = wrap(kParagraph1 + u' ' + kParagraph2 + u' ' + kParagraph3, 480, 11);
    for (qsizetype p = 0; p < places.size(); ++p) {
        Page page;
        if (p == 0)
            page << Text {u"Cranes arrive early at the southern quay"_s, 40, 90, 24};
        qsizetype next = 0;
        for (qreal y = 120; y < 740; y += 14) {
            if (qAbs(y - places[p]) < 7)
                page << Text {line, 40, y, 11};
            else
                page << Text {prose[next++ % prose.size()], 40, y, 11};
        }
        pages << page;
    }
    const LoadResult r = ArticleLoader::loadBytes(
        makePdf(pages, u"Cranes arrive early at the southern quay"_s), u"lines.pdf"_s);
    QVERIFY(r.ok());
    QVERIFY2(r.article.text.contains(u"nobody would lose a job"_s), qPrintable(r.article.text));
    QCOMPARE(r.article.text.contains(line), kept);
}

// Chinese is written without spaces: a line break inside a sentence joins its characters without one,
// and a page of Chinese prose is read as prose (its lines have no spaces to count words by).
void TestPdfLoader::chineseLines()
{
    const QList<QString> lines {u"港口管理局周二表示，四台集装箱起重机比合同"_s,
        u"规定的日期提前两周抵达南码头。"_s, u"管理局局长说，到夏天码头处理的船只数量将"_s,
        u"增加一倍，码头工人不会失去工作。"_s};
    Page page;
    qreal y = 100;
    for (int i = 0; i < 3; ++i) {
        for (const QString &l : lines) {
            page << Text {l, 40, y, 11};
            y += 15;
        }
        y += 10;
    }
    const LoadResult r = ArticleLoader::loadBytes(makePdf({page}), u"chinese.pdf"_s);
    QVERIFY(r.ok());
    if (!r.article.text.contains(u"港口"_s))
        QSKIP("no font with Chinese characters is installed");
    QVERIFY2(r.article.text.contains(u"比合同规定的日期"_s), qPrintable(r.article.text));
    QVERIFY2(r.article.text.contains(u"将增加一倍"_s), qPrintable(r.article.text));
    QCOMPARE(r.article.text.count(u"码头工人不会失去工作"_s), 3);
}

// Lines centred one above the other were ended by the writer (a blog's lines under its photos): Chinese
// lines join with a space there. Lines that start at one edge were wrapped, an indented first line too.
void TestPdfLoader::chineseLineEnds_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QString>("separator");
    QTest::newRow("centred lines of different widths") << u"centred"_s << u" "_s;
    QTest::newRow("lines at one edge") << u"left"_s << QString();
    QTest::newRow("an indented first line") << u"indented"_s << QString();
}

void TestPdfLoader::chineseLineEnds()
{
    QFETCH(QString, layout);
    QFETCH(QString, separator);
    const QList<QString> lines {u"港口管理局周二表示起重机已经到达"_s,
        u"四台集装箱起重机比合同规定的日期提前"_s, u"两周抵达南码头码头工人很高兴"_s,
        u"管理局局长说码头的船只数量将增加一倍"_s};
    QFont font(u"DejaVu Serif"_s);
    font.setPixelSize(11);
    const QFontMetricsF metrics(font);
    Page page;
    qreal y = 100;
    for (int p = 0; p < 3; ++p) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const qreal x = layout == u"centred"_s  ? 300 - metrics.horizontalAdvance(lines[i]) / 2
                : layout == u"indented"_s && i == 0 ? 62
                                                    : 40;
            page << Text {lines[i], x, y, 11};
            y += 15;
        }
        y += 10;
    }
    const LoadResult r = ArticleLoader::loadBytes(makePdf({page}), u"chinese.pdf"_s);
    QVERIFY(r.ok());
    if (!r.article.text.contains(u"港口"_s))
        QSKIP("no font with Chinese characters is installed");
    QVERIFY2(
        r.article.text.contains(u"已经到达"_s + separator + u"四台集装箱"_s), qPrintable(r.article.text));
}

// A formula whose picture did not load prints as its TeX source: the group goes, the sentence around it
// stays, and braces or commands that are no formula's source stay.
void TestPdfLoader::texSource_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("read");
    QTest::newRow("a formula in a sentence")
        << u"The matrix is its own adjoint, {\\displaystyle A=A^{\\mathsf {H}}}, as shown."_s
        << u"The matrix is its own adjoint, , as shown."_s;
    QTest::newRow("an escaped brace inside")
        << u"The set {\\textstyle \\{a\\}} has one member."_s << u"The set has one member."_s;
    QTest::newRow("cut short by the page")
        << u"It follows that {\\displaystyle \\sum _{j}\\lambda"_s << u"It follows that"_s;
    QTest::newRow("braces in prose") << u"The set {a, b} has two members."_s
                                     << u"The set {a, b} has two members."_s;
    QTest::newRow("a command outside a group")
        << u"Write \\alpha for the angle."_s << u"Write \\alpha for the angle."_s;
}

void TestPdfLoader::texSource()
{
    QFETCH(QString, line);
    QFETCH(QString, read);
    Page page;
    qreal y = 80;
    for (const QString &l : wrap(kParagraph1, 480, 11)) {
        page << Text {l, 40, y, 11};
        y += 14;
    }
    page << Text {line, 40, (y += 24), 11};
    y += 24;
    for (const QString &l : wrap(kParagraph2, 480, 11)) {
        page << Text {l, 40, y, 11};
        y += 14;
    }
    const LoadResult r = ArticleLoader::loadBytes(makePdf({page}), u"formula.pdf"_s);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    QVERIFY2(r.article.text.contains(read), qPrintable(r.article.text));
    QVERIFY2(!r.article.text.contains(u"style"_s), qPrintable(r.article.text));
}

// A sign-up box prints its pitch, its button and its small print: they go, wherever they stand; prose that
// only shares a word with them stays.
void TestPdfLoader::signUpLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("gone");
    QTest::newRow("the pitch") << u"Get Harbour Herald breaking news alerts to your inbox"_s << true;
    QTest::newRow("the button") << u"SUBMIT"_s << true;
    QTest::newRow("the small print")
        << u"By clicking \"Submit,\" you agree to the Privacy Policy and Terms of Use."_s << true;
    QTest::newRow("an inbox in prose")
        << u"The clerk found three hundred letters from the port in her inbox."_s << false;
    QTest::newRow("clicking in prose")
        << u"By clicking through the archive, the reporters found the letters."_s << false;
}

void TestPdfLoader::signUpLines()
{
    QFETCH(QString, line);
    QFETCH(bool, gone);
    Page page;
    qreal y = 80;
    for (const QString &l : wrap(kParagraph1, 480, 11)) {
        page << Text {l, 40, y, 11};
        y += 14;
    }
    page << Text {line, 40, (y += 10), 11};
    y += 24;
    for (const QString &l : wrap(kParagraph2 + u' ' + kParagraph3, 480, 11)) {
        page << Text {l, 40, y, 11};
        y += 14;
    }
    const LoadResult r = ArticleLoader::loadBytes(makePdf({page}), u"signup.pdf"_s);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    QVERIFY2(r.article.text.contains(kParagraph3), qPrintable(r.article.text));
    QCOMPARE(r.article.text.contains(line), !gone);
}

QTEST_MAIN(TestPdfLoader)
#include "tst_pdfloader.moc"
