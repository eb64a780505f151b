#pragma once

#include "core/analysis.h"

#include <QJsonObject>

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

} // namespace dramatis
