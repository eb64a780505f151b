// dramatis-modelc: the build's model compiler. Turns the compact files in resources/model (what the trainer
// and build-gazetteer.py write) into the images the tagger uses in place, which the model library links in.
//
//   dramatis-modelc tagger ner.model OUT      the weights (taggerimage::writeImage)
//   dramatis-modelc gazetteer gazetteer.qz OUT   the gazetteer's hash table (Gazetteer::image)
//
// Deterministic: the same input gives the same image. Exits non-zero, naming the file, on bad input, so a
// broken model fails the build instead of shipping an app that tags nothing.
#include "ner/gazetteer.h"
#include "ner/taggerimage.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

using namespace dramatis;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "dramatis-modelc: %s\n", qPrintable(message));
    return 1;
}

// The tagger's image, checked: viewed back, it must hold exactly the model's weights.
QByteArray taggerImage(const QByteArray &model, QString *error)
{
    std::vector<taggerimage::Stage> stages;
    int bits = 0;
    if (!taggerimage::readModel(model, &stages, &bits, error))
        return {};
    const QByteArray image = taggerimage::writeImage(taggerimage::join(std::move(stages), bits));
    taggerimage::Weights viewed;
    if (!taggerimage::viewImage(image.constData(), image.size(), &viewed, error, true))
        return {};
    if (qUncompress(taggerimage::writeModel(viewed)) != qUncompress(model)) {
        *error = QStringLiteral("the image does not reproduce the model's weights");
        return {};
    }
    return image;
}

QByteArray gazetteerImage(const QByteArray &compiled, QString *error)
{
    const auto gazetteer = Gazetteer::fromCompiled(compiled);
    if (gazetteer->size() == 0) {
        *error = QStringLiteral("not a compiled gazetteer (no entries)");
        return {};
    }
    return gazetteer->image();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4 || (args[1] != u"tagger" && args[1] != u"gazetteer"))
        return fail(QStringLiteral("usage: dramatis-modelc tagger|gazetteer IN OUT"));
    QFile in(args[2]);
    if (!in.open(QIODevice::ReadOnly))
        return fail(args[2] + QStringLiteral(": cannot read: ") + in.errorString());
    QString error;
    const QByteArray data = in.readAll();
    const QByteArray image = args[1] == u"tagger" ? taggerImage(data, &error) : gazetteerImage(data, &error);
    if (image.isEmpty())
        return fail(args[2] + QStringLiteral(": ") + error);
    QSaveFile out(args[3]);
    if (!out.open(QIODevice::WriteOnly) || out.write(image) != image.size() || !out.commit())
        return fail(args[3] + QStringLiteral(": cannot write: ") + out.errorString());
    return 0;
}
