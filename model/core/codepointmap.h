#pragma once

#include <QList>
#include <QStringView>

namespace dramatis {

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
