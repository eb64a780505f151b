#include "commands.h"

#include "analysis.h"
#include "annotationcli.h"
#include "annotationstore.h"
#include "articleloader.h"
#include "standoffwriter.h"
#include "summary.h"
#include "summarypdf.h"
#include "summarywriter.h"
#include "taggerfactory.h"

#include <QFileInfo>
#include <QSaveFile>

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
    static const QStringList formats{QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("pdf"),
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
        err() << "usage: dramatis-cli export FILE... --format md|html|pdf|csv|ann|conll [--out PATH] [--force]"
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

} // namespace dramatis::cli
