#include "ner/gazetteer.h"

#include "ner/featurehash.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace dramatis {

namespace {

constexpr char ImageMagic[4] = {'D', 'G', 'A', 'Z'};
constexpr std::uint32_t ImageVersion = 1;

// The image's first 64 bytes; the keys (uint32 per slot) follow, then the values (uint16 per slot).
struct ImageHeader
{
    char magic[4];
    std::uint32_t version;
    std::uint64_t capacity; // slots, a power of two
    std::uint64_t maxProbe;
    std::uint64_t entries;
    std::uint8_t reserved[32];
};
static_assert(sizeof(ImageHeader) == 64);

} // namespace

std::uint16_t Gazetteer::find(std::uint64_t key) const
{
    if (!m_keys)
        return 0;
    const std::uint32_t stored = std::uint32_t(key >> 32) | 1; // 0 marks an empty slot
    for (std::uint64_t probe = 0, i = key & m_mask; probe <= m_maxProbe; ++probe, i = (i + 1) & m_mask) {
        if (m_keys[i] == stored)
            return m_values[i];
        if (m_keys[i] == 0)
            return 0;
    }
    return 0;
}

std::uint16_t &Gazetteer::slot(std::uint64_t key)
{
    const std::uint32_t stored = std::uint32_t(key >> 32) | 1;
    std::uint64_t i = key & m_mask;
    std::uint64_t probe = 0;
    while (m_ownKeys[i] != 0 && m_ownKeys[i] != stored) {
        i = (i + 1) & m_mask;
        ++probe;
    }
    m_maxProbe = std::max(m_maxProbe, probe);
    m_ownKeys[i] = stored;
    return m_ownValues[i];
}

std::shared_ptr<const Gazetteer> Gazetteer::fromCompiled(const QByteArray &compiled)
{
    auto g = std::make_shared<Gazetteer>();
    const QByteArray utf8 = qUncompress(compiled);
    // Room for every entry and every multi-word prefix, at most 3/4 full.
    const auto keys = std::uint64_t(
        std::count(utf8.cbegin(), utf8.cend(), '\n') + std::count(utf8.cbegin(), utf8.cend(), ' '));
    std::uint64_t capacity = 1024;
    while (capacity * 3 < keys * 4)
        capacity *= 2;
    g->m_ownKeys.assign(capacity, 0);
    g->m_ownValues.assign(capacity, 0);
    g->m_keys = g->m_ownKeys.data();
    g->m_values = g->m_ownValues.data();
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
        const bool ascii
            = std::all_of(line, tab, [](char c) { return static_cast<unsigned char>(c) < 0x80; });
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
            const std::uint64_t word = ascii
                ? featurehash::gazetteerHashAscii(line + start, space - start)
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

QByteArray Gazetteer::image() const
{
    const std::uint64_t capacity = m_keys ? m_mask + 1 : 0;
    ImageHeader header {};
    std::memcpy(header.magic, ImageMagic, sizeof ImageMagic);
    header.version = ImageVersion;
    header.capacity = capacity;
    header.maxProbe = m_maxProbe;
    header.entries = std::uint64_t(m_entries);
    QByteArray out;
    out.reserve(qsizetype(sizeof header + capacity * 6));
    out.append(reinterpret_cast<const char *>(&header), sizeof header);
    out.append(reinterpret_cast<const char *>(m_keys), qsizetype(capacity * sizeof(std::uint32_t)));
    out.append(reinterpret_cast<const char *>(m_values), qsizetype(capacity * sizeof(std::uint16_t)));
    return out;
}

std::shared_ptr<const Gazetteer> Gazetteer::fromImage(const char *data, qsizetype size, QString *error)
{
    auto fail = [&](const char *why) -> std::shared_ptr<const Gazetteer> {
        if (error)
            *error = QCoreApplication::translate("Gazetteer", why);
        return nullptr;
    };
    ImageHeader header;
    if (!data || size < qsizetype(sizeof header))
        return fail("not a gazetteer image (too short)");
    std::memcpy(&header, data, sizeof header);
    if (std::memcmp(header.magic, ImageMagic, sizeof ImageMagic) != 0)
        return fail("not a gazetteer image (bad magic)");
    if (header.version != ImageVersion || (header.capacity & (header.capacity - 1)) != 0
        || header.capacity > (std::uint64_t(1) << 32))
        return fail("unsupported gazetteer image version");
    if (reinterpret_cast<std::uintptr_t>(data) % alignof(std::uint32_t) != 0)
        return fail("misaligned gazetteer image");
    if (std::uint64_t(size) != sizeof header + header.capacity * 6)
        return fail("truncated gazetteer image");
    auto g = std::make_shared<Gazetteer>();
    if (header.capacity > 0) {
        g->m_keys = reinterpret_cast<const std::uint32_t *>(data + sizeof header);
        g->m_values = reinterpret_cast<const std::uint16_t *>(data + sizeof header + header.capacity * 4);
        g->m_mask = header.capacity - 1;
        g->m_maxProbe = std::min(header.maxProbe, header.capacity - 1);
        g->m_entries = qsizetype(header.entries);
    }
    return g;
}

std::uint16_t Gazetteer::lookupWord(QStringView word) const
{
    const std::uint64_t h
        = featurehash::combine(featurehash::Seed, wordHash(word, featurehash::gazetteerHash(word)));
    return find(h) & ~PrefixBit;
}

std::uint64_t Gazetteer::wordHash(QStringView word, std::uint64_t plain) const
{
    // As written when the lists hold the word itself; else without diacritics when that finds an entry or
    // the start of one; else as written (it may start a longer entry: "Nguyễn" of a place's name).
    if (!featurehash::hasDiacritic(word)
        || (find(featurehash::combine(featurehash::Seed, plain)) & ~PrefixBit))
        return plain;
    const std::uint64_t folded = featurehash::foldedGazetteerHash(word);
    return find(featurehash::combine(featurehash::Seed, folded)) ? folded : plain;
}

void Gazetteer::match(
    const std::uint64_t *hashes, qsizetype first, qsizetype end, std::vector<Match> &out) const
{
    for (qsizetype i = first; i < end; ++i) {
        std::uint64_t h = featurehash::Seed;
        Match best;
        for (qsizetype j = i; j < end && j - i < MaxPhraseTokens; ++j) {
            h = featurehash::combine(h, hashes[j]);
            const std::uint16_t v = find(h);
            if (v & ~PrefixBit)
                best = Match {i, j + 1, static_cast<std::uint16_t>(v & ~PrefixBit)};
            if (!(v & PrefixBit))
                break;
        }
        if (best.categories)
            out.push_back(best);
    }
}

} // namespace dramatis
