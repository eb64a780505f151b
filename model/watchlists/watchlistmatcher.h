#pragma once

#include "core/entity.h"
#include "watchlists/watchlist.h"

#include <QHash>

#include <memory>
#include <vector>

namespace dramatis {

// Why an entity matched an entry, best first.
struct WatchlistHit
{
    enum class Kind { Exact, Alias, Transliteration, Spacing, Spelling, Initials };

    qint64 listId = 0;
    QString listName;
    QString colour;
    WatchlistEntry entry;
    Kind kind = Kind::Exact;
    QString matched; // the entity's name or alias that matched
    double score = 0.0; // 1 for an exact name or alias, the similarity for a spelling variant
    bool possible = false; // initials: worth a look, not a match to act on
    // "exact", "alias of John Smith", "transliteration", "spaced differently", "initials, possible",
    // "spelling variant, 0.93"
    QString reason;
};

// One watchlist, indexed once so that an entity is matched by a few hash lookups, not a scan: the folded
// name with its words sorted (token order is ignored), the letters run together (transliterations that
// split or join syllables), and a blocking key per word (the word and the initials of the others) under
// which spelling variants and initials are compared.
//
// Names are folded alike on both sides: non-Latin script transliterated (ICU "Any-Latin; Latin-ASCII"),
// diacritics and case dropped, apostrophes and periods removed, words split at spaces, hyphens and other
// punctuation; a leading "the", a person's titles and a company's legal forms are left out (the resolver's
// word lists). A typed entry matches entities of its type only; an entry without a type matches any.
class WatchlistIndex final
{
public:
    WatchlistIndex(Watchlist list, QList<WatchlistEntry> entries);

    const Watchlist &list() const { return m_list; }
    const QList<WatchlistEntry> &entries() const { return m_entries; }

    // The entries a name of that type matches, at most one hit per entry (its best), best first.
    // `threshold` is the least similarity of a spelling variant.
    QList<WatchlistHit> match(
        const QString &name, EntityType type, double threshold = DefaultThreshold) const;

    static constexpr double DefaultThreshold = 0.9;

    // The words a name is compared by (lower case ASCII where a transliteration exists), after the words
    // that do not tell names apart are dropped for `type` (none: the words of no type are dropped).
    static QStringList fold(QStringView name, std::optional<EntityType> type, bool *transliterated = nullptr);
    // Jaro-Winkler similarity of two words, 0..1.
    static double similarity(QStringView a, QStringView b);

private:
    struct Form
    {
        int entry = 0;
        int alias = -1; // -1: the entry's name
        quint8 types = 0; // bit per EntityType this form stands for
        bool transliterated = false;
        QStringList tokens;
    };
    void addForm(int entry, int alias, const QString &text);
    void consider(const Form &form, WatchlistHit::Kind kind, double score, const QString &matched,
        QHash<int, WatchlistHit> *best) const;

    Watchlist m_list;
    QList<WatchlistEntry> m_entries;
    std::vector<Form> m_forms;
    QHash<QString, QList<int>> m_sorted; // words sorted and joined -> forms
    QHash<QString, QList<int>> m_joined; // letters run together, in order and family name first -> forms
    QHash<QString, QList<int>> m_blocks; // a word and the initials of the others -> forms
};

// The active watchlists an article's entities are matched against.
class WatchlistMatcher final
{
public:
    void addList(std::shared_ptr<const WatchlistIndex> index) { m_lists.append(std::move(index)); }
    bool isEmpty() const { return m_lists.isEmpty(); }
    const QList<std::shared_ptr<const WatchlistIndex>> &lists() const { return m_lists; }

    // The hits of one entity: its name and its aliases (for a person only the aliases of two words or
    // more: a bare surname is no match for a full name), best first, one per entry.
    QList<WatchlistHit> match(
        const Entity &entity, double threshold = WatchlistIndex::DefaultThreshold) const;

private:
    QList<std::shared_ptr<const WatchlistIndex>> m_lists;
};

} // namespace dramatis
