#include "watchlists/watchlistmatcher.h"

#include "entities/resolver.h"

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <QCoreApplication>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>

namespace dramatis {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("dramatis::WatchlistIndex", s);
}

constexpr quint8 typeBit(EntityType type)
{
    return quint8(1u << int(type));
}

// Letters of a script other than Latin: the name is read through a transliteration.
bool hasForeignLetters(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (c < 0x80 || !u_isalpha(UChar32(c)))
            continue;
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(UChar32(c), &status);
        if (U_SUCCESS(status) && script != USCRIPT_LATIN && script != USCRIPT_COMMON
            && script != USCRIPT_INHERITED)
            return true;
    }
    return false;
}

QString toLatinAscii(const QString &text)
{
    // One instance per thread: a transliterator is not safe to share, and creating one is slow.
    thread_local const std::unique_ptr<icu::Transliterator> latin = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(
            icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(t) : nullptr;
    }();
    if (!latin)
        return text;
    icu::UnicodeString u(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    latin->transliterate(u);
    return QString(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());
}

// The initials of every word but the one at `skip`, sorted: with that word, the key under which names
// that share a word and the first letters of the others are compared.
QString blockKey(const QStringList &tokens, qsizetype skip)
{
    QString initials;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (i != skip)
            initials += tokens.at(i).front();
    }
    std::sort(initials.begin(), initials.end());
    return tokens.at(skip) + u'|' + initials;
}

QString sortedKey(QStringList tokens)
{
    tokens.sort();
    return tokens.join(u' ');
}

// "J. Smith" and "John Smith": word for word, equal or an initial of the other's word, with one initial
// at least and one whole word in common.
bool initialsMatch(const QStringList &a, const QStringList &b)
{
    if (a.size() != b.size())
        return false;
    bool initial = false;
    bool word = false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString &x = a.at(i);
        const QString &y = b.at(i);
        if (x == y) {
            word = word || x.size() > 1;
        } else if ((x.size() == 1 && y.startsWith(x)) || (y.size() == 1 && x.startsWith(y))) {
            initial = true;
        } else {
            return false;
        }
    }
    return initial && word;
}

// Words paired greedily with their most similar counterpart; every pair must be close (short words
// closer: "Mary" is not "Mark") and initials must be equal. The mean similarity, weighted by length; 0
// when the names are not variants of each other.
double spellingScore(const QStringList &a, const QStringList &b)
{
    if (a.size() != b.size())
        return 0.0;
    QVarLengthArray<bool, 8> used(b.size());
    std::fill(used.begin(), used.end(), false);
    double weighted = 0.0;
    double weights = 0.0;
    for (const QString &x : a) {
        qsizetype bestIndex = -1;
        double bestScore = 0.0;
        for (qsizetype j = 0; j < b.size(); ++j) {
            if (used[j])
                continue;
            const double s = WatchlistIndex::similarity(x, b.at(j));
            if (s > bestScore) {
                bestScore = s;
                bestIndex = j;
            }
        }
        if (bestIndex < 0)
            return 0.0;
        const QString &y = b.at(bestIndex);
        const qsizetype shorter = std::min(x.size(), y.size());
        const double floor = shorter <= 1 ? 1.0 : shorter <= 4 ? 0.9 : 0.84;
        if (bestScore < floor)
            return 0.0;
        used[bestIndex] = true;
        const double weight = double(std::max(x.size(), y.size()));
        weighted += bestScore * weight;
        weights += weight;
    }
    return weights > 0 ? weighted / weights : 0.0;
}

} // namespace

WatchlistIndex::WatchlistIndex(Watchlist list, QList<WatchlistEntry> entries)
    : m_list(std::move(list))
    , m_entries(std::move(entries))
{
    m_forms.reserve(size_t(m_entries.size()) * 2);
    for (int e = 0; e < int(m_entries.size()); ++e) {
        addForm(e, -1, m_entries.at(e).name);
        const QStringList &aliases = m_entries.at(e).aliases;
        for (int a = 0; a < int(aliases.size()); ++a)
            addForm(e, a, aliases.at(a));
    }
}

QStringList WatchlistIndex::fold(QStringView name, std::optional<EntityType> type, bool *transliterated)
{
    QString text = name.toString();
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (transliterated)
        *transliterated = !ascii && hasForeignLetters(text);
    if (!ascii)
        text = toLatinAscii(text);
    text = text.toCaseFolded();
    QStringList tokens;
    QString word;
    for (QChar c : std::as_const(text)) {
        if (c.isLetterOrNumber() || c == u'&') {
            word += c;
        } else if (c == u'\'' || c == u'.' || c == QChar(0x2019)) {
            continue; // "O'Brien" is "OBrien", "S.A." is "SA"
        } else if (!word.isEmpty()) {
            tokens.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        tokens.append(word);
    if (tokens.size() > 1 && tokens.first() == u"the")
        tokens.removeFirst();
    if (type == EntityType::Person) {
        while (tokens.size() > 1 && Resolver::isHonorific(tokens.first()))
            tokens.removeFirst();
    } else if (type == EntityType::Organization) {
        while (tokens.size() > 1 && Resolver::isLegalForm(tokens.last()))
            tokens.removeLast();
    }
    return tokens;
}

double WatchlistIndex::similarity(QStringView a, QStringView b)
{
    if (a == b)
        return 1.0;
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (la == 0 || lb == 0)
        return 0.0;
    const qsizetype window = std::max<qsizetype>(0, std::max(la, lb) / 2 - 1);
    QVarLengthArray<bool, 32> matchedA(la);
    QVarLengthArray<bool, 32> matchedB(lb);
    std::fill(matchedA.begin(), matchedA.end(), false);
    std::fill(matchedB.begin(), matchedB.end(), false);
    qsizetype matches = 0;
    for (qsizetype i = 0; i < la; ++i) {
        const qsizetype from = std::max<qsizetype>(0, i - window);
        const qsizetype to = std::min(lb, i + window + 1);
        for (qsizetype j = from; j < to; ++j) {
            if (!matchedB[j] && a[i] == b[j]) {
                matchedA[i] = matchedB[j] = true;
                ++matches;
                break;
            }
        }
    }
    if (matches == 0)
        return 0.0;
    qsizetype transpositions = 0;
    for (qsizetype i = 0, j = 0; i < la; ++i) {
        if (!matchedA[i])
            continue;
        while (!matchedB[j])
            ++j;
        if (a[i] != b[j])
            ++transpositions;
        ++j;
    }
    const double m = double(matches);
    const double jaro = (m / double(la) + m / double(lb) + (m - double(transpositions) / 2.0) / m) / 3.0;
    qsizetype prefix = 0;
    while (prefix < std::min<qsizetype>({4, la, lb}) && a[prefix] == b[prefix])
        ++prefix;
    return jaro + double(prefix) * 0.1 * (1.0 - jaro);
}

void WatchlistIndex::addForm(int entry, int alias, const QString &text)
{
    const std::optional<EntityType> type = m_entries.at(entry).type;
    // An entry without a type stands for each type, and what is left out of a name depends on it
    // ("General Electric" keeps its "General", "General Smith" does not).
    QList<std::pair<quint8, EntityType>> variants;
    if (type)
        variants = {{typeBit(*type), *type}};
    else
        variants = {{typeBit(EntityType::Person), EntityType::Person},
            {typeBit(EntityType::Organization), EntityType::Organization},
            {quint8(typeBit(EntityType::Location) | typeBit(EntityType::Misc)), EntityType::Location}};
    const size_t first = m_forms.size();
    for (const auto &[bits, foldAs] : std::as_const(variants)) {
        bool transliterated = false;
        QStringList tokens = fold(text, foldAs, &transliterated);
        if (tokens.isEmpty())
            continue;
        auto same = std::find_if(m_forms.begin() + qsizetype(first), m_forms.end(),
            [&](const Form &f) { return f.tokens == tokens; });
        if (same != m_forms.end()) {
            same->types |= bits;
            continue;
        }
        m_forms.push_back(Form {entry, alias, bits, transliterated, std::move(tokens)});
    }
    for (size_t i = first; i < m_forms.size(); ++i) {
        const int index = int(i);
        const QStringList &tokens = m_forms[i].tokens;
        auto add = [index](QList<int> &list) {
            if (list.isEmpty() || list.constLast() != index)
                list.append(index);
        };
        add(m_sorted[sortedKey(tokens)]);
        add(m_joined[tokens.join(QString())]);
        if (tokens.size() < 2)
            continue;
        // Family name first ("Xi Jinping") or last ("Jinping Xi"), as the entity may be written either way.
        add(m_joined[tokens.constLast() + tokens.mid(0, tokens.size() - 1).join(QString())]);
        for (qsizetype t = 0; t < tokens.size(); ++t) {
            if (tokens.at(t).size() > 1)
                add(m_blocks[blockKey(tokens, t)]);
        }
    }
}

void WatchlistIndex::consider(const Form &form, WatchlistHit::Kind kind, double score, const QString &matched,
    QHash<int, WatchlistHit> *best) const
{
    const auto it = best->constFind(form.entry);
    if (it != best->cend() && it->score >= score)
        return;
    WatchlistHit hit;
    hit.listId = m_list.id;
    hit.listName = m_list.name;
    hit.colour = m_list.colour;
    hit.entry = m_entries.at(form.entry);
    hit.kind = kind;
    hit.matched = matched;
    hit.score = score;
    hit.possible = kind == WatchlistHit::Kind::Initials;
    switch (kind) {
    case WatchlistHit::Kind::Exact:
        hit.reason = tr("exact");
        break;
    case WatchlistHit::Kind::Alias:
        hit.reason = tr("alias of %1").arg(hit.entry.name);
        break;
    case WatchlistHit::Kind::Transliteration:
        hit.reason = tr("transliteration");
        break;
    case WatchlistHit::Kind::Spacing:
        hit.reason = tr("spaced differently");
        break;
    case WatchlistHit::Kind::Spelling:
        hit.reason = tr("spelling variant, %1").arg(score, 0, 'f', 2);
        break;
    case WatchlistHit::Kind::Initials:
        hit.reason = tr("initials, possible");
        break;
    }
    best->insert(form.entry, hit);
}

QList<WatchlistHit> WatchlistIndex::match(const QString &name, EntityType type, double threshold) const
{
    bool transliterated = false;
    const QStringList tokens = fold(name, type, &transliterated);
    if (tokens.isEmpty())
        return {};
    const quint8 bit = typeBit(type);
    QHash<int, WatchlistHit> best;
    for (int i : m_sorted.value(sortedKey(tokens))) {
        const Form &f = m_forms[size_t(i)];
        if (f.types & bit)
            consider(
                f, f.alias < 0 ? WatchlistHit::Kind::Exact : WatchlistHit::Kind::Alias, 1.0, name, &best);
    }
    // Scores below an exact match, so that the exact one wins when both hold for an entry.
    for (int i : m_joined.value(tokens.join(QString()))) {
        const Form &f = m_forms[size_t(i)];
        if (f.types & bit)
            consider(f,
                transliterated || f.transliterated ? WatchlistHit::Kind::Transliteration
                                                   : WatchlistHit::Kind::Spacing,
                0.95, name, &best);
    }
    if (tokens.size() >= 2) {
        QSet<int> seen;
        for (qsizetype t = 0; t < tokens.size(); ++t) {
            if (tokens.at(t).size() < 2)
                continue;
            for (int i : m_blocks.value(blockKey(tokens, t))) {
                const Form &f = m_forms[size_t(i)];
                if (!(f.types & bit) || f.tokens.size() != tokens.size() || seen.contains(i))
                    continue;
                seen.insert(i);
                if (initialsMatch(tokens, f.tokens)) {
                    consider(f, WatchlistHit::Kind::Initials, 0.7, name, &best);
                } else if (const double s = spellingScore(tokens, f.tokens); s >= threshold && s < 1.0) {
                    consider(f, WatchlistHit::Kind::Spelling, s, name, &best);
                }
            }
        }
    }
    QList<WatchlistHit> hits = best.values();
    std::sort(hits.begin(), hits.end(), [](const WatchlistHit &a, const WatchlistHit &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.entry.name < b.entry.name;
    });
    return hits;
}

QList<WatchlistHit> WatchlistMatcher::match(const Entity &entity, double threshold) const
{
    QStringList surfaces {entity.name};
    for (const QString &alias : entity.aliases) {
        if (entity.type != EntityType::Person || WatchlistIndex::fold(alias, EntityType::Person).size() >= 2)
            surfaces.append(alias);
    }
    QList<WatchlistHit> hits;
    for (const auto &index : m_lists) {
        QHash<QString, qsizetype> seen; // entry ref -> its hit in `hits`: one per entry, the best
        for (const QString &surface : std::as_const(surfaces)) {
            for (WatchlistHit &hit : index->match(surface, entity.type, threshold)) {
                const auto it = seen.constFind(hit.entry.ref);
                if (it == seen.cend()) {
                    seen.insert(hit.entry.ref, hits.size());
                    hits.append(std::move(hit));
                } else if (hits.at(*it).score < hit.score) {
                    hits[*it] = std::move(hit);
                }
            }
        }
    }
    std::stable_sort(hits.begin(), hits.end(),
        [](const WatchlistHit &a, const WatchlistHit &b) { return a.score > b.score; });
    return hits;
}

} // namespace dramatis
