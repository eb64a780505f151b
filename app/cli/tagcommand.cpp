#include "commands.h"

#include "annotationcli.h"
#include "core/analysis.h"
#include "export/jsonexport.h"
#include "export/jsonstreamwriter.h"
#include "formats/articleloader.h"
#include "ner/taggerfactory.h"
#include "pipeline/pipeline.h"

#include <QFile>

namespace dramatis::cli {

int tagCommand(const QStringList &args)
{
    if (args.contains(u"--conll"))
        return tagConllCommand(args);
    QString format = QStringLiteral("json");
    QString file;
    QString db; // the analyst's database, for the lexicon
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"--format" && i + 1 < args.size()) {
            format = args[++i];
        } else if (a.startsWith(u"--format=")) {
            format = a.mid(9);
        } else if (a == u"--db" && i + 1 < args.size()) {
            db = args[++i];
        } else if (a.startsWith(u"--db=")) {
            db = a.mid(5);
        } else if (a.startsWith(u"-")) {
            err() << "dramatis-cli tag: unknown option " << a << '\n';
            return Usage;
        } else if (file.isEmpty()) {
            file = a;
        } else {
            err() << "dramatis-cli tag: one file at a time (got " << file << " and " << a << ")\n";
            return Usage;
        }
    }
    if (file.isEmpty() || (format != u"json" && format != u"text")) {
        err() << "usage: dramatis-cli tag FILE [--format json|text] [--db PATH]\n";
        return Usage;
    }
    LoadResult loaded = ArticleLoader::load(file);
    if (!loaded.ok()) {
        err() << loaded.error->message << '\n';
        return BadInput;
    }
    const AnalystLexicon lexicon = loadLexicon(loaded.article, db);
    AnalysisPtr analysis = analyzeArticle(std::move(loaded.article), *defaultTagger(), lexicon);
    if (format == u"json") {
        // A 5 MB article has some 400,000 mentions: they go out as they are written, never as a JSON tree.
        out().flush();
        QFile stdOut;
        bool written = stdOut.open(stdout, QIODevice::WriteOnly);
        if (written) {
            JsonStreamWriter writer(&stdOut);
            writeAnalysisJson(writer, *analysis, file);
            written = writer.flush();
        }
        if (!written) {
            err() << "dramatis-cli tag: cannot write the output\n";
            return BadInput;
        }
        return Ok;
    }
    const Article &a = analysis->article;
    out() << "title:  " << a.title << "\nsource: " << a.source << "\nauthor: " << a.author
          << "\ndate:   " << (a.date.isValid() ? a.date.toString(Qt::ISODate) : QString()) << "\n\n";
    // The title's mentions first, as they are read: offsets into the title, marked by a sixth column.
    for (const Mention &m : analysis->titleMentions) {
        out() << entityTypeCode(m.type) << '\t' << m.start << '\t' << m.end << '\t'
              << QString::number(m.confidence, 'f', 3) << '\t' << a.title.mid(m.start, m.length())
              << "\ttitle\n";
    }
    for (const Mention &m : analysis->mentions) {
        out() << entityTypeCode(m.type) << '\t' << m.start << '\t' << m.end << '\t'
              << QString::number(m.confidence, 'f', 3) << '\t' << a.text.mid(m.start, m.length()) << '\n';
    }
    return Ok;
}

} // namespace dramatis::cli
