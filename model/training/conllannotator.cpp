#include "training/conllannotator.h"

#include "training/conllcorpus.h"

namespace dramatis {

std::optional<QStringList> ConllAnnotator::annotate(const QByteArray &data, const QString &name,
                                                    const Tagger &tagger, QString *error, QList<float> *confidence)
{
    const auto corpus = ConllCorpus::parse(data, name, false, error);
    if (!corpus)
        return std::nullopt;
    const TokenizedText text = corpus->toTokenizedText();
    const MentionList mentions = tagger.tag(text);

    // Mentions back to one BIO tag per token (mentions sit on token boundaries).
    QStringList tags(text.tokens.size(), QStringLiteral("O"));
    QList<float> scores(text.tokens.size(), 1.0f);
    qsizetype t = 0;
    for (const Mention &m : mentions) {
        while (t < text.tokens.size() && text.tokens[t].start < m.start)
            ++t;
        const QString code = entityTypeCode(m.type);
        bool first = true;
        while (t < text.tokens.size() && text.tokens[t].end <= m.end) {
            tags[t] = (first ? QStringLiteral("B-") : QStringLiteral("I-")) + code;
            scores[t] = m.confidence;
            first = false;
            ++t;
        }
    }

    QStringList out;
    qsizetype token = 0;
    const QString all = QString::fromUtf8(data);
    QList<QStringView> lines = QStringView(all).split(u'\n');
    if (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    out.reserve(lines.size());
    if (confidence) {
        confidence->clear();
        confidence->reserve(lines.size());
    }
    for (QStringView line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QChar sep = line.contains(u'\t') ? u'\t' : u' ';
        float score = 1.0f;
        if (line.trimmed().isEmpty()) {
            out.append(line.toString());
        } else if (!ConllCorpus::isTokenLine(line)) {
            out.append(line.toString() + sep + u'O');
        } else {
            out.append(line.toString() + sep + (token < tags.size() ? tags[token] : QStringLiteral("O")));
            score = token < scores.size() ? scores[token] : 1.0f;
            ++token;
        }
        if (confidence)
            confidence->append(score);
    }
    return out;
}

} // namespace dramatis
