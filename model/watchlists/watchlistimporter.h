#pragma once

#include "watchlists/watchlist.h"

#include <QByteArray>

namespace dramatis {

// Reads a watchlist file into entries, whole or not at all:
// - JSON lines in the FollowTheMoney form OpenSanctions publishes (one entity a line: `id`, `schema`,
//   `properties.name[]`, `alias[]`, `weakAlias[]`, `previousName[]`, `notes[]`, `datasets[]`); Person is a
//   person, Company, Organization, LegalEntity and PublicBody are companies and organisations, and the other
//   schemas (sanctions, addresses, ownership links) are skipped;
// - CSV with a header naming its columns (name, type, aliases separated by ";" or "|", note, list; the
//   order is free, other columns are ignored);
// - text, one name a line ('#' starts a comment line).
// The first line that cannot be read stops the import with an error naming it.
class WatchlistImporter final
{
public:
    enum class Format { Text, Csv, JsonLines };

    struct Result
    {
        QList<WatchlistEntry> entries;
        Format format = Format::Text;
        QString error; // "line 7: unknown type \"ship\""; empty when the file was read
        int skipped = 0; // JSON lines of schemas that are not names (sanctions, addresses, ...)

        bool ok() const { return error.isEmpty(); }
    };

    static Result read(const QByteArray &data);

    // The entry's type from what a file calls it ("person", "PER", "Company", "org", ...); false when the
    // word names no type. An empty word is no type, and fine.
    static bool parseType(const QString &word, std::optional<EntityType> *type);
    // The ref an entry without an id of its source is known by.
    static QString defaultRef(const WatchlistEntry &entry);
};

} // namespace dramatis
