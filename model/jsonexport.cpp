#include "jsonexport.h"

#include <QJsonArray>

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

namespace {

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QJsonObject analysisToJson(const Analysis &analysis, const QString &fileLabel)
{
    const Article &a = analysis.article;
    const CodePointMap map(a.text);
    QJsonObject article{
        {QStringLiteral("title"), stringOrNull(a.title)},
        {QStringLiteral("date"), a.date.isValid() ? QJsonValue(a.date.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("source"), stringOrNull(a.source)},
        {QStringLiteral("author"), stringOrNull(a.author)},
        {QStringLiteral("format"), stringOrNull(a.format)},
        {QStringLiteral("text"), a.text},
    };
    QJsonArray mentions;
    for (const Mention &m : analysis.mentions) {
        mentions.append(QJsonObject{
            {QStringLiteral("text"), a.text.mid(m.start, m.length())},
            {QStringLiteral("type"), entityTypeCode(m.type)},
            {QStringLiteral("start"), qint64(map.toCodePoints(m.start))},
            {QStringLiteral("end"), qint64(map.toCodePoints(m.end))},
            {QStringLiteral("confidence"), qRound(double(m.confidence) * 1000.0) / 1000.0},
            {QStringLiteral("entity"), m.entity >= 0 ? QJsonValue(m.entity) : QJsonValue()},
        });
    }
    QJsonArray entities;
    for (qsizetype i = 0; i < analysis.entities.size(); ++i) {
        const Entity &e = analysis.entities[i];
        QJsonArray ms;
        for (int m : e.mentions)
            ms.append(m);
        entities.append(QJsonObject{
            {QStringLiteral("id"), qint64(i)},
            {QStringLiteral("name"), e.name},
            {QStringLiteral("type"), entityTypeCode(e.type)},
            {QStringLiteral("aliases"), QJsonArray::fromStringList(e.aliases)},
            {QStringLiteral("role"), stringOrNull(e.role)},
            {QStringLiteral("affiliation"), e.affiliation >= 0 ? QJsonValue(e.affiliation) : QJsonValue()},
            {QStringLiteral("salience"), qRound(e.salience * 1000.0) / 1000.0},
            {QStringLiteral("mentions"), ms},
            {QStringLiteral("ambiguous"), e.ambiguous},
        });
    }
    return QJsonObject{
        {QStringLiteral("file"), fileLabel},
        {QStringLiteral("article"), article},
        {QStringLiteral("mentions"), mentions},
        {QStringLiteral("entities"), entities},
    };
}

} // namespace dramatis
