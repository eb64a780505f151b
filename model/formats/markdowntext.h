#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace dramatis {

// Turns a Markdown article into the readable prose that Dramatis shows and tags. md4c parses it as
// CommonMark (with tables, strikethrough and task lists; without indented code blocks, since an article
// pasted with indented paragraphs is prose): heading markers, emphasis, link targets, images, reference
// definitions, HTML tags and scripts, list bullets and YAML front matter go; the words stay, paragraphs
// are separated by one blank line, a list's items and a table's rows (cells split by tabs) by one line
// break, and code stays as it is written. Not a renderer: only what a reader should see as text
// survives, so that offsets index into what is on screen.
class MarkdownText final
{
public:
    struct Result
    {
        QString text;
        QString title; // a leading heading (or front matter `title:`), removed from `text`
        QList<QPair<QString, QString>> frontMatter; // `key: value` pairs, keys lower-cased
    };

    static Result convert(const QString &markdown);
    // Inline syntax only (emphasis, links, images, code spans, escapes, entities), for one line of text: a
    // line that would start a block ("# ", "- ") is read as a sentence.
    static QString stripInline(const QString &line);
};

} // namespace dramatis
