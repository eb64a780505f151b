#pragma once

#include "core/token.h"
#include "ner/hugepagebuffer.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace dramatis {

// Lists of names the tagger consults as features (never as answers): first names and surnames with
// frequency tiers, companies with and without their legal suffixes, countries, cities, regions,
// nationalities, corporate designators, honorifics and job titles. Compiled by
// resources/model/build-gazetteer.py; matched case-insensitively over whole tokens, longest entry first.
class Gazetteer final
{
public:
    // Keep in sync with build-gazetteer.py.
    enum Category : std::uint16_t {
        FirstNameCommon = 1 << 0,
        FirstName = 1 << 1,
        SurnameCommon = 1 << 2,
        Surname = 1 << 3,
        Company = 1 << 4,
        CorporateDesignator = 1 << 5,
        Country = 1 << 6,
        City = 1 << 7,
        Region = 1 << 8,
        Nationality = 1 << 9,
        Honorific = 1 << 10,
        JobTitle = 1 << 11,
        OrganizationWord = 1 << 12,
        KnownOrganization = 1 << 13, // hand-written and S&P 500 names: rarely anything but an organisation
        CommonAcronym = 1 << 14, // "AI", "CEO", "GDP": upper case, yet no name
    };
    static constexpr int CategoryCount = 15;
    static constexpr int MaxPhraseTokens = 8;

    // A match: tokens [first, end) are an entry of the categories in `categories`.
    struct Match
    {
        qsizetype first = 0;
        qsizetype end = 0;
        std::uint16_t categories = 0;
    };

    // Parses the compiled form (qCompress'ed "phrase<TAB>mask" lines). Empty on malformed data.
    static std::shared_ptr<const Gazetteer> fromCompiled(const QByteArray &compiled);
    // The hash table as a flat little-endian image (a 64-byte header, the keys, the values), which
    // fromImage() uses where it lies. The build compiles resources/model/gazetteer.qz into one and links it
    // in.
    QByteArray image() const;
    // Views an image written by image(): `data` (8-byte aligned) must outlive the gazetteer. nullptr (and
    // `error`) if it is not one; the keys and values are not read (any content is safe to look up in).
    static std::shared_ptr<const Gazetteer> fromImage(
        const char *data, qsizetype size, QString *error = nullptr);
    // The one linked into the binary, viewed once (empty if the binary has none).
    static std::shared_ptr<const Gazetteer> builtIn();

    qsizetype size() const { return m_entries; }
    // Categories of a single word (0 if none).
    std::uint16_t lookupWord(QStringView word) const;
    // The hash match() takes for `word`: featurehash::gazetteerHash(), or, for a word with diacritics the
    // lists do not hold as written, the hash without them when that finds something ("Nguyễn" finds
    // "nguyen"; "Zürich" stays "zürich", which the lists hold). `plain` is the word's gazetteerHash().
    std::uint64_t wordHash(QStringView word, std::uint64_t plain) const;
    // All longest matches starting at each token of [first, end), given the tokens' gazetteer hashes
    // (featurehash::gazetteerHash). Matches do not cross `end`.
    void match(const std::uint64_t *hashes, qsizetype first, qsizetype end, std::vector<Match> &out) const;

private:
    static constexpr std::uint16_t PrefixBit = 1 << 15; // "some longer entry continues this phrase"
    // Open addressing over phrase hashes: the low bits pick the slot, the high 32 bits are the stored key
    // (0 = empty slot). No allocation per entry and a small table, so loading is fast. A lookup probes at
    // most m_maxProbe slots past the first (the longest run any key needed), so even a table without an
    // empty slot ends every search.
    std::uint16_t find(std::uint64_t key) const;
    std::uint16_t &slot(std::uint64_t key);
    const std::uint32_t *m_keys = nullptr;
    const std::uint16_t *m_values = nullptr;
    HugeVector<std::uint32_t> m_ownKeys; // the storage when parsed, empty when viewing an image
    HugeVector<std::uint16_t> m_ownValues;
    std::uint64_t m_mask = 0;
    std::uint64_t m_maxProbe = 0;
    qsizetype m_entries = 0;
};

} // namespace dramatis
