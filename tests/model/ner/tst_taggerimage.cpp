// The images the tagger and the gazetteer use in place (taggerimage, Gazetteer::image): an image holds
// exactly the model it was made from, the built-in ones are the compiled resources/model files, and a
// truncated, corrupt or foreign image is refused with a message instead of being read out of bounds.
#include "ner/builtinmodel.h"
#include "ner/gazetteer.h"
#include "ner/taggerfactory.h"
#include "ner/taggerimage.h"
#include "ner/tokenizer.h"
#include "training/conllcorpus.h"
#include "training/perceptrontrainer.h"

#include <QFile>
#include <QTest>

#include <cstring>

using namespace dramatis;
using namespace Qt::StringLiterals;

namespace {

// A copy of `bytes` at an 8-byte aligned address, as the image views need.
struct AlignedCopy
{
    std::vector<std::uint64_t> words;
    qsizetype size = 0;

    explicit AlignedCopy(const QByteArray &bytes)
        : words(std::size_t(bytes.size() + 7) / 8)
        , size(bytes.size())
    {
        if (size > 0)
            std::memcpy(words.data(), bytes.constData(), std::size_t(size));
    }
    const char *data() const { return reinterpret_cast<const char *>(words.data()); }
};

} // namespace

class TestTaggerImage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void builtInIsTheResourceModel();
    void builtInGazetteerIsTheResourceList();
    void refusesBadImages_data();
    void refusesBadImages();
    void refusesBadGazetteerImages();

private:
    std::unique_ptr<PerceptronTagger> m_model; // trained on the tiny corpus
    TokenizedText m_text;
};

void TestTaggerImage::initTestCase()
{
    QFile f(QStringLiteral(DRAMATIS_TEST_DATA "/tagger/tiny.conll"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString error;
    const auto corpus = ConllCorpus::parse(f.readAll(), f.fileName(), true, &error);
    QVERIFY2(corpus, qPrintable(error));
    PerceptronTrainer::Options o;
    o.epochs = 4;
    o.tableBits = 16;
    o.folds = 2;
    m_model = PerceptronTrainer(Gazetteer::builtIn(), o).train({*corpus});
    QVERIFY(m_model);
    m_text = Tokenizer().tokenize(
        u"Maria Okafor left Brightwater Holdings for the Lisbon office of Kestrel Bank. "
        u"Okafor said Kestrel would grow in Porto and Geneva."_s);
}

void TestTaggerImage::roundTrip_data()
{
    QTest::addColumn<bool>("fromFile");
    QTest::newRow("trained") << false;
    QTest::newRow("read from its model file") << true;
}

void TestTaggerImage::roundTrip()
{
    QFETCH(bool, fromFile);
    QString error;
    std::unique_ptr<PerceptronTagger> source;
    if (fromFile) {
        source = PerceptronTagger::load(m_model->serialize(), Gazetteer::builtIn(), &error);
        QVERIFY2(source, qPrintable(error));
    }
    const PerceptronTagger &model = fromFile ? *source : *m_model;
    const AlignedCopy image(model.image());
    const auto viewed = PerceptronTagger::fromImage(image.data(), image.size, Gazetteer::builtIn(), &error);
    QVERIFY2(viewed, qPrintable(error));
    QCOMPARE(viewed->serialize(), m_model->serialize());
    QCOMPARE(viewed->image(), model.image());
    QCOMPARE(viewed->tag(m_text), m_model->tag(m_text));
}

void TestTaggerImage::builtInIsTheResourceModel()
{
    QFile f(QStringLiteral(DRAMATIS_SOURCE_DIR "/resources/model/ner.model"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString error;
    const auto fromFile = PerceptronTagger::load(f.readAll(), Gazetteer::builtIn(), &error);
    QVERIFY2(fromFile, qPrintable(error));
    const QByteArrayView image = builtinmodel::taggerImage();
    taggerimage::Weights weights;
    QVERIFY2(taggerimage::viewImage(image.data(), image.size(), &weights, &error, true), qPrintable(error));
    QCOMPARE(QByteArrayView(fromFile->image()), image);
    const auto builtIn = loadBuiltInTagger(&error);
    QVERIFY2(builtIn, qPrintable(error));
    QCOMPARE(builtIn->tag(m_text), fromFile->tag(m_text));
    QVERIFY(!builtIn->tag(m_text).isEmpty());
}

void TestTaggerImage::builtInGazetteerIsTheResourceList()
{
    QFile f(QStringLiteral(DRAMATIS_SOURCE_DIR "/resources/model/gazetteer.qz"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto parsed = Gazetteer::fromCompiled(f.readAll());
    const auto builtIn = Gazetteer::builtIn();
    QVERIFY(parsed->size() > 1000);
    QCOMPARE(builtIn->size(), parsed->size());
    QCOMPARE(QByteArrayView(parsed->image()), builtinmodel::gazetteerImage());
    for (const QString &w : {u"Okafor"_s, u"Nvidia"_s, u"Inc."_s, u"Lisbon"_s, u"the"_s, u"Zzyzxqv"_s})
        QCOMPARE(builtIn->lookupWord(w), parsed->lookupWord(w));
    QVERIFY(builtIn->lookupWord(u"Nvidia"_s) & Gazetteer::KnownOrganization);
}

void TestTaggerImage::refusesBadImages_data()
{
    QTest::addColumn<int>("damage"); // 0: truncate, 1: magic, 2: version, 3: rank index, 4: misaligned
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << -1 << u"too short"_s;
    QTest::newRow("truncated") << 0 << u"truncated"_s;
    QTest::newRow("foreign") << 1 << u"bad magic"_s;
    QTest::newRow("newer version") << 2 << u"version"_s;
    QTest::newRow("rank index") << 3 << u"rank index"_s;
    QTest::newRow("misaligned") << 4 << u"misaligned"_s;
}

void TestTaggerImage::refusesBadImages()
{
    QFETCH(int, damage);
    QFETCH(QString, expected);
    QByteArray bytes = damage < 0 ? QByteArray() : m_model->image();
    if (damage == 0)
        bytes.chop(64);
    else if (damage == 1)
        bytes[0] = 'X';
    else if (damage == 2)
        bytes[4] = char(99);
    else if (damage == 4)
        bytes.prepend('\0');
    if (damage == 3) {
        // The rows are data (any value is a weight); the rank index must agree with the bits.
        taggerimage::Weights w;
        const AlignedCopy clean(m_model->image());
        QVERIFY(taggerimage::viewImage(clean.data(), clean.size, &w, nullptr));
        const auto offset = reinterpret_cast<const char *>(w.joint.rankBefore) - clean.data();
        bytes = m_model->image();
        bytes[offset + 4 * 10] ^= 0x01;
    }
    AlignedCopy image(bytes);
    const char *data = image.data() + (damage == 4 ? 1 : 0);
    QString error;
    QVERIFY(
        !PerceptronTagger::fromImage(data, image.size - (damage == 4 ? 1 : 0), Gazetteer::builtIn(), &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    // Whatever one byte says, viewing an image never reads outside it (ASan would tell).
    if (damage == 0) {
        for (qsizetype cut = 0; cut < 200; cut += 7) {
            const AlignedCopy shortImage(bytes.left(cut));
            QVERIFY(!PerceptronTagger::fromImage(shortImage.data(), shortImage.size, Gazetteer::builtIn()));
        }
    }
}

void TestTaggerImage::refusesBadGazetteerImages()
{
    const QByteArray good = Gazetteer::builtIn()->image();
    QString error;
    QVERIFY(!Gazetteer::fromImage(nullptr, 0, &error));
    QVERIFY(error.contains(u"too short"_s));
    QByteArray foreign = good.left(4096);
    foreign[1] = 'X';
    const AlignedCopy f(foreign);
    QVERIFY(!Gazetteer::fromImage(f.data(), f.size, &error));
    QVERIFY(error.contains(u"bad magic"_s));
    const AlignedCopy truncated(good.left(good.size() - 2));
    QVERIFY(!Gazetteer::fromImage(truncated.data(), truncated.size, &error));
    QVERIFY(error.contains(u"truncated"_s));
    // A full table (no empty slot) still ends every lookup: probes are bounded by the header.
    QByteArray full = good;
    for (qsizetype i = 64; i < 64 + (good.size() - 64) / 6 * 4; i += 4)
        full[i] |= 1;
    const AlignedCopy fullCopy(full);
    const auto g = Gazetteer::fromImage(fullCopy.data(), fullCopy.size, &error);
    QVERIFY2(g, qPrintable(error));
    g->lookupWord(u"Zzyzxqv"_s); // returns (what it finds does not matter)
}

QTEST_GUILESS_MAIN(TestTaggerImage)
#include "tst_taggerimage.moc"
