// The bundled perceptron tagger on any text: mentions come back sorted, non-overlapping, on token
// boundaries, inside the text, with a confidence in [0, 1].
#include "fuzzcheck.h"
#include "ner/taggerfactory.h"
#include "ner/tokenizer.h"

#include <algorithm>

using namespace dramatis;

namespace {
std::shared_ptr<const Tagger> tagger;
}

// The model is loaded before the first input: under ASan on a busy machine loading it (from the model
// file, before it was linked in) took longer than libFuzzer's per-input timeout, which counted it as a hang.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    tagger = defaultTagger();
    FUZZ_CHECK(tagger);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const TokenizedText t = Tokenizer().tokenize(fuzz::text(data, size));
    const MentionList mentions = tagger->tag(t);
    qsizetype last = 0;
    for (const Mention &m : mentions) {
        FUZZ_CHECK(m.start >= last);
        FUZZ_CHECK(m.end > m.start);
        FUZZ_CHECK(m.end <= t.text.size());
        FUZZ_CHECK(m.confidence >= 0.0f && m.confidence <= 1.0f);
        const auto [first, end] = t.tokenRange(m.start, m.end);
        FUZZ_CHECK(end > first);
        FUZZ_CHECK(t.tokens[first].start == m.start);
        FUZZ_CHECK(t.tokens[end - 1].end == m.end);
        last = m.end;
    }
    return 0;
}
