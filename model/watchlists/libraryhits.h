#pragma once

#include "library/librarystore.h"
#include "watchlists/entitymatches.h"

#include <stop_token>

namespace dramatis {

// Every recorded article with a watchlist hit: what Library → Watchlist Hits lists.
//
// The library's entities are matched once each (an entity in 3,000 articles is one lookup, not 3,000),
// with the analyst's verdicts, and the articles of the entities hit are read from the library's index.
// Dismissed hits do not count. Runs on any thread with stores opened on it.
class LibraryHits final
{
public:
    struct Hit
    {
        QString entity; // the library's name for it
        EntityType type = EntityType::Misc;
        WatchlistMatch match; // its best hit shown
    };
    struct Article
    {
        LibraryArticle article;
        QList<Hit> hits; // confirmed and sure ones first, then by name
    };

    // Newest first: by the article's date, else when it was first opened. Empty when `stop` is requested.
    static QList<Article> find(const LibraryStore &library, const WatchlistMatcher &matcher,
        const WatchlistStore *decisions, std::stop_token stop = {});
};

} // namespace dramatis
