#pragma once

#include <QList>
#include <QString>

#include <algorithm>
#include <utility>

namespace dramatis {

// One token of the text: [start, end) in UTF-16 units of the text it was cut from.
struct Token
{
    enum Flag : quint8 {
        Word = 1 << 0, // letters (possibly with digits, apostrophes, hyphens, inner dots)
        Number = 1 << 1,
        Punctuation = 1 << 2,
        SentenceStart = 1 << 3, // first token of its sentence
        ParagraphStart = 1 << 4, // first token after a blank line (or the start of the text)
    };
    qsizetype start = 0;
    qsizetype end = 0;
    quint8 flags = 0;

    qsizetype length() const { return end - start; }
    bool has(Flag f) const { return (flags & f) != 0; }
    friend bool operator==(const Token &, const Token &) = default;
};

// A sentence is a run of tokens [firstToken, endToken).
struct Sentence
{
    qsizetype firstToken = 0;
    qsizetype endToken = 0;
    friend bool operator==(const Sentence &, const Sentence &) = default;
};

// Tokens of one text, in order, with its sentences. `documents` marks document breaks (first token index
// of each document) for inputs such as CoNLL files that hold several; an article is one document.
struct TokenizedText
{
    QString text;
    QList<Token> tokens;
    QList<Sentence> sentences;
    QList<qsizetype> documentStarts{0};

    QStringView tokenText(qsizetype i) const
    {
        const Token &t = tokens.at(i);
        return QStringView(text).mid(t.start, t.length());
    }

    // The tokens [first, end) that overlap the text range [start, end).
    std::pair<qsizetype, qsizetype> tokenRange(qsizetype start, qsizetype end) const
    {
        const auto first = std::lower_bound(tokens.cbegin(), tokens.cend(), start,
                                            [](const Token &t, qsizetype pos) { return t.end <= pos; });
        const auto last = std::lower_bound(first, tokens.cend(), end,
                                           [](const Token &t, qsizetype pos) { return t.start < pos; });
        return {first - tokens.cbegin(), last - tokens.cbegin()};
    }
};

} // namespace dramatis
