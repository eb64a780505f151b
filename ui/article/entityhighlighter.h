#pragma once

#include "core/analysis.h"
#include "core/entitytype.h"

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>

namespace dramatis {

// Colours entity mentions in an article document by type, and underlines identifiers (dotted, over the
// colours). The formats live in the blocks' layouts
// (never in the document's own char formats), and each block finds its mentions with a binary search in
// the analysis's one sorted mention array, so colouring a block costs O(log n + its mentions) whatever
// the size of the article.
//
// The document holds a header before the article text: `textStart` is the document position of the
// article's offset 0.
class EntityHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    EntityHighlighter(QTextDocument *document, AnalysisPtr analysis, int textStart, const QPalette &palette);

    void setTypeVisible(EntityType type, bool visible);
    bool isTypeVisible(EntityType type) const { return m_visible[int(type)]; }
    // Re-derives the colours, e.g. after a switch between light and dark palettes.
    void setPalette(const QPalette &palette);
    int textStart() const { return m_textStart; }

protected:
    void highlightBlock(const QString &text) override;

private:
    AnalysisPtr m_analysis;
    int m_textStart = 0;
    void underlineIdentifiers(const IdentifierList &identifiers, qsizetype blockStart, qsizetype blockEnd);

    std::array<QTextCharFormat, EntityTypeCount> m_formats;
    QColor m_identifierColour;
    std::array<bool, EntityTypeCount> m_visible {true, true, true, true};
};

} // namespace dramatis
