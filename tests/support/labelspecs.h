#pragma once

// Tagger labels written as text, for the tests of the rules after decoding: "PER Marine ASA" is a mention
// (type code, space, its text), and describe() spells labels back the same way.
#include "core/token.h"
#include "ner/bilou.h"

#include <QHash>
#include <QStringList>

#include <vector>

namespace dramatis::testing {

// Labels for `mentions`, each at the first whole-token occurrence of its text; the same text again means
// its next occurrence.
inline std::vector<int> labelsFor(const TokenizedText &tokens, const QStringList &mentions)
{
    std::vector<int> labels(tokens.tokens.size(), bilou::Outside);
    // Mentions come in text order: each is looked for after the one before ("PER Ana Ruiz", "PER Ana").
    qsizetype next = 0;
    for (const QString &m : mentions) {
        const qsizetype space = m.indexOf(u' ');
        const std::optional<EntityType> type = entityTypeFromCode(QStringView(m).left(space));
        const QString name = m.mid(space + 1);
        const qsizetype at = tokens.text.indexOf(name, next);
        next = at + name.size();
        const auto [first, end] = tokens.tokenRange(at, at + name.size());
        if (!type || at < 0 || end <= first)
            qFatal("mention not in the sentence, or an unknown type");
        for (qsizetype k = first; k < end; ++k) {
            const bilou::Part part = end - first == 1 ? bilou::Unit
                : k == first                          ? bilou::Begin
                : k + 1 == end                        ? bilou::Last
                                                      : bilou::Inside;
            labels[k] = bilou::label(*type, part);
        }
    }
    return labels;
}

// "ORG Halvorsen Marine ASA; LOC Bergen": the mentions the labels spell, in order.
inline QString describe(const TokenizedText &tokens, const std::vector<int> &labels)
{
    QStringList out;
    const qsizetype n = qsizetype(labels.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (labels[i] == bilou::Outside)
            continue;
        qsizetype j = i;
        while (
            bilou::partOf(labels[j]) != bilou::Unit && bilou::partOf(labels[j]) != bilou::Last && j + 1 < n)
            ++j;
        out << entityTypeCode(bilou::typeOf(labels[i])) + u' '
                + tokens.text.mid(tokens.tokens[i].start, tokens.tokens[j].end - tokens.tokens[i].start);
        i = j;
    }
    return out.join(QStringLiteral("; "));
}

} // namespace dramatis::testing
