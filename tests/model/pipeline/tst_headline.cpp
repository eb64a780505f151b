// A capitalised headline's mentions stand only where the body supports them (model/pipeline/headline.h), and
// so do those of short capitalised lines inside the text. Sentences written for this project.
#include "ner/tokenizer.h"
#include "pipeline/headline.h"

#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

class TestHeadline final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void capitalised_data();
    void capitalised();
    void headline_data();
    void headline();
    void lines_data();
    void lines();
};

namespace {

// Mentions of `specs` ("ORG Nvidia Unveils": type code, space, text at its first occurrence in `text`).
MentionList mentionsFor(const QString &text, const QStringList &specs)
{
    MentionList out;
    for (const QString &spec : specs) {
        const qsizetype space = spec.indexOf(u' ');
        const QString name = spec.mid(space + 1);
        Mention m;
        m.start = text.indexOf(name);
        m.end = m.start + name.size();
        m.type = *entityTypeFromCode(QStringView(spec).left(space));
        if (m.start < 0)
            qFatal("mention text not in the text");
        out.append(m);
    }
    std::sort(out.begin(), out.end(), [](const Mention &a, const Mention &b) { return a.start < b.start; });
    return out;
}

QString describe(const QString &text, const MentionList &mentions)
{
    QStringList out;
    for (const Mention &m : mentions)
        out << entityTypeCode(m.type) + u' ' + text.mid(m.start, m.length());
    return out.join(u"; "_s);
}

} // namespace

void TestHeadline::capitalised_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("expected");
    QTest::newRow("title-case") << u"Student Dies After Diet Pills She Bought Online"_s << true;
    QTest::newRow("small-words-lower") << u"Nvidia Unveils a New Chip for the Data Center"_s << true;
    QTest::newRow("all-caps") << u"HALVORSEN SHARES JUMP"_s << true;
    QTest::newRow("sentence-case") << u"Nintendo's first iPhone game will launch in December"_s << false;
    QTest::newRow("short") << u"Lisa Su Speaks"_s << false; // too few words to tell
}

void TestHeadline::capitalised()
{
    QFETCH(QString, title);
    QFETCH(bool, expected);
    QCOMPARE(isCapitalisedHeadline(Tokenizer().tokenize(title)), expected);
}

void TestHeadline::headline_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("titleMentions");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("bodyMentions");
    QTest::addColumn<QString>("expected");

    const QString body
        = u"Nvidia said on Tuesday that its new chip would ship in May. Lisa Su of AMD was not impressed."_s;
    const QStringList bodyMentions {u"ORG Nvidia"_s, u"PER Lisa Su"_s, u"ORG AMD"_s};
    // The company glued to the verb after it is cut back to the body's name.
    QTest::newRow("glued") << u"Nvidia Unveils Faster Chips for Data Centers"_s
                           << QStringList {u"ORG Nvidia Unveils Faster Chips"_s} << body << bodyMentions
                           << u"ORG Nvidia"_s;
    // A span the body never names is no entity.
    QTest::newRow("unsupported") << u"Student Dies After Diet Pills She Bought Online"_s
                                 << QStringList {u"ORG Student Dies After Diet Pills"_s} << body
                                 << bodyMentions << QString();
    // A word the body uses only inside a longer name of an organisation is no name alone.
    QTest::newRow("inner-word") << u"Babies Who Eat Early May Avoid Allergy"_s
                                << QStringList {u"ORG Allergy"_s}
                                << u"The Orvania Academy of Allergy and Immunology met."_s
                                << QStringList {u"ORG Orvania Academy of Allergy and Immunology"_s}
                                << QString();
    QTest::newRow("first-word") << u"Orvania Warns About Peanut Allergy"_s << QStringList {u"ORG Orvania"_s}
                                << u"The Orvania Academy of Allergy and Immunology met."_s
                                << QStringList {u"ORG Orvania Academy of Allergy and Immunology"_s}
                                << u"ORG Orvania"_s;
    // A surname alone, in capitals, is the body's person.
    QTest::newRow("surname") << u"WHY SU IS NOT WORRIED ABOUT NVIDIA"_s
                             << QStringList {u"ORG SU"_s, u"ORG NVIDIA"_s} << body << bodyMentions
                             << u"PER SU; ORG NVIDIA"_s;
    // The body's type wins over the headline's guess.
    QTest::newRow("type-from-body") << u"Lisa Su Warns Investors About Tariffs"_s
                                    << QStringList {u"ORG Lisa Su Warns"_s} << body << bodyMentions
                                    << u"PER Lisa Su"_s;
    // A headline in sentence case keeps what the tagger found, with the body's type for a name the body
    // tags too.
    QTest::newRow("sentence-case") << u"Why a small lab in Oslo worries Nvidia"_s
                                   << QStringList {u"LOC Oslo"_s, u"ORG Nvidia"_s} << body << bodyMentions
                                   << u"LOC Oslo; ORG Nvidia"_s;
    QTest::newRow("sentence-case-type-from-body")
        << u"Nvidia signs a chip deal as AMD shares jump"_s << QStringList {u"MISC Nvidia"_s, u"PER AMD"_s}
        << body << bodyMentions << u"ORG Nvidia; ORG AMD"_s;
}

void TestHeadline::headline()
{
    QFETCH(QString, title);
    QFETCH(QStringList, titleMentions);
    QFETCH(QString, body);
    QFETCH(QStringList, bodyMentions);
    QFETCH(QString, expected);
    const TokenizedText titleTokens = Tokenizer().tokenize(title);
    const TokenizedText bodyTokens = Tokenizer().tokenize(body);
    const MentionList kept = supportedHeadlineMentions(
        titleTokens, mentionsFor(title, titleMentions), bodyTokens, mentionsFor(body, bodyMentions));
    QCOMPARE(describe(title, kept), expected);
}

void TestHeadline::lines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("mentions");
    QTest::addColumn<QString>("expected");

    // A related headline between paragraphs: its glued span goes, its supported name stays.
    QTest::newRow("related-headline")
        << u"Halvorsen Marine said profits rose.\n\nHalvorsen Marine Mulls Unilateral Price Cuts\n\nThe company expects more orders."_s
        << QStringList {u"ORG Halvorsen Marine"_s, u"ORG Halvorsen Marine Mulls Unilateral"_s}
        << u"ORG Halvorsen Marine; ORG Halvorsen Marine"_s;
    QTest::newRow("unsupported-line")
        << u"Prices rose in May.\n\nPizza Man Makes Special Delivery To Penguins\n\nAnalysts were surprised."_s
        << QStringList {u"ORG Pizza Man Makes Special Delivery"_s} << QString();
    // A byline names its person on purpose; a sentence is no headline.
    QTest::newRow("byline") << u"By Nathan Willis and Jonathan Corbet\n\nThe kernel grew."_s
                            << QStringList {u"PER Nathan Willis"_s, u"PER Jonathan Corbet"_s}
                            << u"PER Nathan Willis; PER Jonathan Corbet"_s;
    QTest::newRow("sentence") << u"Maria Lund Joined Brightline In March After Years Abroad."_s
                              << QStringList {u"PER Maria Lund"_s, u"ORG Brightline"_s}
                              << u"PER Maria Lund; ORG Brightline"_s;
    // A sentence ending in an abbreviation's full stop, with a paragraph after it.
    QTest::newRow("abbreviation-end")
        << u"Rep. Maria Lund, D-N.Y., and Sen. Ola Berg, R-Texas, Clashed Online on X.\n\nIt went on."_s
        << QStringList {u"PER Maria Lund"_s, u"PER Ola Berg"_s} << u"PER Maria Lund; PER Ola Berg"_s;
    // A text that is nothing but capitalised lines has no body to judge them by.
    QTest::newRow("no-body") << u"Maria Lund Joins Brightline As Chief Executive"_s
                             << QStringList {u"PER Maria Lund"_s, u"ORG Brightline"_s}
                             << u"PER Maria Lund; ORG Brightline"_s;
}

void TestHeadline::lines()
{
    QFETCH(QString, text);
    QFETCH(QStringList, mentions);
    QFETCH(QString, expected);
    const TokenizedText tokens = Tokenizer().tokenize(text);
    // The second mention of a repeated name is its second occurrence.
    MentionList list = mentionsFor(text, mentions);
    for (qsizetype i = 1; i < list.size(); ++i) {
        if (list[i].start == list[i - 1].start) {
            const QString name = text.mid(list[i].start, list[i].length());
            list[i].start = text.indexOf(name, list[i - 1].end);
            list[i].end = list[i].start + name.size();
        }
    }
    filterCapitalisedLines(tokens, list);
    QCOMPARE(describe(text, list), expected);
}

QTEST_GUILESS_MAIN(TestHeadline)
#include "tst_headline.moc"
