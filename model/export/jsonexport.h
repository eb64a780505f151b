#pragma once

#include "core/analysis.h"

#include <QJsonObject>

#include <optional>

namespace dramatis {

class JsonStreamWriter;

// The CLI's JSON for one analysed article: "article" (text, title, source, author, date, format), "mentions"
// (start, end, text, type, confidence, entity), "entities" and "identifiers" (kind, text, normalised, start,
// end), with "titleMentions" and "titleIdentifiers" for the title; offsets in Unicode code points.
QJsonObject analysisToJson(const Analysis &analysis, const QString &fileLabel);
// The same object written as it goes (what `tag --format json` and the JSON export write: a 5 MB article
// has some 400,000 mentions), with the members of `extra` among its own, as QJsonObject would sort them.
void writeAnalysisJson(JsonStreamWriter &writer, const Analysis &analysis, const QString &fileLabel,
    const QJsonObject &extra = {});

// The inverse, for results tagged elsewhere (`library import-jsonl`): the article, its mentions (offsets
// back to UTF-16) and its entities with their names, types, aliases, roles and mention lists. Tokens and
// timings are not in the JSON and stay empty. nullopt, with a one-line `error`, for JSON of another shape:
// a missing or mistyped member, an offset outside the text, a mention index out of range.
std::optional<Analysis> analysisFromJson(const QJsonObject &json, QString *error);

} // namespace dramatis
