#pragma once

#include "core/mention.h"
#include "core/token.h"

namespace dramatis {

// Whether a headline is written in title case or in capitals ("Student Dies After Diet Pills She Bought
// Online", "NVIDIA BEATS FORECASTS"): most of its longer words start with a capital, so capitals say nothing
// about names there.
bool isCapitalisedHeadline(const TokenizedText &title);

// The mentions a capitalised headline may keep: in such a headline every word looks like a name, and the
// tagger glues a company to the words after it ("Nvidia Unveils"). A headline mention stands only where the
// body names the same thing: it is cut down to its longest run of words that the body tags as a mention (of
// that type when the body says so), or that is one word of a body mention's name ("SOLBERG" after "Ingrid
// Solberg"); a mention the body does not support is dropped. Any other headline keeps its mentions, each
// with the type the body gives the same name: a headline is a short sentence with little context around
// its names ("OpenAI signs chip deal"), the body has more.
MentionList supportedHeadlineMentions(const TokenizedText &title, const MentionList &titleMentions,
    const TokenizedText &body, const MentionList &bodyMentions);

// The same inside the text: the mentions of short capitalised paragraphs (headings, the related
// headlines and captions a web page leaves between paragraphs) stand only as far as the rest of the text
// supports them.
void filterCapitalisedLines(const TokenizedText &body, MentionList &mentions);

} // namespace dramatis
