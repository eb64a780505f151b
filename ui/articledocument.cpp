#include "articledocument.h"

#include "entityhighlighter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLocale>
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
    font.setFamilies({QStringLiteral("Source Serif 4"), QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif"),
                      QStringLiteral("Liberation Serif"), QStringLiteral("Georgia"), QStringLiteral("serif")});
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(base.pointSizeF() * 1.25);
    return font;
}

ArticleDocument ArticleDocument::build(const AnalysisPtr &analysis, const QFont &bodyFont, const QPalette &palette,
                                       QThread *targetThread)
{
    ArticleDocument result;
    auto doc = std::make_shared<QTextDocument>();
    doc->setUndoRedoEnabled(false);
    doc->setDefaultFont(bodyFont);
    doc->setDocumentMargin(24);
    const Article &article = analysis->article;

    QTextCursor cursor(doc.get());
    cursor.beginEditBlock();

    QTextBlockFormat titleBlock;
    titleBlock.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
    titleBlock.setBottomMargin(6);
    QTextCharFormat titleChars;
    titleChars.setProperty(QTextFormat::FontSizeAdjustment, TitleSizeAdjustment);
    titleChars.setFontWeight(QFont::Bold);
    cursor.setBlockFormat(titleBlock);
    cursor.setBlockCharFormat(titleChars);
    QString title = article.title;
    if (title.isEmpty())
        title = QFileInfo(article.filePath).completeBaseName();
    cursor.insertText(title, titleChars);

    QTextBlockFormat metaBlock;
    metaBlock.setBottomMargin(18);
    QTextCharFormat metaChars;
    metaChars.setProperty(QTextFormat::FontSizeAdjustment, MetaSizeAdjustment);
    metaChars.setFontFamilies({QFontDatabase::systemFont(QFontDatabase::GeneralFont).family()});
    QColor muted = palette.color(QPalette::Text);
    muted.setAlphaF(0.62f);
    metaChars.setForeground(muted);
    cursor.insertBlock(metaBlock, metaChars);
    cursor.insertText(metaLine(article), metaChars);

    // One block per line: the separator stands for the '\n', so document positions stay in step with the
    // article's offsets. Blank lines become short spacer blocks: the paragraph spacing.
    QTextBlockFormat paragraph;
    paragraph.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
    QTextBlockFormat spacer;
    spacer.setLineHeight(60, QTextBlockFormat::ProportionalHeight);
    const QTextCharFormat bodyChars;
    const QString &text = article.text;
    qsizetype lineStart = 0;
    bool first = true;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QStringView line = QStringView(text).mid(lineStart, lineEnd - lineStart);
        const bool blank = line.trimmed().isEmpty();
        if (first) {
            cursor.insertBlock(blank ? spacer : paragraph, bodyChars);
            result.textStart = cursor.position();
            first = false;
        } else {
            cursor.insertBlock(blank ? spacer : paragraph, bodyChars);
        }
        if (!line.isEmpty())
            cursor.insertText(line.toString(), bodyChars);
        lineStart = lineEnd + 1;
    }
    cursor.endEditBlock();

    result.highlighter = new EntityHighlighter(doc.get(), analysis, result.textStart, palette);
    result.highlighter->rehighlight();
    if (targetThread && targetThread != QThread::currentThread())
        doc->moveToThread(targetThread);
    result.document = std::move(doc);
    return result;
}

} // namespace dramatis
