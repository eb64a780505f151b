#include "commands.h"

#include "analysis.h"
#include "annotationcli.h"
#include "annotationstore.h"
#include "articleloader.h"
#include "standoffwriter.h"
#include "summary.h"
#include "summarypdf.h"
#include "summarywriter.h"
#include "jsonexport.h"
#include "taggerfactory.h"
#include "webannotation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>

namespace dramatis::cli {

namespace {

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

int exportCommand(const QStringList &args)
{
    static const QStringList formats{QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("json"),
                                     QStringLiteral("csv"), QStringLiteral("ann"), QStringLiteral("conll")};
    QStringList files;
    QString format = QStringLiteral("md");
    QString outPath;
    QString db;
    bool force = false;
    SummaryOptions options;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        bool ok = true;
        if (a == u"--format" && hasValue)
            format = args[++i];
        else if (a == u"--out" && hasValue)
            outPath = args[++i];
        else if (a == u"--db" && hasValue)
            db = args[++i];
        else if (a == u"--key-sentences" && hasValue)
            options.keySentences = args[++i].toInt(&ok);
        else if (a == u"--all-types")
            options.includePlacesAndOther = true;
        else if (a == u"--letter")
            pageSize = QPageSize::Letter;
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
    if (format == u"markdown")
        format = QStringLiteral("md");
    if (files.isEmpty() || !formats.contains(format)) {
        err() << "usage: dramatis-cli export FILE... --format md|html|pdf|json|csv|ann|conll [--out PATH] [--force]"
                 " [--key-sentences N] [--all-types] [--letter] [--db PATH]\n";
        return Usage;
    }
    if ((format == u"ann" || format == u"conll") && files.size() != 1) {
        err() << "dramatis-cli export: --format " << format << " takes one file\n";
        return Usage;
    }
    if (format == u"pdf" && outPath.isEmpty()) {
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
    QList<AnalysisPtr> analyses;
    QList<std::pair<AnnotationList, QStringList>> notes;
    for (const QString &file : std::as_const(files)) {
        LoadResult loaded = ArticleLoader::load(file);
        if (!loaded.ok()) {
            err() << loaded.error->message << '\n';
            return BadInput;
        }
        const AnalystLexicon lexicon = loadLexicon(loaded.article, db);
        const AnalysisPtr analysis = analyzeArticle(std::move(loaded.article), *defaultTagger(), lexicon);
        const qint64 id = store.isReady() ? store.findArticle(analysis->article) : 0;
        if (id > 0)
            notes.append({store.annotations(id, analysis->article.text), store.tags(id)});
        else
            notes.append(std::pair<AnnotationList, QStringList>());
        analyses.append(analysis);
    }

    QByteArray bytes;
    if (format == u"ann") {
        bytes = StandoffWriter::bratAnn(*analyses.front()).toUtf8();
    } else if (format == u"conll") {
        bytes = StandoffWriter::conll(*analyses.front()).toUtf8();
    } else if (format == u"json") {
        // The tag JSON plus the notes as W3C Web Annotations, which `import` reads back.
        QJsonArray articles;
        for (qsizetype i = 0; i < analyses.size(); ++i) {
            QJsonObject o = analysisToJson(*analyses[i], files[i]);
            const QString source = QUrl::fromLocalFile(analyses[i]->article.filePath).toString();
            o.insert(QStringLiteral("annotations"), webAnnotationsToJson(notes[i].first, source));
            o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(notes[i].second));
            articles.append(o);
        }
        const QJsonDocument doc = articles.size() == 1 ? QJsonDocument(articles.first().toObject())
                                                       : QJsonDocument(QJsonObject{{QStringLiteral("articles"), articles}});
        bytes = doc.toJson(QJsonDocument::Indented);
    } else {
        QList<Summary> summaries;
        for (qsizetype i = 0; i < analyses.size(); ++i) {
            summaries.append(buildSummary(*analyses[i], options));
            addAnnotations(summaries.last(), notes[i].first, notes[i].second);
        }
        if (format == u"md")
            bytes = SummaryWriter::markdown(summaries).toUtf8();
        else if (format == u"csv")
            bytes = SummaryWriter::csv(summaries).toUtf8();
        else if (format == u"html")
            bytes = SummaryWriter::html(summaries).toUtf8();
        else {
            QSaveFile file(outPath);
            if (!file.open(QIODevice::WriteOnly) || !writeSummaryPdf(SummaryWriter::html(summaries), &file, pageSize)
                || !file.commit()) {
                err() << outPath << ": cannot be written (" << file.errorString() << ")\n";
                return BadInput;
            }
            return Ok;
        }
    }
    if (outPath.isEmpty()) {
        out().flush();
        fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return Ok;
    }
    QString error;
    if (!writeAtomically(outPath, bytes, &error)) {
        err() << outPath << ": cannot be written (" << error << ")\n";
        return BadInput;
    }
    return Ok;
}

int importCommand(const QStringList &args)
{
    ParsedArgs p;
    if (const int rc = parseArgs(QStringLiteral("import"), args, {QStringLiteral("--annotations"), QStringLiteral("--db")}, &p))
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
        err() << jsonPath << ": not JSON (" << parseError.errorString() << " at byte " << parseError.offset << ")\n";
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
