// dramatis-cli note add|list: the analyst's notes on an article, in the same database as the GUI.
#include "commands.h"

#include "annotationcli.h"
#include "annotations/annotationstore.h"
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

int noteAdd(const QStringList &args)
{
    ParsedArgs p;
    if (const int rc = parseArgs(u"note add"_s, args,
            {u"--quote"_s, u"--text"_s, u"--category"_s, u"--occurrence"_s, u"--db"_s}, &p))
        return rc;
    if (p.positional.size() != 1 || !p.options.contains(u"--quote"_s) || !p.options.contains(u"--text"_s)
        || p.options.value(u"--quote"_s).isEmpty()) {
        err() << "usage: dramatis-cli note add FILE --quote TEXT --text NOTE [--category C] [--occurrence N] "
                 "[--db PATH]\n";
        return Usage;
    }
    const QString file = p.positional.front();
    Article article;
    if (const int rc = loadArticle(u"note add"_s, file, &article))
        return rc;
    const QString quote = p.options.value(u"--quote"_s);
    qsizetype start = 0;
    if (const int rc = findOccurrence(file, article.text, quote, p.options.value(u"--occurrence"_s), &start))
        return rc;
    AnnotationStore store;
    if (const int rc = openStore(u"note add"_s, p.options.value(u"--db"_s), &store))
        return rc;
    Annotation note;
    note.articleId = store.articleId(article);
    note.kind = Annotation::Note;
    note.anchor = TextAnchor::fromRange(article.text, start, start + quote.size());
    note.text = p.options.value(u"--text"_s);
    note.category = p.options.value(u"--category"_s);
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
    ParsedArgs p;
    if (const int rc = parseArgs(u"note list"_s, args, {u"--format"_s, u"--db"_s}, &p))
        return rc;
    const QString format = p.options.value(u"--format"_s, u"text"_s);
    if (p.positional.size() != 1 || (format != u"json" && format != u"text")) {
        err() << "usage: dramatis-cli note list FILE [--format json|text] [--db PATH]\n";
        return Usage;
    }
    const QString file = p.positional.front();
    Article article;
    if (const int rc = loadArticle(u"note list"_s, file, &article))
        return rc;
    // Listing only reads: no database yet means no notes, and a read-only one is fine.
    AnnotationStore store;
    const bool hasDatabase = QFileInfo::exists(AnnotationStore::databasePath(p.options.value(u"--db"_s)));
    if (hasDatabase) {
        if (const int rc = openStore(u"note list"_s, p.options.value(u"--db"_s), &store, true))
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
    err() << "usage: dramatis-cli note add FILE --quote TEXT --text NOTE [--category C] [--occurrence N] "
             "[--db PATH]\n"
             "       dramatis-cli note list FILE [--format json|text] [--db PATH]\n";
    return Usage;
}

} // namespace dramatis::cli
