#include "annotationcli.h"

#include "annotations/anchor.h"
#include "annotations/annotationstore.h"
#include "commands.h"
#include "core/textsearch.h"
#include "formats/articleloader.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace dramatis::cli {

int loadArticle(const QString &command, const QString &file, Article *article)
{
    Q_UNUSED(command);
    LoadResult loaded = ArticleLoader::load(file);
    if (!loaded.ok()) {
        err() << loaded.error->message << '\n';
        return BadInput;
    }
    *article = std::move(loaded.article);
    return Ok;
}

int openStore(const QString &command, const QString &dbOption, AnnotationStore *store, bool readOnly)
{
    AnnotationStore::Options options;
    options.readOnly = readOnly;
    if (!store->open(AnnotationStore::databasePath(dbOption), options)) {
        err() << "dramatis-cli " << command << ": " << store->errorString() << '\n';
        return BadInput;
    }
    return Ok;
}

int findOccurrence(const QString &file, const QString &text, const QString &quote, const QString &occurrence,
    qsizetype *start)
{
    const QList<qsizetype> found = findQuote(text, quote);
    if (found.isEmpty()) {
        err() << file << ": the quote \"" << quote << "\" is not in the article\n";
        return BadInput;
    }
    if (occurrence.isEmpty()) {
        if (found.size() > 1) {
            err() << file << ": the quote \"" << quote << "\" occurs " << found.size()
                  << " times; choose one with --occurrence 1.." << found.size() << '\n';
            return BadInput;
        }
        *start = found.front();
        return Ok;
    }
    bool ok = false;
    const int n = occurrence.toInt(&ok);
    if (!ok || n < 1) {
        err() << "dramatis-cli: --occurrence takes a number from 1 (got " << occurrence << ")\n";
        return Usage;
    }
    if (n > found.size()) {
        err() << file << ": the quote \"" << quote << "\" occurs " << found.size()
              << (found.size() == 1 ? " time" : " times") << ", so there is no occurrence " << n << '\n';
        return BadInput;
    }
    *start = found.at(n - 1);
    return Ok;
}

AnalystLexicon loadLexicon(const Article &article, const QString &dbOption)
{
    // Tagging never creates a database: without one there is simply no lexicon yet.
    QString error;
    AnalystLexicon lexicon
        = AnnotationStore::readLexicon(AnnotationStore::databasePath(dbOption), article, &error);
    if (!error.isEmpty())
        err() << "dramatis-cli: " << error << "; tagging without the analyst's lexicon\n";
    return lexicon;
}

CliWatchlists loadWatchlists(const QString &dbOption)
{
    CliWatchlists out;
    const QString path = AnnotationStore::databasePath(dbOption);
    if (!QFileInfo::exists(path))
        return out;
    out.store = std::make_unique<WatchlistStore>();
    if (!out.store->open(path)) {
        err() << "dramatis-cli: " << out.store->errorString() << "; going on without the watchlists\n";
        out.store.reset();
        return out;
    }
    out.matcher = out.store->activeMatcher();
    return out;
}

std::optional<EntityMatches> CliWatchlists::match(const EntityList &entities) const
{
    if (matcher.isEmpty())
        return std::nullopt;
    return EntityMatches::match(matcher, entities, store.get());
}

} // namespace dramatis::cli
