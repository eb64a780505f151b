#include "tokenizer.h"

#include <QTest>

using namespace dramatis;

class TestTokenizer : public QObject
{
    Q_OBJECT
private slots:
    void tokens_data();
    void tokens();
    void sentences_data();
    void sentences();
};

void TestTokenizer::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plain") << QStringLiteral("Lisa Su runs AMD.")
                           << QStringList{u"Lisa"_qs, u"Su"_qs, u"runs"_qs, u"AMD"_qs, u"."_qs};
    QTest::newRow("abbreviations") << QStringLiteral("Mr. Smith of Acme Inc. met U.S. officials.")
                                   << QStringList{u"Mr."_qs, u"Smith"_qs, u"of"_qs, u"Acme"_qs, u"Inc."_qs,
                                                  u"met"_qs, u"U.S."_qs, u"officials"_qs, u"."_qs};
    QTest::newRow("possessive") << QStringLiteral("Anthropic's model and Nvidia\u2019s chips")
                                << QStringList{u"Anthropic"_qs, u"'s"_qs, u"model"_qs, u"and"_qs,
                                               u"Nvidia"_qs, u"\u2019s"_qs, u"chips"_qs};
    QTest::newRow("hyphen") << QStringLiteral("Hewlett-Packard and Rolls-Royce")
                            << QStringList{u"Hewlett-Packard"_qs, u"and"_qs, u"Rolls-Royce"_qs};
    QTest::newRow("emoji and accents") << QStringLiteral("🚀 Société Générale 👩‍💻 José")
                                       << QStringList{u"🚀"_qs, u"Société"_qs, u"Générale"_qs, u"👩‍💻"_qs, u"José"_qs};
    QTest::newRow("numbers") << QStringLiteral("It paid $1,250.50 in 2024")
                             << QStringList{u"It"_qs, u"paid"_qs, u"$"_qs, u"1,250.50"_qs, u"in"_qs, u"2024"_qs};
    QTest::newRow("rtl") << QStringLiteral("said محمد بن سلمان on Monday")
                         << QStringList{u"said"_qs, u"محمد"_qs, u"بن"_qs, u"سلمان"_qs, u"on"_qs, u"Monday"_qs};
}

void TestTokenizer::tokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const TokenizedText tt = Tokenizer().tokenize(text);
    QStringList got;
    for (qsizetype i = 0; i < tt.tokens.size(); ++i) {
        got.append(tt.tokenText(i).toString());
        // Offsets are exact: slicing the original text gives the token.
        QCOMPARE(text.mid(tt.tokens[i].start, tt.tokens[i].length()), got.last());
    }
    QCOMPARE(got, expected);
}

void TestTokenizer::sentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::newRow("abbreviations do not end sentences")
        << QStringLiteral("Mr. Smith joined Acme Inc. in May. Dr. Jones left.") << 2;
    QTest::newRow("question and exclamation") << QStringLiteral("Who? Nobody! Fine.") << 3;
    QTest::newRow("blank line") << QStringLiteral("Headline without stop\n\nBody text here.") << 2;
    QTest::newRow("empty") << QString() << 0;
}

void TestTokenizer::sentences()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    const TokenizedText tt = Tokenizer().tokenize(text);
    QCOMPARE(tt.sentences.size(), count);
    for (const Sentence &s : tt.sentences)
        QVERIFY(tt.tokens[s.firstToken].has(Token::SentenceStart));
}

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
