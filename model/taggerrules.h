#pragma once

#include "gazetteer.h"
#include "token.h"

#include <vector>

namespace dramatis {

// What the trained model cannot learn from CoNLL-2003, applied to its labels after decoding:
// - "(NASDAQ: AMD)", "(NYSE: IBM)": an exchange and a ticker in parentheses, the way press releases and
//   filings cite a listed company, are both organisations. The corpus labels Nasdaq an index (MISC) and
//   holds almost no such citations. The exchange must be a known organisation in the gazetteer, the ticker
//   one to six capitals or digits.
// - "AI", "CEO", "GDP": upper-case abbreviations of ordinary words (the gazetteer's common acronyms) are no
//   names, though the corpus's 1996 news saw too few of them to say so ("AI" there is Amnesty
//   International). A mention that is one such word alone is dropped.
void applyTaggerRules(const TokenizedText &tokens, const Gazetteer &gazetteer, std::vector<int> &labels);

} // namespace dramatis
