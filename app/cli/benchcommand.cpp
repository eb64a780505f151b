#include "commands.h"

#include "commandline.h"
#include "core/analysis.h"
#include "formats/articleloader.h"
#include "formats/foldercollector.h"
#include "identifiers/identifierfinder.h"
#include "library/librarystore.h"
#include "ner/taggerfactory.h"
#include "ner/tokenizer.h"
#include "pipeline/analyzefile.h"
#include "training/resolverevaluation.h"
#include "training/taggerbench.h"
#include "watchlists/libraryhits.h"
#include "watchlists/watchlistmatcher.h"
#include "watchlists/watchliststore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace dramatis::cli {

namespace {

// Best of `reps` runs, in seconds: the least disturbed measurement on a shared machine.
template<typename F> double bestSeconds(int reps, F &&f)
{
    double best = 1e300;
    for (int i = 0; i < reps; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, double(t.nsecsElapsed()) / 1e9);
    }
    return best;
}

// Best of `reps` runs in CPU seconds of the calling thread: what other builds on the machine do not inflate.
template<typename F> double bestCpuSeconds(int reps, F &&f)
{
    const auto cpu = [] {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
    };
    double best = 1e300;
    for (int i = 0; i < reps; ++i) {
        const double c0 = cpu();
        f();
        best = std::min(best, cpu() - c0);
    }
    return std::max(best, 1e-9);
}

// Median time of `loads` loads of the built-in model, in milliseconds.
double medianLoadMs(int loads)
{
    std::vector<double> ms;
    for (int i = 0; i < loads; ++i) {
        QElapsedTimer t;
        t.start();
        const auto tagger = loadBuiltInTagger();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

double peakResidentMB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // Linux reports KiB
}

// Pairwise precision and recall of mention grouping, and the share of people given the right role,
// over the golden resolver cases in `dir` (e.g. tests/data/resolver).
int benchResolver(const QString &dir, bool json)
{
    const QStringList dirs = resolverCaseDirs(dir);
    if (dirs.isEmpty()) {
        err() << dir << ": no resolver cases (folders with article.txt and expected.json)\n";
        return BadInput;
    }
    ResolverScore total;
    for (const QString &d : dirs) {
        const ResolverScore s = scoreResolverCase(loadResolverCase(d));
        total.predictedPairs += s.predictedPairs;
        total.goldPairs += s.goldPairs;
        total.correctPairs += s.correctPairs;
        total.rolesExpected += s.rolesExpected;
        total.rolesCorrect += s.rolesCorrect;
    }
    const QJsonObject result {
        {QStringLiteral("cases"), double(dirs.size())},
        {QStringLiteral("pairwise_precision"), total.precision()},
        {QStringLiteral("pairwise_recall"), total.recall()},
        {QStringLiteral("roles_expected"), total.rolesExpected},
        {QStringLiteral("role_accuracy"), total.roleAccuracy()},
    };
    if (json) {
        out() << QJsonDocument(result).toJson(QJsonDocument::Indented);
        return Ok;
    }
    out() << "resolver cases:      " << dirs.size() << "\n"
          << "pairwise precision:  " << QString::number(100.0 * total.precision(), 'f', 1) << " %\n"
          << "pairwise recall:     " << QString::number(100.0 * total.recall(), 'f', 1) << " %\n"
          << "roles correct:       " << total.rolesCorrect << " of " << total.rolesExpected << " ("
          << QString::number(100.0 * total.roleAccuracy(), 'f', 1) << " %)\n";
    return Ok;
}

// Load throughput per format (Article.format) over the given files: each file loaded `reps` times, the
// best time kept. Files that fail to load are reported and left out of the figures.
int benchLoaders(const QStringList &files, int reps, bool json)
{
    struct Sum
    {
        int files = 0;
        double bytes = 0;
        double seconds = 0;
    };
    QMap<QString, Sum> byFormat;
    int failed = 0;
    for (const QString &path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            err() << path << ": cannot be read (" << f.errorString() << ")\n";
            ++failed;
            continue;
        }
        const QByteArray bytes = f.readAll();
        LoadResult loaded;
        const double seconds = bestSeconds(reps, [&] { loaded = ArticleLoader::loadBytes(bytes, path); });
        if (!loaded.ok()) {
            err() << loaded.error->message << '\n';
            ++failed;
            continue;
        }
        Sum &sum = byFormat[loaded.article.format];
        ++sum.files;
        sum.bytes += double(bytes.size());
        sum.seconds += seconds;
    }
    QJsonObject result;
    for (auto it = byFormat.cbegin(); it != byFormat.cend(); ++it) {
        const Sum &s = it.value();
        result.insert(it.key(),
            QJsonObject {{QStringLiteral("files"), s.files}, {QStringLiteral("mb"), s.bytes / (1024 * 1024)},
                {QStringLiteral("mb_per_s"), s.bytes / (1024 * 1024) / s.seconds},
                {QStringLiteral("files_per_s"), s.files / s.seconds}});
    }
    if (json) {
        out() << QJsonDocument(
            QJsonObject {{QStringLiteral("formats"), result}, {QStringLiteral("failed"), failed}})
                     .toJson(QJsonDocument::Indented);
        return failed ? BadInput : Ok;
    }
    out() << QStringLiteral("format").leftJustified(10) << QStringLiteral("files").rightJustified(7)
          << QStringLiteral("MB").rightJustified(9) << QStringLiteral("MB/s").rightJustified(10)
          << QStringLiteral("files/s").rightJustified(10) << "   (best of " << reps << ")\n";
    for (auto it = byFormat.cbegin(); it != byFormat.cend(); ++it) {
        const Sum &s = it.value();
        out() << it.key().leftJustified(10) << QString::number(s.files).rightJustified(7)
              << QString::number(s.bytes / (1024 * 1024), 'f', 2).rightJustified(9)
              << QString::number(s.bytes / (1024 * 1024) / s.seconds, 'f', 1).rightJustified(10)
              << QString::number(s.files / s.seconds, 'f', 0).rightJustified(10) << '\n';
    }
    if (failed)
        out() << failed << " file(s) failed to load\n";
    return failed ? BadInput : Ok;
}

// The library's intake: every supported file under `dir` loaded, tagged, resolved and recorded into a
// library database by `threads` workers (each with its own connection), timed from the first load to the
// last commit. The tagger is loaded before the clock starts. A temporary database unless `dbOption`.
int benchLibrary(const QString &dir, int threads, const QString &dbOption, bool json)
{
    if (!QFileInfo(dir).isDir()) {
        err() << dir << ": not a folder\n";
        return BadInput;
    }
    const FolderCollector::Result collected = FolderCollector::collect({dir}, 1000000);
    if (collected.files.isEmpty()) {
        err() << dir << ": no supported files\n";
        return BadInput;
    }
    QTemporaryDir temp;
    const QString dbPath = dbOption.isEmpty() ? temp.filePath(QStringLiteral("library.sqlite")) : dbOption;
    {
        LibraryStore create; // creates the schema once, outside the timing
        if (!create.open(dbPath)) {
            err() << "dramatis-cli bench: " << create.errorString() << '\n';
            return BadInput;
        }
    }
    const auto tagger = defaultTagger();
    std::atomic<qsizetype> next{0};
    std::atomic<qint64> tokens{0};
    std::atomic<qint64> bytes{0};
    std::mutex failuresMutex;
    QStringList failures;
    QElapsedTimer clock;
    clock.start();
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&] {
            LibraryStore store;
            const bool ready = store.open(dbPath);
            for (qsizetype i = next++; i < collected.files.size(); i = next++) {
                const QString &path = collected.files.at(i);
                QString failure;
                const FileAnalysis analyzed = analyzeFile(path, *tagger);
                if (!analyzed.ok()) {
                    failure = analyzed.error->message;
                } else {
                    bytes += QFileInfo(path).size();
                    tokens += analyzed.analysis->tokens.tokens.size();
                    if (!ready || store.record(*analyzed.analysis) <= 0)
                        failure = path + QStringLiteral(": ") + store.errorString();
                }
                if (!failure.isEmpty()) {
                    const std::lock_guard lock(failuresMutex);
                    failures << failure;
                }
            }
        });
    }
    for (std::thread &w : workers)
        w.join();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const qsizetype recorded = collected.files.size() - failures.size();
    LibraryStore check;
    check.open(dbPath);
    const qsizetype inLibrary = check.articles().size();
    const qsizetype entities = check.entities().size();
    check.close();
    for (const QString &f : std::as_const(failures))
        err() << f << '\n';

    const QJsonObject result{
        {QStringLiteral("files"), double(collected.files.size())},
        {QStringLiteral("recorded"), double(recorded)},
        {QStringLiteral("failed"), double(failures.size())},
        {QStringLiteral("threads"), threads},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("articles_per_s"), double(recorded) / seconds},
        {QStringLiteral("tokens_per_s"), double(tokens) / seconds},
        {QStringLiteral("mb_per_s"), double(bytes) / (1024 * 1024) / seconds},
        {QStringLiteral("library_articles"), double(inLibrary)},
        {QStringLiteral("library_entities"), double(entities)},
        {QStringLiteral("tagger"), tagger->name()},
    };
    if (json) {
        out() << QJsonDocument(result).toJson(QJsonDocument::Indented);
        return failures.isEmpty() ? Ok : BadInput;
    }
    out() << "folder: " << dir << ", " << collected.files.size() << " files, " << threads << " threads, tagger "
          << tagger->name() << "\n";
    auto line = [](const char *label, double value, const char *unit, int decimals = 1) {
        out() << QString::fromLatin1(label).leftJustified(28) << QString::number(value, 'f', decimals) << ' '
              << unit << '\n';
    };
    line("recorded", double(recorded), "articles", 0);
    line("failed", double(failures.size()), "files", 0);
    line("wall time", seconds, "s", 2);
    line("articles per second", double(recorded) / seconds, "articles/s");
    line("tokens per second", double(tokens) / seconds, "tokens/s", 0);
    line("input", double(bytes) / (1024 * 1024) / seconds, "MB/s", 2);
    line("library entities", double(entities), "", 0);
    return failures.isEmpty() ? Ok : BadInput;
}

// A watchlist of `size` entries made from the shared gazetteers under `dir` (company names of the world's
// exchanges and the SEC's register; people as census first names with census surnames), nothing of it kept.
QList<WatchlistEntry> gazetteerWatchlist(
    const QString &dir, int size, QStringList *firsts, QStringList *lasts)
{
    auto column = [](const QString &path, QChar separator, int index) {
        QStringList out;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            return out;
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            const QString value
                = separator.isNull() ? line.section(u' ', 0, 0) : line.section(separator, index, index);
            if (!value.isEmpty() && !value.startsWith(u'*'))
                out.append(value);
        }
        return out;
    };
    auto titleCase = [](const QString &s) -> QString { return s.left(1).toUpper() + s.mid(1).toLower(); };
    for (const char *file : {"dist.male.first", "dist.female.first"}) {
        for (const QString &n : column(dir + u"/census1990-names/"_s + QLatin1String(file), QChar(), 0))
            firsts->append(titleCase(n));
    }
    for (const QString &n : column(dir + u"/census1990-names/dist.all.last"_s, QChar(), 0))
        lasts->append(titleCase(n));
    QStringList companies = column(dir + u"/companies-world/equities.tsv"_s, u'\t', 0).mid(1);
    QFile sec(dir + u"/sec-company-tickers/company_tickers.json"_s);
    if (sec.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(sec.readAll()).object();
        for (const QJsonValue &v : o)
            companies.append(v.toObject().value(u"title"_s).toString());
    }
    companies.removeDuplicates();
    QList<WatchlistEntry> entries;
    if (firsts->isEmpty() || lasts->isEmpty())
        return entries;
    entries.reserve(size);
    for (const QString &c : std::as_const(companies)) {
        if (entries.size() >= size / 3)
            break;
        WatchlistEntry e;
        e.name = c;
        e.type = EntityType::Organization;
        e.ref = u"c"_s + QString::number(entries.size());
        entries.append(e);
    }
    for (qsizetype k = 0; entries.size() < size; ++k) {
        WatchlistEntry e;
        e.name = firsts->at((k * 7919) % firsts->size()) + u' ' + lasts->at((k * 104729) % lasts->size());
        e.type = k % 5 == 0 ? std::nullopt : std::optional(EntityType::Person); // some lists are untyped
        if (k % 10 == 0)
            e.aliases
                = {lasts->at((k * 104729) % lasts->size()) + u' ' + firsts->at((k * 7919) % firsts->size())};
        e.ref = u"p"_s + QString::number(k);
        entries.append(e);
    }
    return entries;
}

// Matching a 100,000-entry watchlist: building its index, one article's entities, and a library of
// `articles` articles. The articles are the bundled samples and FILEs, tagged once, each given a few more
// people drawn from the census names (some on the list, some as initials or misspelt) so that every path of
// the matcher is taken.
int benchWatchlist(
    const QString &dir, const QStringList &files, int entryCount, int articles, int reps, bool json)
{
    QStringList firsts, lasts;
    QElapsedTimer timer;
    timer.start();
    const QList<WatchlistEntry> entries = gazetteerWatchlist(dir, entryCount, &firsts, &lasts);
    if (entries.size() < entryCount) {
        err() << dir << ": not enough names for " << entryCount
              << " entries (census1990-names, companies-world, sec-company-tickers)\n";
        return BadInput;
    }
    const double generateS = double(timer.nsecsElapsed()) / 1e9;
    std::shared_ptr<const WatchlistIndex> index;
    const double indexS = bestSeconds(1, [&] {
        index = std::make_shared<const WatchlistIndex>(
            Watchlist {1, u"bench"_s, u"#c0392b"_s, {}, true, 0}, entries);
    });
    WatchlistMatcher matcher;
    matcher.addList(index);

    QStringList inputs = files;
    if (inputs.isEmpty()) {
        for (const QString &name : QDir(u":/samples"_s).entryList(QDir::Files, QDir::Name))
            inputs.append(u":/samples/"_s + name);
    }
    QList<EntityList> pool;
    QList<AnalysisPtr> analyses;
    for (const QString &file : std::as_const(inputs)) {
        const FileAnalysis analyzed = analyzeFile(file, *defaultTagger());
        if (!analyzed.ok()) {
            err() << analyzed.error->message << '\n';
            return BadInput;
        }
        pool.append(analyzed.analysis->entities);
        analyses.append(analyzed.analysis);
    }
    QRandomGenerator random(17);
    QList<EntityList> library;
    library.reserve(articles);
    for (int a = 0; a < articles; ++a) {
        EntityList list = pool.at(a % pool.size());
        for (int extra = 0; extra < 4; ++extra) {
            Entity e;
            e.type = EntityType::Person;
            const qsizetype k = random.bounded(qsizetype(entries.size()));
            const QString first = firsts.at(random.bounded(firsts.size()));
            const QString last = lasts.at(random.bounded(lasts.size()));
            switch (extra) {
            case 0: // someone on the list, as the list writes them
                e.name = entries.at(k).name;
                e.type = entries.at(k).type.value_or(EntityType::Person);
                break;
            case 1: // an initial and a surname
                e.name = first.left(1) + u". "_s + last;
                break;
            case 2: // a misspelt name
                e.name = first + u' ' + last.left(last.size() - 1);
                break;
            default:
                e.name = first + u' ' + last;
            }
            list.append(e);
        }
        library.append(std::move(list));
    }
    std::vector<double> perArticleMs;
    qsizetype hits = 0;
    qsizetype entities = 0;
    for (const EntityList &list : std::as_const(pool)) {
        const double s = bestCpuSeconds(std::max(reps, 5), [&] {
            for (const Entity &e : list)
                matcher.match(e);
        });
        perArticleMs.push_back(s * 1000.0);
    }
    const double oneArticleMs = *std::max_element(perArticleMs.begin(), perArticleMs.end());
    double libraryCpuS = 0;
    const double libraryS = bestSeconds(reps, [&] {
        libraryCpuS = bestCpuSeconds(1, [&] {
            hits = 0;
            entities = 0;
            for (const EntityList &list : std::as_const(library)) {
                for (const Entity &e : list) {
                    hits += matcher.match(e).size();
                    ++entities;
                }
            }
        });
    });

    // Library → Watchlist Hits as the window runs it: the same articles recorded in a library of their own
    // (a temporary database, with the list stored beside them for the verdicts), then every article with
    // a hit found, newest first.
    QTemporaryDir dbDir;
    const QString dbPath = dbDir.filePath(u"bench.sqlite"_s);
    LibraryStore libraryStore;
    WatchlistStore decisions;
    if (!dbDir.isValid() || !libraryStore.open(dbPath) || !decisions.open(dbPath)) {
        err() << "dramatis-cli bench: cannot make a library to search: " << libraryStore.errorString()
              << '\n';
        return BadInput;
    }
    timer.restart();
    if (!decisions.addList(u"bench"_s, u"#c0392b"_s, entries)) {
        err() << "dramatis-cli bench: " << decisions.errorString() << '\n';
        return BadInput;
    }
    const double storeListS = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    const QDate firstDay(2024, 1, 1);
    for (int a = 0; a < articles; a += 500) {
        libraryStore.beginBatch();
        for (int b = a; b < std::min(articles, a + 500); ++b) {
            Analysis copy = *analyses.at(b % analyses.size());
            copy.article.text += u"\n\nCopy %1 of the bench."_s.arg(b); // another article, by its text
            copy.article.filePath = u"/bench/%1.txt"_s.arg(b);
            copy.article.date = firstDay.addDays(b % 700);
            copy.entities.append(library.at(b).mid(copy.entities.size())); // the people added above
            if (!libraryStore.record(copy)) {
                err() << "dramatis-cli bench: " << libraryStore.errorString() << '\n';
                return BadInput;
            }
        }
        if (!libraryStore.commitBatch()) {
            err() << "dramatis-cli bench: " << libraryStore.errorString() << '\n';
            return BadInput;
        }
    }
    const double recordS = double(timer.nsecsElapsed()) / 1e9;
    qsizetype hitArticles = 0;
    double hitsCpuS = 0;
    const double hitsS = bestSeconds(reps, [&] {
        hitsCpuS = bestCpuSeconds(
            1, [&] { hitArticles = LibraryHits::find(libraryStore, matcher, &decisions).size(); });
    });

    const QJsonObject result {{u"entries"_s, int(entries.size())}, {u"generate_s"_s, generateS},
        {u"index_s"_s, indexS}, {u"one_article_ms"_s, oneArticleMs}, {u"articles"_s, articles},
        {u"library_s"_s, libraryS}, {u"library_cpu_s"_s, libraryCpuS}, {u"entities"_s, double(entities)},
        {u"hits"_s, double(hits)}, {u"store_list_s"_s, storeListS}, {u"record_s"_s, recordS},
        {u"hits_search_s"_s, hitsS}, {u"hits_search_cpu_s"_s, hitsCpuS},
        {u"hit_articles"_s, double(hitArticles)}, {u"peak_rss_mb"_s, peakResidentMB()}};
    if (json) {
        out() << QJsonDocument(result).toJson(QJsonDocument::Indented);
        return Ok;
    }
    out() << "watchlist entries:    " << entries.size() << " (generated in "
          << QString::number(generateS, 'f', 2) << " s)\n"
          << "index built in:       " << QString::number(indexS * 1000.0, 'f', 0) << " ms\n"
          << "one article:          " << QString::number(oneArticleMs, 'f', 3) << " ms (CPU, the slowest of "
          << pool.size() << " articles, best of " << std::max(reps, 5) << ")\n"
          << "library:              " << articles << " articles, " << entities << " entities, "
          << QString::number(libraryS, 'f', 2) << " s (" << QString::number(libraryCpuS, 'f', 2)
          << " s CPU), " << hits << " hits\n"
          << "watchlist hits view:  " << QString::number(hitsS, 'f', 2) << " s ("
          << QString::number(hitsCpuS, 'f', 2) << " s CPU) over " << articles << " recorded articles, "
          << hitArticles << " with a hit (recorded in " << QString::number(recordS, 'f', 1)
          << " s, list stored in " << QString::number(storeListS, 'f', 1) << " s)\n"
          << "peak resident memory: " << QString::number(peakResidentMB(), 'f', 0) << " MB\n";
    return Ok;
}

} // namespace

int benchCommand(const QStringList &args)
{
    CommandLine commandLine(u"bench"_s,
        u"usage: dramatis-cli bench [FILE] [--size MB] [--reps N] [--resolver DIR] [--format json|text]\n"
        "       dramatis-cli bench --load FILE... [--reps N] [--format json|text]\n"
        "       dramatis-cli bench --folder DIR [--threads N] [--db PATH] [--format json|text]\n"
        "       dramatis-cli bench --watchlist GAZETTEERS [FILE...] [--entries N] [--articles N] [--reps N]\n"_s,
        u"Throughput figures: loading, tokenizing and tagging; the resolver's scores; a folder read into a "
        "library."_s);
    commandLine.addPositional(u"FILE"_s,
        u"The article to tag (default: the bundled sample, repeated); with --load, the files to load."_s,
        u"[FILE...]"_s);
    commandLine.addOption(
        u"size"_s, u"Without FILE: megabytes of the repeated sample (default 5)."_s, u"MB"_s);
    commandLine.addOption(u"reps"_s, u"Runs of each measurement, the best kept (default 3)."_s, u"N"_s);
    commandLine.addOption(u"resolver"_s, u"Scores the resolver on the golden cases under DIR."_s, u"DIR"_s);
    commandLine.addOption(u"load"_s, u"How fast each format loads, over the given files."_s);
    commandLine.addOption(
        u"folder"_s, u"Loads, tags and records every supported file under DIR into a library."_s, u"DIR"_s);
    commandLine.addOption(u"threads"_s, u"With --folder: the workers, 1 to 64 (default 2)."_s, u"N"_s);
    commandLine.addOption(
        u"db"_s, u"With --folder: the library's database (default: a temporary one)."_s, u"PATH"_s);
    commandLine.addOption(u"watchlist"_s,
        u"Matches a watchlist made from the gazetteers under DIR (the shared data's gazetteers folder) "
        u"against "
        "one article and a library; FILEs are the articles (default: the bundled samples)."_s,
        u"DIR"_s);
    commandLine.addOption(
        u"entries"_s, u"With --watchlist: the entries of the list (default 100000)."_s, u"N"_s);
    commandLine.addOption(
        u"articles"_s, u"With --watchlist: the articles of the library (default 10000)."_s, u"N"_s);
    commandLine.addOption(u"format"_s, u"text (the default) or json."_s, u"FORMAT"_s);
    if (const auto stop = commandLine.parse(args))
        return *stop;
    const QStringList &files = commandLine.positional();
    const bool loadMode = commandLine.isSet(u"load"_s);
    double sizeMB = 5.0;
    int reps = 3;
    int threads = 2;
    if (!commandLine.number(u"size"_s, &sizeMB) || !commandLine.number(u"reps"_s, &reps)
        || !commandLine.number(u"threads"_s, &threads) || sizeMB <= 0 || reps <= 0 || threads <= 0
        || threads > 64 || (loadMode && files.isEmpty()))
        return commandLine.usageError();
    const bool json = commandLine.value(u"format"_s) == u"json";
    const QString folder = commandLine.value(u"folder"_s);
    const QString resolverDir = commandLine.value(u"resolver"_s);
    if (commandLine.isSet(u"watchlist"_s)) {
        int entryCount = 100000;
        int articleCount = 10000;
        if (!commandLine.number(u"entries"_s, &entryCount)
            || !commandLine.number(u"articles"_s, &articleCount) || entryCount < 1 || articleCount < 1)
            return commandLine.usageError(u"--entries and --articles take a number from 1"_s);
        return benchWatchlist(commandLine.value(u"watchlist"_s), files, entryCount, articleCount, reps, json);
    }
    if (!folder.isEmpty())
        return benchLibrary(folder, threads, commandLine.value(u"db"_s), json);
    if (loadMode)
        return benchLoaders(files, reps, json);
    const QString file = files.value(0);
    if (!resolverDir.isEmpty())
        return benchResolver(resolverDir, json);

    // The input: FILE, or the bundled sample article repeated up to --size MB.
    QByteArray seed;
    const QString seedName = file.isEmpty() ? QStringLiteral(":/samples/sample.txt") : file;
    {
        QFile f(seedName);
        if (!f.open(QIODevice::ReadOnly)) {
            err() << seedName << ": cannot be read (" << f.errorString() << ")\n";
            return BadInput;
        }
        seed = f.readAll();
    }
    QByteArray bytes = seed;
    if (file.isEmpty()) {
        const qsizetype target = qsizetype(sizeMB * 1024 * 1024);
        bytes.reserve(target + seed.size());
        while (bytes.size() < target)
            bytes += "\n\n" + seed;
    }
    const double megabytes = double(bytes.size()) / (1024.0 * 1024.0);

    LoadResult loaded;
    const double loadSeconds = bestSeconds(reps, [&] { loaded = ArticleLoader::loadBytes(bytes, seedName); });
    if (!loaded.ok()) {
        err() << loaded.error->message << '\n';
        return BadInput;
    }
    const QString &text = loaded.article.text;

    // The model is used where the binary holds it: loading reads headers, and the pages of weights a text
    // needs come in as tagging touches them. So the first tagging of a short text, on pages nothing has
    // touched yet, is reported too.
    QElapsedTimer modelTimer;
    modelTimer.start();
    const auto tagger = defaultTagger();
    const QString firstText = text.left(2000);
    tagger->tag(Tokenizer().tokenize(firstText));
    const double firstTagMs = double(modelTimer.nsecsElapsed()) / 1e6;
    const double modelLoadMs = medianLoadMs(7);
    const TaggerBenchResult tagging = benchTagger(text, *tagger, reps);
    const double tokenizeSeconds = double(tagging.tokens) / tagging.tokenizeTokensPerSecond;
    const double tokenCount = double(tagging.tokens);
    // The identifier pass the pipeline adds after tagging, on the same text.
    qsizetype identifierCount = 0;
    const IdentifierFinder finder(u"US"_s);
    const double identifyCpuSeconds
        = bestCpuSeconds(reps, [&] { identifierCount = finder.find(text).size(); });
    const double pipelineCpuTokensPerSecond
        = tokenCount / (tokenCount / tagging.tagCpuTokensPerSecond + identifyCpuSeconds);

    QJsonObject result {
        {QStringLiteral("input_mb"), megabytes},
        {QStringLiteral("tokens"), tokenCount},
        {QStringLiteral("mentions"), double(tagging.mentions)},
        {QStringLiteral("tagger"), tagger->name()},
        {QStringLiteral("model_load_ms"), modelLoadMs},
        {QStringLiteral("model_load_first_tag_ms"), firstTagMs},
        {QStringLiteral("load_mb_per_s"), megabytes / loadSeconds},
        {QStringLiteral("load_tokenize_mb_per_s"), megabytes / (loadSeconds + tokenizeSeconds)},
        {QStringLiteral("tokenize_tokens_per_s"), tagging.tokenizeTokensPerSecond},
        {QStringLiteral("tokenize_tag_tokens_per_s"), tagging.tagTokensPerSecond},
        {QStringLiteral("tokenize_cpu_tokens_per_s"), tagging.tokenizeCpuTokensPerSecond},
        {QStringLiteral("tokenize_tag_cpu_tokens_per_s"), tagging.tagCpuTokensPerSecond},
        {QStringLiteral("identifiers"), double(identifierCount)},
        {QStringLiteral("identify_cpu_tokens_per_s"), tokenCount / identifyCpuSeconds},
        {QStringLiteral("tokenize_tag_identify_cpu_tokens_per_s"), pipelineCpuTokensPerSecond},
        {QStringLiteral("peak_rss_mb"), peakResidentMB()},
    };
    if (json) {
        out() << QJsonDocument(result).toJson(QJsonDocument::Indented);
        return Ok;
    }
    auto line = [](const char *label, double value, const char *unit, int decimals = 1) {
        out() << QString::fromLatin1(label).leftJustified(34) << QString::number(value, 'f', decimals) << ' '
              << unit << '\n';
    };
    out() << "input: " << seedName << (file.isEmpty() ? " (repeated)" : "") << ", tagger: " << tagger->name()
          << ", best of " << reps << "\n";
    line("input size", megabytes, "MB");
    out() << QStringLiteral("tokens").leftJustified(34) << qint64(tokenCount) << '\n';
    line("model load (median of 7)", modelLoadMs, "ms", 2);
    line("load + first tag of 2,000 chars", firstTagMs, "ms");
    line("load (decode + metadata)", megabytes / loadSeconds, "MB/s");
    line("load + tokenize", megabytes / (loadSeconds + tokenizeSeconds), "MB/s");
    line("tokenize", tagging.tokenizeTokensPerSecond, "tokens/s");
    line("tokenize + tag", tagging.tagTokensPerSecond, "tokens/s");
    line("tokenize (per CPU second)", tagging.tokenizeCpuTokensPerSecond, "tokens/s");
    line("tokenize + tag (per CPU second)", tagging.tagCpuTokensPerSecond, "tokens/s");
    out() << QStringLiteral("identifiers").leftJustified(34) << qint64(identifierCount) << '\n';
    line("identifiers (per CPU second)", tokenCount / identifyCpuSeconds, "tokens/s");
    line("with identifiers (per CPU second)", pipelineCpuTokensPerSecond, "tokens/s");
    line("peak resident memory", peakResidentMB(), "MB");
    return Ok;
}

} // namespace dramatis::cli
