#include "core/entitytype.h"

#include <QCoreApplication>

namespace dramatis {

QString entityTypeCode(EntityType type)
{
    switch (type) {
    case EntityType::Person: return QStringLiteral("PER");
    case EntityType::Organization: return QStringLiteral("ORG");
    case EntityType::Location: return QStringLiteral("LOC");
    case EntityType::Misc: return QStringLiteral("MISC");
    }
    return {};
}

std::optional<EntityType> entityTypeFromCode(QStringView code)
{
    for (EntityType t : AllEntityTypes) {
        if (code.compare(entityTypeCode(t), Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

QString entityTypeGroupName(EntityType type)
{
    switch (type) {
    case EntityType::Person: return QCoreApplication::translate("dramatis", "People");
    case EntityType::Organization: return QCoreApplication::translate("dramatis", "Companies and organisations");
    case EntityType::Location: return QCoreApplication::translate("dramatis", "Places");
    case EntityType::Misc: return QCoreApplication::translate("dramatis", "Other");
    }
    return {};
}

QString entityTypeName(EntityType type)
{
    switch (type) {
    case EntityType::Person: return QCoreApplication::translate("dramatis", "Person");
    case EntityType::Organization: return QCoreApplication::translate("dramatis", "Company or organisation");
    case EntityType::Location: return QCoreApplication::translate("dramatis", "Place");
    case EntityType::Misc: return QCoreApplication::translate("dramatis", "Other");
    }
    return {};
}

} // namespace dramatis
