#include "export/summary.h"

#include "core/codepointmap.h"
#include "export/dramatislink.h"
#include "export/jsonexport.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace dramatis {

void addWatchlistHits(Summary &summary, const Analysis &analysis, const EntityMatches &matches)
{
    QList<int> entities;
    for (int entity : matches.entities()) {
        if (entity < analysis.entities.size() && !matches.shown(entity).isEmpty())
            entities.append(entity);
    }
    std::stable_sort(entities.begin(), entities.end(),
        [&](int a, int b) { return analysis.entities[a].salience > analysis.entities[b].salience; });
    for (int entity : std::as_const(entities)) {
        const Entity &e = analysis.entities[entity];
        for (const WatchlistMatch &m : matches.shown(entity)) {
            Summary::WatchlistRow row;
            row.name = e.name;
            row.type = e.type;
            row.list = m.hit.listName;
            row.entry = m.hit.entry.name;
            row.reason = m.hit.reason;
            row.note = m.hit.entry.note;
            row.possible = m.hit.possible;
            row.confirmed = m.confirmed();
            summary.watchlist.append(row);
        }
    }
}

QString Summary::link(qsizetype start, qsizetype end) const
{
    return DramatisLink::build(article.filePath, start, end);
}

Summary buildSummary(const Analysis &analysis, const SummaryOptions &options)
{
    Summary s;
    s.article = analysis.article;
    const QString &text = analysis.article.text;
    const CodePointMap map(text);

    for (const Entity &e : analysis.entities) {
        if (!options.includePlacesAndOther && e.type != EntityType::Person
            && e.type != EntityType::Organization)
            continue;
        Summary::EntityRow row;
        row.name = e.name;
        row.type = e.type;
        row.aliases = e.aliases;
        row.role = e.role;
        if (e.affiliation >= 0 && e.affiliation < analysis.entities.size())
            row.affiliation = analysis.entities[e.affiliation].name;
        row.mentions = int(e.mentionCount());
        row.salience = e.salience;
        s.entities.append(row);
    }

    for (const DistinctIdentifier &d :
        distinctIdentifiers(text, analysis.identifiers, analysis.article.title, analysis.titleIdentifiers)) {
        Summary::IdentifierRow row;
        row.kind = d.kind;
        row.text = d.text;
        row.normalized = d.normalized;
        row.mentions = d.count();
        if (!d.occurrences.isEmpty()) {
            const Identifier &first = analysis.identifiers[d.occurrences.front()];
            row.start = map.toCodePoints(first.start);
            row.end = map.toCodePoints(first.end);
        }
        s.identifiers.append(row);
    }

    // Key sentences: the sum of the salience of the distinct entities a sentence names, a little more for
    // the lead; the best ones, shown in text order.
    struct Scored
    {
        qsizetype sentence;
        double score;
    };
    QList<Scored> scored;
    const auto &tokens = analysis.tokens;
    qsizetype m = 0;
    for (qsizetype i = 0; i < tokens.sentences.size(); ++i) {
        const Sentence &sentence = tokens.sentences[i];
        if (sentence.endToken <= sentence.firstToken)
            continue;
        const qsizetype start = tokens.tokens[sentence.firstToken].start;
        const qsizetype end = tokens.tokens[sentence.endToken - 1].end;
        QSet<int> named;
        while (m < analysis.mentions.size() && analysis.mentions[m].start < end) {
            if (analysis.mentions[m].start >= start && analysis.mentions[m].entity >= 0)
                named.insert(analysis.mentions[m].entity);
            ++m;
        }
        double score = 0.0;
        for (int e : std::as_const(named))
            score += analysis.entities[e].salience;
        if (i == 0)
            score *= 1.25;
        // Very short "sentences" (datelines, captions) rarely carry the story.
        if (sentence.endToken - sentence.firstToken < 6)
            score *= 0.3;
        if (score > 0.0)
            scored.append({i, score});
    }
    std::stable_sort(
        scored.begin(), scored.end(), [](const Scored &a, const Scored &b) { return a.score > b.score; });
    if (scored.size() > options.keySentences)
        scored.resize(std::max(0, options.keySentences));
    std::sort(scored.begin(), scored.end(),
        [](const Scored &a, const Scored &b) { return a.sentence < b.sentence; });
    for (const Scored &k : std::as_const(scored)) {
        const Sentence &sentence = tokens.sentences[k.sentence];
        const qsizetype start = tokens.tokens[sentence.firstToken].start;
        const qsizetype end = tokens.tokens[sentence.endToken - 1].end;
        s.keySentences.append({text.mid(start, end - start).simplified(), map.toCodePoints(start),
            map.toCodePoints(end), {}, {}});
    }
    return s;
}

void addAnnotations(Summary &summary, const AnnotationList &annotations, const QStringList &tags)
{
    const QString &text = summary.article.text;
    const CodePointMap map(text);
    AnnotationList sorted = annotations;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Annotation &a, const Annotation &b) {
        if (a.isOrphaned() != b.isOrphaned())
            return b.isOrphaned();
        return a.isOrphaned() ? a.anchor.start < b.anchor.start : a.start < b.start;
    });
    for (const Annotation &a : std::as_const(sorted)) {
        Summary::Passage p;
        if (a.isOrphaned()) {
            p.text = a.anchor.exact.simplified();
            p.start = a.anchor.start;
            p.end = a.anchor.end;
        } else {
            p.text = text.mid(a.start, a.end - a.start).simplified();
            p.start = map.toCodePoints(a.start);
            p.end = map.toCodePoints(a.end);
        }
        p.category = a.category;
        if (p.category.isEmpty() && a.kind == Annotation::Note)
            p.category = QCoreApplication::translate("dramatis::Summary", "Note");
        p.note = a.text;
        summary.annotations.append(p);
    }
    summary.tags = tags;
}

} // namespace dramatis
