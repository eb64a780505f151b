#include "analysis.h"

#include "analystlexicon.h"
#include "lexiconapplier.h"
#include "resolver.h"
#include "tagger.h"
#include "tokenizer.h"

#include <QElapsedTimer>

#include <algorithm>

namespace dramatis {

qsizetype Analysis::mentionAt(qsizetype pos) const
{
    auto it = std::upper_bound(mentions.cbegin(), mentions.cend(), pos,
                               [](qsizetype p, const Mention &m) { return p < m.start; });
    if (it == mentions.cbegin())
        return -1;
    --it;
    return pos < it->end ? std::distance(mentions.cbegin(), it) : -1;
}

AnalysisPtr analyzeArticle(Article article, const Tagger &tagger, std::stop_token stop,
                           const std::function<void(AnalysisStage)> &progress)
{
    return analyzeArticle(std::move(article), tagger, AnalystLexicon(), std::move(stop), progress);
}

AnalysisPtr analyzeArticle(Article article, const Tagger &tagger, const AnalystLexicon &lexicon,
                           std::stop_token stop, const std::function<void(AnalysisStage)> &progress)
{
    auto report = [&](AnalysisStage s) {
        if (progress)
            progress(s);
    };
    auto result = std::make_shared<Analysis>();
    QElapsedTimer timer;
    report(AnalysisStage::Tokenizing);
    timer.start();
    result->tokens = Tokenizer().tokenize(article.text, stop);
    result->tokenizeMicros = timer.nsecsElapsed() / 1000;
    if (stop.stop_requested())
        return nullptr;
    report(AnalysisStage::Tagging);
    timer.restart();
    result->mentions = tagger.tag(result->tokens, stop);
    result->tagMicros = timer.nsecsElapsed() / 1000;
    result->taggerName = tagger.name();
    const MentionList decided = applyLexicon(lexicon, result->tokens, result->mentions);
    if (stop.stop_requested())
        return nullptr;
    report(AnalysisStage::Resolving);
    result->entities = Resolver().resolve(result->tokens, result->mentions, article.title);
    if (!lexicon.isEmpty()) {
        result->lexiconEntities = applyLexiconToEntities(lexicon, result->tokens, decided, result->mentions,
                                                         result->entities);
    }
    result->article = std::move(article);
    report(AnalysisStage::Done);
    return result;
}

} // namespace dramatis
