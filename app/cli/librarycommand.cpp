// dramatis-cli library: the article library from the command line (list, search, entities, forget).
#include "annotationcli.h"
#include "commandline.h"
#include "commands.h"

#include "export/jsonexport.h"
#include "library/librarystore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace dramatis::cli {

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject articleJson(const LibraryArticle &a)
{
    QJsonObject o {
        {u"id"_s, double(a.id)},
        {u"path"_s, orNull(a.path)},
        {u"title"_s, a.title},
        {u"source"_s, orNull(a.source)},
        {u"author"_s, orNull(a.author)},
        {u"date"_s, a.date.isValid() ? QJsonValue(a.date.toString(Qt::ISODate)) : QJsonValue()},
        {u"format"_s, orNull(a.format)},
        {u"hash"_s, a.hash},
        {u"first_opened"_s, a.firstOpened.toString(Qt::ISODate)},
        {u"last_opened"_s, a.lastOpened.toString(Qt::ISODate)},
        {u"entities"_s, a.entityCount},
        {u"notes"_s, a.noteCount},
    };
    if (!a.snippet.isEmpty())
        o.insert(u"snippet"_s, a.snippet);
    if (a.mentions > 0)
        o.insert(u"mentions"_s, a.mentions);
    return o;
}

QJsonObject entityJson(const LibraryEntity &e)
{
    QJsonObject o {
        {u"id"_s, double(e.id)},
        {u"name"_s, e.name},
        {u"type"_s, entityTypeCode(e.type)},
        {u"articles"_s, e.articleCount},
        {u"mentions"_s, e.mentionCount},
    };
    if (e.sharedArticles > 0)
        o.insert(u"shared_articles"_s, e.sharedArticles);
    return o;
}

QJsonObject identifierJson(const LibraryIdentifier &i)
{
    QJsonObject o {
        {u"kind"_s, identifierKindCode(i.kind)},
        {u"normalised"_s, i.normalized},
        {u"text"_s, i.text},
        {u"articles"_s, i.articleCount},
    };
    if (i.sharedArticles > 0)
        o.insert(u"shared_articles"_s, i.sharedArticles);
    return o;
}

void printIdentifiers(const QList<LibraryIdentifier> &list)
{
    for (const LibraryIdentifier &i : list) {
        out() << identifierKindCode(i.kind).leftJustified(7) << i.text << "  (" << i.normalized << ")  "
              << i.articleCount << " articles";
        if (i.sharedArticles > 0)
            out() << ", " << i.sharedArticles << " with this entity";
        out() << '\n';
    }
}

// The identifier a value someone typed names: as stored (normalised), in lower case (an e-mail address), or
// with the spaces, dashes and brackets of a written phone number left out.
std::optional<LibraryIdentifier> findIdentifier(const LibraryStore &store, const QString &value)
{
    QString digits = value;
    digits.remove(QRegularExpression(u"[\\s().\\-/]"_s));
    for (const QString &candidate : {value.trimmed(), value.trimmed().toLower(), digits}) {
        for (IdentifierKind kind : AllIdentifierKinds) {
            if (!LibraryStore::linksArticles(kind))
                continue;
            if (auto found = store.identifier(kind, candidate))
                return found;
        }
    }
    return std::nullopt;
}

void printJson(const QJsonObject &o)
{
    out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
}

void printArticles(const QList<LibraryArticle> &list)
{
    for (const LibraryArticle &a : list) {
        out() << (a.date.isValid() ? a.date.toString(Qt::ISODate) : u"----------"_s) << "  "
              << (a.title.isEmpty() ? QFileInfo(a.path).fileName() : a.title);
        if (!a.source.isEmpty())
            out() << "  (" << a.source << ')';
        out() << "  " << a.entityCount << " entities, " << a.noteCount << " notes";
        if (a.mentions > 0)
            out() << ", " << a.mentions << " mentions";
        out() << "\n    " << a.path << '\n';
        if (!a.snippet.isEmpty())
            out() << "    " << a.snippet << '\n';
    }
}

// Which rows of how many a page showed, when there are others.
void printPage(int offset, int shown, int total, bool more = false)
{
    if (shown == 0 || (offset == 0 && shown >= total && !more))
        return;
    out() << "  (" << offset + 1 << '-' << offset + shown << " of " << (more ? "more than " : "") << total;
    if (offset + shown < total || more)
        out() << "; --offset " << offset + shown << " for more";
    out() << ")\n";
}

void printEntities(const QList<LibraryEntity> &list, bool shared)
{
    for (const LibraryEntity &e : list) {
        out() << entityTypeCode(e.type).leftJustified(5) << e.name << "  "
              << (shared ? e.sharedArticles : e.articleCount) << (shared ? " shared" : "") << " articles, "
              << e.mentionCount << " mentions\n";
    }
}

std::optional<LibraryQuery::Column> sortColumn(const QString &name)
{
    static const QHash<QString, LibraryQuery::Column> columns {
        {u"title"_s, LibraryQuery::Title},
        {u"source"_s, LibraryQuery::Source},
        {u"date"_s, LibraryQuery::Date},
        {u"entities"_s, LibraryQuery::Entities},
        {u"notes"_s, LibraryQuery::Notes},
        {u"opened"_s, LibraryQuery::LastOpened},
        {u"first-opened"_s, LibraryQuery::FirstOpened},
        {u"path"_s, LibraryQuery::Path},
        {u"format"_s, LibraryQuery::Format},
        {u"relevance"_s, LibraryQuery::Relevance},
    };
    const auto it = columns.constFind(name);
    return it == columns.cend() ? std::nullopt : std::optional(*it);
}

// library import-jsonl: results of `tag --jsonl` (run elsewhere) into the library, one transaction per file,
// so a file is recorded whole or not at all; recording finds articles by content, so importing a file
// twice adds nothing. Lines with an "error" (requests that failed upstream) are counted and skipped.
int importJsonl(const QStringList &files, const QString &dbOption, bool json)
{
    LibraryStore store;
    if (!store.open(AnnotationStore::databasePath(dbOption))) {
        err() << "dramatis-cli library: " << store.errorString() << '\n';
        return BadInput;
    }
    bool failed = false;
    QJsonArray report;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err() << path << ": cannot be read (" << file.errorString() << ")\n";
            failed = true;
            continue;
        }
        if (!store.beginBatch()) {
            err() << "dramatis-cli library: " << store.errorString() << '\n';
            return BadInput;
        }
        int recorded = 0;
        int skipped = 0;
        qint64 lineNumber = 0;
        QString error;
        while (error.isEmpty() && !file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            ++lineNumber;
            if (line.isEmpty())
                continue;
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
            if (!doc.isObject()) {
                error = u"not a JSON object (%1)"_s.arg(parseError.errorString());
                break;
            }
            if (doc.object().contains(u"error"_s)) {
                ++skipped;
                continue;
            }
            const std::optional<Analysis> analysis = analysisFromJson(doc.object(), &error);
            if (!analysis)
                break;
            if (store.record(*analysis) <= 0) {
                error = store.errorString();
                break;
            }
            ++recorded;
        }
        if (error.isEmpty() && file.error() != QFileDevice::NoError)
            error = file.errorString();
        if (!error.isEmpty()) {
            store.rollbackBatch();
            err() << path << ':' << lineNumber << ": " << error << " (nothing of this file was recorded)\n";
            failed = true;
            continue;
        }
        if (!store.commitBatch()) {
            err() << "dramatis-cli library: " << store.errorString() << '\n';
            failed = true;
            continue;
        }
        if (json)
            report.append(QJsonObject {{u"file"_s, path}, {u"recorded"_s, recorded}, {u"skipped"_s, skipped}});
        else
            out() << path << ": " << recorded << " articles recorded, " << skipped << " error lines skipped\n";
    }
    if (json)
        printJson({{u"imported"_s, report}});
    return failed ? BadInput : Ok;
}

} // namespace

int libraryCommand(const QStringList &args)
{
    constexpr int DefaultPage = 50;
    CommandLine line(u"library"_s,
        u"usage: dramatis-cli library list [--sort title|source|date|entities|notes|opened|path] [--asc]\n"
        "                                [--filter TEXT] [--format FMT] [--from DATE] [--to DATE] [--limit "
        "N]\n"
        "       dramatis-cli library search QUERY [--limit N] [--offset N]\n"
        "       dramatis-cli library entities [--type PER|ORG|LOC|MISC] [--filter TEXT] [--limit N]\n"
        "       dramatis-cli library entity NAME [--type T] [--limit N] [--offset N]\n"
        "       dramatis-cli library identifier VALUE [--limit N] [--offset N]\n"
        "       dramatis-cli library forget PATH\n"
        "       dramatis-cli library import-jsonl FILE...\n"
        "  every form takes --db PATH and --json\n"_s,
        u"The library of the articles read: list, search, entities across articles, forget, import."_s);
    line.setDashedWordsAreArguments(true); // a search may begin with a dash
    line.addPositional(u"ACTION"_s, u"list, search, entities, entity, identifier, forget or import-jsonl."_s);
    line.addPositional(u"ARGUMENT"_s,
        u"search: the QUERY; entity: the NAME; identifier: an e-mail address, phone number, IBAN or handle;"
        " forget: the PATH; import-jsonl: the FILEs (tag --jsonl results)."_s,
        u"[ARGUMENT...]"_s);
    line.addOption(u"db"_s, u"The library's database."_s, u"PATH"_s);
    line.addOption(u"json"_s, u"JSON instead of text."_s);
    line.addOption(u"sort"_s, u"list, search: the column to sort by."_s, u"COLUMN"_s);
    line.addOption(u"asc"_s, u"list: ascending (the default is descending)."_s);
    line.addOption(u"filter"_s, u"list, entities: only those whose name or title holds TEXT."_s, u"TEXT"_s);
    line.addOption(u"format"_s, u"list, search: only articles read from this format."_s, u"FMT"_s);
    line.addOption(u"from"_s, u"list, search: only articles dated from DATE (2026-03-14)."_s, u"DATE"_s);
    line.addOption(u"to"_s, u"list, search: only articles dated up to DATE."_s, u"DATE"_s);
    line.addOption(
        u"limit"_s, u"At most N rows (search and entity: a page of N articles, 50 by default)."_s, u"N"_s);
    line.addOption(u"offset"_s, u"list, search, entity, identifier: skip the first N articles."_s, u"N"_s);
    line.addOption(u"type"_s, u"entities, entity: PER, ORG, LOC or MISC."_s, u"T"_s);
    if (const auto stop = line.parse(args))
        return *stop;
    const bool json = line.isSet(u"json"_s);
    const bool ascending = line.isSet(u"asc"_s);
    QStringList positional = line.positional();
    if (positional.isEmpty())
        return line.usageError();
    const QString action = positional.takeFirst();
    const auto option = [&](const QString &name) { return line.value(name); };

    int limit = -1;
    if (!line.number(u"limit"_s, &limit) || (line.isSet(u"limit"_s) && limit < 0))
        return line.usageError(u"--limit takes a number from 0"_s);
    int offset = 0;
    if (!line.number(u"offset"_s, &offset) || offset < 0)
        return line.usageError(u"--offset takes a number from 0"_s);
    std::optional<EntityType> type;
    if (line.isSet(u"type"_s)) {
        type = entityTypeFromCode(option(u"type"_s).toUpper());
        if (!type)
            return line.usageError(u"--type is one of PER, ORG, LOC, MISC"_s);
    }

    if (action == u"import-jsonl") {
        if (positional.isEmpty())
            return line.usageError(u"import-jsonl takes one or more files"_s);
        return importJsonl(positional, option(u"db"_s), json);
    }
    const bool wantsOne
        = action == u"search" || action == u"entity" || action == u"identifier" || action == u"forget";
    if (!QStringList {u"list"_s, u"search"_s, u"entities"_s, u"entity"_s, u"identifier"_s, u"forget"_s}
             .contains(action))
        return line.usageError(u"unknown action '%1'"_s.arg(action));
    if (positional.size() != (wantsOne ? 1 : 0))
        return line.usageError(
            wantsOne ? u"%1 takes one argument"_s.arg(action) : u"%1 takes no argument"_s.arg(action));

    // Reading never creates a database: without one the library is simply empty.
    const QString dbPath = AnnotationStore::databasePath(option(u"db"_s));
    LibraryStore store;
    const bool exists = QFileInfo::exists(dbPath);
    // Reading opens read-only: a writable open takes the write lock and checks every page of the file,
    // which for a library of 100,000 articles costs more than the search. One at an older schema is opened
    // writable, to be updated.
    AnnotationStore::Options readOnly;
    readOnly.readOnly = true;
    if (exists && (action == u"forget" || !store.open(dbPath, readOnly)) && !store.open(dbPath)) {
        err() << "dramatis-cli library: " << store.errorString() << '\n';
        return BadInput;
    }

    // A search or an entity of a large library can list most of it: a page at a time, with the total.
    const int page = line.isSet(u"limit"_s) ? limit : DefaultPage;
    if (action == u"list" || action == u"search") {
        LibraryQuery q;
        q.limit = action == u"search" ? page : limit;
        q.offset = offset;
        q.filter = option(u"filter"_s);
        q.format = option(u"format"_s);
        for (const auto &[name, date] : {std::pair {u"from"_s, &q.from}, std::pair {u"to"_s, &q.to}}) {
            if (!line.isSet(name))
                continue;
            *date = QDate::fromString(option(name), Qt::ISODate);
            if (!date->isValid())
                return line.usageError(
                    u"--%1 takes a date like 2026-03-14 (got '%2')"_s.arg(name, option(name)));
        }
        if (action == u"search") {
            q.search = positional.first();
            q.sortColumn = LibraryQuery::Relevance;
        }
        if (line.isSet(u"sort"_s)) {
            const auto column = sortColumn(option(u"sort"_s));
            if (!column)
                return line.usageError(u"cannot sort by '%1'"_s.arg(option(u"sort"_s)));
            q.sortColumn = *column;
        }
        q.order = ascending ? Qt::AscendingOrder : Qt::DescendingOrder;
        if (ascending && q.sortColumn == LibraryQuery::Relevance)
            q.order = Qt::DescendingOrder; // best first, always
        const QList<LibraryArticle> list = exists ? store.articles(q) : QList<LibraryArticle>();
        const bool searching = action == u"search";
        // Counted as the Library panel counts: no further than the matches it would rank.
        bool more = false;
        const int total = searching && exists ? store.countForPage(q, &more) : 0;
        if (json) {
            QJsonArray array;
            for (const LibraryArticle &a : list)
                array.append(articleJson(a));
            QJsonObject o {{u"articles"_s, array}};
            if (searching)
                o.insert(u"total"_s, total);
            if (more)
                o.insert(u"more"_s, true);
            printJson(o);
        } else {
            printArticles(list);
            if (searching)
                printPage(offset, int(list.size()), total, more);
        }
        return Ok;
    }

    if (action == u"entities") {
        const QList<LibraryEntity> list
            = exists ? store.entities(option(u"filter"_s), type, limit) : QList<LibraryEntity>();
        if (json) {
            QJsonArray array;
            for (const LibraryEntity &e : list)
                array.append(entityJson(e));
            printJson({{u"entities"_s, array}});
        } else {
            printEntities(list, false);
        }
        return Ok;
    }

    if (action == u"entity") {
        const QString &name = positional.first();
        QList<LibraryEntity> found;
        if (exists) {
            if (type) {
                if (auto e = store.findEntity(name, *type))
                    found.append(*e);
            } else {
                found = store.findEntities(name);
            }
        }
        if (found.isEmpty()) {
            err() << "dramatis-cli library: no entity named \"" << name << "\" in the library " << dbPath
                  << '\n';
            return BadInput;
        }
        const LibraryEntity &e = found.first(); // the one in most articles
        const QList<LibraryArticle> articles = store.articlesMentioning(e.id, page, offset);
        const QList<LibraryEntity> with = store.coMentioned(e.id, 10);
        const QList<LibraryIdentifier> identifiers = store.identifiersOf(e.id, 10);
        QStringList merged;
        for (const LibraryEntity &m : store.mergedInto(e.id))
            merged << m.name;
        if (json) {
            QJsonArray a, c, i;
            for (const LibraryArticle &x : articles)
                a.append(articleJson(x));
            for (const LibraryEntity &x : with)
                c.append(entityJson(x));
            for (const LibraryIdentifier &x : identifiers)
                i.append(identifierJson(x));
            QJsonObject entity = entityJson(e);
            entity.insert(u"merged"_s, QJsonArray::fromStringList(merged));
            printJson({{u"entity"_s, entity}, {u"articles"_s, a}, {u"total"_s, e.articleCount},
                {u"co_mentioned"_s, c}, {u"identifiers"_s, i}});
            return Ok;
        }
        printEntities({e}, false);
        if (!merged.isEmpty())
            out() << "  merged with: " << merged.join(u", "_s) << '\n';
        out() << "\nmentioned in:\n";
        printArticles(articles);
        printPage(offset, int(articles.size()), e.articleCount);
        out() << "\nmost often mentioned with:\n";
        printEntities(with, true);
        if (!identifiers.isEmpty()) {
            out() << "\ncontacts and identifiers:\n";
            printIdentifiers(identifiers);
        }
        return Ok;
    }

    if (action == u"identifier") {
        const std::optional<LibraryIdentifier> found
            = exists ? findIdentifier(store, positional.first()) : std::nullopt;
        if (!found) {
            err() << "dramatis-cli library: no article in the library " << dbPath << " has \""
                  << positional.first() << "\"\n";
            return BadInput;
        }
        const QList<LibraryArticle> articles
            = store.articlesWithIdentifier(found->kind, found->normalized, limit, offset);
        if (json) {
            QJsonArray a;
            for (const LibraryArticle &x : articles)
                a.append(articleJson(x));
            printJson({{u"identifier"_s, identifierJson(*found)}, {u"articles"_s, a}});
            return Ok;
        }
        printIdentifiers({*found});
        out() << "\nfound in:\n";
        printArticles(articles);
        return Ok;
    }

    // forget
    const QString path = QFileInfo(positional.first()).absoluteFilePath();
    if (!exists || !store.forget(path)) {
        if (!store.errorString().isEmpty())
            err() << "dramatis-cli library: " << store.errorString() << '\n';
        else
            err() << path << ": not in the library " << dbPath << '\n';
        return BadInput;
    }
    if (json)
        printJson({{u"forgotten"_s, path}});
    else
        out() << "forgot " << path << " (its notes stay in the database)\n";
    return Ok;
}

} // namespace dramatis::cli
