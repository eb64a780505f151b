#include "ner/nerfeatures.h"

#include "ner/bilou.h"
#include "ner/featurehash.h"

#include <algorithm>

namespace dramatis {

namespace {

using featurehash::combine;
using featurehash::mix;

// Feature templates; the numbers are part of the model format (changing one invalidates trained models).
enum Template : std::uint64_t {
    Bias = 1,
    Word = 2, // + offset
    Shape = 10, // + offset
    Exact = 20,
    Prefix = 21, // + length
    Suffix = 26, // + length
    BigramLeft = 31,
    BigramRight = 32,
    CapContext = 33,
    SentenceInitialWord = 34,
    GazetteerPart = 35,
    GazetteerPartCase = 36,
    DocLower = 37,
    DocCapitalised = 38,
    DocPrevious = 39,
    DocNext = 40,
    FirstPassType = 41,
    FirstPassPart = 42,
    WordClass = 43,
    GazetteerNeighbour = 44, // + offset
    DocCapsOnly = 50,
    GazetteerFar = 51, // + 0 (two before) or 1 (two after)
    FirstPassLongest = 52,
};

enum CaseClass : std::uint64_t { NoLetters = 0, Lower = 1, Capitalised = 2, AllUpper = 3, Mixed = 4 };

struct TokenInfo
{
    std::uint64_t lower = 0; // lower case, digits as 0
    std::uint64_t exact = 0;
    std::uint64_t shape = 0;
    std::uint64_t gazetteer = 0;
    std::uint64_t prefix[4] = {};
    std::uint64_t suffix[4] = {};
    CaseClass caseClass = NoLetters;
    int length = 0;
    bool digit = false;
    bool sentenceInitial = false;
    bool capsSentence = false;
};

char16_t foldUnit(char16_t c)
{
    if (c < 128) {
        if (c >= u'A' && c <= u'Z')
            return c + 32;
        if (c >= u'0' && c <= u'9')
            return u'0';
        return c;
    }
    if (c == 0x2019 || c == 0x2018)
        return u'\'';
    return QChar::toLower(c);
}

char16_t shapeUnit(char16_t c)
{
    if (c < 128) {
        if (c >= u'A' && c <= u'Z')
            return u'X';
        if (c >= u'a' && c <= u'z')
            return u'x';
        if (c >= u'0' && c <= u'9')
            return u'd';
        return c;
    }
    const QChar q(c);
    if (q.isUpper())
        return u'X';
    if (q.isLetter())
        return u'x';
    if (q.isDigit())
        return u'd';
    return c == 0x2019 ? u'\'' : c;
}

TokenInfo describe(QStringView w)
{
    TokenInfo t;
    std::uint64_t lower = featurehash::Seed;
    std::uint64_t exact = featurehash::Seed;
    std::uint64_t shape = featurehash::Seed;
    char16_t lastShape = 0;
    int shapeRun = 0;
    int upper = 0;
    int lowerCount = 0;
    bool firstUpper = false;
    const qsizetype n = w.size();
    t.length = int(n);
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = w[i].unicode();
        const char16_t f = foldUnit(c);
        lower = featurehash::addUnit(lower, f);
        exact = featurehash::addUnit(exact, c);
        const char16_t s = shapeUnit(c);
        if (s == lastShape) {
            ++shapeRun;
        } else {
            shapeRun = 1;
            lastShape = s;
        }
        if (shapeRun <= 2) // "Xxxxx" and "Xxxxxxxxx" share "Xxx"
            shape = featurehash::addUnit(shape, s);
        if (s == u'X') {
            ++upper;
            if (i == 0)
                firstUpper = true;
        } else if (s == u'x') {
            ++lowerCount;
        } else if (s == u'd') {
            t.digit = true;
        }
        if (i < 4)
            t.prefix[i] = lower;
    }
    // Suffixes of the folded form, hashed back to front.
    std::uint64_t suffix = featurehash::Seed;
    for (qsizetype i = 0; i < 4 && i < n; ++i) {
        suffix = featurehash::addUnit(suffix, foldUnit(w[n - 1 - i].unicode()));
        t.suffix[i] = suffix;
    }
    t.lower = mix(lower);
    t.exact = mix(exact ^ 0x5555);
    t.shape = mix(shape);
    t.gazetteer = featurehash::gazetteerHash(w);
    if (upper + lowerCount == 0)
        t.caseClass = NoLetters;
    else if (upper == 0)
        t.caseClass = Lower;
    else if (lowerCount == 0)
        t.caseClass = upper > 1 || n == 1 ? AllUpper : Capitalised; // "U.S." upper; "A" upper
    else if (firstUpper && upper == 1)
        t.caseClass = Capitalised;
    else
        t.caseClass = firstUpper ? Capitalised : Mixed; // "McDonald" capitalised, "iPhone" mixed
    return t;
}

std::uint64_t firstPassType(int label)
{
    return label == bilou::Outside ? 9 : std::uint64_t(bilou::typeOf(label));
}

std::uint64_t firstPassPart(int label, std::uint64_t mode)
{
    return std::uint64_t(label + 1) * 8 + mode;
}

// The length of the first-pass mention that token j (of n) is part of, from its BILOU labels.
qsizetype mentionLength(const int *labels, qsizetype n, qsizetype j)
{
    if (labels[j] == bilou::Outside)
        return 0;
    auto continuesLeft = [&](qsizetype i) {
        const bilou::Part p = bilou::partOf(labels[i]);
        return p == bilou::Inside || p == bilou::Last;
    };
    auto continuesRight = [&](qsizetype i) {
        const bilou::Part p = bilou::partOf(labels[i]);
        return p == bilou::Begin || p == bilou::Inside;
    };
    qsizetype b = j;
    while (b > 0 && continuesLeft(b) && labels[b - 1] != bilou::Outside)
        --b;
    qsizetype e = j + 1;
    while (e < n && continuesRight(e - 1) && labels[e] != bilou::Outside)
        ++e;
    return e - b;
}

// Of the other occurrences others[0 .. count) (nearest first), the label of the one inside the longest
// first-pass mention of two tokens or more, or -1. News names a person or company in full first and
// shortens it after ("Aung San Suu Kyi", then "Suu Kyi"): the full mention has the context that decides.
int longestMentionLabel(const int *labels, qsizetype n, const std::int32_t *others, qsizetype count)
{
    qsizetype best = 1;
    int label = -1;
    for (qsizetype k = 0; k < count; ++k) {
        const qsizetype length = mentionLength(labels, n, others[k]);
        if (length > best) {
            best = length;
            label = labels[others[k]];
        }
    }
    return label;
}

std::uint32_t featureIdOf(std::uint64_t tmpl, std::uint64_t value, std::uint32_t shift)
{
    return std::uint32_t(combine(tmpl * 0x9e3779b97f4a7c15ULL, value) >> shift);
}

// Dense ids 0, 1, 2, ... for 64-bit keys (hashes, so their low bits are already uniform), in order of first
// insertion: open addressing with linear probing, sized once for the keys expected.
class DenseIds
{
public:
    explicit DenseIds(std::size_t expected)
    {
        std::size_t capacity = 16;
        while (capacity < expected * 2)
            capacity *= 2;
        m_mask = capacity - 1;
        m_keys.resize(capacity);
        m_ids.assign(capacity, Empty);
    }
    // The key's id, and whether it is new.
    std::pair<std::uint32_t, bool> insert(std::uint64_t key)
    {
        std::size_t slot = key & m_mask;
        while (m_ids[slot] != Empty) {
            if (m_keys[slot] == key)
                return {m_ids[slot], false};
            slot = (slot + 1) & m_mask;
        }
        if (m_count * 2 >= m_mask) // more keys than expected: grow
            return grow(), insert(key);
        m_keys[slot] = key;
        m_ids[slot] = std::uint32_t(m_count);
        return {std::uint32_t(m_count++), true};
    }
    std::size_t size() const { return m_count; }

private:
    static constexpr std::uint32_t Empty = ~std::uint32_t(0);
    void grow()
    {
        std::vector<std::uint64_t> keys = std::move(m_keys);
        std::vector<std::uint32_t> ids = std::move(m_ids);
        m_mask = m_mask * 2 + 1;
        m_keys.assign(m_mask + 1, 0);
        m_ids.assign(m_mask + 1, Empty);
        for (std::size_t k = 0; k < keys.size(); ++k) {
            if (ids[k] == Empty)
                continue;
            std::size_t slot = keys[k] & m_mask;
            while (m_ids[slot] != Empty)
                slot = (slot + 1) & m_mask;
            m_keys[slot] = keys[k];
            m_ids[slot] = ids[k];
        }
    }
    std::vector<std::uint64_t> m_keys;
    std::vector<std::uint32_t> m_ids;
    std::size_t m_mask = 0;
    std::size_t m_count = 0;
};

constexpr std::uint64_t BoundaryLeft = 0x1234567;
constexpr std::uint64_t BoundaryRight = 0x7654321;

} // namespace

void FeatureRows::expandInto(FeatureRows &flat) const
{
    flat.clear();
    flat.ids.reserve(ids.size() * 3);
    const qsizetype n = tokenCount();
    for (qsizetype i = 0; i < n; ++i) {
        flat.ids.insert(flat.ids.end(), ids.begin() + starts[i], ids.begin() + starts[i + 1]);
        const int left = reach[i] & 3;
        const int right = reach[i] >> 2;
        for (int k = -left; k <= right; ++k) {
            const std::size_t slot = std::size_t(types[i + k]) * 5 + std::size_t(k + 2);
            flat.ids.insert(
                flat.ids.end(), typeIds.begin() + typeStarts[slot], typeIds.begin() + typeStarts[slot + 1]);
        }
        flat.starts.push_back(std::uint32_t(flat.ids.size()));
    }
}

NerFeatures::NerFeatures(std::shared_ptr<const Gazetteer> gazetteer, int tableBits)
    : m_gazetteer(std::move(gazetteer))
    , m_bits(tableBits)
{
}

void NerFeatures::extract(
    const TokenizedText &text, qsizetype first, qsizetype end, const int *firstPass, FeatureRows &out) const
{
    const qsizetype n = end - first;
    if (n <= 0)
        return;
    std::vector<TokenInfo> info(n);
    std::vector<std::int32_t> sentenceOf(n);
    std::vector<std::pair<qsizetype, qsizetype>> sentences; // document-relative [begin, end)
    for (qsizetype i = 0; i < n; ++i)
        info[i] = describe(text.tokenText(first + i));

    // Sentences of this document (the tokenizer's, clipped to the document).
    {
        qsizetype begin = 0;
        for (qsizetype i = 0; i <= n; ++i) {
            if (i == n || (i > begin && text.tokens[first + i].has(Token::SentenceStart))) {
                sentences.emplace_back(begin, i);
                begin = i;
            }
        }
    }
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        const auto [b, e] = sentences[s];
        int upper = 0;
        int other = 0;
        for (qsizetype i = b; i < e; ++i) {
            sentenceOf[i] = std::int32_t(s);
            if (info[i].caseClass == AllUpper && info[i].length > 1)
                ++upper;
            else if (info[i].caseClass == Lower || info[i].caseClass == Capitalised
                || info[i].caseClass == Mixed)
                ++other;
        }
        const bool caps = upper >= 1 && other * 5 <= upper;
        for (qsizetype i = b; i < e; ++i) {
            info[i].capsSentence = caps;
            info[i].sentenceInitial = i == b;
        }
        // Sentence-initial after an opening quote or dash still counts as initial.
        if (e - b > 1 && info[b].caseClass == NoLetters)
            info[b + 1].sentenceInitial = true;
    }

    // Gazetteer matches, per sentence.
    std::vector<std::uint64_t> gazHashes(n);
    for (qsizetype i = 0; i < n; ++i)
        gazHashes[i] = m_gazetteer->wordHash(text.tokenText(first + i), info[i].gazetteer);
    std::vector<Gazetteer::Match> matches;
    for (const auto &[b, e] : sentences)
        m_gazetteer->match(gazHashes.data(), b, e, matches);
    // Per token: (token, category mask, BILOU part); a token may sit in several overlapping matches.
    struct GazPart
    {
        std::int32_t token;
        std::uint16_t mask;
        std::uint8_t part;
        bool operator<(const GazPart &o) const { return token < o.token; }
    };
    std::vector<GazPart> gazParts;
    for (const Gazetteer::Match &m : matches) {
        for (qsizetype i = m.first; i < m.end; ++i) {
            const int part = m.end - m.first == 1 ? bilou::Unit
                : i == m.first                    ? bilou::Begin
                : i + 1 == m.end                  ? bilou::Last
                                                  : bilou::Inside;
            gazParts.push_back(GazPart {std::int32_t(i), m.categories, std::uint8_t(part)});
        }
    }
    std::stable_sort(gazParts.begin(), gazParts.end());
    std::vector<std::int32_t> gazFirst(n + 1, 0);
    for (const GazPart &g : gazParts)
        ++gazFirst[g.token + 1];
    for (qsizetype i = 0; i < n; ++i)
        gazFirst[i + 1] += gazFirst[i];
    std::vector<std::uint16_t> wordCategories(n);
    for (const GazPart &g : gazParts) {
        if (g.part == bilou::Unit)
            wordCategories[g.token] |= g.mask;
    }

    // Occurrences of each folded word with letters, for the document-level features: tokens grouped by
    // folded form (a counting sort by dense form id), each group in text order.
    DenseIds forms {std::size_t(n)};
    std::vector<std::int32_t> formOf(n, -1);
    for (qsizetype i = 0; i < n; ++i) {
        if (info[i].caseClass != NoLetters)
            formOf[i] = std::int32_t(forms.insert(info[i].lower).first);
    }
    std::vector<std::int32_t> formStart(forms.size() + 1, 0);
    for (qsizetype i = 0; i < n; ++i) {
        if (formOf[i] >= 0)
            ++formStart[formOf[i] + 1];
    }
    for (std::size_t g = 0; g < forms.size(); ++g)
        formStart[g + 1] += formStart[g];
    std::vector<std::int32_t> byFormIndex(formStart.back());
    std::vector<std::int32_t> rank(n, -1);
    {
        std::vector<std::int32_t> fill(formStart.begin(), formStart.end() - 1);
        for (qsizetype i = 0; i < n; ++i) {
            if (formOf[i] >= 0) {
                rank[i] = fill[formOf[i]]++;
                byFormIndex[rank[i]] = std::int32_t(i);
            }
        }
    }

    const std::uint32_t shift = 64 - m_bits;
    std::vector<std::uint64_t> seen; // per-token dedup of document features
    auto featureId
        = [shift](std::uint64_t tmpl, std::uint64_t value) { return featureIdOf(tmpl, value, shift); };
    auto addFeature
        = [&](std::uint64_t tmpl, std::uint64_t value) { out.ids.push_back(featureId(tmpl, value)); };
    auto addTypeFeature
        = [&](std::uint64_t tmpl, std::uint64_t value) { out.typeIds.push_back(featureId(tmpl, value)); };
    auto wordAt = [&](qsizetype i, qsizetype k) -> std::uint64_t {
        const qsizetype j = i + k;
        const auto s = sentences[sentenceOf[i]];
        if (j < s.first)
            return BoundaryLeft;
        if (j >= s.second)
            return BoundaryRight;
        return info[j].lower;
    };
    auto caseAt = [&](qsizetype i, qsizetype k) -> std::uint64_t {
        const qsizetype j = i + k;
        const auto s = sentences[sentenceOf[i]];
        if (j < s.first || j >= s.second)
            return 7;
        return info[j].caseClass;
    };
    DenseIds typeIndex {std::size_t(n / 2)};
    const auto typeBase = std::uint32_t(out.typeCount()); // `out` may hold earlier documents' types
    // What each occurrence tells the others about the words around it (DocPrevious / DocNext): a key to
    // keep each value once per token, and its feature id.
    std::vector<std::uint64_t> docKeys(std::size_t(n) * 2);
    std::vector<std::uint32_t> docIds(std::size_t(n) * 2);
    for (qsizetype j = 0; j < n; ++j) {
        if (info[j].caseClass == NoLetters || info[j].capsSentence)
            continue;
        docKeys[2 * j] = combine(DocPrevious, wordAt(j, -1));
        docKeys[2 * j + 1] = combine(DocNext, wordAt(j, 1));
        docIds[2 * j] = featureId(DocPrevious, docKeys[2 * j]);
        docIds[2 * j + 1] = featureId(DocNext, docKeys[2 * j + 1]);
    }
    // Each distinct key's dense id and the last token that used it: keeping a value once per token is
    // then one comparison.
    std::vector<std::uint32_t> docKeyIds(docKeys.size());
    {
        DenseIds keys {std::size_t(n)};
        for (std::size_t d = 0; d < docKeys.size(); ++d)
            docKeyIds[d] = keys.insert(docKeys[d]).first;
    }
    std::vector<std::int32_t> docKeyUsedBy(docKeys.size(), -1);
    constexpr qsizetype DocWindow = 400;
    constexpr int MaxOthers = 10;

    auto emitToken = [&](qsizetype i) {
        const TokenInfo &t = info[i];
        const std::uint64_t mode = t.capsSentence ? 2 : t.sentenceInitial ? 1 : 0;
        out.modes.push_back(std::uint8_t(mode));
        addFeature(Bias, 0);
        // What the token itself contributes, at offset 0 and as a neighbour, is its type's business (below);
        // only a window reaching past the sentence is added here.
        const auto s = sentences[sentenceOf[i]];
        for (int k = -2; k <= 2; ++k) {
            const qsizetype j = i + k;
            if (j >= s.first && j < s.second)
                continue;
            addFeature(Word + 2 + k, j < s.first ? BoundaryLeft : BoundaryRight);
            if (k == -1 || k == 1)
                addFeature(Shape + 2 + k, combine(BoundaryLeft, t.capsSentence));
        }
        const qsizetype reachLeft = std::min<qsizetype>(2, i - s.first);
        const qsizetype reachRight = std::min<qsizetype>(2, s.second - 1 - i);
        out.reach.push_back(std::uint8_t(reachLeft | (reachRight << 2)));
        // The token's type: same written form in the same kind of position.
        const std::uint64_t typeKey = combine(t.exact, mode);
        const auto [typeId, isNew] = typeIndex.insert(typeKey);
        out.types.push_back(typeBase + typeId);
        if (isNew) {
            for (int k = -2; k <= 2; ++k) {
                // The token as seen from the token at -k, where it sits at offset k.
                addTypeFeature(Word + 2 + k, t.lower);
                if (k >= -1 && k <= 1)
                    addTypeFeature(Shape + 2 + k, combine(t.shape, t.capsSentence));
                if (k == 0) {
                    if (!t.capsSentence)
                        addTypeFeature(Exact, combine(t.exact, t.sentenceInitial));
                    for (int p = 0; p < 4 && p < t.length - 1; ++p) {
                        addTypeFeature(Prefix + p, t.prefix[p]);
                        addTypeFeature(Suffix + p, t.suffix[p]);
                    }
                    addTypeFeature(
                        CapContext, t.caseClass + 100 * mode + 10000 * std::uint64_t(std::min(t.length, 6)));
                    if (t.sentenceInitial)
                        addTypeFeature(SentenceInitialWord, t.lower);
                }
                out.typeStarts.push_back(std::uint32_t(out.typeIds.size()));
            }
        }
        addFeature(BigramLeft, combine(wordAt(i, -1), t.lower));
        addFeature(BigramRight, combine(t.lower, wordAt(i, 1)));
        addFeature(CapContext, (caseAt(i, -1) * 8 + t.caseClass) * 8 + caseAt(i, 1) + 1000 * mode);
        for (std::int32_t gi = gazFirst[i]; gi < gazFirst[i + 1]; ++gi) {
            const std::uint16_t mask = gazParts[gi].mask;
            const int part = gazParts[gi].part;
            for (unsigned bits = mask; bits; bits &= bits - 1) {
                const int c = __builtin_ctz(bits);
                const std::uint64_t v = std::uint64_t(c) * 8 + std::uint64_t(part);
                addFeature(GazetteerPart, v);
                addFeature(GazetteerPartCase, v * 64 + t.caseClass * 4 + mode);
            }
        }
        for (int k = -1; k <= 1; k += 2) {
            const qsizetype j = i + k;
            if (j < s.first || j >= s.second || !wordCategories[j])
                continue;
            for (unsigned bits = wordCategories[j]; bits; bits &= bits - 1)
                addFeature(GazetteerNeighbour + 1 + k, std::uint64_t(__builtin_ctz(bits)) * 8 + t.caseClass);
        }
        // Two words away: lists ("Microsoft, Amazon and Google") and titles before a name ("Dr. Jane Roe").
        for (int k = -2; k <= 2; k += 4) {
            const qsizetype j = i + k;
            if (j < s.first || j >= s.second || !wordCategories[j])
                continue;
            for (unsigned bits = wordCategories[j]; bits; bits &= bits - 1)
                addFeature(
                    GazetteerFar + (k > 0 ? 1 : 0), std::uint64_t(__builtin_ctz(bits)) * 8 + t.caseClass);
        }

        // Document-level: the other occurrences of this word nearby.
        if (rank[i] < 0)
            return;
        const std::int32_t groupBegin = formStart[formOf[i]];
        const std::int32_t *list = &byFormIndex[groupBegin];
        const qsizetype listSize = formStart[formOf[i] + 1] - groupBegin;
        const qsizetype myRank = rank[i] - groupBegin;
        if (listSize < 2) {
            addFeature(DocCapsOnly, 100 + mode * 8 + t.caseClass); // the only occurrence
            return;
        }
        bool lowerElsewhere = false;
        bool capitalisedElsewhere = false;
        seen.clear();
        int visited = 0;
        // Walk outwards from this occurrence, nearest first.
        qsizetype left = myRank - 1;
        qsizetype right = myRank + 1;
        while (visited < MaxOthers && (left >= 0 || right < listSize)) {
            qsizetype pick;
            if (left < 0)
                pick = right++;
            else if (right >= listSize)
                pick = left--;
            else if (i - list[left] <= list[right] - i)
                pick = left--;
            else
                pick = right++;
            const qsizetype j = list[pick];
            if (std::abs(j - i) > DocWindow) {
                if (left >= 0 && i - list[left] > DocWindow)
                    left = -1;
                if (right < listSize && list[right] - i > DocWindow)
                    right = listSize;
                continue;
            }
            ++visited;
            const TokenInfo &o = info[j];
            if (!o.capsSentence) {
                if (o.caseClass == Lower)
                    lowerElsewhere = true;
                else if (!o.sentenceInitial && (o.caseClass == Capitalised || o.caseClass == AllUpper))
                    capitalisedElsewhere = true;
                for (qsizetype d = 2 * j; d < 2 * j + 2; ++d) {
                    std::int32_t &usedBy = docKeyUsedBy[docKeyIds[d]];
                    if (usedBy != std::int32_t(i)) {
                        usedBy = std::int32_t(i);
                        out.ids.push_back(docIds[d]);
                    }
                }
            }
            out.others.push_back(std::int32_t(j));
            if (firstPass) {
                const int label = firstPass[j];
                const std::uint64_t type = firstPassType(label);
                const std::uint64_t typeKey = combine(FirstPassType, type);
                if (std::find(seen.begin(), seen.end(), typeKey) == seen.end()) {
                    seen.push_back(typeKey);
                    addFeature(FirstPassType, type);
                    addFeature(FirstPassPart, firstPassPart(label, mode));
                }
            }
        }
        if (firstPass) {
            const std::uint32_t from = out.otherStarts.back();
            const int longest = longestMentionLabel(
                firstPass, n, out.others.data() + from, qsizetype(out.others.size() - from));
            if (longest >= 0)
                addFeature(FirstPassLongest, firstPassPart(longest, mode));
        }
        addFeature(DocLower,
            (lowerElsewhere ? 1 : 0) + (capitalisedElsewhere ? 2 : 0) + 4 * mode + 16 * t.caseClass);
    };
    for (qsizetype i = 0; i < n; ++i) {
        emitToken(i);
        out.starts.push_back(std::uint32_t(out.ids.size()));
        out.otherStarts.push_back(std::uint32_t(out.others.size()));
    }
}

void NerFeatures::firstPassFeatures(const FeatureRows &rows, const int *firstPass,
    std::vector<std::uint32_t> &ids, std::vector<std::uint32_t> &starts) const
{
    const std::uint32_t shift = 64 - m_bits;
    ids.clear();
    starts.assign(1, 0);
    // Both templates take few values: hash each once.
    std::uint32_t typeIds[10];
    for (std::uint64_t v = 0; v < 10; ++v)
        typeIds[v] = featureIdOf(FirstPassType, v, shift);
    std::uint32_t partIds[(bilou::LabelCount + 1) * 8];
    for (std::uint64_t v = 0; v < std::size(partIds); ++v)
        partIds[v] = featureIdOf(FirstPassPart, v, shift);
    std::uint32_t longestIds[(bilou::LabelCount + 1) * 8];
    for (std::uint64_t v = 0; v < std::size(longestIds); ++v)
        longestIds[v] = featureIdOf(FirstPassLongest, v, shift);
    const qsizetype n = qsizetype(rows.modes.size());
    for (qsizetype i = 0; i < n; ++i) {
        std::uint32_t seenTypes = 0;
        for (std::uint32_t k = rows.otherStarts[i]; k < rows.otherStarts[i + 1]; ++k) {
            const int label = firstPass[rows.others[k]];
            const std::uint64_t type = firstPassType(label);
            if (seenTypes & (1u << type))
                continue;
            seenTypes |= 1u << type;
            ids.push_back(typeIds[type]);
            ids.push_back(partIds[firstPassPart(label, rows.modes[i])]);
        }
        const int longest = longestMentionLabel(firstPass, n, rows.others.data() + rows.otherStarts[i],
            rows.otherStarts[i + 1] - rows.otherStarts[i]);
        if (longest >= 0)
            ids.push_back(longestIds[firstPassPart(longest, rows.modes[i])]);
        starts.push_back(std::uint32_t(ids.size()));
    }
}

} // namespace dramatis
