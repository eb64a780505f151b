// The product list (model/ner/productnames.cpp, resources/model/products.txt) and the known organisations of
// the built-in gazetteer that build-gazetteer.py takes from the outlet, party, agency and university lists.
#include "ner/bilou.h"
#include "ner/featurehash.h"
#include "ner/gazetteer.h"
#include "ner/productnames.h"
#include "ner/tokenizer.h"
#include "support/labelspecs.h"

#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

class TestProductNames final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void knownProduct_data();
    void knownProduct();
    void relabel_data();
    void relabel();
    void knownOrganisation_data();
    void knownOrganisation();
};

using testing::describe;
using testing::labelsFor;

void TestProductNames::initTestCase()
{
    QVERIFY2(Gazetteer::builtIn() && Gazetteer::builtIn()->size() > 0, "the binary has no gazetteer");
}

void TestProductNames::knownProduct_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("product");

    // Browsers, mail clients, languages, platforms, a company's product under its maker's name.
    QTest::newRow("firefox") << u"Firefox"_s << true;
    QTest::newRow("thunderbird") << u"Thunderbird"_s << true;
    QTest::newRow("javascript") << u"JavaScript"_s << true;
    QTest::newRow("android") << u"Android"_s << true;
    QTest::newRow("webassembly") << u"WebAssembly"_s << true;
    QTest::newRow("maker-and-product") << u"Google Maps"_s << true;
    // Any case, a possessive, a release number, a line break inside the name.
    QTest::newRow("lower-case") << u"firefox"_s << true;
    QTest::newRow("upper-case") << u"JAVASCRIPT"_s << true;
    QTest::newRow("possessive") << u"Firefox's"_s << true;
    QTest::newRow("curly-possessive") << u"Thunderbird\u2019s"_s << true;
    QTest::newRow("version") << u"Firefox 85"_s << true;
    QTest::newRow("line-break") << u"Google\nMaps"_s << true;
    QTest::newRow("spaces-around") << u"  Firefox \t 85  "_s << true;
    QTest::newRow("trailing-apostrophe") << u"Firefox'"_s << true;
    QTest::newRow("upper-case-possessive") << u"FIREFOX'S"_s << true;
    QTest::newRow("no-break-space") << u"Firefox\u00A0OS"_s << true;
    QTest::newRow("for-at-the-end") << u"Firefox for"_s << true;

    QTest::newRow("edition-os") << u"Firefox OS"_s << true;
    QTest::newRow("edition-platform") << u"Firefox for Android"_s << true;
    QTest::newRow("edition-and-version") << u"Thunderbird Beta 3"_s << true;

    // Companies are their products' makers, not products.
    QTest::newRow("google") << u"Google"_s << false;
    QTest::newRow("mozilla") << u"Mozilla"_s << false;
    QTest::newRow("netflix") << u"Netflix"_s << false;
    QTest::newRow("uber") << u"Uber"_s << false;
    QTest::newRow("spotify") << u"Spotify"_s << false;
    // Ordinary words and personal names: only a cue in context tells those from a product.
    QTest::newRow("signal") << u"Signal"_s << false;
    QTest::newRow("zoom") << u"Zoom"_s << false;
    QTest::newRow("claude") << u"Claude"_s << false;
    QTest::newRow("go") << u"Go"_s << false;
    QTest::newRow("swift") << u"Swift"_s << false;
    // No product at all.
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("person") << u"Marta Kowalczyk"_s << false;
    QTest::newRow("version-alone") << u"85"_s << false;
    QTest::newRow("product-inside") << u"Firefox Nightly Reviewers Guild"_s << false;
    QTest::newRow("maker-edition") << u"Google Mobile"_s << false;
    QTest::newRow("edition-alone") << u"Pro"_s << false;
    QTest::newRow("possessive-alone") << u"'s"_s << false;
    QTest::newRow("no-edition-word") << u"Firefox Reviewers"_s << false;
    QTest::newRow("for-a-long-tail") << u"Firefox for the Blind and Partially Sighted"_s << false;
}

void TestProductNames::knownProduct()
{
    QFETCH(QString, name);
    QFETCH(bool, product);
    QCOMPARE(isKnownProduct(name), product);
}

void TestProductNames::relabel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("model");
    QTest::addColumn<QString>("expected");

    QTest::newRow("organisation-to-other")
        << u"Mozilla released Firefox 85 on Tuesday."_s << QStringList {u"ORG Mozilla"_s, u"ORG Firefox"_s}
        << u"ORG Mozilla; MISC Firefox"_s;
    QTest::newRow("person-to-other") << u"Thunderbird now syncs calendars, said Ana Ruiz."_s
                                     << QStringList {u"PER Thunderbird"_s, u"PER Ana Ruiz"_s}
                                     << u"MISC Thunderbird; PER Ana Ruiz"_s;
    QTest::newRow("several-tokens") << u"Directions came from Google Maps, not a guide."_s
                                    << QStringList {u"ORG Google Maps"_s} << u"MISC Google Maps"_s;
    QTest::newRow("with-version") << u"The bug is fixed in Firefox 86 already."_s
                                  << QStringList {u"ORG Firefox 86"_s} << u"MISC Firefox 86"_s;
    QTest::newRow("possessive-outside")
        << u"Android's share grew."_s << QStringList {u"ORG Android"_s} << u"MISC Android"_s;
    QTest::newRow("possessive-inside") << u"JavaScript's engine got faster."_s
                                       << QStringList {u"ORG JavaScript's"_s} << u"MISC JavaScript's"_s;

    QTest::newRow("maker-and-product")
        << u"Sales of the Google Pixel rose, Google said."_s
        << QStringList {u"ORG Google Pixel"_s, u"ORG Google"_s} << u"MISC Google Pixel; ORG Google"_s;

    // Companies, organisations and people stay; so does every type but person and organisation.
    QTest::newRow("maker-and-unit") << u"Google DeepMind grew."_s << QStringList {u"ORG Google DeepMind"_s}
                                    << u"ORG Google DeepMind"_s;
    QTest::newRow("unknown-maker-and-product")
        << u"Orvex Pixel shipped."_s << QStringList {u"ORG Orvex Pixel"_s} << u"ORG Orvex Pixel"_s;
    QTest::newRow("company") << u"Spotify and Netflix raised prices."_s
                             << QStringList {u"ORG Spotify"_s, u"ORG Netflix"_s}
                             << u"ORG Spotify; ORG Netflix"_s;
    QTest::newRow("first-name") << u"Claude Martin runs the lab, and Claude said so."_s
                                << QStringList {u"PER Claude Martin"_s} << u"PER Claude Martin"_s;
    QTest::newRow("product-inside-name")
        << u"The Firefox Nightly Reviewers Guild met."_s
        << QStringList {u"ORG Firefox Nightly Reviewers Guild"_s} << u"ORG Firefox Nightly Reviewers Guild"_s;
    QTest::newRow("place") << u"They flew to Android Bay."_s << QStringList {u"LOC Android"_s}
                           << u"LOC Android"_s;
    QTest::newRow("place-read-for-product")
        << u"Ask ChatGPT about it."_s << QStringList {u"LOC ChatGPT"_s} << u"MISC ChatGPT"_s;
    QTest::newRow("already-other") << u"Firefox crashed."_s << QStringList {u"MISC Firefox"_s}
                                   << u"MISC Firefox"_s;
    QTest::newRow("nothing") << u"Nothing here is a name."_s << QStringList {} << QString();
}

void TestProductNames::relabel()
{
    QFETCH(QString, text);
    QFETCH(QStringList, model);
    QFETCH(QString, expected);
    const TokenizedText tokens = Tokenizer().tokenize(text);
    std::vector<int> labels = labelsFor(tokens, model);
    labelKnownProducts(tokens, *Gazetteer::builtIn(), labels);
    QCOMPARE(describe(tokens, labels), expected);
}

void TestProductNames::knownOrganisation_data()
{
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<bool>("known");

    QTest::newRow("outlet") << u"Engadget"_s << true;
    QTest::newRow("outlet-without-the") << u"Moscow Times"_s << true;
    QTest::newRow("party") << u"Christian Democratic Union"_s << true;
    QTest::newRow("party-abbreviation") << u"AfD"_s << true;
    QTest::newRow("agency") << u"Environmental Protection Agency"_s << true;
    QTest::newRow("agency-as-news-says") << u"Treasury Department"_s << true;
    QTest::newRow("international") << u"World Trade Organization"_s << true;
    QTest::newRow("university") << u"Harvard University"_s << true;
    QTest::newRow("foundation") << u"Mozilla Foundation"_s << true;
    // Generic words of outlet names and abbreviations of technology are no organisation.
    QTest::newRow("times") << u"Times"_s << false;
    QTest::newRow("sun") << u"Sun"_s << false;
    QTest::newRow("express") << u"Express"_s << false;
    QTest::newRow("open-source") << u"Open Source"_s << false;
    QTest::newRow("http") << u"HTTP"_s << false;
}

void TestProductNames::knownOrganisation()
{
    QFETCH(QString, phrase);
    QFETCH(bool, known);
    const TokenizedText tokens = Tokenizer().tokenize(phrase);
    std::vector<std::uint64_t> hashes;
    for (qsizetype k = 0; k < tokens.tokens.size(); ++k)
        hashes.push_back(featurehash::gazetteerHash(tokens.tokenText(k)));
    std::vector<Gazetteer::Match> matches;
    Gazetteer::builtIn()->match(hashes.data(), 0, qsizetype(hashes.size()), matches);
    const bool whole
        = !matches.empty() && matches.front().first == 0 && matches.front().end == qsizetype(hashes.size());
    QCOMPARE(whole && (matches.front().categories & Gazetteer::KnownOrganization), known);
}

QTEST_GUILESS_MAIN(TestProductNames)
#include "tst_productnames.moc"
