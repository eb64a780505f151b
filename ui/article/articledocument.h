#pragma once

#include "core/analysis.h"

#include <QFont>
#include <QPalette>

#include <memory>

class QTextDocument;
class QThread;

namespace dramatis {

class EntityHighlighter;

// An article set for reading: a QTextDocument with a typographic header (title; source · author ·
// date · file) followed by the article text, one block per line so every article offset maps to
// `textStart + offset`, a QPlainTextDocumentLayout (ArticleView is a QPlainTextEdit) and an
// EntityHighlighter already run over it.
//
// build() is meant for a worker thread: building and colouring a multi-megabyte document is the slow
// part of showing it, and a QTextDocument may be built in one thread and handed to another as long as
// only one uses it at a time. The result lives in `targetThread` when build() returns.
struct ArticleDocument
{
    std::shared_ptr<QTextDocument> document;
    EntityHighlighter *highlighter = nullptr; // owned by `document`
    int textStart = 0;
    // The document position of the title's offset 0 (Analysis::titleMentions), -1 when the heading is not
    // the article's title as it stands (a file name for an untitled article).
    int titleStart = -1;
    // Why the article has no text, when the reader said (an e-mail that holds only pictures); the view
    // shows it where the text would be.
    QString note;

    static ArticleDocument build(
        const AnalysisPtr &analysis, const QFont &bodyFont, const QPalette &palette, QThread *targetThread);
    // The serif face the article text is set in, a little larger than `base`.
    static QFont defaultBodyFont(const QFont &base);
    // An empty document an ArticleView can show when there is no article.
    static QTextDocument *placeholder(QObject *parent);
};

} // namespace dramatis
