#include "ner/tokenizer.h"

#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

class TestTokenizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
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
                           << QStringList {u"Lisa"_s, u"Su"_s, u"runs"_s, u"AMD"_s, u"."_s};
    QTest::newRow("abbreviations") << QStringLiteral("Mr. Smith of Acme Inc. met U.S. officials.")
                                   << QStringList {u"Mr."_s, u"Smith"_s, u"of"_s, u"Acme"_s, u"Inc."_s,
                                          u"met"_s, u"U.S."_s, u"officials"_s, u"."_s};
    QTest::newRow("possessive") << QStringLiteral("Anthropic's model and Nvidia\u2019s chips")
                                << QStringList {u"Anthropic"_s, u"'s"_s, u"model"_s, u"and"_s, u"Nvidia"_s,
                                       u"\u2019s"_s, u"chips"_s};
    QTest::newRow("hyphen") << QStringLiteral("Hewlett-Packard and Rolls-Royce")
                            << QStringList {u"Hewlett-Packard"_s, u"and"_s, u"Rolls-Royce"_s};
    // A name and a lower-case word are the name plus a word; ordinary compounds and initials stay whole.
    QTest::newRow("korean-given-name") << QStringLiteral("Jeon Heon-kyun and the Seoul-born Park Sun-young")
                                       << QStringList {u"Jeon"_s, u"Heon-kyun"_s, u"and"_s, u"the"_s,
                                              u"Seoul"_s, u"-"_s, u"born"_s, u"Park"_s, u"Sun-young"_s};
    QTest::newRow("name-modifier") << QStringLiteral("the Google-owned, Boston-based state-backed X-ray firm")
                                   << QStringList {u"the"_s, u"Google"_s, u"-"_s, u"owned"_s, u","_s,
                                          u"Boston"_s, u"-"_s, u"based"_s, u"state-backed"_s, u"X-ray"_s,
                                          u"firm"_s};
    QTest::newRow("emoji and accents")
        << QStringLiteral("🚀 Société Générale 👩‍💻 José")
        << QStringList {u"🚀"_s, u"Société"_s, u"Générale"_s, u"👩‍💻"_s, u"José"_s};
    QTest::newRow("numbers") << QStringLiteral("It paid $1,250.50 in 2024")
                             << QStringList {u"It"_s, u"paid"_s, u"$"_s, u"1,250.50"_s, u"in"_s, u"2024"_s};
    QTest::newRow("rtl") << QStringLiteral("said محمد بن سلمان on Monday")
                         << QStringList {u"said"_s, u"محمد"_s, u"بن"_s, u"سلمان"_s, u"on"_s, u"Monday"_s};
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
    // An initial inside a name ends no sentence; a letter that ends one still does.
    QTest::newRow("middle initial") << QStringLiteral("Donald J. Trump met Mary J. Holt.") << 1;
    QTest::newRow("leading initial") << QStringLiteral("Rates rose. C. Eugene Steuerle disagreed.") << 2;
    QTest::newRow("letter ends sentence") << QStringLiteral("They chose plan b. Then it failed.") << 2;
    QTest::newRow("initial before blank line") << QStringLiteral("Signed, Mary J.\n\nThe end.") << 2;
    // A paragraph hard-wrapped at 64 columns is one sentence across its line breaks ("Peter\nSvensson").
    QTest::newRow("hard-wrapped") << QStringLiteral(
        "The authors thank the reviewers of this draft, among them Peter\n"
        "Svensson, Ana Ruiz and Tomas Berg, for their careful reading of\n"
        "every section.") << 1;
    // Short lines (a heading, a byline), a line that ends a sentence, list items, and a line broken with
    // room left for the next word: breaks stay.
    QTest::newRow("short lines") << QStringLiteral("Quarterly results\nBy Ana Ruiz\nProfits rose.") << 3;
    QTest::newRow("sentence at line end")
        << QStringLiteral("The board met for six hours on Tuesday and approved the new plan.\n"
                          "Shares rose after the announcement in the afternoon session.")
        << 2;
    QTest::newRow("list items") << QStringLiteral(
        "Changes in this release of the editor for all desktop users\n"
        "- Added a dark theme and a high-contrast theme for the editor\n"
        "- Removed the old toolbar")
                                << 3;
    QTest::newRow("room left") << QStringLiteral(
        "Added a setting that keeps the window on top of all the others\n"
        "Added Sponge\n"
        "Fixed the crash that happened when the window was resized quickly on a second screen")
                               << 3;
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
