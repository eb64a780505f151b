#include "gazetteer.h"

#include "featurehash.h"

#include <QFile>

namespace dramatis {

std::uint16_t Gazetteer::find(std::uint64_t key) const
{
    if (m_keys.empty())
        return 0;
    key |= 1; // 0 marks an empty slot
    for (std::uint64_t i = key & m_mask;; i = (i + 1) & m_mask) {
        if (m_keys[i] == key)
            return m_values[i];
        if (m_keys[i] == 0)
            return 0;
    }
}

std::uint16_t &Gazetteer::slot(std::uint64_t key)
{
    key |= 1;
    std::uint64_t i = key & m_mask;
    while (m_keys[i] != 0 && m_keys[i] != key)
        i = (i + 1) & m_mask;
    m_keys[i] = key;
    return m_values[i];
}

std::shared_ptr<const Gazetteer> Gazetteer::fromCompiled(const QByteArray &compiled)
{
    auto g = std::make_shared<Gazetteer>();
    const QString text = QString::fromUtf8(qUncompress(compiled));
    // Entries plus their prefixes (about one per 10 characters), at most half full.
    std::uint64_t capacity = 1024;
    while (capacity < std::uint64_t(text.size() / 10) * 2)
        capacity *= 2;
    g->m_keys.assign(capacity, 0);
    g->m_values.assign(capacity, 0);
    g->m_mask = capacity - 1;
    for (QStringView line : QStringView(text).split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype tab = line.indexOf(u'\t');
        if (tab <= 0)
            continue;
        const QStringView phrase = line.left(tab);
        const auto mask = static_cast<std::uint16_t>(line.mid(tab + 1).toUInt());
        std::uint64_t h = featurehash::Seed;
        qsizetype start = 0;
        bool complete = false;
        for (int tokens = 1; tokens <= MaxPhraseTokens && !complete; ++tokens) {
            qsizetype space = phrase.indexOf(u' ', start);
            const bool last = space < 0;
            if (last)
                space = phrase.size();
            h = featurehash::combine(h, featurehash::gazetteerHash(phrase.mid(start, space - start)));
            complete = last;
            if (!last) {
                g->slot(h) |= PrefixBit;
                start = space + 1;
            }
        }
        if (!complete)
            continue; // longer than any match we try
        g->slot(h) |= mask;
        ++g->m_entries;
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
    return find(h) & ~PrefixBit;
}

void Gazetteer::match(const std::uint64_t *hashes, qsizetype first, qsizetype end, std::vector<Match> &out) const
{
    for (qsizetype i = first; i < end; ++i) {
        std::uint64_t h = featurehash::Seed;
        Match best;
        for (qsizetype j = i; j < end && j - i < MaxPhraseTokens; ++j) {
            h = featurehash::combine(h, hashes[j]);
            const std::uint16_t v = find(h);
            if (v & ~PrefixBit)
                best = Match{i, j + 1, static_cast<std::uint16_t>(v & ~PrefixBit)};
            if (!(v & PrefixBit))
                break;
        }
        if (best.categories)
            out.push_back(best);
    }
}

} // namespace dramatis
