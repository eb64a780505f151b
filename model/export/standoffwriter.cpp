#include "export/standoffwriter.h"

#include "core/codepointmap.h"
#include "export/jsonexport.h"

namespace dramatis {

using namespace Qt::StringLiterals;

QString StandoffWriter::bratAnn(const Analysis &analysis)
{
    const QString &text = analysis.article.text;
    const CodePointMap map(text);
    QString out;
    int id = 0;
    for (const Mention &m : analysis.mentions) {
        // A mention never spans a line break in brat's format; replace one defensively.
        const QString surface = text.mid(m.start, m.length()).replace(u'\n', u' ');
        out += u'T' + QString::number(++id) + u'\t' + entityTypeCode(m.type) + u' '
            + QString::number(map.toCodePoints(m.start)) + u' ' + QString::number(map.toCodePoints(m.end)) + u'\t'
            + surface + u'\n';
    }
    return out;
}

QString StandoffWriter::conll(const Analysis &analysis)
{
    const TokenizedText &t = analysis.tokens;
    QString out = u"-DOCSTART- O\n\n"_s;
    qsizetype m = 0;
    for (const Sentence &s : t.sentences) {
        for (qsizetype i = s.firstToken; i < s.endToken; ++i) {
            const Token &token = t.tokens[i];
            while (m < analysis.mentions.size() && analysis.mentions[m].end <= token.start)
                ++m;
            QString tag = u"O"_s;
            if (m < analysis.mentions.size() && analysis.mentions[m].start <= token.start
                && token.end <= analysis.mentions[m].end) {
                tag = (token.start == analysis.mentions[m].start ? u"B-"_s : u"I-"_s)
                    + entityTypeCode(analysis.mentions[m].type);
            }
            // CoNLL columns are space-separated: a token holding a space (rare: none from our tokenizer) is joined.
            out += t.tokenText(i).toString().replace(u' ', u'_') + u' ' + tag + u'\n';
        }
        out += u'\n';
    }
    return out;
}

} // namespace dramatis
