#pragma once

#include "ner/bilou.h"
#include "ner/hugepagebuffer.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <cstdint>
#include <vector>

namespace dramatis {

// The perceptron tagger's weights in their two on-disk forms and in memory, with nothing of the features
// (Qt Core only, so the build's model compiler, dramatis-modelc, can use it):
// - the model file `dramatis-cli train` writes (resources/model/ner.model): compact, zlib-compressed, for
//   the repository and for `--model FILE`;
// - the image: the in-memory tables as flat little-endian arrays behind a header, which the tagger uses
//   where they lie. The build compiles ner.model into an image and links it into the binary, so loading the
//   built-in model reads a header and no weights (pages come in from the binary as tagging touches them).
namespace taggerimage {

inline constexpr int L = bilou::LabelCount;
inline constexpr int TransitionCount = (L + 1) * (L + 1);

inline std::uint32_t popcount(std::uint64_t x)
{
#ifdef __POPCNT__
    return std::uint32_t(__builtin_popcountll(x));
#else
    // Without -mpopcnt the builtin is a call into libgcc; this is a few inline instructions.
    x = x - ((x >> 1) & 0x5555555555555555ULL);
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
    return std::uint32_t((x * 0x0101010101010101ULL) >> 56);
#endif
}

// The row of `feature` among rows packed in feature order, given which features have one (a bit each) and
// how many rows precede each 64-feature block; nullptr if it has none.
inline const std::int16_t *packedRow(const std::uint64_t *present, const std::uint32_t *rankBefore,
    const std::int16_t *rows, std::size_t stride, std::uint32_t feature)
{
    const std::uint64_t word = present[feature >> 6];
    const std::uint64_t bit = std::uint64_t(1) << (feature & 63);
    if (!(word & bit))
        return nullptr;
    const std::uint32_t k = rankBefore[feature >> 6] + popcount(word & (bit - 1));
    return &rows[std::size_t(k) * stride];
}

// One trained stage: int16 weight rows for the hashed features that have any, and a transition matrix.
// Rows are packed (most of the hash table is empty), so loading touches little memory.
struct Stage
{
    // Which hashed features have a row (a bit each) and how many rows precede each 64-feature block:
    // a rank index of under a quarter of a byte per feature, small enough to stay in cache.
    std::vector<std::uint64_t> present;
    std::vector<std::uint32_t> rankBefore;
    HugeVector<std::int16_t> rows; // packed rows of LabelCount weights, in feature order
    float scale = 1;
    std::array<float, TransitionCount> transitions {};

    const std::int16_t *row(std::uint32_t feature) const
    {
        return packedRow(present.data(), rankBefore.data(), rows.data(), L, feature);
    }
    std::size_t featureCount() const { return present.size() * 64; }
    // Builds the index from the sorted features that have rows (rows already packed in that order).
    void setPresent(const std::vector<std::uint32_t> &features, std::size_t featureCount);
    // Packs a dense table of (1 << bits) rows, dropping the all-zero ones.
    void setDense(const std::vector<std::int16_t> &dense);
};

// All stages' rows of a feature side by side (stage 0's LabelCount weights, then stage 1's): one index
// lookup and one cache line serve every stage. A view: the arrays are either a Joint's own (a model just
// trained or read from a file) or an image's (the built-in model, in the binary's read-only data).
struct JointRows
{
    const std::uint64_t *present = nullptr;
    const std::uint32_t *rankBefore = nullptr;
    const std::int16_t *rows = nullptr;
    std::size_t words = 0; // of `present`: features / 64
    std::size_t rowCount = 0;
    int stride = L;

    const std::int16_t *row(std::uint32_t feature) const
    {
        return packedRow(present, rankBefore, rows, std::size_t(stride), feature);
    }
    std::size_t featureCount() const { return words * 64; }
};

// The scale and transitions of a stage (what remains of it once its rows are in the joint table).
struct StageParameters
{
    float scale = 1;
    std::array<float, TransitionCount> transitions {};
};

// A model in memory: its parameters and its joint rows, owned or viewed.
struct Weights
{
    int bits = 0;
    std::vector<StageParameters> stages;
    JointRows joint;
    // Storage when the rows are not an image's.
    std::vector<std::uint64_t> ownPresent;
    std::vector<std::uint32_t> ownRankBefore;
    HugeVector<std::int16_t> ownRows;

    Weights() = default;
    Weights(const Weights &) = delete;
    Weights &operator=(const Weights &) = delete;
    Weights(Weights &&) = default; // vectors keep their buffers: the views stay valid
    Weights &operator=(Weights &&) = default;
};

// Joins trained stages (all of the same table size) into weights that own their rows.
Weights join(std::vector<Stage> stages, int bits);

// The model file (format 1): reads it into stages; false and `error` if it is not one.
bool readModel(const QByteArray &data, std::vector<Stage> *stages, int *bits, QString *error);
// The model file of the given weights (what the trainer writes): the same bytes for the same weights.
QByteArray writeModel(const Weights &weights);

// The image of the given weights (what the build links in).
QByteArray writeImage(const Weights &weights);
// Views the image at `data` (8-byte aligned, alive as long as the result): checks the header, the sizes and
// the rank index, not the weights themselves (any int16 is a weight); `verifyChecksum` reads them all too.
bool viewImage(const char *data, qsizetype size, Weights *out, QString *error, bool verifyChecksum = false);
// The checksum an image's header carries (over everything after the header).
std::uint64_t checksum(const char *data, qsizetype size);

} // namespace taggerimage

} // namespace dramatis
