#include "export/jsonexport.h"

#include "core/codepointmap.h"
#include "export/jsonstreamwriter.h"

#include <QBuffer>
#include <QJsonArray>
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

QString stringMember(const QJsonObject &o, QLatin1StringView name)
{
    return o.value(name).toString(); // null (unknown) and absent read as empty
}

// Mentions from `array` with code point offsets into `text`; false when one is malformed.
bool readMentions(const QJsonArray &array, const QString &text, qsizetype entityCount, MentionList *mentions,
    QString *error)
{
    const CodePointMap map(text);
    const qsizetype length = map.toCodePoints(text.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const qint64 start = o.value("start"_L1).toInteger(-1);
        const qint64 end = o.value("end"_L1).toInteger(-1);
        const auto type = entityTypeFromCode(stringMember(o, "type"_L1));
        const qint64 entity = o.value("entity"_L1).isNull() ? -1 : o.value("entity"_L1).toInteger(-2);
        if (start < 0 || end < start || end > length || !type || entity < -1 || entity >= entityCount) {
            *error = u"mention %1 is malformed (start, end, type or entity)"_s.arg(i);
            return false;
        }
        Mention m;
        m.start = map.toUtf16(start);
        m.end = map.toUtf16(end);
        m.type = *type;
        m.confidence = float(o.value("confidence"_L1).toDouble(1.0));
        m.entity = int(entity);
        mentions->append(m);
    }
    return true;
}

// The identifiers of writeIdentifiers(), optional (results written before they existed have none); false
// with `error` when one is malformed.
bool readIdentifiers(
    const QJsonValue &value, const QString &text, IdentifierList *identifiers, QString *error)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        *error = u"\"identifiers\" is no array"_s;
        return false;
    }
    const QJsonArray array = value.toArray();
    const CodePointMap map(text);
    const qsizetype length = map.toCodePoints(text.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const qint64 start = o.value("start"_L1).toInteger(-1);
        const qint64 end = o.value("end"_L1).toInteger(-1);
        const auto kind = identifierKindFromCode(stringMember(o, "kind"_L1));
        const QString normalized = stringMember(o, "normalised"_L1);
        if (start < 0 || end < start || end > length || !kind || normalized.isEmpty()) {
            *error = u"identifier %1 is malformed (start, end, kind or normalised)"_s.arg(i);
            return false;
        }
        identifiers->append({map.toUtf16(start), map.toUtf16(end), *kind, normalized});
    }
    return true;
}

// A list of indexes below `bound`; false when one is not.
bool readIndexes(const QJsonValue &value, qsizetype bound, QList<int> *indexes)
{
    if (!value.isArray() && !value.isUndefined())
        return false;
    for (const QJsonValue &v : value.toArray()) {
        const qint64 i = v.toInteger(-1);
        if (i < 0 || i >= bound)
            return false;
        indexes->append(int(i));
    }
    return true;
}

} // namespace

std::optional<Analysis> analysisFromJson(const QJsonObject &json, QString *error)
{
    const QJsonObject article = json.value("article"_L1).toObject();
    if (!article.value("text"_L1).isString()) {
        *error = u"no \"article\" with a \"text\""_s;
        return std::nullopt;
    }
    if (!json.value("mentions"_L1).isArray() || !json.value("entities"_L1).isArray()) {
        *error = u"no \"mentions\" and \"entities\" arrays"_s;
        return std::nullopt;
    }
    Analysis a;
    a.article.text = article.value("text"_L1).toString();
    a.article.title = stringMember(article, "title"_L1);
    a.article.source = stringMember(article, "source"_L1);
    a.article.author = stringMember(article, "author"_L1);
    a.article.format = stringMember(article, "format"_L1);
    a.article.date = QDate::fromString(stringMember(article, "date"_L1), Qt::ISODate);
    a.article.filePath = stringMember(json, "file"_L1);

    const QJsonArray entities = json.value("entities"_L1).toArray();
    const QJsonArray titleMentions = json.value("titleMentions"_L1).toArray();
    if (!readMentions(
            json.value("mentions"_L1).toArray(), a.article.text, entities.size(), &a.mentions, error)
        || !readMentions(titleMentions, a.article.title, entities.size(), &a.titleMentions, error)
        || !readIdentifiers(json.value("identifiers"_L1), a.article.text, &a.identifiers, error)
        || !readIdentifiers(json.value("titleIdentifiers"_L1), a.article.title, &a.titleIdentifiers, error))
        return std::nullopt;
    for (qsizetype i = 0; i < entities.size(); ++i) {
        const QJsonObject o = entities.at(i).toObject();
        const auto type = entityTypeFromCode(stringMember(o, "type"_L1));
        Entity e;
        e.name = stringMember(o, "name"_L1);
        for (const QJsonValue &alias : o.value("aliases"_L1).toArray())
            e.aliases.append(alias.toString());
        e.role = stringMember(o, "role"_L1);
        e.affiliation = o.value("affiliation"_L1).isNull() ? -1 : int(o.value("affiliation"_L1).toInteger(-1));
        e.salience = o.value("salience"_L1).toDouble();
        e.ambiguous = o.value("ambiguous"_L1).toBool();
        if (!type || e.name.isEmpty() || !readIndexes(o.value("mentions"_L1), a.mentions.size(), &e.mentions)
            || !readIndexes(o.value("titleMentions"_L1), a.titleMentions.size(), &e.titleMentions)) {
            *error = u"entity %1 is malformed (name, type or mention lists)"_s.arg(i);
            return std::nullopt;
        }
        e.type = *type;
        a.entities.append(e);
    }
    return a;
}

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
