#include "article/articledocument.h"

#include "article/entityhighlighter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLocale>
#include <QPlainTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QThread>

namespace dramatis {

namespace {

// Sizes follow QTextFormat::FontSizeAdjustment's steps, relative to the document's default font, so
// zooming (which changes only the default font) scales the header with the text.
constexpr int TitleSizeAdjustment = 2; // 1.5 times the body size
constexpr int MetaSizeAdjustment = -1; // 0.8 of it

QString metaLine(const Article &article)
{
    QStringList parts;
    if (!article.source.isEmpty())
        parts << article.source;
    if (!article.author.isEmpty())
        parts << QCoreApplication::translate("dramatis::ArticleDocument", "By %1").arg(article.author);
    if (article.date.isValid())
        parts << QLocale().toString(article.date, QStringLiteral("d MMMM yyyy"));
    const QString file = QFileInfo(article.filePath).fileName();
    if (!file.isEmpty())
        parts << file;
    return parts.join(QStringLiteral(" · "));
}

} // namespace

QFont ArticleDocument::defaultBodyFont(const QFont &base)
{
    QFont font = base;
    // The first installed of these wins; "serif" is fontconfig's own fallback.
    font.setFamilies(
        {QStringLiteral("Source Serif 4"), QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif"),
            QStringLiteral("Liberation Serif"), QStringLiteral("Georgia"), QStringLiteral("serif")});
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(base.pointSizeF() * 1.25);
    return font;
}

QTextDocument *ArticleDocument::placeholder(QObject *parent)
{
    auto *doc = new QTextDocument(parent);
    doc->setDocumentLayout(new QPlainTextDocumentLayout(doc));
    return doc;
}

ArticleDocument ArticleDocument::build(
    const AnalysisPtr &analysis, const QFont &bodyFont, const QPalette &palette, QThread *targetThread)
{
    ArticleDocument result;
    auto doc = std::make_shared<QTextDocument>();
    doc->setUndoRedoEnabled(false);
    doc->setDefaultFont(bodyFont);
    doc->setDocumentMargin(24);
    // Created here, off the GUI thread: attaching a layout to a large document is itself costly.
    doc->setDocumentLayout(new QPlainTextDocumentLayout(doc.get()));
    const Article &article = analysis->article;

    QTextCursor cursor(doc.get());
    cursor.beginEditBlock();

    // The plain-text layout knows no block margins: spacing comes from empty blocks whose (invisible)
    // character format is smaller or larger than the body's.
    QTextCharFormat titleChars;
    titleChars.setProperty(QTextFormat::FontSizeAdjustment, TitleSizeAdjustment);
    titleChars.setFontWeight(QFont::Bold);
    cursor.setBlockCharFormat(titleChars);
    QString title = article.title;
    if (title.isEmpty())
        title = QFileInfo(article.filePath).completeBaseName();
    cursor.insertText(title, titleChars);

    QTextCharFormat metaChars;
    metaChars.setProperty(QTextFormat::FontSizeAdjustment, MetaSizeAdjustment);
    metaChars.setFontFamilies({QFontDatabase::systemFont(QFontDatabase::GeneralFont).family()});
    QColor muted = palette.color(QPalette::Text);
    muted.setAlphaF(0.62f);
    metaChars.setForeground(muted);
    QTextCharFormat smallGap;
    smallGap.setProperty(QTextFormat::FontSizeAdjustment, -2);
    cursor.insertBlock(QTextBlockFormat(), smallGap);
    cursor.insertBlock(QTextBlockFormat(), metaChars);
    cursor.insertText(metaLine(article), metaChars);
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());

    // One block per line: the separator stands for the '\n', so document positions stay in step with the
    // article's offsets. Blank lines are set smaller: the paragraph spacing.
    const QTextBlockFormat paragraph;
    const QTextCharFormat bodyChars;
    QTextCharFormat spacerChars;
    spacerChars.setProperty(QTextFormat::FontSizeAdjustment, -2);
    const QString &text = article.text;
    qsizetype lineStart = 0;
    bool first = true;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QStringView line = QStringView(text).mid(lineStart, lineEnd - lineStart);
        cursor.insertBlock(paragraph, line.isEmpty() ? spacerChars : bodyChars);
        if (first) {
            result.textStart = cursor.position();
            first = false;
        }
        if (!line.isEmpty())
            cursor.insertText(line.toString(), bodyChars);
        lineStart = lineEnd + 1;
    }
    cursor.endEditBlock();

    if (!article.title.isEmpty() && doc->firstBlock().text() == article.title)
        result.titleStart = doc->firstBlock().position();
    result.highlighter = new EntityHighlighter(doc.get(), analysis, result.textStart, palette);
    result.highlighter->rehighlight();
    // setDocument() queued a first pass of its own: run it here (a no-op now) rather than on the GUI thread.
    QCoreApplication::sendPostedEvents(result.highlighter, QEvent::MetaCall);
    if (targetThread && targetThread != QThread::currentThread())
        doc->moveToThread(targetThread);
    result.document = std::move(doc);
    return result;
}

} // namespace dramatis
