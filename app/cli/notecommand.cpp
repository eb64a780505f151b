// dramatis-cli note add|list: the analyst's notes on an article, in the same database as the GUI.
#include "commands.h"

#include "annotationcli.h"
#include "annotations/annotationstore.h"
#include "commandline.h"
#include "core/codepointmap.h"
#include "export/jsonexport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dramatis::cli {

namespace {

QString statusCode(AnchorStatus status)
{
    switch (status) {
    case AnchorStatus::Exact:
        return u"exact"_s;
    case AnchorStatus::Moved:
        return u"moved"_s;
    case AnchorStatus::Changed:
        return u"changed"_s;
    case AnchorStatus::Orphaned:
        return u"orphaned"_s;
    }
    return {};
}

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

CommandLine noteAddLine()
{
    CommandLine line(u"note add"_s,
        u"usage: dramatis-cli note add FILE --quote TEXT --text NOTE [--category C] [--occurrence N] "
        "[--db PATH]\n"_s,
        u"Adds a note to the quoted words of an article."_s);
    line.setDashedWordsAreArguments(true);
    line.addPositional(u"FILE"_s, u"The article."_s);
    line.addOption(u"quote"_s, u"The words the note is on, as the article writes them."_s, u"TEXT"_s);
    line.addOption(u"text"_s, u"The note."_s, u"NOTE"_s);
    line.addOption(u"category"_s, u"Its category (\"Follow up\", …)."_s, u"C"_s);
    line.addOption(
        u"occurrence"_s, u"Which occurrence of the quote, from 1, when it occurs more than once."_s, u"N"_s);
    line.addOption(u"db"_s, u"The analyst's database."_s, u"PATH"_s);
    return line;
}

CommandLine noteListLine()
{
    CommandLine line(u"note list"_s,
        u"usage: dramatis-cli note list FILE [--format json|text] [--db PATH]\n"_s,
        u"Lists the notes and highlights of an article, in text order."_s);
    line.setDashedWordsAreArguments(true);
    line.addPositional(u"FILE"_s, u"The article."_s);
    line.addOption(u"format"_s, u"text (the default) or json."_s, u"FORMAT"_s);
    line.addOption(u"db"_s, u"The analyst's database."_s, u"PATH"_s);
    return line;
}

int noteAdd(const QStringList &args)
{
    CommandLine line = noteAddLine();
    if (const auto stop = line.parse(args))
        return *stop;
    if (line.positional().size() != 1 || !line.isSet(u"quote"_s) || !line.isSet(u"text"_s)
        || line.value(u"quote"_s).isEmpty())
        return line.usageError();
    const QString file = line.positional().front();
    Article article;
    if (const int rc = loadArticle(u"note add"_s, file, &article))
        return rc;
    const QString quote = line.value(u"quote"_s);
    qsizetype start = 0;
    if (const int rc = findOccurrence(file, article.text, quote, line.value(u"occurrence"_s), &start))
        return rc;
    AnnotationStore store;
    if (const int rc = openStore(u"note add"_s, line.value(u"db"_s), &store))
        return rc;
    Annotation note;
    note.articleId = store.articleId(article);
    note.kind = Annotation::Note;
    note.anchor = TextAnchor::fromRange(article.text, start, start + quote.size());
    note.text = line.value(u"text"_s);
    note.category = line.value(u"category"_s);
    if (note.articleId == 0 || store.addAnnotation(note) == 0) {
        err() << "dramatis-cli note add: " << store.errorString() << '\n';
        return BadInput;
    }
    // Printed only once the note is committed: a caller that sees this line can count on the note.
    out() << "note " << note.id << " on \"" << quote << "\" at " << note.anchor.start << '-'
          << note.anchor.end << '\n';
    return Ok;
}

int noteList(const QStringList &args)
{
    CommandLine line = noteListLine();
    if (const auto stop = line.parse(args))
        return *stop;
    const QString format = line.value(u"format"_s, u"text"_s);
    if (line.positional().size() != 1 || (format != u"json" && format != u"text"))
        return line.usageError();
    const QString file = line.positional().front();
    const QString db = line.value(u"db"_s);
    Article article;
    if (const int rc = loadArticle(u"note list"_s, file, &article))
        return rc;
    // Listing only reads: no database yet means no notes, and a read-only one is fine.
    AnnotationStore store;
    const bool hasDatabase = QFileInfo::exists(AnnotationStore::databasePath(db));
    if (hasDatabase) {
        if (const int rc = openStore(u"note list"_s, db, &store, true))
            return rc;
    }
    const qint64 articleId = hasDatabase ? store.findArticle(article) : 0;
    const AnnotationList notes
        = articleId > 0 ? store.annotations(articleId, article.text) : AnnotationList();
    const CodePointMap map(article.text);
    if (format == u"json") {
        QJsonArray list;
        for (const Annotation &a : notes) {
            list.append(QJsonObject {
                {u"id"_s, a.id},
                {u"kind"_s, a.kind == Annotation::Highlight ? u"highlight"_s : u"note"_s},
                {u"quote"_s, a.anchor.exact},
                {u"text"_s, a.text},
                {u"category"_s, stringOrNull(a.category)},
                {u"start"_s, a.isOrphaned() ? QJsonValue() : QJsonValue(qint64(map.toCodePoints(a.start)))},
                {u"end"_s, a.isOrphaned() ? QJsonValue() : QJsonValue(qint64(map.toCodePoints(a.end)))},
                {u"status"_s, statusCode(a.status)},
                {u"created"_s, a.created.toString(Qt::ISODateWithMs)},
                {u"modified"_s, a.modified.toString(Qt::ISODateWithMs)},
            });
        }
        const QStringList tags = articleId > 0 ? store.tags(articleId) : QStringList();
        out() << QJsonDocument(QJsonObject {{u"file"_s, file}, {u"notes"_s, list},
                                   {u"tags"_s, QJsonArray::fromStringList(tags)}})
                     .toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const Annotation &a : notes) {
        out() << a.id << '\t'
              << (a.isOrphaned() ? u"orphaned"_s
                                 : u"%1-%2"_s.arg(map.toCodePoints(a.start)).arg(map.toCodePoints(a.end)))
              << '\t' << a.category << '\t' << a.anchor.exact << '\t' << a.text << '\n';
    }
    return Ok;
}

} // namespace

int noteCommand(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"add")
        return noteAdd(args.mid(1));
    if (sub == u"list")
        return noteList(args.mid(1));
    const CommandLine add = noteAddLine();
    const CommandLine list = noteListLine();
    return helpOrUsage(sub, {&add, &list});
}

} // namespace dramatis::cli
