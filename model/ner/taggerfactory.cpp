#include "ner/taggerfactory.h"

#include "ner/builtinmodel.h"
#include "ner/gazetteer.h"
#include "ner/perceptrontagger.h"

namespace dramatis {

namespace {

// Finds nothing: what the app falls back to if the shipped model cannot be read (a broken build).
class EmptyTagger final : public Tagger
{
public:
    QString name() const override { return QStringLiteral("none"); }
    MentionList tag(const TokenizedText &, std::stop_token) const override { return {}; }
};

} // namespace

std::shared_ptr<const Tagger> loadBuiltInTagger(QString *error)
{
    const QByteArrayView image = builtinmodel::taggerImage();
    return PerceptronTagger::fromImage(image.data(), image.size(), Gazetteer::builtIn(), error);
}

std::shared_ptr<const Tagger> defaultTagger()
{
    // A function-local static: initialised once, thread-safe (C++11 magic statics).
    static const std::shared_ptr<const Tagger> tagger = []() -> std::shared_ptr<const Tagger> {
        QString error;
        if (auto t = loadBuiltInTagger(&error))
            return t;
        qWarning("dramatis: the built-in tagger model is unusable: %s", qPrintable(error));
        return std::make_shared<EmptyTagger>();
    }();
    return tagger;
}

} // namespace dramatis
