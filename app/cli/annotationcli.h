#pragma once

#include "core/article.h"
#include "lexicon/analystlexicon.h"
#include "watchlists/entitymatches.h"

#include <QString>

#include <memory>
#include <optional>

namespace dramatis {
class AnnotationStore;
}

// What the annotation commands (note, entity, import) share: loading the article, opening the database,
// finding the quoted words and reading the analyst's lexicon. Each helper prints its own one-line message and
// returns an exit code (commands.h), Ok when the caller may go on.
namespace dramatis::cli {

int loadArticle(const QString &command, const QString &file, Article *article);
// `readOnly`: for commands that only read (nothing is created or migrated; a read-only folder is fine).
int openStore(const QString &command, const QString &dbOption, AnnotationStore *store, bool readOnly = false);

// The UTF-16 start of the chosen occurrence of `quote` in `text`. `occurrence` is the --occurrence value
// (1-based; empty when not given, which is fine only for a quote that occurs once).
int findOccurrence(const QString &file, const QString &text, const QString &quote, const QString &occurrence,
    qsizetype *start);

// The analyst's lexicon for `article` from the database `dbOption` names (or DRAMATIS_DB, or the default),
// read only if that database exists; empty, with a warning on stderr, when it cannot be read.
AnalystLexicon loadLexicon(const Article &article, const QString &dbOption);

// The active watchlists of the analyst's database, indexed once for every article of a command.
struct CliWatchlists
{
    std::unique_ptr<WatchlistStore> store; // the verdicts
    WatchlistMatcher matcher;
    // The entities' hits; none when no list is active (the JSON then has no "watchlist" member).
    std::optional<EntityMatches> match(const EntityList &entities) const;
};
// Reading never creates a database: without one, or without an active list, there is nothing to match.
CliWatchlists loadWatchlists(const QString &dbOption);

} // namespace dramatis::cli
