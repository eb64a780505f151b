#pragma once

#include "core/token.h"
#include "ner/gazetteer.h"

#include <QList>
#include <QStringView>

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
// - "Halvorsen Marine ASA", "Acme Widgets Inc.", "Pemberton Holdings plc": capitalised words ending in a
//   corporate designator (the gazetteer's list, written the way a legal form is: "AS" but not "as" or "As",
//   "Co." only with its period) are one organisation, whatever the model made of the words. Not in all-caps
//   headlines, and not a two-letter form after a place the model found ("New York AG", "Cape Town SA").
//   `confidence`, if given, reads LegalFormConfidence on such a mention, and on a company an apposition
//   names where the model saw nothing ("Orvex, the Norwegian chipmaker").
inline constexpr float LegalFormConfidence = 0.9f;
void applyTaggerRules(const TokenizedText &tokens, const Gazetteer &gazetteer, std::vector<int> &labels,
    std::vector<float> *confidence = nullptr);

// The words of a name, tokens [first, end), without its possessive: "Anthropic's" and "Anthropic" + "'s"
// both give "Anthropic".
QList<QStringView> nameWords(const TokenizedText &tokens, qsizetype first, qsizetype end);


} // namespace dramatis
