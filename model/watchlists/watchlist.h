#pragma once

#include "core/entitytype.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dramatis {

// One name an analyst looks out for: a person or a company of a sanctions list, a client, a suspect.
struct WatchlistEntry
{
    qint64 id = 0; // in the database; 0 before it is stored
    // What identifies the entry across versions of its file: the source's id (FollowTheMoney `id`), else
    // its type and folded name, so an update can tell added entries from removed ones.
    QString ref;
    QString name;
    std::optional<EntityType> type; // none: the entry matches an entity of any type
    QStringList aliases;
    QString note;
    QString source; // the list the file names for the entry (a "list" column, FollowTheMoney datasets)

    bool operator==(const WatchlistEntry &other) const = default;
};

// A named list of entries, shown in its colour.
struct Watchlist
{
    qint64 id = 0;
    QString name;
    QString colour; // "#rrggbb"
    QDateTime created;
    bool active = true; // matched against articles
    int entryCount = 0;
    int revision = 0; // counted up whenever its entries change
};

} // namespace dramatis
