#pragma once

#include "core/token.h"
#include "ner/gazetteer.h"

#include <QStringView>

#include <vector>

namespace dramatis {

// Products, software, apps, languages and platforms known by name ("Firefox", "JavaScript", "Android",
// "Google Maps"): the brand lists' names that are no company, compiled by resources/model/build-gazetteer.py
// into resources/model/products.txt and embedded. The 1996 news the model learnt from names few products,
// so it takes them for companies or people by their capital letters.

// Whether `name` is a known product, in any case, with a possessive ("Firefox's") or a trailing version
// number ("Firefox 85") dropped.
bool isKnownProduct(QStringView name);

// Whether the gazetteer holds tokens [first, end) as a company or a known organisation, as one entry.
bool knownAsOrganisation(
    const TokenizedText &tokens, const Gazetteer &gazetteer, qsizetype first, qsizetype end);

// A person, organisation or place mention (a place no list knows as one) whose whole text is a known product becomes Other (MISC), unless the
// gazetteer knows the same words as a company or organisation: there the name is ambiguous and the model's
// reading of the context stands.
void labelKnownProducts(const TokenizedText &tokens, const Gazetteer &gazetteer, std::vector<int> &labels);

} // namespace dramatis
