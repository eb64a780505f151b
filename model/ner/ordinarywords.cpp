#include "ner/ordinarywords.h"

#include "ner/wordlist.h"

#include <QVarLengthArray>

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
    // The tagger's rules ask this of most capitalised words of a text: an ASCII word (nearly all of them) is
    // lowered on the stack and looked up without a copy, which is what toLower() gives for it.
    QVarLengthArray<char16_t, 40> lower(word.size());
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t c = word[i].unicode();
        if (c >= 128)
            return ordinaryWords().contains(word.toString().toLower());
        lower[i] = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
    }
    return ordinaryWords().contains(
        QString::fromRawData(reinterpret_cast<const QChar *>(lower.constData()), lower.size()));
}

} // namespace dramatis
