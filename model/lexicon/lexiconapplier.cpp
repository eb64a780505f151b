#include "lexicon/lexiconapplier.h"

#include "core/textsearch.h"
#include "entities/resolver.h"

#include <QSet>

#include <algorithm>

namespace dramatis {

namespace {

bool startsToken(const TokenizedText &tokens, qsizetype pos)
{
    const auto it = std::lower_bound(tokens.tokens.cbegin(), tokens.tokens.cend(), pos,
        [](const Token &t, qsizetype p) { return t.start < p; });
    return it != tokens.tokens.cend() && it->start == pos;
}

bool endsToken(const TokenizedText &tokens, qsizetype pos)
{
    const auto it = std::lower_bound(tokens.tokens.cbegin(), tokens.tokens.cend(), pos,
        [](const Token &t, qsizetype p) { return t.end < p; });
    return it != tokens.tokens.cend() && it->end == pos;
}

bool overlaps(const Mention &m, qsizetype start, qsizetype end)
{
    return m.start < end && start < m.end;
}

QString surfaceKey(const QString &text, const Mention &m)
{
    return Resolver::matchKey(QStringView(text).mid(m.start, m.length()));
}

void applyMark(
    const LexiconRule &rule, const TokenizedText &tokens, MentionList &mentions, MentionList &decided)
{
    if (!rule.type)
        return;
    for (qsizetype at : findQuote(tokens.text, rule.surface)) {
        const qsizetype end = at + rule.surface.size();
        if (!onTokenBoundaries(tokens, at, end))
            continue;
        // A longer name an earlier rule decided keeps its words ("Acme Robotics" over a later "Acme").
        const bool inside = std::any_of(decided.cbegin(), decided.cend(),
            [&](const Mention &d) { return overlaps(d, at, end) && !(d.start == at && d.end == end); });
        if (inside)
            continue;
        mentions.removeIf([&](const Mention &m) { return overlaps(m, at, end); });
        decided.removeIf([&](const Mention &m) { return overlaps(m, at, end); });
        const Mention marked {at, end, *rule.type, 1.0f, -1};
        mentions.insert(std::upper_bound(mentions.begin(), mentions.end(), marked,
                            [](const Mention &a, const Mention &b) { return a.start < b.start; }),
            marked);
        decided.insert(std::upper_bound(decided.begin(), decided.end(), marked,
                           [](const Mention &a, const Mention &b) { return a.start < b.start; }),
            marked);
    }
}

void applyReject(
    const LexiconRule &rule, const TokenizedText &tokens, MentionList &mentions, MentionList &decided)
{
    const QString key = Resolver::matchKey(rule.surface);
    const auto rejected = [&](const Mention &m) {
        return (!rule.type || m.type == *rule.type) && surfaceKey(tokens.text, m) == key;
    };
    mentions.removeIf(rejected);
    decided.removeIf(rejected);
}

// The entity whose canonical name or an alias has `key`, -1 when none.
int findEntity(const EntityList &entities, const QString &key)
{
    for (qsizetype i = 0; i < entities.size(); ++i) {
        if (Resolver::matchKey(entities[i].name) == key)
            return int(i);
    }
    for (qsizetype i = 0; i < entities.size(); ++i) {
        for (const QString &alias : entities[i].aliases) {
            if (Resolver::matchKey(alias) == key)
                return int(i);
        }
    }
    return -1;
}

void removeEntity(EntityList &entities, MentionList &mentions, QSet<int> &decided, int gone, int into)
{
    const auto remap = [&](int e) { return e == gone ? into : (e > gone ? e - 1 : e); };
    for (Mention &m : mentions)
        m.entity = remap(m.entity);
    entities.removeAt(gone);
    for (Entity &e : entities) {
        if (e.affiliation >= 0)
            e.affiliation = remap(e.affiliation);
    }
    QSet<int> shifted;
    for (int e : std::as_const(decided))
        shifted.insert(remap(e));
    decided = shifted;
}

// Folds entity `gone` into `keep` (keep < gone, so `keep` keeps its index).
void merge(EntityList &entities, MentionList &mentions, QSet<int> &decided, int keep, int gone)
{
    Entity &k = entities[keep];
    const Entity g = entities[gone];
    // The longer, more complete name stays canonical, as the resolver would have chosen.
    if (g.name.size() > k.name.size()) {
        k.aliases.append(k.name);
        k.name = g.name;
    } else {
        k.aliases.append(g.name);
    }
    k.aliases.append(g.aliases);
    k.aliases.removeAll(k.name);
    k.aliases.removeDuplicates();
    k.mentions.append(g.mentions);
    std::sort(k.mentions.begin(), k.mentions.end());
    for (int m : g.mentions)
        mentions[m].type = k.type;
    if (k.role.isEmpty()) {
        k.role = g.role;
        k.roleSentenceStart = g.roleSentenceStart;
        k.roleSentenceEnd = g.roleSentenceEnd;
    }
    if (k.affiliation < 0 && g.affiliation != keep)
        k.affiliation = g.affiliation;
    k.salience = std::max(k.salience, g.salience);
    k.ambiguous = false;
    decided.insert(keep);
    removeEntity(entities, mentions, decided, gone, keep);
    if (entities[keep].affiliation == keep)
        entities[keep].affiliation = -1;
}

void split(const QString &text, EntityList &entities, MentionList &mentions, QSet<int> &decided,
    const LexiconRule &rule)
{
    const QString aliasKey = Resolver::matchKey(rule.surface);
    const int from = findEntity(entities, Resolver::matchKey(rule.other));
    if (from < 0 || Resolver::matchKey(entities[from].name) == aliasKey)
        return;
    Entity &source = entities[from];
    Entity alone;
    alone.type = source.type;
    for (int m : std::as_const(source.mentions)) {
        if (surfaceKey(text, mentions[m]) == aliasKey)
            alone.mentions.append(m);
    }
    if (alone.mentions.isEmpty() || alone.mentions.size() == source.mentions.size())
        return;
    const Mention &first = mentions[alone.mentions.front()];
    alone.name = text.mid(first.start, first.length());
    source.mentions.removeIf([&](int m) { return alone.mentions.contains(m); });
    source.aliases.removeIf([&](const QString &a) { return Resolver::matchKey(a) == aliasKey; });
    alone.salience = source.salience * double(alone.mentions.size())
        / double(alone.mentions.size() + source.mentions.size());
    const int index = int(entities.size());
    for (int m : std::as_const(alone.mentions))
        mentions[m].entity = index;
    entities.append(alone);
    decided.insert(from);
    decided.insert(index);
}

} // namespace

bool onTokenBoundaries(const TokenizedText &tokens, qsizetype start, qsizetype end)
{
    return start < end && startsToken(tokens, start) && endsToken(tokens, end);
}

MentionList applyLexicon(const AnalystLexicon &lexicon, const TokenizedText &tokens, MentionList &mentions)
{
    MentionList decided;
    for (const LexiconRule &rule : lexicon.rules()) {
        if (rule.surface.isEmpty())
            continue;
        if (rule.kind == LexiconRule::Mark)
            applyMark(rule, tokens, mentions, decided);
        else if (rule.kind == LexiconRule::Reject)
            applyReject(rule, tokens, mentions, decided);
    }
    return decided;
}

QList<int> applyLexiconToEntities(const AnalystLexicon &lexicon, const TokenizedText &tokens,
    const MentionList &decided, MentionList &mentions, EntityList &entities)
{
    QSet<int> decidedEntities;
    // The resolver may have moved a marked name to another type (a product-like company name to Other);
    // the analyst's word stands, for the whole entity it joined.
    for (const Mention &d : decided) {
        for (Mention &m : mentions) {
            if (m.start != d.start || m.end != d.end || m.entity < 0)
                continue;
            Entity &e = entities[m.entity];
            e.type = d.type;
            for (int i : std::as_const(e.mentions))
                mentions[i].type = d.type;
            decidedEntities.insert(m.entity);
        }
    }
    for (const LexiconRule &rule : lexicon.rules()) {
        if (rule.surface.isEmpty())
            continue;
        switch (rule.kind) {
        case LexiconRule::Merge: {
            const int a = findEntity(entities, Resolver::matchKey(rule.surface));
            const int b = findEntity(entities, Resolver::matchKey(rule.other));
            if (a >= 0 && b >= 0 && a != b)
                merge(entities, mentions, decidedEntities, std::min(a, b), std::max(a, b));
            break;
        }
        case LexiconRule::Split:
            split(tokens.text, entities, mentions, decidedEntities, rule);
            break;
        case LexiconRule::Rename: {
            const int e = findEntity(entities, Resolver::matchKey(rule.surface));
            if (e >= 0 && !rule.other.isEmpty() && entities[e].name != rule.other) {
                entities[e].aliases.append(entities[e].name);
                entities[e].aliases.removeAll(rule.other);
                entities[e].aliases.removeDuplicates();
                entities[e].name = rule.other;
                decidedEntities.insert(e);
            }
            break;
        }
        case LexiconRule::Mark:
        case LexiconRule::Reject:
            break;
        }
    }
    QList<int> result(decidedEntities.cbegin(), decidedEntities.cend());
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace dramatis
