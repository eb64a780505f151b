#include "pipeline/analyzefile.h"

#include "formats/articleloader.h"
#include "lexicon/analystlexicon.h"
#include "pipeline/pipeline.h"

namespace dramatis {

FileAnalysis analyzeFile(const QString &path, const Tagger &tagger, const LexiconLookup &lexicon)
{
    LoadResult loaded = ArticleLoader::load(path);
    if (!loaded.ok())
        return {nullptr, std::move(loaded.error), {}};
    const AnalystLexicon rules = lexicon ? lexicon(loaded.article) : AnalystLexicon();
    return {analyzeArticle(std::move(loaded.article), tagger, rules), std::nullopt, loaded.note};
}

} // namespace dramatis
