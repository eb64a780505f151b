// Markdown to readable text, on any UTF-8 text: every construct half-written, nested or unterminated.
#include "formats/markdowntext.h"
#include "fuzzcheck.h"

using namespace dramatis;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString in = fuzz::text(data, size);
    const MarkdownText::Result r = MarkdownText::convert(in);
    // Markdown mostly removes syntax; what it adds is bounded: an empty ordered item ("1.", three characters
    // with its line break) comes out as its number as a reader sees it (up to ten digits, counting on from
    // a nine-digit start) with ". " and a paragraph break, and a tab in a code block as up to four spaces.
    FUZZ_CHECK(r.text.size() <= 6 * in.size() + 16);
    const qsizetype eol = in.indexOf(u'\n');
    (void)MarkdownText::stripInline(eol < 0 ? in : in.left(eol));
    return 0;
}
