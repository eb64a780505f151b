#include "gazetteer.h"

#include "featurehash.h"

#include <QFile>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace dramatis {

std::uint16_t Gazetteer::find(std::uint64_t key) const
{
    if (m_keys.empty())
        return 0;
    const std::uint32_t stored = std::uint32_t(key >> 32) | 1; // 0 marks an empty slot
    for (std::uint64_t i = key & m_mask;; i = (i + 1) & m_mask) {
        if (m_keys[i] == stored)
            return m_values[i];
        if (m_keys[i] == 0)
            return 0;
    }
}

std::uint16_t &Gazetteer::slot(std::uint64_t key)
{
    const std::uint32_t stored = std::uint32_t(key >> 32) | 1;
    std::uint64_t i = key & m_mask;
    while (m_keys[i] != 0 && m_keys[i] != stored)
        i = (i + 1) & m_mask;
    m_keys[i] = stored;
    return m_values[i];
}

std::shared_ptr<const Gazetteer> Gazetteer::fromCompiled(const QByteArray &compiled)
{
    auto g = std::make_shared<Gazetteer>();
    const QByteArray utf8 = qUncompress(compiled);
    // Room for every entry and every multi-word prefix, at most 3/4 full.
    const auto keys = std::uint64_t(std::count(utf8.cbegin(), utf8.cend(), '\n') + std::count(utf8.cbegin(), utf8.cend(), ' '));
    std::uint64_t capacity = 1024;
    while (capacity * 3 < keys * 4)
        capacity *= 2;
    g->m_keys.assign(capacity, 0);
    g->m_values.assign(capacity, 0);
    g->m_mask = capacity - 1;
    // Lines are "phrase<TAB>mask"; ASCII phrases (nearly all) are hashed straight from the bytes.
    const char *p = utf8.constData();
    const char *const endOfText = p + utf8.size();
    QString wide;
    while (p < endOfText) {
        const char *eol = static_cast<const char *>(std::memchr(p, '\n', std::size_t(endOfText - p)));
        if (!eol)
            eol = endOfText;
        const char *tab = static_cast<const char *>(std::memchr(p, '\t', std::size_t(eol - p)));
        const char *line = p;
        p = eol + 1;
        if (!tab || tab == line)
            continue;
        const auto mask = static_cast<std::uint16_t>(std::strtoul(tab + 1, nullptr, 10));
        const bool ascii = std::all_of(line, tab, [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        if (!ascii)
            wide = QString::fromUtf8(line, tab - line);
        // Hashes the phrase word by word, marking each multi-word prefix.
        std::uint64_t h = featurehash::Seed;
        int tokens = 0;
        qsizetype start = 0;
        const qsizetype length = ascii ? qsizetype(tab - line) : wide.size();
        bool complete = false;
        while (!complete && tokens < MaxPhraseTokens) {
            qsizetype space = start;
            while (space < length && (ascii ? line[space] != ' ' : wide.at(space) != u' '))
                ++space;
            const std::uint64_t word = ascii ? featurehash::gazetteerHashAscii(line + start, space - start)
                                             : featurehash::gazetteerHash(QStringView(wide).mid(start, space - start));
            h = featurehash::combine(h, word);
            ++tokens;
            complete = space >= length;
            if (!complete) {
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
