// The CoNLL reader (both tag schemes, both separators, documents, errors naming the line) and the
// conlleval port.
#include "training/conllcorpus.h"
#include "training/conlleval.h"

#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

class TestConllCorpus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spans_data();
    void spans();
    void documents();
    void malformed_data();
    void malformed();
    void tokenizedText();
    void untagged();
    void eval();
};

void TestConllCorpus::spans_data()
{
    QTest::addColumn<QByteArray>("data");
    // Two touching persons then an organisation, in each scheme and separator.
    QTest::newRow("iob1-space") << "Ann NNP I-PER\nBo NNP B-PER\nCo NNP I-PER\nof IN O\nAcme NNP I-ORG\n"_ba;
    QTest::newRow("bio-space") << "Ann B-PER\nBo B-PER\nCo I-PER\nof O\nAcme B-ORG\n"_ba;
    QTest::newRow("bio-tab") << "Ann\tB-PER\nBo\tB-PER\nCo\tI-PER\nof\tO\nAcme\tB-ORG\n"_ba;
    QTest::newRow("iob1-tab-crlf") << "Ann\tX\tI-PER\r\nBo\tX\tB-PER\r\nCo\tX\tI-PER\r\nof\tX\tO\r\nAcme\tX\tI-ORG\r\n"_ba;
}

void TestConllCorpus::spans()
{
    QFETCH(QByteArray, data);
    QString error;
    const auto c = ConllCorpus::parse(data, u"t"_s, true, &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->documents.size(), 1);
    const ConllSentence &s = c->documents[0].sentences.at(0);
    QCOMPARE(s.words, QStringList({u"Ann"_s, u"Bo"_s, u"Co"_s, u"of"_s, u"Acme"_s}));
    const QList<ConllSpan> expected{{0, 1, EntityType::Person}, {1, 3, EntityType::Person},
                                    {4, 5, EntityType::Organization}};
    QCOMPARE(s.spans, expected);
}

void TestConllCorpus::documents()
{
    const QByteArray data = "-DOCSTART- -X- O O\n\nA O\nb O\n\nC O\n\n-DOCSTART- -X- O O\n\nD B-LOC\n"_ba;
    const auto c = ConllCorpus::parse(data, u"t"_s, true, nullptr);
    QVERIFY(c);
    QCOMPARE(c->documents.size(), 2);
    QCOMPARE(c->documents[0].sentences.size(), 2);
    QCOMPARE(c->documents[1].sentences.size(), 1);
    QCOMPARE(c->tokenCount(), 4);
}

void TestConllCorpus::malformed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("where");
    QTest::newRow("bad tag") << "A O\nB X-PER\n"_ba << u"f.conll:2:"_s;
    QTest::newRow("unknown type") << "A O\n\nB I-FOO\n"_ba << u"f.conll:3:"_s;
    QTest::newRow("no tag") << "A O\nB O\nC\n"_ba << u"f.conll:3:"_s;
}

void TestConllCorpus::malformed()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, where);
    QString error;
    QVERIFY(!ConllCorpus::parse(data, u"f.conll"_s, true, &error));
    QVERIFY2(error.startsWith(where), qPrintable(error));
}

void TestConllCorpus::tokenizedText()
{
    const auto c = ConllCorpus::parse("A O\nbb O\n\nC O\n-DOCSTART- O\nD O\n"_ba, u"t"_s, true, nullptr);
    QVERIFY(c);
    const TokenizedText t = c->toTokenizedText();
    QCOMPARE(t.tokens.size(), 4);
    QCOMPARE(t.tokenText(1), u"bb");
    QCOMPARE(t.tokenText(3), u"D");
    QCOMPARE(t.sentences.size(), 3);
    QCOMPARE(t.documentStarts, QList<qsizetype>({0, 3}));
    QVERIFY(t.tokens[2].has(Token::SentenceStart));
    QVERIFY(!t.tokens[1].has(Token::SentenceStart));
}

void TestConllCorpus::untagged()
{
    QString error;
    QVERIFY(!ConllCorpus::parse("Word\n"_ba, u"t"_s, true, &error));
    const auto c = ConllCorpus::parse("Word\nother\n"_ba, u"t"_s, false, &error);
    QVERIFY(c);
    QCOMPARE(c->tokenCount(), 2);
}

void TestConllCorpus::eval()
{
    // Gold: PER(Ann Bo) ORG(Acme) LOC(Oslo); guessed: PER(Ann Bo) ORG(Acme Corp) LOC(Oslo) MISC(x).
    const QStringList lines{
        u"Ann I-PER B-PER"_s, u"Bo I-PER I-PER"_s, u"of O O"_s, u"Acme I-ORG B-ORG"_s, u"Corp O I-ORG"_s,
        u""_s, u"Oslo I-LOC B-LOC"_s, u"x O B-MISC"_s,
    };
    ConllEval e;
    for (const QString &l : lines)
        QVERIFY(e.addLine(l));
    e.finish();
    QCOMPARE(e.overall().gold, 3);
    QCOMPARE(e.overall().predicted, 4);
    QCOMPARE(e.overall().correct, 2);
    QCOMPARE(e.type(u"ORG"_s).correct, 0);
    QCOMPARE(e.type(u"PER"_s).correct, 1);
    QCOMPARE(e.tokens(), 7);
    QVERIFY(e.report().startsWith(u"processed 7 tokens with 3 phrases; found: 4 phrases; correct: 2.\n"));
    QVERIFY(e.report().contains(u"              PER: precision: 100.00%; recall: 100.00%; FB1: 100.00  1\n"));
    ConllEval bad;
    QVERIFY(bad.addLine(u"a O O"));
    QVERIFY(!bad.addLine(u"a O"));
}

QTEST_GUILESS_MAIN(TestConllCorpus)
#include "tst_conllcorpus.moc"
