#include "lexicon/lexicontagger.h"

#include "ner/tokenizer.h"

namespace dramatis {

void LexiconTagger::add(const QString &phrase, EntityType type)
{
    const TokenizedText tt = Tokenizer().tokenize(phrase);
    QStringList parts;
    for (qsizetype i = 0; i < tt.tokens.size(); ++i)
        parts.append(tt.tokenText(i).toString());
    if (parts.isEmpty())
        return;
    auto &list = m_byFirst[parts.front()];
    list.append({parts, type});
    // Longest first, so the first match found is the longest.
    std::stable_sort(list.begin(), list.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
}

MentionList LexiconTagger::tag(const TokenizedText &tokens, std::stop_token stop) const
{
    MentionList out;
    const qsizetype n = tokens.tokens.size();
    for (qsizetype i = 0; i < n; ++i) {
        if ((i & 0xFFF) == 0 && stop.stop_requested())
            break;
        const auto it = m_byFirst.constFind(tokens.tokenText(i).toString());
        if (it == m_byFirst.cend())
            continue;
        for (const auto &[parts, type] : *it) {
            if (i + parts.size() > n)
                continue;
            bool match = true;
            for (qsizetype k = 1; k < parts.size() && match; ++k)
                match = tokens.tokenText(i + k) == parts[k];
            if (match) {
                out.append(Mention{tokens.tokens[i].start, tokens.tokens[i + parts.size() - 1].end, type, 1.0f});
                i += parts.size() - 1;
                break;
            }
        }
    }
    return out;
}

} // namespace dramatis
