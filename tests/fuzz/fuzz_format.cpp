// One document format loader (HTML, e-mail, MHTML, PDF, DOCX, ODT, EPUB, RTF) on arbitrary bytes, built once
// per format: DRAMATIS_FUZZ_LOADER names the class and DRAMATIS_FUZZ_HEADER its header. The loader either
// refuses with one line naming the file or returns an article with normalised text that no bomb inflated
// (or, where the format allows it, no text and a one-line note saying why).
#include "fuzzcheck.h"

#include DRAMATIS_FUZZ_HEADER

#include <algorithm>

using namespace dramatis;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const DRAMATIS_FUZZ_LOADER loader;
    static const QString name = QStringLiteral("fuzz.") + loader.format();
    const QByteArray in = fuzz::bytes(data, size);
    (void)loader.match(QByteArrayView(in).first(std::min<qsizetype>(in.size(), FormatLoader::HeadSize)), loader.format());
    const LoadResult r = loader.load(in, name);
    if (r.ok()) {
        // Text, or none with a note saying why (an e-mail whose only body is a picture).
        FUZZ_CHECK(!r.article.text.isEmpty() || (!r.note.isEmpty() && !r.note.contains(u'\n')));
        FUZZ_CHECK(!r.article.text.contains(u'\r'));
        // Entity or archive bombs would show as text far larger than the input could hold.
        FUZZ_CHECK(r.article.text.size() <= 64 * 1024 * 1024);
    } else {
        FUZZ_CHECK(!r.error->message.isEmpty());
        FUZZ_CHECK(!r.error->message.contains(u'\n'));
    }
    return 0;
}
