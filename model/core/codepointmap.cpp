#include "core/codepointmap.h"

#include <algorithm>

namespace dramatis {

CodePointMap::CodePointMap(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate())
            m_lowSurrogates.append(i);
    }
}

qsizetype CodePointMap::toCodePoints(qsizetype utf16Offset) const
{
    // Every low surrogate before the offset was one extra UTF-16 unit.
    const auto before = std::lower_bound(m_lowSurrogates.cbegin(), m_lowSurrogates.cend(), utf16Offset)
        - m_lowSurrogates.cbegin();
    return utf16Offset - before;
}

qsizetype CodePointMap::toUtf16(qsizetype codePointOffset) const
{
    // The k-th low surrogate sits at UTF-16 index p, i.e. code point p - k; count those before the target.
    qsizetype lo = 0, hi = m_lowSurrogates.size();
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (m_lowSurrogates[mid] - mid <= codePointOffset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return codePointOffset + lo;
}

} // namespace dramatis
