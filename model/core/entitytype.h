#pragma once

#include <QString>

#include <array>
#include <optional>

namespace dramatis {

// The four CoNLL types. The numeric values index colours, toggles and model labels, so keep them dense.
enum class EntityType : quint8 { Person = 0, Organization = 1, Location = 2, Misc = 3 };

inline constexpr int EntityTypeCount = 4;
inline constexpr std::array<EntityType, EntityTypeCount> AllEntityTypes = {
    EntityType::Person, EntityType::Organization, EntityType::Location, EntityType::Misc};

// "PER", "ORG", "LOC", "MISC": the codes of the CLI JSON and CoNLL files.
QString entityTypeCode(EntityType type);
std::optional<EntityType> entityTypeFromCode(QStringView code);
// What the GUI calls a type, plural ("People") and singular ("Person"), translated.
QString entityTypeGroupName(EntityType type);
QString entityTypeName(EntityType type);

} // namespace dramatis
