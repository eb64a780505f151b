#include "pipeline/pipeline.h"

#include "core/tagger.h"
#include "entities/resolver.h"
#include "identifiers/identifierfinder.h"
#include "identifiers/regionhint.h"
#include "lexicon/analystlexicon.h"
#include "lexicon/lexiconapplier.h"
#include "ner/tokenizer.h"
#include "pipeline/headline.h"

#include <QElapsedTimer>

#include <algorithm>

namespace dramatis {

namespace {

// The title is tagged as the opening of its article: with the start of the body after it, so the
// tagger's document features see how the body writes the same names (an all-caps headline's "NVIDIA"
// next to the body's "Nvidia"). The body's own mentions do not change; they were tagged without the title.
MentionList tagTitle(
    const TokenizedText &titleText, const TokenizedText &body, const Tagger &tagger, std::stop_token stop)
{
    constexpr qsizetype ContextTokens = 1000;
    const QString &title = titleText.text;
    TokenizedText joint = titleText;
    const qsizetype titleCount = joint.tokens.size();
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
                Sentence {s.firstToken + titleCount, std::min(s.endToken, end) + titleCount});
        }
    }
    MentionList mentions = tagger.tag(joint, std::move(stop));
    mentions.erase(std::remove_if(mentions.begin(), mentions.end(),
                       [&](const Mention &m) { return m.end > title.size(); }),
        mentions.end());
    return mentions;
}

// Moves the entities a title alone named (appended from `firstNew` on) to where the resolver's order puts
// them, by type, then salience, and renumbers every index that points at an entity.
void placeTitleEntities(Analysis &a, qsizetype firstNew)
{
    const qsizetype n = a.entities.size();
    if (firstNew >= n)
        return;
    QList<int> order; // new position -> old index
    order.reserve(n);
    for (qsizetype i = 0; i < firstNew; ++i)
        order.append(int(i));
    for (qsizetype i = firstNew; i < n; ++i) {
        const Entity &e = a.entities[i];
        const auto after = std::find_if(order.begin(), order.end(), [&](int o) {
            const Entity &x = a.entities[o];
            return x.type > e.type || (x.type == e.type && x.salience < e.salience);
        });
        order.insert(after, int(i));
    }
    QList<int> newIndex(n);
    EntityList sorted;
    sorted.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        newIndex[order[i]] = int(i);
        sorted.append(a.entities[order[i]]);
    }
    const auto renumber = [&](int &e) {
        if (e >= 0)
            e = newIndex[e];
    };
    for (Entity &e : sorted)
        renumber(e.affiliation);
    for (Mention &m : a.mentions)
        renumber(m.entity);
    for (Mention &m : a.titleMentions)
        renumber(m.entity);
    for (int &e : a.lexiconEntities)
        renumber(e);
    std::sort(a.lexiconEntities.begin(), a.lexiconEntities.end());
    a.entities = std::move(sorted);
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
    filterCapitalisedLines(result->tokens, result->mentions);
    const MentionList decided = applyLexicon(lexicon, result->tokens, result->mentions);
    if (stop.stop_requested())
        return nullptr;
    report(AnalysisStage::Resolving);
    Resolver resolver;
    resolver.knownOrganisation = [&tagger](QStringView name) { return tagger.knowsOrganisation(name); };
    result->entities = resolver.resolve(result->tokens, result->mentions, article.title);
    if (!lexicon.isEmpty()) {
        result->lexiconEntities
            = applyLexiconToEntities(lexicon, result->tokens, decided, result->mentions, result->entities);
    }
    if (!article.title.isEmpty()) {
        // The analyst's corrections hold in the headline too: a name rejected in the text is no entity
        // there either, and a marked one is found.
        const TokenizedText titleTokens = Tokenizer().tokenize(article.title);
        result->titleMentions = supportedHeadlineMentions(titleTokens,
            tagTitle(titleTokens, result->tokens, tagger, stop), result->tokens, result->mentions);
        if (stop.stop_requested())
            return nullptr;
        applyLexicon(lexicon, titleTokens, result->titleMentions);
        const qsizetype bodyEntities = result->entities.size();
        Resolver().attachTitleMentions(article.title, result->titleMentions, result->entities);
        placeTitleEntities(*result, bodyEntities);
    }
    {
        // Phone numbers written without a country code belong to the country the article is about, if
        // it names one.
        timer.restart();
        QStringList places;
        for (const Entity &e : std::as_const(result->entities)) {
            if (e.type == EntityType::Location)
                places.append(e.name);
        }
        const IdentifierFinder finder(phoneRegionHint(places));
        result->identifiers = finder.find(article.text);
        result->titleIdentifiers = finder.find(article.title);
        result->identifyMicros = timer.nsecsElapsed() / 1000;
    }
    result->article = std::move(article);
    report(AnalysisStage::Done);
    return result;
}

} // namespace dramatis
