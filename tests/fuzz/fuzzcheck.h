#pragma once

// What every fuzz target shares: a check that aborts (so libFuzzer records the input as a crash) when a
// property the code promises does not hold, and the input as text the way the loaders see it.
#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(cond)                                                                                     \
    do {                                                                                                     \
        if (!(cond)) {                                                                                       \
            std::fprintf(stderr, "%s:%d: property failed: %s\n", __FILE__, __LINE__, #cond);                 \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

namespace dramatis::fuzz {

// The bytes without a copy (valid for the duration of one LLVMFuzzerTestOneInput call).
inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// UTF-8 text, invalid sequences replaced (as QString::fromUtf8 does for every caller that reads a file).
inline QString text(const std::uint8_t *data, std::size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace dramatis::fuzz
