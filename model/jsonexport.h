#pragma once

#include "analysis.h"

#include <QJsonObject>

namespace dramatis {

class JsonStreamWriter;

// The CLI's JSON for one analysed article (the shape DESIGN.md fixes): offsets in Unicode code points.
QJsonObject analysisToJson(const Analysis &analysis, const QString &fileLabel);
// The same object written as it goes (what `tag --format json` and the JSON export write: a 5 MB article
// has some 400,000 mentions), with the members of `extra` among its own, as QJsonObject would sort them.
void writeAnalysisJson(JsonStreamWriter &writer, const Analysis &analysis, const QString &fileLabel,
    const QJsonObject &extra = {});

// UTF-16 offset -> code point offset in `text`, for a sorted batch of offsets (one pass over the text).
class CodePointMap final
{
public:
    explicit CodePointMap(QStringView text);
    qsizetype toCodePoints(qsizetype utf16Offset) const;
    qsizetype toUtf16(qsizetype codePointOffset) const;

private:
    // Positions (UTF-16) of the low halves of surrogate pairs; empty for BMP-only text.
    QList<qsizetype> m_lowSurrogates;
};

} // namespace dramatis
