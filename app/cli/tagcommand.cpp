#include "commands.h"

#include "annotationcli.h"
#include "commandline.h"
#include "conllcommand.h"
#include "core/analysis.h"
#include "export/jsonexport.h"
#include "export/jsonstreamwriter.h"
#include "export/summaryexport.h"
#include "jsonlstream.h"
#include "ner/taggerfactory.h"
#include "pipeline/analyzefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

using namespace Qt::StringLiterals;

namespace dramatis::cli {

int tagCommand(const QStringList &args)
{
    CommandLine line(u"tag"_s,
        u"usage: dramatis-cli tag FILE [--format json|text] [--db PATH]\n"
        "       dramatis-cli tag --jsonl [--threads N] [--db PATH]\n"
        "       dramatis-cli tag --conll FILE [--model MODEL]\n"_s,
        u"Tags the people, companies, places and other names of an article."_s);
    line.addPositional(u"FILE"_s, u"The article, in any format Dramatis reads."_s);
    line.addOption(u"format"_s, u"json (the default) or text."_s, u"FORMAT"_s);
    line.addOption(u"db"_s, u"The analyst's database, whose lexicon shapes the tagging."_s, u"PATH"_s);
    line.addOption(u"jsonl"_s,
        u"Stream mode: one request a line on stdin (a file path, or {\"id\", \"text\", \"title\", \"date\","
        " \"source\"}), one result a line on stdout, in input order."_s);
    line.addOption(
        u"threads"_s, u"With --jsonl: the requests tagged at once, 1 to 64 (default 1)."_s, u"N"_s);
    line.addOption(
        u"conll"_s, u"Tags a CoNLL file instead: its lines, each token with one more column."_s, u"FILE"_s);
    line.addOption(
        u"model"_s, u"A tagger model file instead of the built-in one (what `train` writes)."_s, u"MODEL"_s);
    if (const auto stop = line.parse(args))
        return *stop;
    const QStringList &files = line.positional();
    if (line.isSet(u"jsonl"_s)) {
        int threads = 1;
        if (!line.number(u"threads"_s, &threads) || threads < 1 || threads > 64)
            return line.usageError(u"--threads takes a number from 1 to 64"_s);
        if (!files.isEmpty() || line.isSet(u"format"_s) || line.isSet(u"conll"_s) || line.isSet(u"model"_s))
            return line.usageError(u"--jsonl reads its requests from stdin"_s);
        const QString db = line.value(u"db"_s);
        return runJsonlStream({u"tag"_s, threads, db}, [db] {
            // Indexed once for the whole stream; the verdicts' connection belongs to the writer thread.
            auto watchlists = std::make_shared<const CliWatchlists>(loadWatchlists(db));
            return [watchlists](const StreamItem &item, JsonStreamWriter &writer) {
                QJsonObject extra = streamExtra(item);
                if (const auto hits = watchlists->match(item.analysis->entities))
                    extra.insert(u"watchlist"_s, SummaryExport::watchlistJson(*item.analysis, *hits));
                writeAnalysisJson(writer, *item.analysis, item.fileLabel, extra);
            };
        });
    }
    if (line.isSet(u"threads"_s))
        return line.usageError(u"--threads goes with --jsonl"_s);
    if (line.isSet(u"conll"_s)) {
        if (!files.isEmpty() || line.isSet(u"format"_s) || line.isSet(u"db"_s))
            return line.usageError();
        return tagConll(line.value(u"conll"_s), line.value(u"model"_s));
    }
    if (files.size() > 1) {
        err() << "dramatis-cli tag: one file at a time (got " << files.at(0) << " and " << files.at(1)
              << ")\n";
        return Usage;
    }
    const QString format = line.value(u"format"_s, u"json"_s);
    if (files.isEmpty() || (format != u"json" && format != u"text"))
        return line.usageError();
    QString modelError;
    const std::shared_ptr<const Tagger> tagger = loadTaggerOrDefault(line.value(u"model"_s), &modelError);
    if (!tagger) {
        err() << "dramatis-cli tag: " << modelError << '\n';
        return BadInput;
    }
    const QString &file = files.front();
    const QString db = line.value(u"db"_s); // the analyst's database, for the lexicon
    const FileAnalysis analyzed
        = analyzeFile(file, *tagger, [&](const Article &article) { return loadLexicon(article, db); });
    if (!analyzed.ok()) {
        err() << analyzed.error->message << '\n';
        return BadInput;
    }
    if (!analyzed.note.isEmpty())
        err() << "note: " << analyzed.note << '\n';
    const Analysis &analysis = *analyzed.analysis;
    if (format == u"json") {
        // A 5 MB article has some 400,000 mentions: they go out as they are written, never as a JSON tree.
        out().flush();
        QFile stdOut;
        bool written = stdOut.open(stdout, QIODevice::WriteOnly);
        if (written) {
            JsonStreamWriter writer(&stdOut);
            QJsonObject extra;
            if (const auto hits = loadWatchlists(db).match(analysis.entities))
                extra.insert(u"watchlist"_s, SummaryExport::watchlistJson(analysis, *hits));
            writeAnalysisJson(writer, analysis, file, extra);
            written = writer.flush();
        }
        if (!written) {
            err() << "dramatis-cli tag: cannot write the output\n";
            return BadInput;
        }
        return Ok;
    }
    const Article &a = analysis.article;
    out() << "title:  " << a.title << "\nsource: " << a.source << "\nauthor: " << a.author
          << "\ndate:   " << (a.date.isValid() ? a.date.toString(Qt::ISODate) : QString()) << "\n\n";
    // The title's mentions first, as they are read: offsets into the title, marked by a sixth column.
    for (const Mention &m : analysis.titleMentions) {
        out() << entityTypeCode(m.type) << '\t' << m.start << '\t' << m.end << '\t'
              << QString::number(m.confidence, 'f', 3) << '\t' << a.title.mid(m.start, m.length())
              << "\ttitle\n";
    }
    for (const Mention &m : analysis.mentions) {
        out() << entityTypeCode(m.type) << '\t' << m.start << '\t' << m.end << '\t'
              << QString::number(m.confidence, 'f', 3) << '\t' << a.text.mid(m.start, m.length()) << '\n';
    }
    return Ok;
}

} // namespace dramatis::cli
