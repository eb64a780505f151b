#pragma once

#include "core/analysis.h"
#include "core/loadresult.h"

#include <functional>
#include <optional>

namespace dramatis {

class AnalystLexicon;
class Tagger;

// A file read and analysed, or the loader's reason why not.
struct FileAnalysis
{
    AnalysisPtr analysis;
    std::optional<LoadError> error;
    QString note; // the loader's note on an article that opened (LoadResult::note)
    bool ok() const { return !error.has_value(); }
};

// The analyst's lexicon for an article: asked only once the article is loaded, since which rules hold
// depends on the article (rules kept for one article only).
using LexiconLookup = std::function<AnalystLexicon(const Article &)>;

// Loads the file at `path` (ArticleLoader::load) and analyzes it (analyzeArticle), with the lexicon that
// `lexicon` gives for it when there is one. Runs on any thread.
FileAnalysis analyzeFile(const QString &path, const Tagger &tagger, const LexiconLookup &lexicon = {});

} // namespace dramatis
