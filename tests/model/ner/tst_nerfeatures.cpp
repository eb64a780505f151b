// Feature extraction for the tagger: gazetteer matching, case handling and document-level evidence.
#include "ner/bilou.h"
#include "ner/featurehash.h"
#include "ner/gazetteer.h"
#include "ner/nerfeatures.h"
#include "ner/tokenizer.h"
#include "training/conllcorpus.h"

#include <QTest>

#include <algorithm>
#include <set>

using namespace dramatis;
using namespace Qt::StringLiterals;

class TestNerFeatures final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gazetteerMatches_data();
    void gazetteerMatches();
    void gazetteerChangesFeatures();
    void deterministicAndInRange();
    void sameWordSameContext();
    void capsSentenceDiffers();
    void documentEvidence();
    void firstPassAddsFeatures();
    void longestMentionAddsFeature();
    void firstPassFeaturesMatchExtraction_data();
    void firstPassFeaturesMatchExtraction();
    void documentsAppend();
    void builtInGazetteer();
    void diacritics_data();
    void diacritics();

private:
    static std::shared_ptr<const Gazetteer> smallGazetteer();
    static std::vector<std::uint32_t> featuresOf(
        const TokenizedText &t, qsizetype token, const NerFeatures &f, const int *firstPass = nullptr);
};

std::shared_ptr<const Gazetteer> TestNerFeatures::smallGazetteer()
{
    const QByteArray text
        = QStringLiteral("ursula von der leyen\t2\nvon\t8\nkestrel motors\t16\nkestrel\t16\n"
                         "oslo\t128\nmr\t1024\n")
              .toUtf8();
    return Gazetteer::fromCompiled(qCompress(text));
}

std::vector<std::uint32_t> TestNerFeatures::featuresOf(
    const TokenizedText &t, qsizetype token, const NerFeatures &f, const int *firstPass)
{
    FeatureRows compact, rows;
    f.extract(t, 0, t.tokens.size(), firstPass, compact);
    compact.expandInto(rows);
    std::vector<std::uint32_t> ids(
        rows.ids.begin() + rows.starts[token], rows.ids.begin() + rows.starts[token + 1]);
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestNerFeatures::gazetteerMatches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("expected"); // first, end, categories triples
    QTest::newRow("particles") << u"Then Ursula von der Leyen spoke."_s << QList<int> {1, 5, 2, 2, 3, 8};
    QTest::newRow("longest company, any case") << u"KESTREL MOTORS rose."_s << QList<int> {0, 2, 16};
    QTest::newRow("prefix only") << u"Kestrel flew"_s << QList<int> {0, 1, 16};
    QTest::newRow("period and curly") << u"Mr. Smith in Oslo"_s << QList<int> {0, 1, 1024, 3, 4, 128};
    QTest::newRow("none") << u"nothing here at all"_s << QList<int> {};
}

void TestNerFeatures::gazetteerMatches()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, expected);
    const auto g = smallGazetteer();
    const TokenizedText t = Tokenizer().tokenize(text);
    std::vector<std::uint64_t> hashes;
    for (qsizetype i = 0; i < t.tokens.size(); ++i)
        hashes.push_back(featurehash::gazetteerHash(t.tokenText(i)));
    std::vector<Gazetteer::Match> matches;
    g->match(hashes.data(), 0, qsizetype(hashes.size()), matches);
    QList<int> got;
    for (const auto &m : matches)
        got << int(m.first) << int(m.end) << m.categories;
    QCOMPARE(got, expected);
}

void TestNerFeatures::gazetteerChangesFeatures()
{
    const NerFeatures with(smallGazetteer(), 18);
    const NerFeatures without(Gazetteer::fromCompiled(qCompress(QByteArray("zzz\t1\n"))), 18);
    const TokenizedText t = Tokenizer().tokenize(u"We met in Oslo today."_s);
    QVERIFY(featuresOf(t, 3, with) != featuresOf(t, 3, without));
    QCOMPARE(featuresOf(t, 0, with), featuresOf(t, 0, without));
}

void TestNerFeatures::deterministicAndInRange()
{
    const NerFeatures f(smallGazetteer(), 16);
    const TokenizedText t
        = Tokenizer().tokenize(u"Marta Quill joined Kestrel Motors in Oslo. She likes Oslo."_s);
    FeatureRows ca, cb, a, b;
    f.extract(t, 0, t.tokens.size(), nullptr, ca);
    f.extract(t, 0, t.tokens.size(), nullptr, cb);
    ca.expandInto(a);
    cb.expandInto(b);
    QCOMPARE(ca.typeIds, cb.typeIds);
    QVERIFY(ca.typeCount() < t.tokens.size()); // "Oslo" and "." repeat
    QCOMPARE(a.ids, b.ids);
    QCOMPARE(a.starts, b.starts);
    QCOMPARE(a.tokenCount(), t.tokens.size());
    QVERIFY(std::all_of(a.ids.begin(), a.ids.end(), [](std::uint32_t id) { return id < (1u << 16); }));
    for (qsizetype i = 0; i < a.tokenCount(); ++i)
        QVERIFY(a.starts[i + 1] - a.starts[i] > 10);
}

void TestNerFeatures::sameWordSameContext()
{
    const NerFeatures f(smallGazetteer(), 20);
    const TokenizedText t = Tokenizer().tokenize(u"I saw Pella near here. I saw Pella near here."_s);
    // Tokens 2 and 8: same word, same window, neither sentence-initial.
    QCOMPARE(t.tokenText(2), u"Pella");
    QCOMPARE(t.tokenText(8), u"Pella");
    QCOMPARE(featuresOf(t, 2, f), featuresOf(t, 8, f));
    // Sentence-initial "I" differs from nothing else, but "saw" after it is the same.
    QCOMPARE(featuresOf(t, 1, f), featuresOf(t, 7, f));
}

void TestNerFeatures::capsSentenceDiffers()
{
    const NerFeatures f(smallGazetteer(), 20);
    const TokenizedText normal = Tokenizer().tokenize(u"Rain hits Pella again"_s);
    const TokenizedText caps = Tokenizer().tokenize(u"RAIN HITS PELLA AGAIN"_s);
    const auto a = featuresOf(normal, 2, f);
    const auto b = featuresOf(caps, 2, f);
    QVERIFY(a != b);
    // The lower-cased word features are shared.
    std::vector<std::uint32_t> common;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
    QVERIFY(common.size() >= 5);
}

void TestNerFeatures::documentEvidence()
{
    const NerFeatures f(smallGazetteer(), 20);
    // "Bright" is also written in lower case elsewhere in the first text only.
    const TokenizedText a = Tokenizer().tokenize(u"Bright said no. It was a bright day."_s);
    const TokenizedText b = Tokenizer().tokenize(u"Bright said no. It was a sunny day."_s);
    QVERIFY(featuresOf(a, 0, f) != featuresOf(b, 0, f));
    // Two documents: evidence does not cross the boundary.
    const auto c
        = ConllCorpus::parse("Bright O\nsaid O\nno O\n-DOCSTART- O\nbright O\n"_ba, u"t"_s, true, nullptr);
    QVERIFY(c);
    const TokenizedText two = c->toTokenizedText();
    FeatureRows compactRows, compactAlone, rows, alone;
    f.extract(two, 0, 3, nullptr, compactRows);
    f.extract(b, 0, 3, nullptr, compactAlone);
    compactRows.expandInto(rows);
    compactAlone.expandInto(alone);
    std::vector<std::uint32_t> x(rows.ids.begin(), rows.ids.begin() + rows.starts[1]);
    std::vector<std::uint32_t> y(alone.ids.begin(), alone.ids.begin() + alone.starts[1]);
    QCOMPARE(x, y);
}

void TestNerFeatures::firstPassAddsFeatures()
{
    const NerFeatures f(smallGazetteer(), 20);
    const TokenizedText t = Tokenizer().tokenize(u"Pella won. Then Pella lost."_s);
    std::vector<int> none(t.tokens.size(), 0);
    std::vector<int> org(t.tokens.size(), 0);
    org[4] = 1 + 4 * 1 + 3; // U-ORG on the second Pella
    QVERIFY(featuresOf(t, 0, f, none.data()) != featuresOf(t, 0, f, org.data()));
}

void TestNerFeatures::longestMentionAddsFeature()
{
    // "Pella" is first named in full ("Ada Pella", tokens 0-1): a later "Pella" sees that occurrence's
    // label once more, as the one inside the longest first-pass mention. A one-token mention there adds
    // no such feature.
    const NerFeatures f(smallGazetteer(), 20);
    const TokenizedText t = Tokenizer().tokenize(u"Ada Pella won. Then Pella lost."_s);
    QCOMPARE(t.tokenText(5), u"Pella");
    std::vector<int> full(t.tokens.size(), bilou::Outside);
    full[0] = bilou::label(EntityType::Person, bilou::Begin);
    full[1] = bilou::label(EntityType::Person, bilou::Last);
    std::vector<int> unit(t.tokens.size(), bilou::Outside);
    unit[1] = bilou::label(EntityType::Person, bilou::Unit);
    // Without a first pass; with one, the other occurrence's type and part, and then the longest mention's
    // label.
    const std::size_t plain = featuresOf(t, 5, f).size();
    QCOMPARE(featuresOf(t, 5, f, full.data()).size(), plain + 3);
    QCOMPARE(featuresOf(t, 5, f, unit.data()).size(), plain + 2);
}

void TestNerFeatures::firstPassFeaturesMatchExtraction_data()
{
    QTest::addColumn<QList<int>>("mentions"); // (first token, end token, type) triples
    const int org = int(EntityType::Organization);
    const int loc = int(EntityType::Location);
    QTest::newRow("one-token mentions") << QList<int> {4, 5, org, 7, 8, loc};
    QTest::newRow("a two-token mention") << QList<int> {4, 5, org, 9, 11, org};
    QTest::newRow("inside a three-token mention") << QList<int> {3, 6, org, 13, 14, loc};
}

void TestNerFeatures::firstPassFeaturesMatchExtraction()
{
    // What the tagger adds for its second stage equals what extraction with the first pass gives (the
    // trainer's way), token by token.
    QFETCH(QList<int>, mentions);
    const NerFeatures f(smallGazetteer(), 20);
    const TokenizedText t
        = Tokenizer().tokenize(u"Pella won. Then Pella lost to Kestrel. PELLA WINS AGAIN. Pella!"_s);
    std::vector<int> labels(t.tokens.size(), bilou::Outside);
    for (qsizetype m = 0; m + 2 < mentions.size(); m += 3) {
        const auto type = EntityType(mentions[m + 2]);
        const int b = mentions[m];
        const int e = mentions[m + 1];
        for (int i = b; i < e; ++i) {
            labels[i] = bilou::label(type,
                e - b == 1       ? bilou::Unit
                    : i == b     ? bilou::Begin
                    : i + 1 == e ? bilou::Last
                                 : bilou::Inside);
        }
    }
    FeatureRows plain, withPass, expanded, expandedWithPass;
    f.extract(t, 0, t.tokens.size(), nullptr, plain);
    f.extract(t, 0, t.tokens.size(), labels.data(), withPass);
    plain.expandInto(expanded);
    withPass.expandInto(expandedWithPass);
    std::vector<std::uint32_t> extra, extraStarts;
    f.firstPassFeatures(plain, labels.data(), extra, extraStarts);
    QCOMPARE(qsizetype(extraStarts.size()), t.tokens.size() + 1);
    bool anyExtra = false;
    for (qsizetype i = 0; i < t.tokens.size(); ++i) {
        std::vector<std::uint32_t> a(
            expanded.ids.begin() + expanded.starts[i], expanded.ids.begin() + expanded.starts[i + 1]);
        a.insert(a.end(), extra.begin() + extraStarts[i], extra.begin() + extraStarts[i + 1]);
        std::vector<std::uint32_t> b(expandedWithPass.ids.begin() + expandedWithPass.starts[i],
            expandedWithPass.ids.begin() + expandedWithPass.starts[i + 1]);
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        QCOMPARE(a, b);
        anyExtra = anyExtra || extraStarts[i + 1] > extraStarts[i];
    }
    QVERIFY(anyExtra);
}

void TestNerFeatures::documentsAppend()
{
    // The trainer extracts document after document into one FeatureRows: each document's expanded rows
    // must be those it has on its own (its types numbered after the earlier documents').
    const NerFeatures f(smallGazetteer(), 20);
    const TokenizedText a = Tokenizer().tokenize(u"Marta Quill joined Kestrel Motors in Oslo."_s);
    const TokenizedText b = Tokenizer().tokenize(u"In Oslo, Kestrel Motors hired Dana Vey. Vey said yes."_s);
    FeatureRows both, alone, bothFlat, aloneFlat;
    f.extract(a, 0, a.tokens.size(), nullptr, both);
    f.extract(b, 0, b.tokens.size(), nullptr, both);
    f.extract(b, 0, b.tokens.size(), nullptr, alone);
    both.expandInto(bothFlat);
    alone.expandInto(aloneFlat);
    QCOMPARE(bothFlat.tokenCount(), a.tokens.size() + b.tokens.size());
    for (qsizetype i = 0; i < b.tokens.size(); ++i) {
        const qsizetype j = a.tokens.size() + i;
        QCOMPARE(bothFlat.starts[j + 1] - bothFlat.starts[j], aloneFlat.starts[i + 1] - aloneFlat.starts[i]);
        QVERIFY(std::equal(aloneFlat.ids.begin() + aloneFlat.starts[i],
            aloneFlat.ids.begin() + aloneFlat.starts[i + 1], bothFlat.ids.begin() + bothFlat.starts[j]));
    }
}

void TestNerFeatures::builtInGazetteer()
{
    const auto g = Gazetteer::builtIn();
    QVERIFY(g->size() > 100000);
    QVERIFY(g->lookupWord(u"Oslo") & Gazetteer::City);
    QVERIFY(g->lookupWord(u"JOHNSON") & Gazetteer::SurnameCommon);
    QVERIFY(g->lookupWord(u"Inc.") & Gazetteer::CorporateDesignator);
    QVERIFY(g->lookupWord(u"Nvidia") & Gazetteer::Company);
    QVERIFY(g->lookupWord(u"German") & Gazetteer::Nationality);
    QCOMPARE(g->lookupWord(u"xyzzyq"), 0);
}

void TestNerFeatures::diacritics_data()
{
    // A name with diacritics finds the lists' entry written without them; one the lists hold as written
    // keeps that entry's categories.
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("plain");
    QTest::newRow("vietnamese") << u"Nguyễn"_s << u"Nguyen"_s;
    QTest::newRow("czech") << u"Dvořák"_s << u"Dvorak"_s;
    QTest::newRow("maori-macron") << u"Whangārei"_s << u"Whangarei"_s;
    QTest::newRow("held-as-written") << u"Zürich"_s << u"Zürich"_s;
    QTest::newRow("held-in-capitals") << u"ŁÓDŹ"_s << u"Łódź"_s;
}

void TestNerFeatures::diacritics()
{
    QFETCH(QString, word);
    QFETCH(QString, plain);
    const auto g = Gazetteer::builtIn();
    const std::uint16_t expected = g->lookupWord(plain);
    QVERIFY2(expected != 0, qPrintable(plain + u" is in no list"_s));
    QCOMPARE(g->lookupWord(word), expected);
    // The same through the phrase matcher the features use.
    std::vector<Gazetteer::Match> matches;
    const std::uint64_t h = g->wordHash(word, featurehash::gazetteerHash(word));
    g->match(&h, 0, 1, matches);
    QCOMPARE(matches.size(), std::size_t(1));
    QCOMPARE(matches.front().categories, expected);
    // A different word is no match.
    QCOMPARE(g->lookupWord(u"Nguyễnx"_s), 0);
}

QTEST_GUILESS_MAIN(TestNerFeatures)
#include "tst_nerfeatures.moc"
