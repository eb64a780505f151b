#include "annotations/anchor.h"

#include "core/codepointmap.h"
#include "core/textsearch.h"

#include <algorithm>
#include <limits>

namespace dramatis {

namespace {

// UTF-16 index `count` code points before `pos` (or 0), without splitting a surrogate pair.
qsizetype backCodePoints(const QString &text, qsizetype pos, qsizetype count)
{
    while (pos > 0 && count > 0) {
        --pos;
        if (pos > 0 && text[pos].isLowSurrogate() && text[pos - 1].isHighSurrogate())
            --pos;
        --count;
    }
    return pos;
}

qsizetype forwardCodePoints(const QString &text, qsizetype pos, qsizetype count)
{
    while (pos < text.size() && count > 0) {
        if (text[pos].isHighSurrogate() && pos + 1 < text.size() && text[pos + 1].isLowSurrogate())
            ++pos;
        ++pos;
        --count;
    }
    return pos;
}

// How many units the end of `a` shares with the end of `b`.
qsizetype commonSuffix(QStringView a, QStringView b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n])
        ++n;
    return n;
}

qsizetype commonPrefix(QStringView a, QStringView b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n])
        ++n;
    return n;
}

} // namespace

TextAnchor TextAnchor::fromRange(const QString &text, qsizetype start16, qsizetype end16)
{
    start16 = std::clamp<qsizetype>(start16, 0, text.size());
    end16 = std::clamp<qsizetype>(end16, start16, text.size());
    const CodePointMap map(text);
    TextAnchor a;
    a.start = map.toCodePoints(start16);
    a.end = map.toCodePoints(end16);
    a.exact = text.mid(start16, end16 - start16);
    const qsizetype before = backCodePoints(text, start16, ContextLength);
    a.prefix = text.mid(before, start16 - before);
    a.suffix = text.mid(end16, forwardCodePoints(text, end16, ContextLength) - end16);
    return a;
}

AnchorMatch resolveAnchor(const TextAnchor &anchor, const QString &text)
{
    if (anchor.exact.isEmpty())
        return {};
    const CodePointMap map(text);
    const qsizetype oldStart = map.toUtf16(anchor.start);
    if (oldStart + anchor.exact.size() <= text.size()
        && QStringView(text).mid(oldStart, anchor.exact.size()) == anchor.exact) {
        return {AnchorStatus::Exact, oldStart, oldStart + anchor.exact.size()};
    }

    // The quote elsewhere: the occurrence whose surroundings agree best with the stored context wins, so a
    // repeated phrase re-attaches to the right one; distance to the old position breaks ties.
    const QStringView view(text);
    qsizetype best = -1;
    qsizetype bestScore = -1;
    qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
    for (qsizetype at : findQuote(text, anchor.exact)) {
        const qsizetype after = at + anchor.exact.size();
        const qsizetype score
            = commonSuffix(view.left(at), anchor.prefix) + commonPrefix(view.mid(after), anchor.suffix);
        const qsizetype distance = std::abs(at - oldStart);
        if (score > bestScore || (score == bestScore && distance < bestDistance)) {
            best = at;
            bestScore = score;
            bestDistance = distance;
        }
    }
    if (best >= 0)
        return {AnchorStatus::Moved, best, best + anchor.exact.size()};

    // The quote was edited: look for its prefix and suffix, intact and close together, and take what lies
    // between them if it still starts or ends like the quote. Needs some context to be trusted.
    if (anchor.prefix.size() + anchor.suffix.size() < 8)
        return {};
    QList<qsizetype> starts;
    if (anchor.prefix.isEmpty()) {
        starts.append(0);
    } else {
        for (qsizetype at : findQuote(text, anchor.prefix))
            starts.append(at + anchor.prefix.size());
    }
    const qsizetype maxGap = 2 * anchor.exact.size() + 64;
    qsizetype bestEnd = -1;
    for (qsizetype s : starts) {
        qsizetype e = anchor.suffix.isEmpty() ? text.size() : text.indexOf(anchor.suffix, s);
        if (e <= s || e - s > maxGap)
            continue;
        const QStringView span = view.mid(s, e - s);
        const qsizetype kept = std::min(
            anchor.exact.size(), commonPrefix(span, anchor.exact) + commonSuffix(span, anchor.exact));
        if (2 * kept < anchor.exact.size())
            continue;
        const qsizetype distance = std::abs(s - oldStart);
        if (distance < bestDistance) {
            best = s;
            bestEnd = e;
            bestDistance = distance;
        }
    }
    if (best >= 0)
        return {AnchorStatus::Changed, best, bestEnd};
    return {};
}

} // namespace dramatis
