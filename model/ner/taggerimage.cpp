#include "ner/taggerimage.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <bit>
#include <cstring>

namespace dramatis::taggerimage {

static_assert(std::endian::native == std::endian::little, "the image is little-endian and used in place");

namespace {

constexpr quint32 ModelMagic = 0x444e4552; // "DNER"
constexpr quint32 ModelVersion = 1;
constexpr char ImageMagic[4] = {'D', 'N', 'R', 'I'};
constexpr quint32 ImageVersion = 1;
constexpr std::size_t Align = 64;

// The image's first 64 bytes. Then, each section starting on a 64-byte boundary: every stage's scale and
// transitions (floats), `present` (uint64 per 64 features), `rankBefore` (uint32 per 64 features) and the
// rows (int16, stride per row).
struct ImageHeader
{
    char magic[4];
    std::uint32_t version;
    std::uint32_t bits;
    std::uint32_t labels;
    std::uint32_t stages;
    std::uint32_t stride;
    std::uint64_t words;
    std::uint64_t rowCount;
    std::uint64_t checksum;
    std::uint8_t reserved[16];
};
static_assert(sizeof(ImageHeader) == Align);

constexpr std::size_t padded(std::size_t bytes)
{
    return (bytes + Align - 1) / Align * Align;
}

struct Layout
{
    std::size_t parameters, present, rankBefore, rows, end;

    Layout(std::size_t stages, std::size_t words, std::size_t rowCount, std::size_t stride)
    {
        parameters = sizeof(ImageHeader);
        present = parameters + padded(stages * (1 + TransitionCount) * sizeof(float));
        rankBefore = present + padded(words * sizeof(std::uint64_t));
        rows = rankBefore + padded(words * sizeof(std::uint32_t));
        end = rows + padded(rowCount * stride * sizeof(std::int16_t));
    }
};

QString tr(const char *text)
{
    return QCoreApplication::translate("PerceptronTagger", text);
}

} // namespace

void Stage::setPresent(const std::vector<std::uint32_t> &features, std::size_t featureCount)
{
    present.assign((featureCount + 63) / 64, 0);
    rankBefore.assign(present.size(), 0);
    for (std::uint32_t f : features)
        present[f >> 6] |= std::uint64_t(1) << (f & 63);
    std::uint32_t before = 0;
    for (std::size_t w = 0; w < present.size(); ++w) {
        rankBefore[w] = before;
        before += std::uint32_t(__builtin_popcountll(present[w]));
    }
}

void Stage::setDense(const std::vector<std::int16_t> &dense)
{
    const std::size_t count = dense.size() / L;
    std::vector<std::uint32_t> features;
    rows.clear();
    for (std::size_t r = 0; r < count; ++r) {
        const std::int16_t *w = &dense[r * L];
        if (std::any_of(w, w + L, [](std::int16_t v) { return v != 0; })) {
            rows.insert(rows.end(), w, w + L);
            features.push_back(std::uint32_t(r));
        }
    }
    setPresent(features, count);
}

Weights join(std::vector<Stage> stages, int bits)
{
    Weights out;
    out.bits = bits;
    const std::size_t stageCount = stages.size();
    const std::size_t words = stages.empty() ? 0 : stages.front().present.size();
    const std::size_t stride = std::max<std::size_t>(1, stageCount) * L;
    std::vector<std::uint32_t> features;
    for (std::size_t w = 0; w < words; ++w) {
        std::uint64_t present = 0;
        for (const Stage &st : stages)
            present |= st.present[w];
        for (; present; present &= present - 1)
            features.push_back(std::uint32_t(w * 64 + std::size_t(__builtin_ctzll(present))));
    }
    out.ownRows.assign(features.size() * stride, 0);
    for (std::size_t k = 0; k < features.size(); ++k) {
        for (std::size_t s = 0; s < stageCount; ++s) {
            if (const std::int16_t *w = stages[s].row(features[k]))
                std::copy(w, w + L, &out.ownRows[k * stride + s * L]);
        }
    }
    Stage index;
    index.setPresent(features, words * 64);
    out.ownPresent = std::move(index.present);
    out.ownRankBefore = std::move(index.rankBefore);
    for (const Stage &st : stages)
        out.stages.push_back(StageParameters {st.scale, st.transitions});
    out.joint.present = out.ownPresent.data();
    out.joint.rankBefore = out.ownRankBefore.data();
    out.joint.rows = out.ownRows.data();
    out.joint.words = words;
    out.joint.rowCount = features.size();
    out.joint.stride = int(stride);
    return out;
}

bool readModel(const QByteArray &data, std::vector<Stage> *stagesOut, int *bitsOut, QString *error)
{
    auto fail = [&](const char *why) {
        if (error)
            *error = tr(why);
        return false;
    };
    const QByteArray raw = qUncompress(data);
    if (raw.isEmpty())
        return fail("not a tagger model (cannot decompress)");
    QDataStream s(raw);
    s.setVersion(QDataStream::Qt_6_4);
    s.setFloatingPointPrecision(QDataStream::SinglePrecision);
    quint32 magic = 0, version = 0, bits = 0, labels = 0, stageCount = 0;
    s >> magic >> version >> bits >> labels >> stageCount;
    if (magic != ModelMagic)
        return fail("not a tagger model (bad magic)");
    if (version != ModelVersion || labels != quint32(L) || bits < 10 || bits > 26 || stageCount < 1
        || stageCount > 2)
        return fail("unsupported tagger model version");
    std::vector<Stage> stages(stageCount);
    for (Stage &st : stages) {
        s >> st.scale;
        for (float &t : st.transitions)
            s >> t;
        quint32 count = 0;
        s >> count;
        if (s.status() != QDataStream::Ok || count > (1u << bits))
            return fail("truncated tagger model");
        std::vector<quint32> rows(count);
        std::vector<std::int16_t> packed(std::size_t(count) * L);
        if (s.readRawData(reinterpret_cast<char *>(rows.data()), int(count * sizeof(quint32)))
                != int(count * sizeof(quint32))
            || s.readRawData(
                   reinterpret_cast<char *>(packed.data()), int(packed.size() * sizeof(std::int16_t)))
                != int(packed.size() * sizeof(std::int16_t)))
            return fail("truncated tagger model");
        st.rows.resize(std::size_t(count) * L);
        quint32 row = 0;
        for (quint32 k = 0; k < count; ++k) {
            row = k == 0 ? rows[0] : row + rows[k];
            if (row >= (1u << bits) || (k > 0 && rows[k] == 0))
                return fail("corrupt tagger model");
            rows[k] = row;
            for (int y = 0; y < L; ++y)
                st.rows[std::size_t(k) * L + y] = packed[std::size_t(y) * count + k];
        }
        st.setPresent(rows, std::size_t(1) << bits);
    }
    *stagesOut = std::move(stages);
    *bitsOut = int(bits);
    return true;
}

QByteArray writeModel(const Weights &weights)
{
    const JointRows &joint = weights.joint;
    // Stage `stage`'s row of `feature`, or nullptr if it has none (all zero).
    auto stageRow = [&joint](std::size_t stage, std::uint32_t feature) -> const std::int16_t * {
        const std::int16_t *w = joint.row(feature);
        if (!w)
            return nullptr;
        w += stage * L;
        return std::any_of(w, w + L, [](std::int16_t v) { return v != 0; }) ? w : nullptr;
    };
    QByteArray raw;
    QDataStream s(&raw, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s.setFloatingPointPrecision(QDataStream::SinglePrecision);
    s << ModelMagic << ModelVersion << quint32(weights.bits) << quint32(L) << quint32(weights.stages.size());
    for (std::size_t stage = 0; stage < weights.stages.size(); ++stage) {
        const StageParameters &st = weights.stages[stage];
        s << st.scale;
        for (float t : st.transitions)
            s << t;
        // Sparse rows: indexes, then the rows' weights, both little-endian raw arrays.
        std::vector<quint32> rows;
        const std::size_t features = joint.featureCount();
        for (std::size_t r = 0; r < features; ++r) {
            if (stageRow(stage, quint32(r)))
                rows.push_back(quint32(r));
        }
        s << quint32(rows.size());
        // Delta-coded indexes compress far better.
        std::vector<quint32> deltas(rows.size());
        for (std::size_t k = 0; k < rows.size(); ++k)
            deltas[k] = k == 0 ? rows[0] : rows[k] - rows[k - 1];
        s.writeRawData(reinterpret_cast<const char *>(deltas.data()), int(deltas.size() * sizeof(quint32)));
        // Column-major (label by label) so runs of zeros sit together.
        std::vector<std::int16_t> packed(rows.size() * L);
        for (int y = 0; y < L; ++y) {
            for (std::size_t k = 0; k < rows.size(); ++k)
                packed[y * rows.size() + k] = stageRow(stage, rows[k])[y];
        }
        s.writeRawData(
            reinterpret_cast<const char *>(packed.data()), int(packed.size() * sizeof(std::int16_t)));
    }
    return qCompress(raw, 9);
}

std::uint64_t checksum(const char *data, qsizetype size)
{
    // Word by word (the sections are padded to 64 bytes): fast enough to check 6 MB in a few milliseconds.
    std::uint64_t h = 0x9e3779b97f4a7c15ULL;
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        std::uint64_t w;
        std::memcpy(&w, data + i, 8);
        h = (std::rotl(h, 23) ^ w) * 0xff51afd7ed558ccdULL;
    }
    for (; i < size; ++i)
        h = (h ^ static_cast<unsigned char>(data[i])) * 0x100000001b3ULL;
    return h ^ (h >> 29);
}

QByteArray writeImage(const Weights &weights)
{
    const JointRows &joint = weights.joint;
    const Layout layout(weights.stages.size(), joint.words, joint.rowCount, std::size_t(joint.stride));
    QByteArray image(qsizetype(layout.end), '\0');
    char *p = image.data();
    ImageHeader header {};
    std::memcpy(header.magic, ImageMagic, sizeof ImageMagic);
    header.version = ImageVersion;
    header.bits = std::uint32_t(weights.bits);
    header.labels = std::uint32_t(L);
    header.stages = std::uint32_t(weights.stages.size());
    header.stride = std::uint32_t(joint.stride);
    header.words = joint.words;
    header.rowCount = joint.rowCount;
    std::size_t at = layout.parameters;
    for (const StageParameters &st : weights.stages) {
        std::memcpy(p + at, &st.scale, sizeof(float));
        std::memcpy(p + at + sizeof(float), st.transitions.data(), TransitionCount * sizeof(float));
        at += (1 + TransitionCount) * sizeof(float);
    }
    std::memcpy(p + layout.present, joint.present, joint.words * sizeof(std::uint64_t));
    std::memcpy(p + layout.rankBefore, joint.rankBefore, joint.words * sizeof(std::uint32_t));
    std::memcpy(
        p + layout.rows, joint.rows, joint.rowCount * std::size_t(joint.stride) * sizeof(std::int16_t));
    header.checksum = checksum(p + sizeof(ImageHeader), image.size() - qsizetype(sizeof(ImageHeader)));
    std::memcpy(p, &header, sizeof header);
    return image;
}

bool viewImage(const char *data, qsizetype size, Weights *out, QString *error, bool verifyChecksum)
{
    auto fail = [&](const char *why) {
        if (error)
            *error = tr(why);
        return false;
    };
    ImageHeader header;
    if (!data || size < qsizetype(sizeof header))
        return fail("not a tagger image (too short)");
    std::memcpy(&header, data, sizeof header);
    if (std::memcmp(header.magic, ImageMagic, sizeof ImageMagic) != 0)
        return fail("not a tagger image (bad magic)");
    if (header.version != ImageVersion || header.labels != std::uint32_t(L) || header.bits < 10
        || header.bits > 26 || header.stages < 1 || header.stages > 2 || header.stride != header.stages * L
        || header.words != (std::uint64_t(1) << header.bits) / 64)
        return fail("unsupported tagger image version");
    if (reinterpret_cast<std::uintptr_t>(data) % alignof(std::uint64_t) != 0)
        return fail("misaligned tagger image");
    if (header.rowCount > (std::uint64_t(1) << header.bits)
        || Layout(header.stages, header.words, header.rowCount, header.stride).end != std::uint64_t(size))
        return fail("truncated tagger image");
    const Layout layout(header.stages, header.words, header.rowCount, header.stride);
    if (verifyChecksum && checksum(data + sizeof header, size - qsizetype(sizeof header)) != header.checksum)
        return fail("corrupt tagger image (checksum)");
    Weights w;
    w.bits = int(header.bits);
    w.joint.present = reinterpret_cast<const std::uint64_t *>(data + layout.present);
    w.joint.rankBefore = reinterpret_cast<const std::uint32_t *>(data + layout.rankBefore);
    w.joint.rows = reinterpret_cast<const std::int16_t *>(data + layout.rows);
    w.joint.words = header.words;
    w.joint.rowCount = header.rowCount;
    w.joint.stride = int(header.stride);
    // The rank index must agree with the bits, or a row lookup could leave the rows.
    std::uint64_t before = 0;
    for (std::size_t k = 0; k < w.joint.words; ++k) {
        if (w.joint.rankBefore[k] != before)
            return fail("corrupt tagger image (rank index)");
        before += popcount(w.joint.present[k]);
    }
    if (before != header.rowCount)
        return fail("corrupt tagger image (rank index)");
    std::size_t at = layout.parameters;
    for (std::uint32_t s = 0; s < header.stages; ++s) {
        StageParameters st;
        std::memcpy(&st.scale, data + at, sizeof(float));
        std::memcpy(st.transitions.data(), data + at + sizeof(float), TransitionCount * sizeof(float));
        at += (1 + TransitionCount) * sizeof(float);
        w.stages.push_back(st);
    }
    *out = std::move(w);
    return true;
}

} // namespace dramatis::taggerimage
