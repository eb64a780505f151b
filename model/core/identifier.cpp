#include "core/identifier.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace dramatis {

QString identifierKindCode(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::Email:
        return QStringLiteral("email");
    case IdentifierKind::Phone:
        return QStringLiteral("phone");
    case IdentifierKind::Url:
        return QStringLiteral("url");
    case IdentifierKind::Domain:
        return QStringLiteral("domain");
    case IdentifierKind::Iban:
        return QStringLiteral("iban");
    case IdentifierKind::Money:
        return QStringLiteral("money");
    case IdentifierKind::Ticker:
        return QStringLiteral("ticker");
    case IdentifierKind::Handle:
        return QStringLiteral("handle");
    case IdentifierKind::Hashtag:
        return QStringLiteral("hashtag");
    }
    return {};
}

std::optional<IdentifierKind> identifierKindFromCode(QStringView code)
{
    for (IdentifierKind k : AllIdentifierKinds) {
        if (code.compare(identifierKindCode(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

QString identifierKindName(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::Email:
        return QCoreApplication::translate("dramatis", "E-mail address");
    case IdentifierKind::Phone:
        return QCoreApplication::translate("dramatis", "Phone number");
    case IdentifierKind::Url:
        return QCoreApplication::translate("dramatis", "Web address");
    case IdentifierKind::Domain:
        return QCoreApplication::translate("dramatis", "Domain");
    case IdentifierKind::Iban:
        return QCoreApplication::translate("dramatis", "IBAN");
    case IdentifierKind::Money:
        return QCoreApplication::translate("dramatis", "Amount of money");
    case IdentifierKind::Ticker:
        return QCoreApplication::translate("dramatis", "Stock ticker");
    case IdentifierKind::Handle:
        return QCoreApplication::translate("dramatis", "Social handle");
    case IdentifierKind::Hashtag:
        return QCoreApplication::translate("dramatis", "Hashtag");
    }
    return {};
}

QList<DistinctIdentifier> distinctIdentifiers(QStringView text, const IdentifierList &identifiers,
    QStringView title, const IdentifierList &titleIdentifiers)
{
    QList<DistinctIdentifier> out;
    QHash<QString, qsizetype> index; // kind code + normalised form -> row of `out`
    const auto rowFor = [&](const Identifier &id, QStringView in) -> DistinctIdentifier & {
        const QString key = identifierKindCode(id.kind) + u' ' + id.normalized;
        auto it = index.constFind(key);
        if (it == index.cend()) {
            it = index.insert(key, out.size());
            out.append(
                DistinctIdentifier {id.kind, id.normalized, in.mid(id.start, id.length()).toString(), {}, 0});
        }
        return out[*it];
    };
    for (const Identifier &id : titleIdentifiers)
        ++rowFor(id, title).titleOccurrences;
    for (qsizetype i = 0; i < identifiers.size(); ++i)
        rowFor(identifiers[i], text).occurrences.append(int(i));
    std::stable_sort(out.begin(), out.end(),
        [](const DistinctIdentifier &a, const DistinctIdentifier &b) { return a.kind < b.kind; });
    return out;
}

} // namespace dramatis
