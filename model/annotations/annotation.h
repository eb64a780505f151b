#pragma once

#include "annotations/anchor.h"

#include <QDateTime>
#include <QString>

namespace dramatis {

// One analyst's mark on an article: a note (free text on a span) or a highlight (a span in a user-named
// category). Corrections of the tagger are not annotations but lexicon rules (analystlexicon.h), because
// they change what the tagger sees in every later article, not only where they were made.
struct Annotation
{
    enum Kind : quint8 { Note = 0, Highlight = 1 };

    qint64 id = 0; // the store's row id; 0 before it is stored
    qint64 articleId = 0;
    Kind kind = Note;
    TextAnchor anchor; // as stored
    QString text; // the note; may be empty for a highlight
    QString category; // highlight category name (or an optional label for a note)
    QDateTime created; // UTC
    QDateTime modified;

    // Where the anchor attached in the text now shown (UTF-16), filled in when annotations are read for a
    // text. An orphaned annotation keeps start = end = -1 and is still listed.
    AnchorStatus status = AnchorStatus::Exact;
    qsizetype start = -1;
    qsizetype end = -1;

    bool isOrphaned() const { return status == AnchorStatus::Orphaned; }
};

using AnnotationList = QList<Annotation>;

// Text order, in which the store reads annotations and the notes panel lists them: by where they attach in
// the text now shown (start, then end), orphans last, among themselves by where they were stored. A strict
// weak order, for std::stable_sort and std::upper_bound alike.
inline bool inTextOrder(const Annotation &a, const Annotation &b)
{
    if (a.isOrphaned() != b.isOrphaned())
        return b.isOrphaned();
    if (a.isOrphaned())
        return a.anchor.start < b.anchor.start;
    return a.start != b.start ? a.start < b.start : a.end < b.end;
}

// A highlight category: a name the analyst chose and its colour ("#rrggbb"; Core has no QColor).
struct HighlightCategory
{
    QString name;
    QString color;
    friend bool operator==(const HighlightCategory &, const HighlightCategory &) = default;
};

} // namespace dramatis
