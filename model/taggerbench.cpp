#include "taggerbench.h"

#include "tokenizer.h"

#include <QElapsedTimer>

#include <limits>

namespace dramatis {

TaggerBenchResult benchTagger(const QString &text, const Tagger &tagger, int repetitions)
{
    TaggerBenchResult r;
    const Tokenizer tokenizer;
    qint64 bestTokenize = std::numeric_limits<qint64>::max();
    qint64 bestTag = std::numeric_limits<qint64>::max();
    for (int i = 0; i < std::max(1, repetitions); ++i) {
        QElapsedTimer t;
        t.start();
        const TokenizedText tokens = tokenizer.tokenize(text);
        bestTokenize = std::min(bestTokenize, t.nsecsElapsed());
        r.tokens = tokens.tokens.size();
    }
    for (int i = 0; i < std::max(1, repetitions); ++i) {
        QElapsedTimer t;
        t.start();
        const TokenizedText tokens = tokenizer.tokenize(text);
        const MentionList mentions = tagger.tag(tokens);
        bestTag = std::min(bestTag, t.nsecsElapsed());
        r.mentions = mentions.size();
    }
    r.tokenizeTokensPerSecond = double(r.tokens) * 1e9 / double(std::max<qint64>(bestTokenize, 1));
    r.tagTokensPerSecond = double(r.tokens) * 1e9 / double(std::max<qint64>(bestTag, 1));
    return r;
}

} // namespace dramatis
