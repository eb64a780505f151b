// The header heuristics (headline, date, outlet, byline, labels and captions) on any text, and the date and
// byline parsers on its first line. The extractor only removes lines, so the text that comes out is a
// subsequence of the lines that went in.
#include "formats/metadataextractor.h"
#include "fuzzcheck.h"

using namespace dramatis;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString in = fuzz::text(data, size);
    const MetadataExtractor::Result r = MetadataExtractor::extract(in);
    FUZZ_CHECK(r.text.size() <= in.size());
    const qsizetype eol = in.indexOf(u'\n');
    const QString first = eol < 0 ? in : in.left(eol);
    const QDate d = MetadataExtractor::parseDate(first);
    FUZZ_CHECK(d.isNull() || d.isValid());
    (void)MetadataExtractor::parseByline(first);
    (void)MetadataExtractor::isKnownOutlet(first);
    (void)MetadataExtractor::extract(in, first);
    return 0;
}
