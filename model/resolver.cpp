#include "resolver.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <QHash>

#include <algorithm>
#include <numeric>
#include <memory>

namespace dramatis {

namespace {

QString fromIcu(const icu::UnicodeString &s)
{
    return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
}

} // namespace

QString Resolver::matchKey(QStringView surface)
{
    // NFKD, drop combining marks, case fold, NFC: "Société" -> "societe".
    UErrorCode status = U_ZERO_ERROR;
    static const icu::Normalizer2 *nfkd = icu::Normalizer2::getNFKDInstance(status);
    static const icu::Normalizer2 *nfc = icu::Normalizer2::getNFCInstance(status);
    icu::UnicodeString in(false, reinterpret_cast<const UChar *>(surface.utf16()), int32_t(surface.size()));
    status = U_ZERO_ERROR;
    icu::UnicodeString decomposed = nfkd->normalize(in, status);
    icu::UnicodeString stripped;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        if (u_charType(c) != U_NON_SPACING_MARK)
            stripped.append(c == 0x2019 || c == 0x2018 ? UChar32(u'\'') : c);
        i += U16_LENGTH(c);
    }
    stripped.foldCase();
    status = U_ZERO_ERROR;
    QString key = fromIcu(nfc->normalize(stripped, status)).simplified();
    if (key.endsWith(QLatin1String("'s")))
        key.chop(2);
    else if (key.endsWith(u'\''))
        key.chop(1);
    return key;
}

EntityList Resolver::resolve(const QString &text, MentionList &mentions) const
{
    // Exact grouping by type and match key; the resolver issue grows this into aliases and roles.
    EntityList entities;
    QHash<QString, int> byKey;
    QList<QHash<QString, int>> surfaceCounts;
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        Mention &m = mentions[i];
        const QString surface = text.mid(m.start, m.length());
        const QString key = entityTypeCode(m.type) + u'\x1f' + matchKey(surface);
        auto it = byKey.find(key);
        if (it == byKey.end()) {
            it = byKey.insert(key, int(entities.size()));
            Entity e;
            e.type = m.type;
            entities.append(e);
            surfaceCounts.append(QHash<QString, int>());
        }
        m.entity = *it;
        entities[*it].mentions.append(int(i));
        surfaceCounts[*it][surface] += 1;
    }
    for (qsizetype e = 0; e < entities.size(); ++e) {
        // Canonical name: the most frequent surface form, the longest on ties.
        const auto &counts = surfaceCounts[e];
        QString best;
        int bestCount = -1;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > bestCount || (it.value() == bestCount && it.key().size() > best.size())
                || (it.value() == bestCount && it.key().size() == best.size() && it.key() < best)) {
                best = it.key();
                bestCount = it.value();
            }
        }
        entities[e].name = best;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.key() != best)
                entities[e].aliases.append(it.key());
        }
        entities[e].aliases.sort();
    }
    // Order: type, count descending, first mention; then renumber.
    QList<int> order(entities.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const Entity &x = entities[a], &y = entities[b];
        if (x.type != y.type)
            return x.type < y.type;
        if (x.mentions.size() != y.mentions.size())
            return x.mentions.size() > y.mentions.size();
        return x.mentions.front() < y.mentions.front();
    });
    QList<int> newIndex(entities.size());
    EntityList sorted;
    sorted.reserve(entities.size());
    for (int i = 0; i < order.size(); ++i) {
        newIndex[order[i]] = i;
        sorted.append(entities[order[i]]);
    }
    qsizetype maxCount = 1;
    for (const Entity &e : sorted)
        maxCount = std::max(maxCount, e.mentions.size());
    for (Entity &e : sorted)
        e.salience = double(e.mentions.size()) / double(maxCount);
    for (Mention &m : mentions)
        m.entity = newIndex[m.entity];
    return sorted;
}

} // namespace dramatis
