#include "commands.h"

#include "annotationcli.h"
#include "annotations/annotationstore.h"
#include "annotations/webannotation.h"
#include "commandline.h"
#include "core/analysis.h"
#include "export/jsonstreamwriter.h"
#include "export/summaryexport.h"
#include "jsonlstream.h"
#include "ner/taggerfactory.h"
#include "pipeline/analyzefile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QFile>
#include <QFileInfo>

#include <memory>

using namespace Qt::StringLiterals;

namespace dramatis::cli {

namespace {

// export --jsonl: the JSON export of each request, one a line; notes come from the database when it exists.
int exportStream(const CommandLine &line)
{
    int threads = 1;
    if (!line.number(u"threads"_s, &threads) || threads < 1 || threads > 64)
        return line.usageError(u"--threads takes a number from 1 to 64"_s);
    if (!line.positional().isEmpty() || line.isSet(u"out"_s) || line.isSet(u"letter"_s)
        || line.value(u"format"_s, u"json"_s) != u"json")
        return line.usageError(u"--jsonl reads its requests from stdin and writes JSON to stdout"_s);
    const QString db = line.value(u"db"_s);
    return runJsonlStream({u"export"_s, threads, db}, [db] {
        // The stores live on the writer thread, whose connections they are; exporting never creates a
        // database.
        auto store = std::make_shared<AnnotationStore>();
        const QString dbPath = AnnotationStore::databasePath(db);
        if (QFileInfo::exists(dbPath) && !store->open(dbPath))
            err() << "dramatis-cli export: " << store->errorString() << " (exporting without notes)\n";
        auto watchlists = std::make_shared<const CliWatchlists>(loadWatchlists(db));
        ExportOptions options;
        options.format = ExportFormat::Json;
        return [store, watchlists, options](const StreamItem &item, JsonStreamWriter &writer) {
            ExportArticle article {item.analysis, item.fileLabel, {}, {}, {}};
            SummaryExport::readNotes(article, *store);
            article.watchlist = watchlists->match(item.analysis->entities);
            SummaryExport::writeJsonArticle(writer, article, options, streamExtra(item));
        };
    });
}

} // namespace

int exportCommand(const QStringList &args)
{
    CommandLine line(u"export"_s,
        u"usage: dramatis-cli export FILE... --format md|html|pdf|json|csv|ann|conll [--out PATH] [--force]"
        " [--key-sentences N] [--all-types] [--letter] [--db PATH]\n"
        "       dramatis-cli export --jsonl [--threads N] [--db PATH]\n"_s,
        u"Writes a summary of one or more articles (a briefing), with the analyst's notes."_s);
    line.addPositional(u"FILE"_s, u"The articles."_s, u"FILE..."_s);
    line.addOption(u"format"_s, u"md (the default), html, pdf, json, csv, ann or conll."_s, u"FORMAT"_s);
    line.addOption(u"out"_s, u"The file to write (default: stdout; pdf needs one)."_s, u"PATH"_s);
    line.addOption(u"force"_s, u"Replaces --out when it exists."_s);
    line.addOption(u"key-sentences"_s, u"How many key sentences an article's summary quotes."_s, u"N"_s);
    line.addOption(u"all-types"_s, u"Places and other names too, not only people and companies."_s);
    line.addOption(u"letter"_s, u"PDF on US Letter instead of A4."_s);
    line.addOption(u"db"_s, u"The analyst's database: its lexicon and notes."_s, u"PATH"_s);
    line.addOption(u"jsonl"_s,
        u"Stream mode: one request a line on stdin (as tag --jsonl), one JSON export a line on stdout."_s);
    line.addOption(u"threads"_s, u"With --jsonl: the requests tagged at once, 1 to 64 (default 1)."_s, u"N"_s);
    if (const auto stop = line.parse(args))
        return *stop;
    if (line.isSet(u"jsonl"_s))
        return exportStream(line);
    if (line.isSet(u"threads"_s))
        return line.usageError(u"--threads goes with --jsonl"_s);
    const QStringList &files = line.positional();
    const QString formatName = line.value(u"format"_s, u"md"_s);
    const QString outPath = line.value(u"out"_s);
    const QString db = line.value(u"db"_s);
    const bool force = line.isSet(u"force"_s);
    ExportOptions options;
    options.summary.includePlacesAndOther = line.isSet(u"all-types"_s);
    if (line.isSet(u"letter"_s))
        options.pageSize = QPageSize::Letter;
    if (!line.number(u"key-sentences"_s, &options.summary.keySentences))
        return line.usageError(
            u"--key-sentences takes a number (got %1)"_s.arg(line.value(u"key-sentences"_s)));
    const auto format = SummaryExport::formatFromName(formatName);
    if (files.isEmpty() || !format)
        return line.usageError();
    options.format = *format;
    if (SummaryExport::takesOneArticle(options.format) && files.size() != 1) {
        err() << "dramatis-cli export: --format " << formatName << " takes one file\n";
        return Usage;
    }
    if (options.format == ExportFormat::Pdf && outPath.isEmpty()) {
        err() << "dramatis-cli export: --format pdf needs --out PATH\n";
        return Usage;
    }
    if (!outPath.isEmpty() && QFileInfo::exists(outPath) && !force) {
        err() << outPath << ": exists already (use --force to replace it)\n";
        return BadInput;
    }

    // The analyst's database, when there is one: its lexicon shapes the tagging, its notes join the summary.
    // Exporting never creates a database.
    const QString dbPath = AnnotationStore::databasePath(db);
    AnnotationStore store;
    if (QFileInfo::exists(dbPath) && !store.open(dbPath))
        err() << "dramatis-cli export: " << store.errorString() << " (exporting without notes)\n";
    const CliWatchlists watchlists = loadWatchlists(db);
    QList<ExportArticle> articles;
    for (const QString &file : files) {
        FileAnalysis analyzed = analyzeFile(
            file, *defaultTagger(), [&](const Article &article) { return loadLexicon(article, db); });
        if (!analyzed.ok()) {
            err() << analyzed.error->message << '\n';
            return BadInput;
        }
        ExportArticle article {std::move(analyzed.analysis), file, {}, {}, {}};
        SummaryExport::readNotes(article, store);
        article.watchlist = watchlists.match(article.analysis->entities);
        articles.append(article);
    }

    if (outPath.isEmpty()) {
        // Straight to stdout: a long article's JSON is written as it goes, never held whole.
        out().flush();
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly) || !SummaryExport::write(articles, options, &stdOut)) {
            err() << "dramatis-cli export: cannot write the output\n";
            return BadInput;
        }
        return Ok;
    }
    QString error;
    if (SummaryExport::save(outPath, articles, options, &error) != SummaryExport::Status::Done) {
        err() << error << '\n';
        return BadInput;
    }
    return Ok;
}

int importCommand(const QStringList &args)
{
    CommandLine line(u"import"_s, u"usage: dramatis-cli import FILE --annotations JSON [--db PATH]\n"_s,
        u"Restores the notes, highlights and tags of an export (JSON with W3C Web Annotations)."_s);
    line.setDashedWordsAreArguments(true);
    line.addPositional(u"FILE"_s, u"The article the annotations belong to."_s);
    line.addOption(u"annotations"_s, u"The exported JSON file."_s, u"JSON"_s);
    line.addOption(u"db"_s, u"The analyst's database to restore them into."_s, u"PATH"_s);
    if (const auto stop = line.parse(args))
        return *stop;
    if (line.positional().size() != 1 || !line.isSet(u"annotations"_s))
        return line.usageError();
    const QString jsonPath = line.value(u"annotations"_s);
    QFile jsonFile(jsonPath);
    if (!jsonFile.open(QIODevice::ReadOnly)) {
        err() << jsonPath << ": cannot be read (" << jsonFile.errorString() << ")\n";
        return BadInput;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(jsonFile.readAll(), &parseError);
    if (doc.isNull()) {
        err() << jsonPath << ": not JSON (" << parseError.errorString() << " at byte " << parseError.offset
              << ")\n";
        return BadInput;
    }
    QString error;
    const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    const auto annotations = webAnnotationsFromJson(root, &error);
    if (!annotations) {
        err() << jsonPath << ": " << error << '\n';
        return BadInput;
    }
    QStringList tags;
    for (const QJsonValue &t : doc.object().value(QStringLiteral("tags")).toArray())
        tags.append(t.toString());
    Article article;
    if (const int rc = loadArticle(QStringLiteral("import"), line.positional().front(), &article))
        return rc;
    AnnotationStore store;
    if (const int rc = openStore(QStringLiteral("import"), line.value(u"db"_s), &store))
        return rc;
    const int added = importAnnotations(store, article, *annotations, tags, &error);
    if (added < 0) {
        err() << "dramatis-cli import: " << error << '\n';
        return BadInput;
    }
    out() << "imported " << added << " of " << annotations->size() << " annotations\n";
    return Ok;
}

} // namespace dramatis::cli
