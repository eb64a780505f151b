// dramatis-cli watchlist add|update|rename|remove|list|match: the analyst's watchlists, and the names of
// articles they hold.
#include "commands.h"

#include "annotationcli.h"
#include "commandline.h"
#include "core/analysis.h"
#include "ner/taggerfactory.h"
#include "pipeline/analyzefile.h"
#include "watchlists/watchlistimporter.h"
#include "watchlists/watchliststore.h"

#include <QColor>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace dramatis::cli {

namespace {

CommandLine watchlistLine(const QString &action)
{
    static const QHash<QString, std::pair<QString, QString>> usage {
        {u"add"_s,
            {u"usage: dramatis-cli watchlist add NAME FILE [--colour C] [--db PATH]"_s,
                u"Adds a watchlist from a file: CSV with a header (name, type, aliases, note, list), one "
                "name a line, or FollowTheMoney JSON lines."_s}},
        {u"update"_s,
            {u"usage: dramatis-cli watchlist update NAME FILE [--db PATH]"_s,
                u"Replaces a watchlist's entries by a newer file's and prints what changed."_s}},
        {u"rename"_s,
            {u"usage: dramatis-cli watchlist rename NAME NEW-NAME [--db PATH]"_s, u"Renames a watchlist."_s}},
        {u"remove"_s,
            {u"usage: dramatis-cli watchlist remove NAME [--db PATH]"_s,
                u"Deletes a watchlist with its entries and the verdicts on its matches."_s}},
        {u"list"_s,
            {u"usage: dramatis-cli watchlist list [--json] [--db PATH]"_s,
                u"Lists the watchlists with their entry counts."_s}},
        {u"match"_s,
            {u"usage: dramatis-cli watchlist match FILE... [--threshold X] [--db PATH]"_s,
                u"Tags each article and prints, as JSON, the entities the active watchlists hold."_s}},
    };
    const auto &[synopsis, description] = usage.value(action);
    CommandLine line(u"watchlist "_s + action, synopsis, description);
    line.setDashedWordsAreArguments(true);
    if (action == u"add" || action == u"update") {
        line.addPositional(u"NAME"_s, u"The watchlist's name."_s);
        line.addPositional(u"FILE"_s, u"The list: .csv, .txt or FollowTheMoney .json lines."_s);
    } else if (action == u"rename") {
        line.addPositional(u"NAME"_s, u"The watchlist's name."_s);
        line.addPositional(u"NEW-NAME"_s, u"Its new name."_s);
    } else if (action == u"remove") {
        line.addPositional(u"NAME"_s, u"The watchlist's name."_s);
    } else if (action == u"match") {
        line.addPositional(u"FILE"_s, u"Articles, in any format Dramatis reads."_s, u"FILE..."_s);
        line.addOption(
            u"threshold"_s, u"The least similarity of a spelling variant, 0.5 to 1 (default 0.9)."_s, u"X"_s);
    }
    if (action == u"add")
        line.addOption(u"colour"_s, u"The colour of its badge (#rrggbb or a colour name)."_s, u"C"_s);
    if (action == u"list")
        line.addOption(u"json"_s, u"JSON instead of text."_s);
    line.addOption(u"db"_s, u"The analyst's database."_s, u"PATH"_s);
    return line;
}

int openWatchlists(const CommandLine &line, WatchlistStore *store, bool readOnly)
{
    AnnotationStore::Options options;
    options.readOnly = readOnly;
    const QString path = AnnotationStore::databasePath(line.value(u"db"_s));
    if (readOnly && !QFile::exists(path)) {
        err() << "dramatis-cli " << line.command() << ": there are no watchlists yet (no database at " << path
              << "); add one with dramatis-cli watchlist add\n";
        return BadInput;
    }
    if (!store->open(path, options)) {
        err() << "dramatis-cli " << line.command() << ": " << store->errorString() << '\n';
        return BadInput;
    }
    return Ok;
}

int readListFile(const QString &file, QList<WatchlistEntry> *entries)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        err() << file << ": " << f.errorString() << '\n';
        return BadInput;
    }
    WatchlistImporter::Result read = WatchlistImporter::read(f.readAll());
    if (!read.ok()) {
        err() << file << ": " << read.error << '\n';
        return BadInput;
    }
    *entries = std::move(read.entries);
    return Ok;
}

std::optional<Watchlist> findList(const CommandLine &line, const WatchlistStore &store, const QString &name)
{
    const std::optional<Watchlist> list = store.list(name);
    if (!list)
        err() << "dramatis-cli " << line.command() << ": there is no watchlist named \"" << name << "\"\n";
    return list;
}

int failed(const CommandLine &line, const WatchlistStore &store)
{
    err() << "dramatis-cli " << line.command() << ": " << store.errorString() << '\n';
    return BadInput;
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

int match(const CommandLine &line, const WatchlistStore &store)
{
    double threshold = WatchlistIndex::DefaultThreshold;
    if (!line.number(u"threshold"_s, &threshold) || threshold < 0.5 || threshold > 1.0)
        return line.usageError(u"--threshold takes a number from 0.5 to 1"_s);
    const WatchlistMatcher matcher = store.activeMatcher();
    if (matcher.isEmpty()) {
        err() << "dramatis-cli " << line.command()
              << ": no active watchlist; add one with dramatis-cli watchlist "
                 "add\n";
        return BadInput;
    }
    const QString db = line.value(u"db"_s);
    int rc = Ok;
    QJsonArray files;
    for (const QString &file : line.positional()) {
        const FileAnalysis analyzed = analyzeFile(
            file, *defaultTagger(), [&](const Article &article) { return loadLexicon(article, db); });
        if (!analyzed.ok()) {
            err() << analyzed.error->message << '\n';
            files.append(QJsonObject {{u"file"_s, file}, {u"error"_s, analyzed.error->message}});
            rc = BadInput;
            continue;
        }
        QJsonArray entities;
        const EntityList &list = analyzed.analysis->entities;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Entity &entity = list.at(i);
            const QList<WatchlistHit> hits = matcher.match(entity, threshold);
            if (hits.isEmpty())
                continue;
            QJsonArray hitsJson;
            for (const WatchlistHit &hit : hits) {
                const WatchlistStore::Decision decision
                    = store.decision(hit.entry.id, entity.type, entity.name);
                hitsJson.append(QJsonObject {{u"list"_s, hit.listName}, {u"entry"_s, hit.entry.name},
                    {u"entryType"_s,
                        hit.entry.type ? QJsonValue(entityTypeCode(*hit.entry.type)) : QJsonValue()},
                    {u"matched"_s, hit.matched}, {u"reason"_s, hit.reason},
                    {u"score"_s, std::round(hit.score * 1000.0) / 1000.0}, {u"possible"_s, hit.possible},
                    {u"note"_s, orNull(hit.entry.note)}, {u"source"_s, orNull(hit.entry.source)},
                    {u"decision"_s,
                        decision == WatchlistStore::Decision::Confirmed       ? QJsonValue(u"confirmed"_s)
                            : decision == WatchlistStore::Decision::Dismissed ? QJsonValue(u"dismissed"_s)
                                                                              : QJsonValue()}});
            }
            entities.append(QJsonObject {{u"id"_s, int(i)}, {u"name"_s, entity.name},
                {u"type"_s, entityTypeCode(entity.type)}, {u"hits"_s, hitsJson}});
        }
        files.append(QJsonObject {{u"file"_s, file}, {u"entities"_s, entities}});
    }
    out() << QJsonDocument(QJsonObject {{u"files"_s, files}}).toJson(QJsonDocument::Indented);
    return rc;
}

int run(const QString &action, const QStringList &args)
{
    CommandLine line = watchlistLine(action);
    if (const auto stop = line.parse(args))
        return *stop;
    const QStringList &p = line.positional();
    const qsizetype wanted = action == u"list" ? 0 : action == u"remove" ? 1 : 2;
    if (action == u"match" ? p.isEmpty() : p.size() != wanted)
        return line.usageError();
    WatchlistStore store;
    if (const int rc = openWatchlists(line, &store, action == u"list" || action == u"match"))
        return rc;

    if (action == u"list") {
        const QList<Watchlist> lists = store.lists();
        if (line.isSet(u"json"_s)) {
            QJsonArray array;
            for (const Watchlist &w : lists) {
                array.append(
                    QJsonObject {{u"name"_s, w.name}, {u"colour"_s, w.colour}, {u"entries"_s, w.entryCount},
                        {u"active"_s, w.active}, {u"created"_s, w.created.toString(Qt::ISODate)}});
            }
            out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else {
            for (const Watchlist &w : lists) {
                out() << w.name << '\t' << w.entryCount << (w.entryCount == 1 ? " entry" : " entries") << '\t'
                      << w.colour << (w.active ? "" : "\tinactive") << '\n';
            }
        }
        return Ok;
    }
    if (action == u"match")
        return match(line, store);
    if (action == u"add") {
        QString colour = line.value(u"colour"_s);
        if (!colour.isEmpty()) {
            const QColor c = QColor::fromString(colour);
            if (!c.isValid())
                return line.usageError(u"--colour takes #rrggbb or a colour name (got "_s + colour + u')');
            colour = c.name();
        }
        QList<WatchlistEntry> entries;
        if (const int rc = readListFile(p.at(1), &entries))
            return rc;
        if (store.addList(p.at(0), colour, entries) == 0)
            return failed(line, store);
        out() << "watchlist " << p.at(0).trimmed() << ": " << entries.size()
              << (entries.size() == 1 ? " entry\n" : " entries\n");
        return Ok;
    }
    const std::optional<Watchlist> list = findList(line, store, p.at(0));
    if (!list)
        return BadInput;
    if (action == u"remove") {
        if (!store.removeList(list->id))
            return failed(line, store);
        out() << "removed watchlist " << list->name << " (" << list->entryCount << " entries)\n";
        return Ok;
    }
    if (action == u"rename") {
        if (!store.renameList(list->id, p.at(1)))
            return failed(line, store);
        out() << "renamed watchlist " << list->name << " to " << p.at(1).trimmed() << '\n';
        return Ok;
    }
    QList<WatchlistEntry> entries;
    if (const int rc = readListFile(p.at(1), &entries))
        return rc;
    const std::optional<WatchlistStore::Update> update = store.updateList(list->id, entries);
    if (!update)
        return failed(line, store);
    out() << "watchlist " << list->name << ": " << update->added << " added, " << update->removed
          << " removed, " << update->changed << " changed, " << update->kept << " unchanged\n";
    return Ok;
}

} // namespace

int watchlistCommand(const QStringList &args)
{
    static const QStringList actions {u"add"_s, u"update"_s, u"rename"_s, u"remove"_s, u"list"_s, u"match"_s};
    const QString action = args.value(0);
    if (actions.contains(action))
        return run(action, args.mid(1));
    std::vector<CommandLine> lines;
    for (const QString &a : actions)
        lines.push_back(watchlistLine(a));
    QList<const CommandLine *> pointers;
    for (const CommandLine &l : std::as_const(lines))
        pointers.append(&l);
    return helpOrUsage(action, pointers);
}

} // namespace dramatis::cli
