// Re-anchoring: an anchor taken from one text re-attached to another. The input is split by the first two
// NUL bytes into the old text, the new text and the anchor's quote (searched in the old text); the first
// byte of the quote part picks the occurrence. Whatever the texts, a match lies inside the new text.
#include "annotations/anchor.h"
#include "core/textsearch.h"
#include "fuzzcheck.h"

using namespace dramatis;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray in = fuzz::bytes(data, size);
    const QList<QByteArray> parts = in.split('\0');
    const QString before = QString::fromUtf8(parts.value(0));
    const QString after = QString::fromUtf8(parts.value(1));
    const QString quote = QString::fromUtf8(parts.value(2));
    const QList<qsizetype> found = findQuote(before, quote);
    qsizetype start = 0;
    qsizetype end = before.size() / 2;
    if (!found.isEmpty()) {
        start = found[qsizetype(quote.isEmpty() ? 0 : quote[0].unicode()) % found.size()];
        end = start + quote.size();
    }
    const TextAnchor anchor = TextAnchor::fromRange(before, start, end);
    FUZZ_CHECK(anchor.start <= anchor.end);
    FUZZ_CHECK(anchor.prefix.size() <= 2 * TextAnchor::ContextLength);
    FUZZ_CHECK(anchor.suffix.size() <= 2 * TextAnchor::ContextLength);
    // The text it came from: found exactly where it was (an empty quote anchors nowhere, by design).
    const AnchorMatch same = resolveAnchor(anchor, before);
    FUZZ_CHECK(same.status == (anchor.exact.isEmpty() ? AnchorStatus::Orphaned : AnchorStatus::Exact));
    const AnchorMatch match = resolveAnchor(anchor, after);
    if (match.status == AnchorStatus::Orphaned) {
        FUZZ_CHECK(match.start == -1 && match.end == -1);
    } else {
        FUZZ_CHECK(match.start >= 0 && match.start <= match.end && match.end <= after.size());
    }
    // An anchor read from a file can say anything: positions past the text, a quote that is not there.
    TextAnchor wild = anchor;
    wild.start = qsizetype(size) * 7919 - 40;
    wild.end = wild.start - qsizetype(size % 5);
    const AnchorMatch w = resolveAnchor(wild, after);
    FUZZ_CHECK(
        w.status == AnchorStatus::Orphaned || (w.start >= 0 && w.start <= w.end && w.end <= after.size()));
    return 0;
}
