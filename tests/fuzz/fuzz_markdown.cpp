// Markdown to readable text, on any UTF-8 text: every construct half-written, nested or unterminated.
#include "formats/markdowntext.h"
#include "fuzzcheck.h"

using namespace dramatis;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString in = fuzz::text(data, size);
    const MarkdownText::Result r = MarkdownText::convert(in);
    // Markdown only removes syntax: what comes out is never longer than what went in (plus separators).
    FUZZ_CHECK(r.text.size() <= 2 * in.size() + 2);
    const qsizetype eol = in.indexOf(u'\n');
    (void)MarkdownText::stripInline(eol < 0 ? in : in.left(eol));
    return 0;
}
