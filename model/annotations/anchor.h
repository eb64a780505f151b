#pragma once

#include <QList>
#include <QString>

namespace dramatis {

// Where an annotation sits in an article's text, as the W3C Web Annotation model describes it: a
// TextPositionSelector (start, end in Unicode code points) and a TextQuoteSelector (the exact text with up to
// 32 code points of context either side). The two together let an annotation find its words again after
// the file has been edited: the position is tried first, then the quote, else the anchor is orphaned.
// Offsets inside the app are UTF-16; only the stored selectors count code points (as the CLI JSON does).
struct TextAnchor
{
    static constexpr qsizetype ContextLength = 32; // code points of prefix and suffix

    qsizetype start = 0; // TextPositionSelector, code points
    qsizetype end = 0;
    QString exact; // TextQuoteSelector
    QString prefix;
    QString suffix;

    // The anchor of [start16, end16) (UTF-16 offsets) in `text`.
    static TextAnchor fromRange(const QString &text, qsizetype start16, qsizetype end16);

    friend bool operator==(const TextAnchor &, const TextAnchor &) = default;
};

// How an anchor attached to a text.
enum class AnchorStatus : quint8 {
    Exact, // the quote is still at the stored position
    Moved, // found by its quote elsewhere
    Changed, // the quote itself was edited; found between its unchanged prefix and suffix
    Orphaned, // the quote is gone; the annotation is kept and shown apart
};

// The outcome of re-attaching an anchor to a (possibly edited) text. Offsets are UTF-16.
struct AnchorMatch
{
    AnchorStatus status = AnchorStatus::Orphaned;
    qsizetype start = -1;
    qsizetype end = -1;
};

// Re-attaches `anchor` to `text`: position first (if the quote is still there), then the occurrence of the
// quote whose prefix and suffix agree best, nearest to the old position on a tie; then the span between the
// intact prefix and suffix when it still resembles the quote (words typed into it); else orphaned.
AnchorMatch resolveAnchor(const TextAnchor &anchor, const QString &text);

} // namespace dramatis
