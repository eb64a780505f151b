#include "taggerfactory.h"

#include "gazetteer.h"
#include "perceptrontagger.h"

#include <QFile>

#include <future>

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

std::shared_ptr<const Tagger> defaultTagger()
{
    // A function-local static: initialised once, thread-safe (C++11 magic statics).
    static const std::shared_ptr<const Tagger> tagger = []() -> std::shared_ptr<const Tagger> {
        // The gazetteer and the weights are independent: read them side by side.
        std::shared_future<std::shared_ptr<const Gazetteer>> gazetteer =
            std::async(std::launch::async, [] { return Gazetteer::builtIn(); }).share();
        QFile f(QStringLiteral(":/dramatis/model/ner.model"));
        if (f.open(QIODevice::ReadOnly)) {
            QString error;
            if (auto t = PerceptronTagger::load(f.readAll(), [&gazetteer] { return gazetteer.get(); }, &error))
                return std::shared_ptr<const Tagger>(std::move(t));
            qWarning("dramatis: the built-in tagger model is unusable: %s", qPrintable(error));
        } else {
            qWarning("dramatis: the built-in tagger model is missing");
        }
        return std::make_shared<EmptyTagger>();
    }();
    return tagger;
}

} // namespace dramatis
