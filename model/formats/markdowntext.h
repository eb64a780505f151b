#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace dramatis {

// Turns a Markdown article into the readable prose that Dramatis shows and tags: heading markers,
// emphasis, link targets, images, list bullets, table rules and YAML front matter go; the words stay,
// paragraphs stay separated by one blank line, and code blocks stay as plain text. Not a renderer: only
// what a reader should see as text survives, so that offsets index into what is on screen.
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
    // Inline syntax only (emphasis, links, images, code spans, escapes), for one line of text.
    static QString stripInline(const QString &line);
};

} // namespace dramatis
