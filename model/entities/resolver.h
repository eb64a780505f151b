#pragma once

#include "core/entity.h"
#include "core/mention.h"
#include "core/token.h"

#include <QSet>

#include <functional>

namespace dramatis {

// Groups an article's mentions into entities ("Lisa Su", "Su" and "Dr. Su" are one person; "Advanced
// Micro Devices (AMD)" and every later "AMD" one company), reads roles and affiliations from the text,
// scores salience, and links each mention to its entity (Mention::entity). Mentions named like products
// ("the Siri assistant", "Gemini models") are moved to Other first. Entities come back ordered by type,
// then by salience (descending), then by first appearance.
class Resolver final
{
public:
    // Whether a one-word name is an organisation the caller's lists know ("Google", "Uber"): such a name
    // before a product noun is the maker ("the Uber app") and keeps the tagger's type. Unset: no name is.
    std::function<bool(QStringView)> knownOrganisation;

    EntityList resolve(const TokenizedText &tokens, MentionList &mentions, const QString &title = {}) const;
    // Joins each mention of the title (offsets into `title`) to the entity of the body with the same name
    // or alias, or to the one person or company whose short form it is, and the mention takes the
    // entity's type. A name only the title has becomes an entity of its own, appended to `entities`
    // (without body mentions, so out of the resolver's order: the caller places it).
    void attachTitleMentions(const QString &title, MentionList &titleMentions, EntityList &entities) const;

    // The key two surface forms share when they name the same thing: case-folded, NFKC, without
    // diacritics, with straight apostrophes and without a possessive "'s".
    static QString matchKey(QStringView surface);
    // The key a canonical name is known by across articles (the library): matchKey per word, periods and
    // punctuation dropped, leading honorifics removed from a person ("Dr. Lisa Su" = "Lisa Su"), a
    // leading "the" and trailing legal forms from an organisation ("Advanced Micro Devices, Inc." =
    // "Advanced Micro Devices"). The same word lists the resolver matches mentions with.
    static QString identityKey(QStringView name, EntityType type);
    // The word lists behind identityKey, for others who compare names the same way (keys as matchKey gives
    // them, without periods): a title before a person's name ("dr", "senator") and a legal form after a
    // company's ("inc", "gmbh").
    static bool isHonorific(const QString &key) { return honorificWords().contains(key); }
    static bool isLegalForm(const QString &key) { return legalFormWords().contains(key); }
    static const QSet<QString> &honorificWords();
    static const QSet<QString> &legalFormWords();
};

} // namespace dramatis
