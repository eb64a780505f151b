#pragma once

#include <QStringView>

namespace dramatis {

// Ordinary words: written in lower case in the annotated corpora and, capitalised, almost never part of a
// name ("added", "furthermore", "select", "response"; not "apple", "mark", "new"). Compiled by
// resources/model/build-gazetteer.py --ordinary into resources/model/ordinary-words.txt and embedded.
// Such a word capitalised only by its place (a sentence's or a line's first word, or in capitals) is no
// name on its own, though the model, having seen few of them there, may read it as one.

// Whether `word`, in any case, is an ordinary word.
bool isOrdinaryWord(QStringView word);

} // namespace dramatis
