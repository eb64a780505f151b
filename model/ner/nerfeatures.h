#pragma once

#include "core/token.h"
#include "ner/gazetteer.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace dramatis {

// The hashed feature rows of each token. What depends only on a token's written form and position kind
// (its "type") is stored once per type, for each offset -2..2 at which it is seen from a token of its
// window, so a tagger can sum a type's weights once and reuse them (most tokens of a text repeat a type).
// Token i owns the context ids[starts[i] .. starts[i + 1]) plus, for each k in [-left, right] of reach[i]
// (left = reach & 3, right = reach >> 2), typeIds[typeStarts[5 t + k + 2] .. typeStarts[5 t + k + 3])
// with t = types[i + k].
struct FeatureRows
{
    std::vector<std::uint32_t> ids;
    std::vector<std::uint32_t> starts {0};
    std::vector<std::uint32_t> types;
    std::vector<std::uint8_t> reach;
    std::vector<std::uint32_t> typeIds;
    std::vector<std::uint32_t> typeStarts {0};
    // For each token, the other occurrences of its word that its document features looked at
    // (others[otherStarts[i] .. otherStarts[i + 1]), document-relative) and its position kind: what a
    // second pass needs to add first-pass features without extracting everything again.
    std::vector<std::int32_t> others;
    std::vector<std::uint32_t> otherStarts {0};
    std::vector<std::uint8_t> modes;

    void clear()
    {
        ids.clear();
        starts.assign(1, 0);
        types.clear();
        reach.clear();
        typeIds.clear();
        typeStarts.assign(1, 0);
        others.clear();
        otherStarts.assign(1, 0);
        modes.clear();
    }
    qsizetype tokenCount() const { return qsizetype(starts.size()) - 1; }
    qsizetype typeCount() const { return (qsizetype(typeStarts.size()) - 1) / 5; }
    // Every token's complete list, in ids/starts (types left empty): the form training wants.
    void expandInto(FeatureRows &flat) const;
};

// Turns the tokens of one document into hashed feature rows for the entity tagger, in the spirit of
// Ratinov & Roth (2009): the word and a window of two on each side (lower-cased), word shapes, affixes,
// capitalisation against sentence position, gazetteer matches with their BILOU position, and
// document-level evidence from the other occurrences of the same word (how it is written there and what
// surrounds it; optionally how a first pass labelled it). In ALL-CAPS sentences (headlines, datelines)
// case carries no information, so case-bearing features switch to a separate "caps sentence" form and
// defer to how the word is written elsewhere in the document.
class NerFeatures final
{
public:
    explicit NerFeatures(std::shared_ptr<const Gazetteer> gazetteer, int tableBits);

    int tableBits() const { return m_bits; }
    const Gazetteer &gazetteer() const { return *m_gazetteer; }
    // Appends the rows of tokens [first, end) of `text` (one document) to `out`. `firstPass`, when given,
    // holds a label per token of the document (index 0 = `first`) from a first tagging pass.
    void extract(const TokenizedText &text, qsizetype first, qsizetype end, const int *firstPass,
        FeatureRows &out) const;
    // The features `extract` would have added to `rows` (extracted without a first pass) for the first-pass
    // labels `firstPass`, as CSR lists: ids[starts[i] .. starts[i + 1]) for token i.
    void firstPassFeatures(const FeatureRows &rows, const int *firstPass, std::vector<std::uint32_t> &ids,
        std::vector<std::uint32_t> &starts) const;

private:
    std::shared_ptr<const Gazetteer> m_gazetteer;
    int m_bits;
};

} // namespace dramatis
