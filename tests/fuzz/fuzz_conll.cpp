// The CoNLL reader on any bytes, with and without a required tag column: it refuses with "FILE:LINE: why"
// or returns sentences whose spans lie inside them, and the tokenized text it builds has one token per word.
#include "fuzzcheck.h"
#include "training/conllcorpus.h"

using namespace dramatis;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const bool requireTags = data[0] & 1;
    QString error;
    const std::optional<ConllCorpus> c = ConllCorpus::parse(
        fuzz::bytes(data + 1, size - 1), QStringLiteral("fuzz.conll"), requireTags, &error);
    if (!c) {
        FUZZ_CHECK(error.startsWith(QStringLiteral("fuzz.conll")));
        return 0;
    }
    for (const ConllDocument &d : c->documents) {
        for (const ConllSentence &s : d.sentences) {
            for (const ConllSpan &span : s.spans)
                FUZZ_CHECK(span.first >= 0 && span.first < span.end && span.end <= s.words.size());
        }
    }
    const TokenizedText t = c->toTokenizedText();
    FUZZ_CHECK(t.tokens.size() == c->tokenCount());
    for (const Token &token : t.tokens)
        FUZZ_CHECK(token.start >= 0 && token.end <= t.text.size());
    return 0;
}
