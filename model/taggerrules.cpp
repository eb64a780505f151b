#include "taggerrules.h"

#include "bilou.h"

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

} // namespace

void applyTaggerRules(const TokenizedText &tokens, const Gazetteer &gazetteer, std::vector<int> &labels)
{
    labelExchangeTickers(tokens, gazetteer, labels);
    dropCommonAcronyms(tokens, gazetteer, labels);
}

} // namespace dramatis
