#include "ner/taggerrules.h"

#include "ner/bilou.h"

#include <algorithm>

namespace dramatis {

namespace {

bool isTicker(QStringView w)
{
    if (w.isEmpty() || w.size() > 6)
        return false;
    bool letter = false;
    for (QChar c : w) {
        if (c.isUpper())
            letter = true;
        else if (!c.isDigit() && c != u'.')
            return false;
    }
    return letter;
}

void labelExchangeTickers(const TokenizedText &tokens, const Gazetteer &gazetteer, std::vector<int> &labels)
{
    const qsizetype n = tokens.tokens.size();
    const int org = bilou::label(EntityType::Organization, bilou::Unit);
    for (qsizetype i = 0; i + 4 < n; ++i) {
        if (tokens.tokenText(i) != u"(" || tokens.tokenText(i + 2) != u":")
            continue;
        const QStringView close = tokens.tokenText(i + 4);
        if (close != u")" && close != u"," && close != u";")
            continue;
        if (labels[i] != bilou::Outside || labels[i + 2] != bilou::Outside || labels[i + 4] != bilou::Outside)
            continue;
        if (!(gazetteer.lookupWord(tokens.tokenText(i + 1)) & Gazetteer::KnownOrganization)
            || !isTicker(tokens.tokenText(i + 3)))
            continue;
        labels[i + 1] = org;
        labels[i + 3] = org;
    }
}

void dropCommonAcronyms(const TokenizedText &tokens, const Gazetteer &gazetteer, std::vector<int> &labels)
{
    const qsizetype n = tokens.tokens.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (labels[i] != bilou::Outside && bilou::partOf(labels[i]) == bilou::Unit
            && (gazetteer.lookupWord(tokens.tokenText(i)) & Gazetteer::CommonAcronym))
            labels[i] = bilou::Outside;
    }
}

// Whether `w` is written the way a legal form is after a company's name: "Inc", "GmbH", "SpA", "LLC", "plc".
// Two-letter forms ("AS", "AG", "SA", "AB") are also English words and initials, so only their capitals
// count; "Co" only with its period.
bool isDesignatorForm(QStringView w)
{
    if (w == u"plc")
        return true;
    if (w.isEmpty() || !w.front().isUpper())
        return false;
    qsizetype letters = 0;
    bool lower = false;
    for (QChar c : w) {
        if (c.isLetter()) {
            ++letters;
            lower = lower || c.isLower();
        }
    }
    if (letters <= 2)
        return !lower || w == u"Co.";
    return true;
}

// A word that can be part of a company's name: capitalised, and not "Louis-based" or "Oslo-listed".
bool isNameWord(QStringView w)
{
    if (w.isEmpty() || !w.front().isUpper())
        return false;
    const qsizetype dash = w.lastIndexOf(u'-');
    return dash < 0 || dash + 1 == w.size() || !w[dash + 1].isLower();
}

bool hasLowerCase(QStringView w)
{
    return std::any_of(w.begin(), w.end(), [](QChar c) { return c.isLower(); });
}

// Labels tokens [first, end) as one mention of `type` (Begin..Last, or Unit if one token).
void labelMention(std::vector<int> &labels, qsizetype first, qsizetype end, EntityType type)
{
    if (end - first == 1) {
        labels[first] = bilou::label(type, bilou::Unit);
        return;
    }
    labels[first] = bilou::label(type, bilou::Begin);
    for (qsizetype k = first + 1; k + 1 < end; ++k)
        labels[k] = bilou::label(type, bilou::Inside);
    labels[end - 1] = bilou::label(type, bilou::Last);
}

// Tokens [first, end) become one organisation (`first` starts a mention or none); a mention reaching out of
// it to the right keeps its rest.
void makeOrganisation(
    std::vector<int> &labels, std::vector<float> *confidence, qsizetype first, qsizetype end)
{
    const qsizetype n = qsizetype(labels.size());
    if (end < n && labels[end] != bilou::Outside) {
        const bilou::Part p = bilou::partOf(labels[end]);
        if (p == bilou::Inside || p == bilou::Last) {
            qsizetype e = end;
            while (e < n && bilou::partOf(labels[e]) != bilou::Last)
                ++e;
            labelMention(labels, end, std::min(n, e + 1), bilou::typeOf(labels[end]));
        }
    }
    labelMention(labels, first, end, EntityType::Organization);
    if (confidence) {
        for (qsizetype k = first; k < end; ++k)
            (*confidence)[k] = LegalFormConfidence;
    }
}

void labelLegalForms(const TokenizedText &tokens, const Gazetteer &gazetteer, std::vector<int> &labels,
    std::vector<float> *confidence)
{
    const qsizetype n = tokens.tokens.size();
    qsizetype sentence = 0; // first token of the current sentence
    bool headline = false; // the current sentence has no lower-case word: an all-caps headline
    for (qsizetype i = 0; i < n; ++i) {
        if (i == 0 || tokens.tokens[i].has(Token::SentenceStart)) {
            sentence = i;
            headline = true;
            for (qsizetype k = i; k < n && (k == i || !tokens.tokens[k].has(Token::SentenceStart)); ++k) {
                if (hasLowerCase(tokens.tokenText(k))) {
                    headline = false;
                    break;
                }
            }
            continue; // a designator needs a name before it
        }
        const QStringView w = tokens.tokenText(i);
        if (headline || !isDesignatorForm(w) || !(gazetteer.lookupWord(w) & Gazetteer::CorporateDesignator))
            continue;
        if (!isNameWord(tokens.tokenText(i - 1)))
            continue;
        // "New York AG", "Cape Town SA": an attorney general, a country, after a place the model found.
        const bool shortForm = std::count_if(w.begin(), w.end(), [](QChar c) { return c.isLetter(); }) <= 2;
        if (shortForm && labels[i - 1] != bilou::Outside
            && bilou::typeOf(labels[i - 1]) == EntityType::Location)
            continue;
        // A designator the model already put inside an organisation is nothing to do.
        if (labels[i] != bilou::Outside && bilou::typeOf(labels[i]) == EntityType::Organization)
            continue;
        qsizetype first = i - 1;
        if (labels[i - 1] == bilou::label(EntityType::Organization, bilou::Unit)
            || labels[i - 1] == bilou::label(EntityType::Organization, bilou::Last)) {
            // The model found the company and left out only its legal form ("Pemberton Holdings plc"): its
            // start stands, since tables and bylines put capitalised words before names.
            while (
                bilou::partOf(labels[first]) != bilou::Begin && bilou::partOf(labels[first]) != bilou::Unit)
                --first;
        } else {
            // The name: the capitalised words before the designator ("Procter & Gamble Co."). The sentence's
            // first word counts if the model or the gazetteer takes it for part of a name ("Halvorsen", not
            // "The").
            while (first - 1 > sentence) {
                const QStringView prev = tokens.tokenText(first - 1);
                if (isNameWord(prev) || (prev == u"&" && isNameWord(tokens.tokenText(first - 2))))
                    --first;
                else
                    break;
            }
            if (first - 1 == sentence) {
                const QStringView opening = tokens.tokenText(sentence);
                if (isNameWord(opening)
                    && (labels[sentence] != bilou::Outside || gazetteer.lookupWord(opening) != 0))
                    first = sentence;
            }
            // A mention reaching into the name from the left takes it all ("Ursula von der Leyen").
            while (first > sentence && labels[first] != bilou::Outside
                && bilou::partOf(labels[first]) != bilou::Begin
                && bilou::partOf(labels[first]) != bilou::Unit)
                --first;
        }
        makeOrganisation(labels, confidence, first, i + 1);
    }
}

} // namespace

void applyTaggerRules(const TokenizedText &tokens, const Gazetteer &gazetteer, std::vector<int> &labels,
    std::vector<float> *confidence)
{
    labelExchangeTickers(tokens, gazetteer, labels);
    labelLegalForms(tokens, gazetteer, labels, confidence);
    dropCommonAcronyms(tokens, gazetteer, labels);
}

} // namespace dramatis
