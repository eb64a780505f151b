// The tokenizer on any text: tokens are in order, inside the text, never empty and never overlapping;
// sentences cover the tokens in order.
#include "fuzzcheck.h"
#include "ner/tokenizer.h"

using namespace dramatis;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString in = fuzz::text(data, size);
    const TokenizedText t = Tokenizer().tokenize(in);
    FUZZ_CHECK(t.text == in);
    qsizetype last = 0;
    for (const Token &token : t.tokens) {
        FUZZ_CHECK(token.start >= last);
        FUZZ_CHECK(token.end > token.start);
        FUZZ_CHECK(token.end <= in.size());
        last = token.end;
    }
    qsizetype next = 0;
    for (const Sentence &s : t.sentences) {
        FUZZ_CHECK(s.firstToken == next);
        FUZZ_CHECK(s.endToken > s.firstToken);
        next = s.endToken;
    }
    FUZZ_CHECK(next == t.tokens.size());
    for (qsizetype i = 0; i < t.tokens.size(); ++i)
        (void)Tokenizer::isAbbreviation(t.tokenText(i));
    return 0;
}
