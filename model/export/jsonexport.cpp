#include "export/jsonexport.h"

#include "core/codepointmap.h"
#include "export/jsonstreamwriter.h"

#include <QBuffer>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dramatis {

namespace {

void stringOrNull(JsonStreamWriter &w, const QString &s)
{
    if (s.isEmpty())
        w.null();
    else
        w.string(s);
}

void writeArticle(JsonStreamWriter &w, const Article &a)
{
    w.beginObject();
    w.key(u"author");
    stringOrNull(w, a.author);
    w.key(u"date");
    stringOrNull(w, a.date.isValid() ? a.date.toString(Qt::ISODate) : QString());
    w.key(u"format");
    stringOrNull(w, a.format);
    w.key(u"source");
    stringOrNull(w, a.source);
    w.key(u"text");
    w.string(a.text);
    w.key(u"title");
    stringOrNull(w, a.title);
    w.endObject();
}

// Mentions with offsets into `text`: the article's text, or its title (which is not part of the text).
void writeMentions(JsonStreamWriter &w, const QString &text, const MentionList &mentions)
{
    const CodePointMap map(text);
    w.beginArray();
    for (const Mention &m : mentions) {
        w.beginObject();
        w.key(u"confidence");
        w.number(qRound(double(m.confidence) * 1000.0) / 1000.0);
        w.key(u"end");
        w.number(qint64(map.toCodePoints(m.end)));
        w.key(u"entity");
        if (m.entity >= 0)
            w.number(qint64(m.entity));
        else
            w.null();
        w.key(u"start");
        w.number(qint64(map.toCodePoints(m.start)));
        w.key(u"text");
        w.string(QStringView(text).mid(m.start, m.length()));
        w.key(u"type");
        w.string(entityTypeCode(m.type));
        w.endObject();
    }
    w.endArray();
}

// Identifiers with offsets into `text` (the article's text or its title), as the mentions.
void writeIdentifiers(JsonStreamWriter &w, const QString &text, const IdentifierList &identifiers)
{
    const CodePointMap map(text);
    w.beginArray();
    for (const Identifier &id : identifiers) {
        w.beginObject();
        w.key(u"end");
        w.number(qint64(map.toCodePoints(id.end)));
        w.key(u"kind");
        w.string(identifierKindCode(id.kind));
        w.key(u"normalised");
        w.string(id.normalized);
        w.key(u"start");
        w.number(qint64(map.toCodePoints(id.start)));
        w.key(u"text");
        w.string(QStringView(text).mid(id.start, id.length()));
        w.endObject();
    }
    w.endArray();
}

void writeEntities(JsonStreamWriter &w, const Analysis &analysis)
{
    w.beginArray();
    for (qsizetype i = 0; i < analysis.entities.size(); ++i) {
        const Entity &e = analysis.entities[i];
        w.beginObject();
        w.key(u"affiliation");
        if (e.affiliation >= 0)
            w.number(qint64(e.affiliation));
        else
            w.null();
        w.key(u"aliases");
        w.beginArray();
        for (const QString &alias : e.aliases)
            w.string(alias);
        w.endArray();
        w.key(u"ambiguous");
        w.value(QJsonValue(e.ambiguous));
        w.key(u"id");
        w.number(qint64(i));
        w.key(u"mentions");
        w.beginArray();
        for (int m : e.mentions)
            w.number(qint64(m));
        w.endArray();
        w.key(u"name");
        w.string(e.name);
        w.key(u"role");
        stringOrNull(w, e.role);
        w.key(u"salience");
        w.number(qRound(e.salience * 1000.0) / 1000.0);
        w.key(u"titleMentions");
        w.beginArray();
        for (int m : e.titleMentions)
            w.number(qint64(m));
        w.endArray();
        w.key(u"type");
        w.string(entityTypeCode(e.type));
        w.endObject();
    }
    w.endArray();
}

} // namespace

void writeAnalysisJson(
    JsonStreamWriter &w, const Analysis &analysis, const QString &fileLabel, const QJsonObject &extra)
{
    // QJsonObject writes its members sorted by key: merge ours into the caller's.
    QStringList keys = extra.keys();
    keys << u"article"_s << u"entities"_s << u"file"_s << u"identifiers"_s << u"mentions"_s
         << u"titleIdentifiers"_s << u"titleMentions"_s;
    keys.sort();
    w.beginObject();
    for (const QString &k : std::as_const(keys)) {
        w.key(k);
        if (extra.contains(k))
            w.value(extra.value(k));
        else if (k == u"article")
            writeArticle(w, analysis.article);
        else if (k == u"entities")
            writeEntities(w, analysis);
        else if (k == u"file")
            w.string(fileLabel);
        else if (k == u"identifiers")
            writeIdentifiers(w, analysis.article.text, analysis.identifiers);
        else if (k == u"mentions")
            writeMentions(w, analysis.article.text, analysis.mentions);
        else if (k == u"titleIdentifiers")
            writeIdentifiers(w, analysis.article.title, analysis.titleIdentifiers);
        else
            writeMentions(w, analysis.article.title, analysis.titleMentions);
    }
    w.endObject();
}

QJsonObject analysisToJson(const Analysis &analysis, const QString &fileLabel)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        JsonStreamWriter w(&buffer);
        writeAnalysisJson(w, analysis, fileLabel);
    }
    return QJsonDocument::fromJson(buffer.data()).object();
}

} // namespace dramatis
