#pragma once

#include "core/analysis.h"

#include <functional>
#include <stop_token>

namespace dramatis {

class AnalystLexicon;
class Tagger;

// The stages a long analysis reports, in order.
enum class AnalysisStage { Loading, Tokenizing, Tagging, Resolving, Done };

// Tokenizes, tags and resolves one article. Runs on any thread; returns nullptr when stopped.
AnalysisPtr analyzeArticle(Article article, const Tagger &tagger, std::stop_token stop = {},
    const std::function<void(AnalysisStage)> &progress = {});
// The same, with the analyst's lexicon applied after tagging and after resolving (lexiconapplier.h).
AnalysisPtr analyzeArticle(Article article, const Tagger &tagger, const AnalystLexicon &lexicon,
    std::stop_token stop = {}, const std::function<void(AnalysisStage)> &progress = {});

} // namespace dramatis
