#include "ner/ordinarywords.h"

#include "ner/wordlist.h"

namespace dramatis {

namespace {

// Loaded once, on first use: a few thousand words, lower case.
const QSet<QString> &ordinaryWords()
{
    static const QSet<QString> words = readWordList(QStringLiteral(":/ner/ordinary-words.txt"));
    return words;
}

} // namespace

bool isOrdinaryWord(QStringView word)
{
    if (word.isEmpty() || word.size() > 40)
        return false;
    return ordinaryWords().contains(word.toString().toLower());
}

} // namespace dramatis
