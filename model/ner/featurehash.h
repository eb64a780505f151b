#pragma once

#include "ner/latinfold.h"

#include <QChar>
#include <QStringView>

#include <cstdint>

// Stable hashes for the tagger's features and gazetteer. They must never change between builds, Qt versions
// or machines (a model stores only hashed feature rows), hence not qHash.
namespace dramatis::featurehash {

inline constexpr std::uint64_t Seed = 0xcbf29ce484222325ULL;

constexpr std::uint64_t mix(std::uint64_t h)
{
    // splitmix64's finaliser: full avalanche, cheap.
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    h ^= h >> 31;
    return h;
}

constexpr std::uint64_t combine(std::uint64_t a, std::uint64_t b)
{
    return mix(a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2)));
}

constexpr std::uint64_t addUnit(std::uint64_t h, char16_t c)
{
    return (h ^ c) * 0x100000001b3ULL; // FNV-1a
}

// Whether `word` has a Latin letter with a diacritic ("Nguyễn", "Łukasz").
inline bool hasDiacritic(QStringView word)
{
    for (QChar c : word) {
        if (c.unicode() >= 0xC0 && latinfold::base(c.unicode()))
            return true;
    }
    return false;
}

// A word folded the way the gazetteer stores it: lower case, typographic apostrophe as ASCII, without a
// trailing period ("Corp." = "corp"); with `DropDiacritics`, Latin letters without their diacritics too
// ("Nguyễn" = "nguyen").
template<bool DropDiacritics>
inline std::uint64_t gazetteerHashOf(QStringView word)
{
    qsizetype n = word.size();
    if (n > 1 && word[n - 1] == u'.')
        --n;
    std::uint64_t h = Seed;
    for (qsizetype i = 0; i < n; ++i) {
        char16_t c = word[i].unicode();
        if (c == 0x2019)
            c = u'\'';
        else if (c < 128)
            c = (c >= u'A' && c <= u'Z') ? c + 32 : c;
        else if (const char16_t base = DropDiacritics ? latinfold::base(c) : 0)
            c = base;
        else
            c = QChar::toLower(c);
        h = addUnit(h, c);
    }
    return mix(h);
}

inline std::uint64_t gazetteerHash(QStringView word)
{
    return gazetteerHashOf<false>(word);
}

inline std::uint64_t foldedGazetteerHash(QStringView word)
{
    return gazetteerHashOf<true>(word);
}

// gazetteerHash() of an ASCII word given as bytes (equal to it for the same characters).
inline std::uint64_t gazetteerHashAscii(const char *word, qsizetype n)
{
    if (n > 1 && word[n - 1] == '.')
        --n;
    std::uint64_t h = Seed;
    for (qsizetype i = 0; i < n; ++i) {
        char16_t c = char16_t(static_cast<unsigned char>(word[i]));
        c = (c >= u'A' && c <= u'Z') ? c + 32 : c;
        h = addUnit(h, c);
    }
    return mix(h);
}

} // namespace dramatis::featurehash
