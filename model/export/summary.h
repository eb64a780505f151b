#pragma once

#include "annotations/annotation.h"
#include "core/analysis.h"
#include "watchlists/entitymatches.h"

namespace dramatis {

// What an analyst hands on about one article: its metadata, the key entities, the key sentences and
// (once the annotation store supplies them) the analyst's notes. Built from an Analysis; the exporters
// (SummaryWriter) only format it, so every format says the same thing.
struct Summary
{
    struct EntityRow
    {
        QString name;
        EntityType type = EntityType::Misc;
        QStringList aliases;
        QString role;
        QString affiliation; // the affiliated entity's canonical name
        int mentions = 0;
        double salience = 0.0;
    };
    struct IdentifierRow
    {
        IdentifierKind kind = IdentifierKind::Email;
        QString text; // as first written
        QString normalized;
        int mentions = 0; // the title's included
        qsizetype start = -1; // the first occurrence in the text, code points; -1 when only the title has it
        qsizetype end = -1;
    };
    // An entity on a watchlist: one row per hit not dismissed, confirmed and sure ones first.
    struct WatchlistRow
    {
        QString name; // the entity's
        EntityType type = EntityType::Misc;
        QString list;
        QString entry;
        QString reason; // "alias of …", "initials, possible", "spelling variant, 0.93"
        QString note; // the entry's
        bool possible = false;
        bool confirmed = false;
    };
    struct Passage
    {
        QString text;
        qsizetype start = 0; // code points into the article text
        qsizetype end = 0;
        QString category; // highlights and notes: their category; key sentences: empty
        QString note; // the analyst's words, if any
    };

    Article article;
    QList<EntityRow> entities; // by type, then salience
    QList<IdentifierRow> identifiers; // contacts, numbers, amounts: by kind, then first appearance
    QList<WatchlistRow> watchlist; // by entity salience, each entity's hits in the order shown
    QList<Passage> keySentences; // in text order
    QList<Passage> annotations; // notes and highlights in text order
    QStringList tags;

    // A dramatis://open URL that opens the article at [start, end) (code points).
    QString link(qsizetype start, qsizetype end) const;
};

struct SummaryOptions
{
    int keySentences = 3;
    bool includePlacesAndOther = false;
};

Summary buildSummary(const Analysis &analysis, const SummaryOptions &options = {});
// Adds the analyst's notes and highlights (in text order; orphaned ones last, by their old quote) and tags.
void addAnnotations(Summary &summary, const AnnotationList &annotations, const QStringList &tags);
// Adds the watchlist hits of the analysis' entities (dismissed ones left out).
void addWatchlistHits(Summary &summary, const Analysis &analysis, const EntityMatches &matches);

} // namespace dramatis
