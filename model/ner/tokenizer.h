#pragma once

#include "core/token.h"

#include <stop_token>

namespace dramatis {

// Cuts text into word and punctuation tokens and sentences with ICU's break iterators, then adjusts
// the word tokens towards newswire conventions the tagger was trained on: "U.S." and "Mr." keep their
// period, "Hewlett-Packard" stays one token, a possessive "'s" is its own token. Offsets always point
// into the original text, so highlights land on the exact characters whatever surrounds them.
// Thread-safe: each call uses its own iterators.
class Tokenizer final
{
public:
    TokenizedText tokenize(const QString &text, std::stop_token stop = {}) const;

    // True for "Mr", "Inc", "Jan", ... : words whose following period belongs to them.
    static bool isAbbreviation(QStringView word);
};

} // namespace dramatis
