// The identifier finder on any text, in a few regions: identifiers are in order, inside the text, never
// empty and never overlapping, each with a normalised form; phone numbers are E.164 and IBANs check out.
#include "fuzzcheck.h"
#include "identifiers/iban.h"
#include "identifiers/identifierfinder.h"

using namespace dramatis;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString in = fuzz::text(data, size);
    for (const char16_t *region : {u"US", u"GB", u"DE"}) {
        const IdentifierList found = IdentifierFinder(QString::fromUtf16(region)).find(in);
        qsizetype last = 0;
        for (const Identifier &id : found) {
            FUZZ_CHECK(id.start >= last);
            FUZZ_CHECK(id.end > id.start);
            FUZZ_CHECK(id.end <= in.size());
            FUZZ_CHECK(!id.normalized.isEmpty());
            if (id.kind == IdentifierKind::Phone) {
                FUZZ_CHECK(id.normalized.startsWith(u'+'));
                FUZZ_CHECK(id.normalized.size() <= 16);
            }
            if (id.kind == IdentifierKind::Iban)
                FUZZ_CHECK(isValidIban(id.normalized));
            last = id.end;
        }
    }
    return 0;
}
