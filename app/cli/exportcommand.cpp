#include "commands.h"

#include "annotationcli.h"
#include "annotations/annotationstore.h"
#include "annotations/webannotation.h"
#include "core/analysis.h"
#include "export/summaryexport.h"
#include "formats/articleloader.h"
#include "ner/taggerfactory.h"
#include "pipeline/pipeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QFile>
#include <QFileInfo>

namespace dramatis::cli {

int exportCommand(const QStringList &args)
{
    QStringList files;
    QString formatName = QStringLiteral("md");
    QString outPath;
    QString db;
    bool force = false;
    ExportOptions options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        bool ok = true;
        if (a == u"--format" && hasValue)
            formatName = args[++i];
        else if (a == u"--out" && hasValue)
            outPath = args[++i];
        else if (a == u"--db" && hasValue)
            db = args[++i];
        else if (a == u"--key-sentences" && hasValue)
            options.summary.keySentences = args[++i].toInt(&ok);
        else if (a == u"--all-types")
            options.summary.includePlacesAndOther = true;
        else if (a == u"--letter")
            options.pageSize = QPageSize::Letter;
        else if (a == u"--force")
            force = true;
        else if (a.startsWith(u'-'))
            ok = false;
        else
            files.append(a);
        if (!ok) {
            err() << "dramatis-cli export: bad option " << a << '\n';
            return Usage;
        }
    }
    const auto format = SummaryExport::formatFromName(formatName);
    if (files.isEmpty() || !format) {
        err() << "usage: dramatis-cli export FILE... --format md|html|pdf|json|csv|ann|conll [--out PATH] "
                 "[--force]"
                 " [--key-sentences N] [--all-types] [--letter] [--db PATH]\n";
        return Usage;
    }
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
    QList<ExportArticle> articles;
    for (const QString &file : std::as_const(files)) {
        LoadResult loaded = ArticleLoader::load(file);
        if (!loaded.ok()) {
            err() << loaded.error->message << '\n';
            return BadInput;
        }
        const AnalystLexicon lexicon = loadLexicon(loaded.article, db);
        ExportArticle article {
            analyzeArticle(std::move(loaded.article), *defaultTagger(), lexicon), file, {}, {}};
        SummaryExport::readNotes(article, store);
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
    ParsedArgs p;
    if (const int rc = parseArgs(
            QStringLiteral("import"), args, {QStringLiteral("--annotations"), QStringLiteral("--db")}, &p))
        return rc;
    if (p.positional.size() != 1 || !p.options.contains(QStringLiteral("--annotations"))) {
        err() << "usage: dramatis-cli import FILE --annotations JSON [--db PATH]\n";
        return Usage;
    }
    const QString jsonPath = p.options.value(QStringLiteral("--annotations"));
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
    if (const int rc = loadArticle(QStringLiteral("import"), p.positional.front(), &article))
        return rc;
    AnnotationStore store;
    if (const int rc = openStore(QStringLiteral("import"), p.options.value(QStringLiteral("--db")), &store))
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
