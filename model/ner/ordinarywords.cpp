#include "ner/ordinarywords.h"

#include <QFile>
#include <QSet>

namespace dramatis {

namespace {

// Loaded once, on first use: a few thousand words, lower case.
const QSet<QString> &ordinaryWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> out;
        QFile file(QStringLiteral(":/ner/ordinary-words.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return out;
        const QString text = QString::fromUtf8(file.readAll());
        for (QStringView line : QStringView(text).split(u'\n', Qt::SkipEmptyParts))
            out.insert(line.toString());
        return out;
    }();
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
