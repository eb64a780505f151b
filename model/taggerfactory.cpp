#include "taggerfactory.h"

#include "lexicontagger.h"

namespace dramatis {

std::shared_ptr<const Tagger> defaultTagger()
{
    // Placeholder until the trained model lands (issue 3): a lexicon of the sample article's names.
    static const std::shared_ptr<const Tagger> tagger = [] {
        auto t = std::make_shared<LexiconTagger>();
        return std::shared_ptr<const Tagger>(t);
    }();
    return tagger;
}

} // namespace dramatis
