#include "annotations/webannotation.h"

#include "annotations/anchor.h"
#include "annotations/annotationstore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace dramatis {

using namespace Qt::StringLiterals;

namespace {

const QString kContext = u"http://www.w3.org/ns/anno.jsonld"_s;

QJsonArray asArray(const QJsonValue &v)
{
    return v.isArray() ? v.toArray() : (v.isUndefined() || v.isNull() ? QJsonArray() : QJsonArray{v});
}

QString tr(const char *s)
{
    return QCoreApplication::translate("dramatis::WebAnnotation", s);
}

} // namespace

QJsonArray webAnnotationsToJson(const AnnotationList &annotations, const QString &source)
{
    QJsonArray out;
    for (const Annotation &a : annotations) {
        QJsonArray body;
        if (!a.text.isEmpty())
            body.append(QJsonObject{{u"type"_s, u"TextualBody"_s}, {u"value"_s, a.text}, {u"purpose"_s, u"commenting"_s},
                                    {u"format"_s, u"text/plain"_s}});
        if (!a.category.isEmpty())
            body.append(QJsonObject{{u"type"_s, u"TextualBody"_s}, {u"value"_s, a.category}, {u"purpose"_s, u"tagging"_s}});
        const QJsonArray selectors{
            QJsonObject{{u"type"_s, u"TextPositionSelector"_s}, {u"start"_s, qint64(a.anchor.start)}, {u"end"_s, qint64(a.anchor.end)}},
            QJsonObject{{u"type"_s, u"TextQuoteSelector"_s}, {u"exact"_s, a.anchor.exact}, {u"prefix"_s, a.anchor.prefix},
                        {u"suffix"_s, a.anchor.suffix}},
        };
        QJsonObject o{
            {u"@context"_s, kContext},
            {u"type"_s, u"Annotation"_s},
            {u"motivation"_s, a.kind == Annotation::Highlight ? u"highlighting"_s : u"commenting"_s},
            {u"target"_s, QJsonObject{{u"source"_s, source}, {u"selector"_s, selectors}}},
        };
        if (a.id > 0)
            o.insert(u"id"_s, QString(u"urn:dramatis:annotation:"_s + QString::number(a.id)));
        if (!body.isEmpty())
            o.insert(u"body"_s, body.size() == 1 ? body.first() : QJsonValue(body));
        if (a.created.isValid())
            o.insert(u"created"_s, a.created.toString(Qt::ISODate));
        if (a.modified.isValid())
            o.insert(u"modified"_s, a.modified.toString(Qt::ISODate));
        if (a.isOrphaned())
            o.insert(u"dramatis:orphaned"_s, true);
        out.append(o);
    }
    return out;
}

std::optional<AnnotationList> webAnnotationsFromJson(const QJsonValue &json, QString *error)
{
    QJsonArray items;
    const QJsonObject top = json.toObject();
    if (json.isArray())
        items = json.toArray();
    else if (top.contains(u"annotations"))
        items = top.value(u"annotations").toArray();
    else if (top.contains(u"items"))
        items = top.value(u"items").toArray();
    else if (top.value(u"first").toObject().contains(u"items"))
        items = top.value(u"first").toObject().value(u"items").toArray();
    else if (top.value(u"type").toString() == u"Annotation")
        items.append(top);
    AnnotationList out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items[i].toObject();
        if (o.value(u"type").toString() != u"Annotation") {
            *error = tr("item %1 is not a Web Annotation (no \"type\": \"Annotation\")").arg(i + 1);
            return std::nullopt;
        }
        Annotation a;
        a.kind = o.value(u"motivation").toString() == u"highlighting" ? Annotation::Highlight : Annotation::Note;
        for (const QJsonValue &b : asArray(o.value(u"body"))) {
            const QJsonObject body = b.toObject();
            const QString purpose = body.value(u"purpose").toString();
            if (purpose == u"tagging")
                a.category = body.value(u"value").toString();
            else
                a.text = body.value(u"value").toString();
        }
        bool position = false, quote = false;
        for (const QJsonValue &s : asArray(o.value(u"target").toObject().value(u"selector"))) {
            const QJsonObject sel = s.toObject();
            if (sel.value(u"type").toString() == u"TextPositionSelector") {
                a.anchor.start = sel.value(u"start").toInteger(-1);
                a.anchor.end = sel.value(u"end").toInteger(-1);
                position = a.anchor.start >= 0 && a.anchor.end >= a.anchor.start;
            } else if (sel.value(u"type").toString() == u"TextQuoteSelector") {
                a.anchor.exact = sel.value(u"exact").toString();
                a.anchor.prefix = sel.value(u"prefix").toString();
                a.anchor.suffix = sel.value(u"suffix").toString();
                quote = !a.anchor.exact.isEmpty();
            }
        }
        if (!quote) {
            *error = tr("annotation %1 has no TextQuoteSelector to anchor it").arg(i + 1);
            return std::nullopt;
        }
        if (!position)
            a.anchor.start = a.anchor.end = 0;
        a.created = QDateTime::fromString(o.value(u"created").toString(), Qt::ISODate);
        a.modified = QDateTime::fromString(o.value(u"modified").toString(), Qt::ISODate);
        out.append(a);
    }
    if (out.isEmpty() && items.isEmpty() && !json.isArray() && !top.contains(u"annotations")) {
        *error = tr("no Web Annotations found");
        return std::nullopt;
    }
    return out;
}

int importAnnotations(AnnotationStore &store, const Article &article, const AnnotationList &annotations,
                      const QStringList &tags, QString *error)
{
    const qint64 articleId = store.articleId(article);
    if (articleId == 0) {
        *error = store.errorString();
        return -1;
    }
    const AnnotationList existing = store.annotations(articleId, article.text);
    // Compared where each attaches in the text now, not by stored position: a quote-only annotation (no
    // TextPositionSelector) is stored at 0 and re-anchored when read, so its stored position changes.
    auto stored = [&](const Annotation &a) {
        const AnchorMatch where = resolveAnchor(a.anchor, article.text);
        return std::any_of(existing.cbegin(), existing.cend(), [&](const Annotation &e) {
            return e.kind == a.kind && e.text == a.text && e.category == a.category && e.anchor.exact == a.anchor.exact
                && e.start == where.start;
        });
    };
    int added = 0;
    for (Annotation a : annotations) {
        if (stored(a))
            continue;
        a.id = 0;
        a.articleId = articleId;
        if (store.addAnnotation(a) == 0) {
            *error = store.errorString();
            return -1;
        }
        ++added;
    }
    const QStringList have = store.tags(articleId);
    for (const QString &t : tags) {
        if (!have.contains(t) && !store.addTag(articleId, t)) {
            *error = store.errorString();
            return -1;
        }
    }
    return added;
}

} // namespace dramatis
