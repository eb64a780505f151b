#pragma once

#include "export/summary.h"

namespace dramatis {

// Formats summaries as Markdown (CommonMark, for Obsidian, Zotero notes and GitHub), self-contained HTML
// (entity colours as in the app, a print stylesheet, no script) and CSV of entities. Everything taken
// from the article is escaped for the target format, so a "<script>" in an article stays text.
class SummaryWriter final
{
public:
    static QString markdown(const QList<Summary> &summaries);
    static QString html(const QList<Summary> &summaries);
    static QString csv(const QList<Summary> &summaries);

    // Where escaped text lands: inside a line (a table cell, after a label) or at the start of one, where
    // a "+" would open a list item.
    enum class MarkdownPlace { Inline, LineStart };

    // CommonMark backslash escapes for text that must come out literally.
    static QString escapeMarkdown(const QString &text, MarkdownPlace place = MarkdownPlace::Inline);
};

} // namespace dramatis
