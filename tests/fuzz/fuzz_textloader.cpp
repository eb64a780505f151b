// The text loader on arbitrary bytes: magic numbers, charset detection (BOMs, UTF-8, BOM-less UTF-16, ICU's
// detector), normalisation, Markdown and the header heuristics. The first byte picks the file name the
// loader sees (.txt, .md or none), since the name changes which path the bytes take.
#include "formats/articleloader.h"
#include "formats/charsetdecoder.h"
#include "fuzzcheck.h"

using namespace dramatis;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    static const QString names[]
        = {QStringLiteral("fuzz.txt"), QStringLiteral("fuzz.md"), QStringLiteral("fuzz")};
    const QString &name = names[data[0] % 3];
    const QByteArray in = fuzz::bytes(data + 1, size - 1);
    const LoadResult r = ArticleLoader::loadBytes(in, name);
    if (r.ok()) {
        FUZZ_CHECK(!r.article.text.isEmpty());
        FUZZ_CHECK(!r.article.text.contains(u'\r'));
        FUZZ_CHECK(!r.article.text.startsWith(QChar(0xFEFF)));
    } else {
        FUZZ_CHECK(!r.error->message.isEmpty());
        FUZZ_CHECK(!r.error->message.contains(u'\n'));
    }
    (void)CharsetDecoder::detectLegacyCharset(in);
    (void)ArticleLoader::describeBinaryFormat(in.left(64));
    return 0;
}
