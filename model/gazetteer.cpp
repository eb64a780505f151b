#include "gazetteer.h"

#include "featurehash.h"

#include <QFile>

namespace dramatis {

std::shared_ptr<const Gazetteer> Gazetteer::fromCompiled(const QByteArray &compiled)
{
    auto g = std::make_shared<Gazetteer>();
    const QByteArray text = qUncompress(compiled);
    g->m_phrases.reserve(text.count('\n') * 5 / 4);
    const char *p = text.constData();
    const char *const endOfText = p + text.size();
    while (p < endOfText) {
        const char *eol = static_cast<const char *>(memchr(p, '\n', endOfText - p));
        if (!eol)
            eol = endOfText;
        const char *tab = static_cast<const char *>(memchr(p, '\t', eol - p));
        if (tab) {
            const std::uint16_t mask = static_cast<std::uint16_t>(std::atoi(tab + 1));
            const QString phrase = QString::fromUtf8(p, tab - p);
            if (phrase.count(u' ') >= MaxPhraseTokens) {
                p = eol + 1;
                continue;
            }
            std::uint64_t h = featurehash::Seed;
            qsizetype start = 0;
            int tokens = 0;
            while (start <= phrase.size()) {
                qsizetype space = phrase.indexOf(u' ', start);
                if (space < 0)
                    space = phrase.size();
                h = featurehash::combine(h, featurehash::gazetteerHash(QStringView(phrase).mid(start, space - start)));
                ++tokens;
                start = space + 1;
                if (start <= phrase.size())
                    g->m_phrases[h] |= PrefixBit;
            }
            g->m_phrases[h] |= mask;
            ++g->m_entries;
        }
        p = eol + 1;
    }
    return g;
}

std::shared_ptr<const Gazetteer> Gazetteer::builtIn()
{
    static const std::shared_ptr<const Gazetteer> g = [] {
        QFile f(QStringLiteral(":/dramatis/model/gazetteer.qz"));
        return f.open(QIODevice::ReadOnly) ? fromCompiled(f.readAll()) : std::make_shared<Gazetteer>();
    }();
    return g;
}

std::uint16_t Gazetteer::lookupWord(QStringView word) const
{
    const std::uint64_t h = featurehash::combine(featurehash::Seed, featurehash::gazetteerHash(word));
    return m_phrases.value(h, 0) & ~PrefixBit;
}

void Gazetteer::match(const std::uint64_t *hashes, qsizetype first, qsizetype end, std::vector<Match> &out) const
{
    for (qsizetype i = first; i < end; ++i) {
        std::uint64_t h = featurehash::Seed;
        Match best;
        for (qsizetype j = i; j < end && j - i < MaxPhraseTokens; ++j) {
            h = featurehash::combine(h, hashes[j]);
            const auto it = m_phrases.constFind(h);
            if (it == m_phrases.cend())
                break;
            if (*it & ~PrefixBit)
                best = Match{i, j + 1, static_cast<std::uint16_t>(*it & ~PrefixBit)};
            if (!(*it & PrefixBit))
                break;
        }
        if (best.categories)
            out.push_back(best);
    }
}

} // namespace dramatis
