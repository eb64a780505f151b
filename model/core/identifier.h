#pragma once

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace dramatis {

// The hard identifiers of an article: contacts, numbers and tags that tie documents together better than
// names do. They are no entities of the tagger and never overlap one another.
enum class IdentifierKind : quint8 { Email, Phone, Url, Domain, Iban, Money, Ticker, Handle, Hashtag };

inline constexpr int IdentifierKindCount = 9;
inline constexpr std::array<IdentifierKind, IdentifierKindCount> AllIdentifierKinds = {IdentifierKind::Email,
    IdentifierKind::Phone, IdentifierKind::Url, IdentifierKind::Domain, IdentifierKind::Iban,
    IdentifierKind::Money, IdentifierKind::Ticker, IdentifierKind::Handle, IdentifierKind::Hashtag};

// A span of text that is an identifier. [start, end) are UTF-16 offsets into the text it was found in;
// `normalized` is the form two articles share: an address in lower case, a phone number in E.164
// ("+16502530000"), an IBAN without spaces, an amount as "USD 5000000000", a ticker as "NASDAQ:AMD".
struct Identifier
{
    qsizetype start = 0;
    qsizetype end = 0;
    IdentifierKind kind = IdentifierKind::Email;
    QString normalized;

    qsizetype length() const { return end - start; }
    friend bool operator==(const Identifier &, const Identifier &) = default;
};

using IdentifierList = QList<Identifier>;

// One identifier of an article however often it occurs: the occurrences of one normalised form of one kind,
// in the text (indexes into its IdentifierList) and in the title. What the sidebar and summaries list.
struct DistinctIdentifier
{
    IdentifierKind kind = IdentifierKind::Email;
    QString normalized;
    QString text; // as first written
    QList<int> occurrences; // in the text, ascending
    int titleOccurrences = 0;

    int count() const { return int(occurrences.size()) + titleOccurrences; }
};

// By kind (in AllIdentifierKinds order), then first appearance (the title's before the text's).
QList<DistinctIdentifier> distinctIdentifiers(QStringView text, const IdentifierList &identifiers,
    QStringView title, const IdentifierList &titleIdentifiers);

// "email", "phone", "url", "domain", "iban", "money", "ticker", "handle", "hashtag": the JSON's codes.
QString identifierKindCode(IdentifierKind kind);
std::optional<IdentifierKind> identifierKindFromCode(QStringView code);
// What the GUI calls a kind ("E-mail address", "Phone number"), translated.
QString identifierKindName(IdentifierKind kind);

} // namespace dramatis
