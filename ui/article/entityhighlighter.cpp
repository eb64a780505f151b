#include "article/entityhighlighter.h"

#include "article/entitypalette.h"

#include <algorithm>

namespace dramatis {

EntityHighlighter::EntityHighlighter(
    QTextDocument *document, AnalysisPtr analysis, int textStart, const QPalette &palette)
    : QSyntaxHighlighter(static_cast<QObject *>(document))
    , m_analysis(std::move(analysis))
    , m_textStart(textStart)
{
    for (EntityType t : AllEntityTypes)
        m_formats[int(t)].setBackground(EntityPalette::tint(t, palette));
    m_identifierColour = EntityPalette::identifierUnderline(palette);
    // Attached last: setDocument() schedules the first pass, which must see the formats.
    setDocument(document);
}

void EntityHighlighter::setTypeVisible(EntityType type, bool visible)
{
    if (m_visible[int(type)] == visible)
        return;
    m_visible[int(type)] = visible;
    rehighlight();
}

void EntityHighlighter::setPalette(const QPalette &palette)
{
    for (EntityType t : AllEntityTypes)
        m_formats[int(t)].setBackground(EntityPalette::tint(t, palette));
    m_identifierColour = EntityPalette::identifierUnderline(palette);
    rehighlight();
}

void EntityHighlighter::highlightBlock(const QString &text)
{
    if (!m_analysis)
        return;
    const qsizetype blockStart = currentBlock().position() - m_textStart;
    const qsizetype blockEnd = blockStart + text.size();
    if (blockEnd <= 0) {
        // The header: of its blocks only the title (the first) has mentions, with offsets of their own.
        if (currentBlock().blockNumber() == 0 && text == m_analysis->article.title) {
            for (const Mention &m : m_analysis->titleMentions) {
                if (m_visible[int(m.type)])
                    setFormat(int(m.start), int(m.length()), m_formats[int(m.type)]);
            }
            underlineIdentifiers(m_analysis->titleIdentifiers, 0, text.size());
        }
        return;
    }
    const MentionList &mentions = m_analysis->mentions;
    // First mention that ends inside or after this block.
    auto it = std::upper_bound(mentions.cbegin(), mentions.cend(), blockStart,
        [](qsizetype pos, const Mention &m) { return pos < m.end; });
    for (; it != mentions.cend() && it->start < blockEnd; ++it) {
        if (!m_visible[int(it->type)])
            continue;
        const qsizetype from = std::max(it->start, blockStart) - blockStart;
        const qsizetype to = std::min(it->end, blockEnd) - blockStart;
        setFormat(int(from), int(to - from), m_formats[int(it->type)]);
    }
    underlineIdentifiers(m_analysis->identifiers, blockStart, blockEnd);
}

void EntityHighlighter::underlineIdentifiers(
    const IdentifierList &identifiers, qsizetype blockStart, qsizetype blockEnd)
{
    auto it = std::upper_bound(identifiers.cbegin(), identifiers.cend(), blockStart,
        [](qsizetype pos, const Identifier &id) { return pos < id.end; });
    for (; it != identifiers.cend() && it->start < blockEnd; ++it) {
        const int from = int(std::max(it->start, blockStart) - blockStart);
        const int to = int(std::min(it->end, blockEnd) - blockStart);
        // Added to what is there, run by run: a name's tint stays under the underline.
        for (int run = from; run < to;) {
            const QTextCharFormat base = format(run);
            int runEnd = run + 1;
            while (runEnd < to && format(runEnd) == base)
                ++runEnd;
            QTextCharFormat f = base;
            f.setUnderlineStyle(QTextCharFormat::DotLine);
            f.setUnderlineColor(m_identifierColour);
            setFormat(run, runEnd - run, f);
            run = runEnd;
        }
    }
}

} // namespace dramatis
