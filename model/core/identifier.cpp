#include "core/identifier.h"

#include <QCoreApplication>

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

} // namespace dramatis
