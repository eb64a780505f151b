#include "entities/resolver.h"

#include "entities/roleextractor.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>
#include <memory>
#include <numeric>

namespace dramatis {

namespace {

QString fromIcu(const icu::UnicodeString &s)
{
    return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
}

QSet<QString> wordSet(std::initializer_list<const char *> words)
{
    QSet<QString> s;
    for (const char *w : words)
        s.insert(QString::fromUtf8(w));
    return s;
}

} // namespace

// Titles before a name that are not part of it (keys: case-folded, without the period).
const QSet<QString> &Resolver::honorificWords()
{
    static const QSet<QString> s = wordSet({"mr", "mrs", "ms", "mx", "miss", "dr", "prof", "professor", "sen",
        "senator", "rep", "gov", "governor", "gen", "general", "col", "lt", "sgt", "capt", "captain", "adm",
        "sir", "dame", "lord", "lady", "rev", "president", "judge", "justice", "chancellor", "minister",
        "mayor", "pres", "hon", "st", "saint", "king", "queen", "prince", "princess", "pope", "sheikh",
        "chairman", "chairwoman", "ceo", "coach"});
    return s;
}

// Legal-form words that do not distinguish one company from another ("Acme Corp." = "Acme").
const QSet<QString> &Resolver::legalFormWords()
{
    static const QSet<QString> s = wordSet(
        {"inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "llp", "lp",
            "plc", "gmbh", "ag", "sa", "se", "nv", "bv", "spa", "s.a", "s.p.a", "n.v", "b.v", "ab", "asa",
            "oyj", "kk", "pty", "pte", "sarl", "sas", "srl", "kgaa", "holdings", "holding", "group", "cos"});
    return s;
}

namespace {

const QSet<QString> &honorifics()
{
    return Resolver::honorificWords();
}

const QSet<QString> &designators()
{
    return Resolver::legalFormWords();
}

const QSet<QString> &generationalSuffixes()
{
    static const QSet<QString> s = wordSet({"jr", "sr", "ii", "iii", "iv"});
    return s;
}

// Words that may follow a company's short name in its full name without making it a different company
// ("Ford" = "Ford Motor"), unlike a unit's name ("Google Cloud").
const QSet<QString> &genericTails()
{
    static const QSet<QString> s
        = wordSet({"motor", "motors", "technologies", "technology", "systems", "industries", "international",
            "enterprises", "labs", "laboratories", "partners", "software", "networks", "communications",
            "pharmaceuticals", "therapeutics", "robotics", "electronics", "semiconductor", "semiconductors",
            "platforms", "solutions", "brands", "financial", "bancorp", "capital", "resources", "energy",
            "marine", "shipping", "airlines", "airways", "pharma", "biosciences", "biotech", "media",
            "entertainment", "mining", "petroleum", "oil", "chemicals", "steel", "logistics", "aerospace",
            "automotive", "studios", "games", "foods"});
    return s;
}

// Nouns that, right after a name, say the name is a product ("the Siri assistant", "Gemini models").
const QSet<QString> &productNouns()
{
    static const QSet<QString> s = wordSet({"assistant", "assistants", "chatbot", "chatbots", "model",
        "models", "app", "apps", "platform", "platforms", "service", "services", "software", "chip", "chips",
        "processor", "processors", "phone", "phones", "smartphone", "smartphones", "browser", "console",
        "consoles", "headset", "headsets", "tablet", "tablets", "laptop", "laptops", "feature", "features",
        "tool", "tools", "api", "apis", "suite", "device", "devices", "robot", "robots", "vehicle",
        "vehicles", "drone", "drones", "engine", "subscription", "plan", "operating", "accelerator",
        "accelerators", "gpu", "gpus", "series", "line", "product", "products", "brand", "update", "release",
        "version", "arm", "arms"});
    return s;
}

const QSet<QString> &determinersBeforeProduct()
{
    static const QSet<QString> s = wordSet({"the", "its", "their", "his", "her", "a", "an", "our", "new"});
    return s;
}

// Verbs after a name that say it acts (a company or a person, not a product).
const QSet<QString> &agentVerbs()
{
    static const QSet<QString> s = wordSet({"said", "says", "announced", "announces", "told", "reported",
        "reports", "plans", "declined", "agreed", "hired", "named", "acquired", "bought", "sold", "sued",
        "filed", "added", "argued", "warned", "confirmed", "denied", "expects", "expected", "posted",
        "raised", "cut", "launched", "unveiled", "released", "ceo", "chief", "spokesperson", "spokesman",
        "spokeswoman", "executives"});
    return s;
}

// What only an organisation has: "X's chief executive", "X's shares".
const QSet<QString> &organizationPossessions()
{
    static const QSet<QString> s = wordSet({"chief", "ceo", "cfo", "coo", "cto", "board", "shares", "stock",
        "executives", "spokesperson", "spokesman", "spokeswoman", "unit", "subsidiary", "division", "revenue",
        "revenues", "profit", "profits", "earnings", "headquarters", "employees", "staff", "workforce",
        "customers", "founder", "co-founder", "chairman", "chairwoman", "directors", "investors",
        "shareholders", "stake", "market", "acquisition", "takeover", "merger", "share", "valuation", "sales",
        "factory", "factories", "plant"});
    return s;
}

// "<word> of X" where X can only be an organisation: "a unit of X", "shares of X".
const QSet<QString> &organizationOwnersBefore()
{
    static const QSet<QString> s = wordSet({"unit", "subsidiary", "division", "shares", "arm", "affiliate",
        "shareholders", "employees", "customers", "stake", "acquisition"});
    return s;
}

bool isPossessiveToken(QStringView w)
{
    return w == u"'s" || w == u"\u2019s" || w == u"'" || w == u"\u2019";
}

struct UnionFind
{
    QList<int> parent;
    explicit UnionFind(qsizetype n)
        : parent(n)
    {
        std::iota(parent.begin(), parent.end(), 0);
    }
    int find(int x)
    {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    }
    // The root of `into` stays the root, so a group keeps its identity as smaller ones join it.
    void unite(int from, int into) { parent[find(from)] = find(into); }
};

// One mention, seen through the eyes of the matcher.
struct Form
{
    QStringList keys; // name tokens, matchKey'd; honorifics, designators, possessives removed
    QString display; // the surface as shown: possessive removed
    QString bare; // display without leading honorifics: the candidate canonical name
    int tokenCount = 0; // tokens of the surface, for "fullest form"
    qsizetype firstToken = 0;
    qsizetype endToken = 0;
};

bool isPrefix(const QStringList &shortKeys, const QStringList &longKeys)
{
    if (shortKeys.size() >= longKeys.size())
        return false;
    return std::equal(shortKeys.cbegin(), shortKeys.cend(), longKeys.cbegin());
}

bool isSuffix(const QStringList &shortKeys, const QStringList &longKeys)
{
    QStringList l = longKeys;
    while (l.size() > 1 && generationalSuffixes().contains(l.last()))
        l.removeLast();
    if (shortKeys.size() >= l.size())
        return false;
    return std::equal(shortKeys.crbegin(), shortKeys.crend(), l.crbegin());
}

QString initials(const QStringList &displayWords)
{
    static const QSet<QString> skip = wordSet({"of", "and", "&", "for", "the", "de", "la", "du", "und"});
    QString out;
    for (const QString &w : displayWords) {
        const QString k = w.toLower();
        if (skip.contains(k) || designators().contains(Resolver::matchKey(w).remove(u'.')))
            continue;
        if (!w.isEmpty() && w.front().isLetter())
            out += w.front().toUpper();
    }
    return out;
}

bool looksLikeAcronym(QStringView w)
{
    if (w.size() < 2 || w.size() > 8)
        return false;
    int upper = 0;
    for (QChar c : w) {
        if (c.isUpper())
            ++upper;
        else if (!c.isDigit() && c != u'&' && c != u'-' && !c.isLower())
            return false;
    }
    return upper >= 2;
}

} // namespace

void Resolver::attachTitleMentions(
    const QString &title, MentionList &titleMentions, EntityList &entities) const
{
    const auto keysOf = [](QStringView name, EntityType type) {
        return identityKey(name, type).split(u' ', Qt::SkipEmptyParts);
    };
    // The body's entities as the matcher sees them: the word keys of the name and of every alias.
    struct Known
    {
        QList<QStringList> forms; // [0] is the canonical name's
    };
    QList<Known> known(entities.size());
    for (qsizetype e = 0; e < entities.size(); ++e) {
        known[e].forms.append(keysOf(entities[e].name, entities[e].type));
        for (const QString &alias : std::as_const(entities[e].aliases))
            known[e].forms.append(keysOf(alias, entities[e].type));
    }
    const qsizetype bodyEntities = entities.size();
    qsizetype maxCount = 1;
    for (const Entity &e : std::as_const(entities))
        maxCount = std::max(maxCount, e.mentions.size());

    for (qsizetype m = 0; m < titleMentions.size(); ++m) {
        Mention &mention = titleMentions[m];
        QString surface = title.mid(mention.start, mention.length()).trimmed();
        for (const QString &suffix : {QStringLiteral("'s"), QStringLiteral("\u2019s")}) {
            if (surface.endsWith(suffix))
                surface.chop(2);
        }
        const QStringList keys = keysOf(surface, mention.type);
        if (keys.isEmpty())
            continue;
        // 1. The same name or alias (any type: an all-caps headline misleads the tagger about the type);
        //    one of the mention's own type first, an entity the body left ambiguous last.
        int best = -1;
        const auto rank = [&](qsizetype e) {
            return std::pair(!entities[e].ambiguous, entities[e].type == mention.type);
        };
        for (qsizetype e = 0; e < entities.size(); ++e) {
            if (known[e].forms.contains(keys) && (best < 0 || rank(e) > rank(best)))
                best = int(e);
        }
        // 2. The short form of one name of the body, as the resolver joins them in the body: a surname or
        //    first name to the one person it fits, a company's short name to the one company ("Ford" =
        //    "Ford Motor"). A short form that fits several joins none of them.
        if (best < 0 && (mention.type == EntityType::Person || mention.type == EntityType::Organization)) {
            QSet<int> fits;
            for (qsizetype e = 0; e < bodyEntities; ++e) {
                if (entities[e].type != mention.type || entities[e].ambiguous)
                    continue;
                for (const QStringList &form : std::as_const(known[e].forms)) {
                    bool fit = false;
                    if (mention.type == EntityType::Person) {
                        fit = isSuffix(keys, form) || isPrefix(keys, form);
                    } else if (isPrefix(keys, form)) {
                        const QStringList rest = form.mid(keys.size());
                        fit = std::all_of(rest.cbegin(), rest.cend(),
                            [](const QString &w) { return genericTails().contains(w); });
                    }
                    if (fit)
                        fits.insert(int(e));
                }
            }
            if (fits.size() == 1)
                best = *fits.begin();
        }
        // 3. A name only the title has is an entity of its own: the headline is a real mention.
        if (best < 0) {
            Entity e;
            e.name = surface;
            e.type = mention.type;
            entities.append(e);
            known.append(Known {{keys}});
            best = int(entities.size() - 1);
        }
        mention.entity = best;
        mention.type = entities[best].type;
        entities[best].titleMentions.append(int(m));
    }
    // Salience of the title's own entities, as the resolver scores the body's: the count, the earliest
    // place (the headline comes first) and the headline itself.
    for (qsizetype e = bodyEntities; e < entities.size(); ++e) {
        Entity &entity = entities[e];
        const double count = std::min(1.0, double(entity.titleMentions.size()) / double(maxCount));
        entity.salience = std::round((0.55 * count + 0.2 + 0.15) * 1000.0) / 1000.0;
    }
}

QString Resolver::matchKey(QStringView surface)
{
    // NFKD, drop combining marks, case fold, NFC: "Société" -> "societe".
    UErrorCode status = U_ZERO_ERROR;
    static const icu::Normalizer2 *nfkd = icu::Normalizer2::getNFKDInstance(status);
    static const icu::Normalizer2 *nfc = icu::Normalizer2::getNFCInstance(status);
    icu::UnicodeString in(false, reinterpret_cast<const UChar *>(surface.utf16()), int32_t(surface.size()));
    status = U_ZERO_ERROR;
    const icu::UnicodeString decomposed = nfkd->normalize(in, status);
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

QString Resolver::identityKey(QStringView name, EntityType type)
{
    QStringList keys;
    for (const QString &word : matchKey(name).split(u' ', Qt::SkipEmptyParts)) {
        QString k;
        for (QChar c : word) {
            if (c.isLetterOrNumber() || c == u'&' || c == u'\'' || c == u'-')
                k += c;
        }
        if (!k.isEmpty())
            keys.append(k);
    }
    if (type == EntityType::Person) {
        while (keys.size() > 1 && honorifics().contains(keys.first()))
            keys.removeFirst();
    } else if (type == EntityType::Organization) {
        if (keys.size() > 1 && keys.first() == u"the")
            keys.removeFirst();
        while (keys.size() > 1 && designators().contains(keys.last()))
            keys.removeLast();
    }
    QString key = keys.isEmpty() ? matchKey(name) : keys.join(u' ');
    // Letters that keep a stroke after matchKey's NFKD ("Tromsø", "Łódź", "Đoković") are folded by ICU's
    // Latin-ASCII transform, so a name typed without them is the same name. One instance per thread:
    // a transliterator is not safe to share.
    thread_local const std::unique_ptr<icu::Transliterator> latinAscii = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(
            icu::Transliterator::createInstance("Latin-ASCII", UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(t) : nullptr;
    }();
    if (latinAscii && std::any_of(key.cbegin(), key.cend(), [](QChar c) { return c.unicode() > 0x7f; })) {
        icu::UnicodeString u(reinterpret_cast<const UChar *>(key.utf16()), int32_t(key.size()));
        latinAscii->transliterate(u);
        key = fromIcu(u);
    }
    return key;
}

EntityList Resolver::resolve(const TokenizedText &tokens, MentionList &mentions, const QString &title) const
{
    const QString &text = tokens.text;
    const qsizetype n = mentions.size();
    // Keys of the words around mentions; a possessive stays "'s" (matchKey would strip it to nothing).
    auto tokenKey = [&](qsizetype t) -> QString {
        if (t < 0 || t >= tokens.tokens.size())
            return {};
        const QStringView w = tokens.tokenText(t);
        return isPossessiveToken(w) ? QStringLiteral("'s") : matchKey(w);
    };

    // 1. Forms: the name tokens each mention contributes to matching.
    QList<Form> forms(n);
    for (qsizetype i = 0; i < n; ++i) {
        Form &f = forms[i];
        std::tie(f.firstToken, f.endToken) = tokens.tokenRange(mentions[i].start, mentions[i].end);
        QStringList words;
        for (qsizetype t = f.firstToken; t < f.endToken; ++t) {
            const QStringView w = tokens.tokenText(t);
            if (isPossessiveToken(w) || (tokens.tokens[t].has(Token::Punctuation) && w != u"&"))
                continue;
            words.append(w.toString());
        }
        f.tokenCount = int(words.size());
        f.display = text.mid(mentions[i].start, mentions[i].length());
        for (const QString &suffix : {QStringLiteral("'s"), QStringLiteral("\u2019s")}) {
            if (f.display.endsWith(suffix))
                f.display.chop(2);
        }
        f.display = f.display.trimmed();
        for (const QString &w : std::as_const(words))
            f.keys.append(matchKey(w).remove(u'.'));
        f.bare = f.display;
        if (mentions[i].type == EntityType::Person) {
            qsizetype t = f.firstToken;
            while (f.keys.size() > 1 && honorifics().contains(f.keys.first())) {
                f.keys.removeFirst();
                ++t;
            }
            if (t > f.firstToken && t < f.endToken)
                f.bare = f.display.mid(tokens.tokens[t].start - mentions[i].start).trimmed();
            // "Omar al-Bashir" is "Mr. Bashir": the Arabic article is no part of the surname's key.
            for (QString &k : f.keys) {
                if (k.size() > 5 && (k.startsWith(u"al-") || k.startsWith(u"el-")))
                    k.remove(0, 3);
            }
        } else if (mentions[i].type == EntityType::Organization) {
            if (f.keys.size() > 1 && f.keys.first() == u"the")
                f.keys.removeFirst();
            while (f.keys.size() > 1 && designators().contains(f.keys.last()))
                f.keys.removeLast();
        }
        if (f.keys.isEmpty())
            f.keys.append(matchKey(f.display));
    }

    // 2. Products named like people or companies go to Other, by the words around their mentions.
    {
        QHash<QString, std::pair<int, int>> votes; // key -> (product contexts, agent contexts)
        QHash<QString, int> occurrences;
        for (qsizetype i = 0; i < n; ++i) {
            if (mentions[i].type != EntityType::Person && mentions[i].type != EntityType::Organization)
                continue;
            const QString key = forms[i].keys.join(u' ');
            ++occurrences[key];
            const QString next = tokenKey(forms[i].endToken);
            const QString prev = tokenKey(forms[i].firstToken - 1);
            const QString prev2 = tokenKey(forms[i].firstToken - 2);
            const bool productNext = productNouns().contains(next);
            const bool determined = determinersBeforeProduct().contains(prev);
            const bool called = (prev == u"called" || prev == u"named" || prev == u"dubbed")
                && (productNouns().contains(prev2)
                    || productNouns().contains(tokenKey(forms[i].firstToken - 3)));
            if ((productNext && determined) || called)
                votes[key].first += 2;
            else if (productNext)
                votes[key].first += 1;
            if (agentVerbs().contains(next) || next == u"'s")
                votes[key].second += 1;
        }
        for (qsizetype i = 0; i < n; ++i) {
            if (mentions[i].type != EntityType::Person && mentions[i].type != EntityType::Organization)
                continue;
            const QString key = forms[i].keys.join(u' ');
            const auto [product, agent] = votes.value(key);
            if (agent == 0 && product > 0 && product >= occurrences.value(key)
                && !(mentions[i].type == EntityType::Organization && knownOrganisation
                    && knownOrganisation(forms[i].display)))
                mentions[i].type = EntityType::Misc;
        }
    }

    // 2b. Context that settles person versus company, whatever the tagger said: "Alphabet's chief
    //     executive", "a unit of Alphabet" speak of a company; "Mr. Grant", "Grant, who" of a person. A name
    //     takes the type its cues agree on, in every mention of it.
    {
        QHash<QString, QSet<EntityType>> cueTypes;
        QList<std::optional<EntityType>> cue(n);
        // "Microsoft, Amazon and Google, who ...": the "who" speaks of the whole list, and a list of
        // companies stays one.
        auto endsListOfOrganizations = [&](qsizetype i) {
            const qsizetype f = forms[i].firstToken;
            const QString joint = tokenKey(f - 1);
            if (i == 0 || (joint != u"and" && joint != u"or" && joint != u","))
                return false;
            const qsizetype before = forms[i - 1].endToken;
            return (before == f - 1 || (before == f - 2 && tokenKey(f - 2) == u","))
                && mentions[i - 1].type == EntityType::Organization;
        };
        for (qsizetype i = 0; i < n; ++i) {
            if (mentions[i].type != EntityType::Person && mentions[i].type != EntityType::Organization)
                continue;
            const qsizetype e = forms[i].endToken, f = forms[i].firstToken;
            const QString next = tokenKey(e), next2 = tokenKey(e + 1);
            const QString prev = tokenKey(f - 1), prev2 = tokenKey(f - 2);
            if ((next == u"'s" && organizationPossessions().contains(next2))
                || (prev == u"of" && organizationOwnersBefore().contains(prev2)) || prev == u"rival")
                cue[i] = EntityType::Organization;
            else if (honorifics().contains(QString(prev).remove(u'.'))
                && tokens.tokenText(f - 1).front().isUpper() && forms[i].keys.size() <= 2)
                cue[i] = EntityType::Person;
            else if (next == u"," && next2 == u"who" && !endsListOfOrganizations(i))
                cue[i] = EntityType::Person;
            if (cue[i])
                cueTypes[forms[i].keys.join(u' ')].insert(*cue[i]);
        }
        for (qsizetype i = 0; i < n; ++i) {
            if (mentions[i].type != EntityType::Person && mentions[i].type != EntityType::Organization)
                continue;
            const QSet<EntityType> types = cueTypes.value(forms[i].keys.join(u' '));
            if (types.size() == 1)
                mentions[i].type = *types.begin();
        }
    }

    // 3. Acronyms defined in parentheses: "Advanced Micro Devices (AMD)".
    QHash<QString, int> acronymOwner; // acronym key -> mention index of the full name
    for (qsizetype i = 0; i < n; ++i) {
        if (mentions[i].type != EntityType::Organization)
            continue;
        const qsizetype e = forms[i].endToken;
        if (e + 2 >= tokens.tokens.size() || tokens.tokenText(e) != u"(" || tokens.tokenText(e + 2) != u")")
            continue;
        const QStringView acronym = tokens.tokenText(e + 1);
        if (looksLikeAcronym(acronym))
            acronymOwner.insert(matchKey(acronym), int(i));
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (forms[i].keys.size() == 1 && acronymOwner.contains(forms[i].keys.first())
            && mentions[i].type != EntityType::Person)
            mentions[i].type = EntityType::Organization;
    }

    // 4. Exact groups: same type, same key.
    UnionFind groups(n);
    {
        QHash<QString, int> first;
        for (qsizetype i = 0; i < n; ++i) {
            const QString key = entityTypeCode(mentions[i].type) + u'\x1f' + forms[i].keys.join(u' ');
            const auto it = first.constFind(key);
            if (it == first.cend())
                first.insert(key, int(i));
            else
                groups.unite(int(i), *it);
        }
    }
    QSet<int> ambiguousMentions;
    auto representatives = [&](EntityType type) {
        // One mention per group of this type, the group's longest key.
        std::map<int, int> rep; // root -> mention
        for (qsizetype i = 0; i < n; ++i) {
            if (mentions[i].type != type)
                continue;
            const int r = groups.find(int(i));
            auto it = rep.find(r);
            if (it == rep.end() || forms[i].keys.size() > forms[it->second].keys.size())
                rep[r] = int(i);
        }
        QList<int> out;
        for (const auto &[root, m] : rep)
            out.append(m);
        std::stable_sort(out.begin(), out.end(),
            [&](int a, int b) { return forms[a].keys.size() > forms[b].keys.size(); });
        return out;
    };

    // 5. People: a bare surname (or first name, or surname-first given name) joins the one full name
    //    it fits; when it fits several, it joins none and is flagged.
    {
        const QList<int> people = representatives(EntityType::Person);
        for (int s : people) {
            QSet<int> bySuffix, byPrefix;
            for (int l : people) {
                if (forms[l].keys.size() <= forms[s].keys.size())
                    continue;
                if (isSuffix(forms[s].keys, forms[l].keys))
                    bySuffix.insert(groups.find(l));
                else if (isPrefix(forms[s].keys, forms[l].keys))
                    byPrefix.insert(groups.find(l));
            }
            const QSet<int> &fits = bySuffix.isEmpty() ? byPrefix : bySuffix;
            if (fits.size() == 1)
                groups.unite(s, *fits.begin());
            else if (fits.size() > 1)
                ambiguousMentions.insert(groups.find(s));
        }
    }

    // 6. Companies: defined acronyms, initials, and short names of the same company ("Ford" = "Ford Motor").
    {
        const QList<int> companies = representatives(EntityType::Organization);
        for (int s : companies) {
            const QStringList &keys = forms[s].keys;
            if (keys.size() == 1 && acronymOwner.contains(keys.first())) {
                groups.unite(s, acronymOwner.value(keys.first()));
                continue;
            }
            QSet<int> fits;
            const bool acronym = forms[s].tokenCount == 1 && looksLikeAcronym(forms[s].display);
            for (int l : companies) {
                if (forms[l].keys.size() <= keys.size() || groups.find(l) == groups.find(s))
                    continue;
                if (acronym) {
                    const QStringList words = forms[l].display.split(u' ', Qt::SkipEmptyParts);
                    if (words.size() >= 2 && initials(words) == forms[s].display.toUpper())
                        fits.insert(groups.find(l));
                } else if (isPrefix(keys, forms[l].keys)) {
                    const QStringList rest = forms[l].keys.mid(keys.size());
                    if (std::all_of(rest.cbegin(), rest.cend(),
                            [](const QString &w) { return genericTails().contains(w); }))
                        fits.insert(groups.find(l));
                }
            }
            if (fits.size() == 1)
                groups.unite(s, *fits.begin());
        }
    }

    // 6b. Products named with and without their maker: "Pixel" is the text's "Google Pixel" when the words
    //     before it name an organisation of the text. The maker stays apart (another type).
    {
        QSet<QString> makers; // every name an organisation of the text is written with
        for (qsizetype i = 0; i < n; ++i) {
            if (mentions[i].type == EntityType::Organization)
                makers.insert(forms[i].keys.join(u' '));
        }
        const QList<int> products = representatives(EntityType::Misc);
        for (int s : products) {
            QSet<int> fits;
            for (int l : products) {
                if (groups.find(l) == groups.find(s) || !isSuffix(forms[s].keys, forms[l].keys))
                    continue;
                const QStringList maker = forms[l].keys.mid(0, forms[l].keys.size() - forms[s].keys.size());
                if (makers.contains(maker.join(u' ')))
                    fits.insert(groups.find(l));
            }
            if (fits.size() == 1)
                groups.unite(s, *fits.begin());
        }
    }

    // 7. Entities from the groups, in order of first mention for now.
    QHash<int, int> entityOfRoot;
    EntityList entities;
    QList<QHash<QString, int>> surfaceCounts;
    for (qsizetype i = 0; i < n; ++i) {
        const int root = groups.find(int(i));
        auto it = entityOfRoot.find(root);
        if (it == entityOfRoot.end()) {
            it = entityOfRoot.insert(root, int(entities.size()));
            Entity e;
            e.type = mentions[root].type;
            e.ambiguous = ambiguousMentions.contains(root);
            entities.append(e);
            surfaceCounts.append(QHash<QString, int>());
        }
        mentions[i].entity = *it;
        entities[*it].mentions.append(int(i));
        surfaceCounts[*it][forms[i].display] += 1;
    }
    for (qsizetype e = 0; e < entities.size(); ++e) {
        // The canonical name is the fullest form: most name tokens, then most frequent, then longest;
        // without the honorific it may have been written with.
        Entity &entity = entities[e];
        int best = entity.mentions.front();
        const auto rank = [&](int k) {
            return std::tuple(forms[k].keys.size(), forms[k].tokenCount,
                surfaceCounts[e].value(forms[k].display), forms[k].display.size());
        };
        for (int m : std::as_const(entity.mentions)) {
            if (rank(m) > rank(best))
                best = m;
        }
        entity.name = forms[best].bare;
        for (auto it = surfaceCounts[e].cbegin(); it != surfaceCounts[e].cend(); ++it) {
            if (it.key() != entity.name && !entity.aliases.contains(it.key()))
                entity.aliases.append(it.key());
        }
        entity.aliases.sort(Qt::CaseInsensitive);
    }

    // 8. A company the text places under another: "Alphabet's Google Cloud", "Google Cloud, a unit of
    // Alphabet".
    for (qsizetype i = 0; i < n; ++i) {
        if (mentions[i].type != EntityType::Organization)
            continue;
        const qsizetype e = forms[i].endToken;
        for (qsizetype j = i + 1; j < n && j <= i + 2; ++j) {
            if (mentions[j].type != EntityType::Organization || mentions[j].entity == mentions[i].entity)
                continue;
            // "A's B"
            if (forms[j].firstToken == e + 1 && isPossessiveToken(tokens.tokenText(e)))
                entities[mentions[j].entity].affiliation = mentions[i].entity;
            // "B, a unit of A" / "B, owned by A"
            static const QSet<QString> parts = wordSet({"unit", "subsidiary", "division", "arm", "part",
                "business", "affiliate", "branch", "owner", "parent", "owned", "controlled", "acquired"});
            if (forms[j].firstToken > e && forms[j].firstToken <= e + 5 && tokenKey(e) == u",") {
                bool relation = false;
                for (qsizetype t = e + 1; t < forms[j].firstToken; ++t) {
                    const QString w = tokenKey(t);
                    if (w == u"owner" || w == u"parent") {
                        relation = false; // "B, the parent of A" reverses the direction
                        entities[mentions[j].entity].affiliation = -1;
                        break;
                    }
                    relation = relation || parts.contains(w);
                }
                if (relation)
                    entities[mentions[i].entity].affiliation = mentions[j].entity;
            }
        }
    }

    // 9. Roles and affiliations of people.
    {
        std::map<int, RoleExtractor::Role> best; // entity -> role
        for (const RoleExtractor::Role &r : RoleExtractor(tokens, mentions).extract()) {
            const int e = mentions[r.person].entity;
            auto it = best.find(e);
            if (it == best.end() || r.priority > it->second.priority)
                best[e] = r;
        }
        for (const auto &[e, r] : best) {
            entities[e].role = r.title;
            entities[e].affiliation = r.organization >= 0 ? mentions[r.organization].entity : -1;
            entities[e].roleSentenceStart = r.sentenceStart;
            entities[e].roleSentenceEnd = r.sentenceEnd;
        }
    }

    // 10. Salience: mentions, how early, presence in the headline, a known role.
    // Word keys joined by single spaces, compiled once: the loop below runs for every name of every entity.
    static const QRegularExpression nonWord(QStringLiteral("[^\\w]+"));
    const QString titleKey = u' ' + matchKey(title).replace(nonWord, QStringLiteral(" ")) + u' ';
    qsizetype maxCount = 1;
    for (const Entity &e : std::as_const(entities))
        maxCount = std::max(maxCount, e.mentions.size());
    const double length = std::max<double>(1.0, double(text.size()));
    for (Entity &e : entities) {
        bool inTitle = false;
        QStringList names = e.aliases;
        names.append(e.name);
        for (const QString &form : std::as_const(names)) {
            const QString k = matchKey(form).replace(nonWord, QStringLiteral(" ")).trimmed();
            inTitle = inTitle || (!k.isEmpty() && titleKey.contains(u' ' + k + u' '));
        }
        const double count = double(e.mentions.size()) / double(maxCount);
        const double early = 1.0 - double(mentions[e.mentions.front()].start) / length;
        e.salience = 0.55 * count + 0.2 * early + 0.15 * (inTitle ? 1.0 : 0.0)
            + 0.1 * (e.role.isEmpty() ? 0.0 : 1.0);
        e.salience = std::round(e.salience * 1000.0) / 1000.0;
    }

    // 11. Order: type, salience, first mention; renumber mentions and affiliations.
    QList<int> order(entities.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const Entity &x = entities[a], &y = entities[b];
        if (x.type != y.type)
            return x.type < y.type;
        if (x.salience != y.salience)
            return x.salience > y.salience;
        return x.mentions.front() < y.mentions.front();
    });
    QList<int> newIndex(entities.size());
    EntityList sorted;
    sorted.reserve(entities.size());
    for (int i = 0; i < order.size(); ++i) {
        newIndex[order[i]] = i;
        sorted.append(entities[order[i]]);
    }
    for (Entity &e : sorted) {
        if (e.affiliation >= 0)
            e.affiliation = newIndex[e.affiliation];
    }
    for (Mention &m : mentions)
        m.entity = newIndex[m.entity];
    return sorted;
}

} // namespace dramatis
