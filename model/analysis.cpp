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

namespace {

// The title is tagged as the opening of its article: with the start of the body after it, so the
// tagger's document features see how the body writes the same names (an all-caps headline's "NVIDIA"
// next to the body's "Nvidia"). The body's own mentions do not change; they were tagged without the title.
MentionList tagTitle(const QString &title, const TokenizedText &body, const Tagger &tagger)
{
    constexpr qsizetype ContextTokens = 1000;
    TokenizedText joint = Tokenizer().tokenize(title);
    const qsizetype titleTokens = joint.tokens.size();
    const qsizetype take = std::min(ContextTokens, body.tokens.size());
    if (take > 0) {
        // Whole sentences of the body, moved behind the title and a paragraph break.
        qsizetype end = take;
        while (end < body.tokens.size() && end < 2 * ContextTokens
            && !body.tokens[end].has(Token::SentenceStart))
            ++end;
        const qsizetype bodyEnd = body.tokens[end - 1].end;
        const qsizetype shift = title.size() + 2;
        joint.text = title + u"\n\n" + QStringView(body.text).left(bodyEnd);
        for (qsizetype i = 0; i < end; ++i) {
            Token t = body.tokens[i];
            t.start += shift;
            t.end += shift;
            if (i == 0)
                t.flags |= Token::SentenceStart | Token::ParagraphStart;
            joint.tokens.append(t);
        }
        for (const Sentence &s : body.sentences) {
            if (s.firstToken >= end)
                break;
            joint.sentences.append(
                Sentence {s.firstToken + titleTokens, std::min(s.endToken, end) + titleTokens});
        }
    }
    MentionList mentions = tagger.tag(joint);
    mentions.erase(std::remove_if(mentions.begin(), mentions.end(),
                       [&](const Mention &m) { return m.end > title.size(); }),
        mentions.end());
    return mentions;
}

} // namespace

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
    if (!article.title.isEmpty()) {
        result->titleMentions = tagTitle(article.title, result->tokens, tagger);
        Resolver().attachTitleMentions(article.title, result->titleMentions, result->entities);
    }
    result->article = std::move(article);
    report(AnalysisStage::Done);
    return result;
}

} // namespace dramatis
