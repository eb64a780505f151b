#pragma once

#include "core/entity.h"
#include "core/mention.h"
#include "core/token.h"
#include "lexicon/analystlexicon.h"

namespace dramatis {

// The analyst's lexicon applied to one article, in two steps around the resolver: mention rules (mark,
// reject) after tagging, entity rules (merge, split, rename) after grouping. The first step returns the
// spans it decided so the second can keep the resolver from retyping them.

// True when [start, end) begins at a token's start and ends at a token's end: where a Mark rule can apply.
bool onTokenBoundaries(const TokenizedText &tokens, qsizetype start, qsizetype end);

// Adds marked names (on token boundaries only, so "Acme" is not found inside "Acmeville"), retypes
// mentions the rules name, removes rejected ones. Keeps `mentions` sorted and non-overlapping. Returns the
// mentions a rule decided (start, end, type), sorted by start.
MentionList applyLexicon(const AnalystLexicon &lexicon, const TokenizedText &tokens, MentionList &mentions);

// After the resolver: restores the types the rules decided, merges, splits and renames entities, and keeps
// every index (Mention::entity, Entity::mentions, Entity::affiliation) consistent. Returns the indexes of
// the entities a rule decided, ascending.
QList<int> applyLexiconToEntities(const AnalystLexicon &lexicon, const TokenizedText &tokens,
    const MentionList &decided, MentionList &mentions, EntityList &entities);

} // namespace dramatis
