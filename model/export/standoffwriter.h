#pragma once

#include "core/analysis.h"

namespace dramatis {

// The tagged article in the formats NLP tools read: brat standoff (.ann, offsets in code points, so they
// match Python string indexes) and CoNLL (one token per line with its BIO tag, blank line between sentences).
class StandoffWriter final
{
public:
    static QString bratAnn(const Analysis &analysis);
    static QString conll(const Analysis &analysis);
};

} // namespace dramatis
