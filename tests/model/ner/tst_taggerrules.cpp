// The post-decoding rules (model/taggerrules.cpp) on their own: each row gives the model's mentions as the
// rules would receive them and the mentions they must leave, on sentences written for this project.
#include "ner/bilou.h"
#include "ner/gazetteer.h"
#include "ner/taggerrules.h"
#include "ner/tokenizer.h"
#include "support/labelspecs.h"

#include <QHash>
#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

class TestTaggerRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void legalForms_data();
    void legalForms();
    void legalFormConfidence();
    void products_data();
    void products();
    void headWords_data();
    void headWords();
    void modifiers_data();
    void modifiers();
    void initials_data();
    void initials();
    void roleContext_data();
    void roleContext();
    void lists_data();
    void lists();
    void knownOrganisations_data();
    void knownOrganisations();
    void ordinaryWords_data();
    void ordinaryWords();
    void codeIdentifiers_data();
    void codeIdentifiers();
    void officialNames_data();
    void officialNames();
    void companyAppositions_data();
    void companyAppositions();
    void capitalsAbbreviations_data();
    void capitalsAbbreviations();
    void nameParticles_data();
    void nameParticles();
    void lowerCaseHeads_data();
    void lowerCaseHeads();
    void officialHeadsBefore_data();
    void officialHeadsBefore();
    void peopleConsistently_data();
    void peopleConsistently();
    void ordinaryPhrasePeople_data();
    void ordinaryPhrasePeople();
    void employers_data();
    void employers();
    void maoriOrganisations_data();
    void maoriOrganisations();
    void degrees_data();
    void degrees();
    void laws_data();
    void laws();
    void siteAndMemberWords_data();
    void siteAndMemberWords();
    void awards_data();
    void awards();
    void firstWord_data();
    void firstWord();
    void definedAbbreviations_data();
    void definedAbbreviations();
    void namedAwards_data();
    void namedAwards();
    void administrations_data();
    void administrations();
    void partyMembers_data();
    void partyMembers();
    void companiesAfterModifiers_data();
    void companiesAfterModifiers();
    void commas_data();
    void commas();
    void conjunctions_data();
    void conjunctions();
    void marketIndexes_data();
    void marketIndexes();
};

using testing::describe;
using testing::labelsFor;

void TestTaggerRules::initTestCase()
{
    QVERIFY2(Gazetteer::builtIn() && Gazetteer::builtIn()->size() > 0, "the binary has no gazetteer");
}

void TestTaggerRules::legalForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("model");
    QTest::addColumn<QString>("expected");

    // The model's person inside a company's name, and the name's first word left out.
    QTest::newRow("person-before-asa") << u"Halvorsen Marine ASA said on Monday that profits rose."_s
                                       << QStringList {u"PER Marine ASA"_s} << u"ORG Halvorsen Marine ASA"_s;
    QTest::newRow("nothing-found") << u"Shares in Acme Widgets Inc. fell sharply."_s << QStringList {}
                                   << u"ORG Acme Widgets Inc."_s;
    QTest::newRow("spanish-form") << u"Code came from Velmora S.L. and others."_s << QStringList {}
                                  << u"ORG Velmora S.L."_s;
    QTest::newRow("location-inside") << u"The deal with Nordlys Energi AS closed in May."_s
                                     << QStringList {u"LOC Nordlys"_s} << u"ORG Nordlys Energi AS"_s;
    QTest::newRow("designator-left-out")
        << u"Analysts at Pemberton Holdings plc were unmoved."_s << QStringList {u"ORG Pemberton Holdings"_s}
        << u"ORG Pemberton Holdings plc"_s;
    QTest::newRow("ampersand") << u"Rivals such as Marlow & Finch Co. lost ground."_s
                               << QStringList {u"PER Marlow"_s, u"PER Finch"_s}
                               << u"ORG Marlow & Finch Co."_s;
    QTest::newRow("gmbh") << u"It sold the unit to Brandt Maschinenbau GmbH last year."_s
                          << QStringList {u"PER Brandt"_s} << u"ORG Brandt Maschinenbau GmbH"_s;
    QTest::newRow("dotted") << u"Bids came from Banco Torreira S.A. and others."_s
                            << QStringList {u"MISC Banco Torreira"_s} << u"ORG Banco Torreira S.A."_s;
    QTest::newRow("mention-continues-after") << u"Sorensen Rederi ASA Chairman Olav Berg spoke."_s
                                             << QStringList {u"PER Rederi ASA Chairman Olav Berg"_s}
                                             << u"ORG Sorensen Rederi ASA; PER Chairman Olav Berg"_s;
    QTest::newRow("hyphenated-place-word") << u"The Tulsa-based Kessler Pipe Corp. said it would cut jobs."_s
                                           << QStringList {} << u"ORG Kessler Pipe Corp."_s;
    QTest::newRow("already-organisation")
        << u"Acme Widgets Inc. rose."_s << QStringList {u"ORG Acme Widgets Inc."_s}
        << u"ORG Acme Widgets Inc."_s;

    // Not a legal form: the English word, initials, a title after a place, a headline, a lower-case word.
    QTest::newRow("as-lower") << u"Martin Holt as chairman said little."_s
                              << QStringList {u"PER Martin Holt"_s} << u"PER Martin Holt"_s;
    QTest::newRow("as-title-case") << u"It Was Over As Soon As It Began, said Nora Quist."_s
                                   << QStringList {u"PER Nora Quist"_s} << u"PER Nora Quist"_s;
    QTest::newRow("initials") << u"Harold A.G. Whitby wrote the report."_s
                              << QStringList {u"PER Harold A.G. Whitby"_s} << u"PER Harold A.G. Whitby"_s;
    QTest::newRow("attorney-general")
        << u"The Ohio AG sued the firm."_s << QStringList {u"LOC Ohio"_s} << u"LOC Ohio"_s;
    QTest::newRow("country-after-city")
        << u"She grew up in Durban SA before moving."_s << QStringList {u"LOC Durban"_s} << u"LOC Durban"_s;
    QTest::newRow("headline") << u"HALVORSEN SHARES JUMP AS PROFITS SOAR"_s
                              << QStringList {u"ORG HALVORSEN"_s} << u"ORG HALVORSEN"_s;
    QTest::newRow("co-without-period")
        << u"He joined Marlow Co in spring."_s << QStringList {u"PER Marlow"_s} << u"PER Marlow"_s;
    QTest::newRow("after-lower-case")
        << u"the firm became a plc and then an LLC."_s << QStringList {} << QString();
    QTest::newRow("sentence-start-the")
        << u"The Kessler Pipe Corp. board met."_s << QStringList {} << u"ORG Kessler Pipe Corp."_s;
    // A legal form on its own names no company; with its name it does.
    QTest::newRow("bare-forms") << u"\"Srl\" is what Italians call an \"LLC\", said Ada Ferri."_s
                                << QStringList {u"ORG LLC"_s, u"PER Ada Ferri"_s} << u"PER Ada Ferri"_s;
    QTest::newRow("bare-form-quoted")
        << u"Its \"GmbH\" status lapsed."_s << QStringList {u"ORG GmbH"_s} << QString();
    QTest::newRow("form-with-name") << u"Brandt Maschinenbau GmbH grew."_s
                                    << QStringList {u"ORG Brandt Maschinenbau GmbH"_s}
                                    << u"ORG Brandt Maschinenbau GmbH"_s;
}

void TestTaggerRules::legalForms()
{
    QFETCH(QString, text);
    QFETCH(QStringList, model);
    QFETCH(QString, expected);
    const TokenizedText tokens = Tokenizer().tokenize(text);
    std::vector<int> labels = labelsFor(tokens, model);
    applyTaggerRules(tokens, *Gazetteer::builtIn(), labels);
    QCOMPARE(describe(tokens, labels), expected);
}

void TestTaggerRules::legalFormConfidence()
{
    // The rule's organisation reads its confidence on every token, not the model's 0.2 for a person; the
    // rest keep theirs.
    const TokenizedText tokens = Tokenizer().tokenize(u"Halvorsen Marine ASA hired Olav Berg."_s);
    std::vector<int> labels = labelsFor(tokens, {u"PER Marine ASA"_s, u"PER Olav Berg"_s});
    std::vector<float> confidence(labels.size(), 1.0f);
    confidence[1] = confidence[2] = 0.2f;
    confidence[4] = confidence[5] = 0.7f;
    applyTaggerRules(tokens, *Gazetteer::builtIn(), labels, &confidence);
    QCOMPARE(describe(tokens, labels), u"ORG Halvorsen Marine ASA; PER Olav Berg"_s);
    for (int k : {0, 1, 2})
        QCOMPARE(confidence[k], LegalFormConfidence);
    QCOMPARE(confidence[4], 0.7f);
}

namespace {

void addRuleColumns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("model");
    QTest::addColumn<QString>("expected");
}

void checkRules()
{
    QFETCH(QString, text);
    QFETCH(QStringList, model);
    QFETCH(QString, expected);
    const TokenizedText tokens = Tokenizer().tokenize(text);
    std::vector<int> labels = labelsFor(tokens, model);
    applyTaggerRules(tokens, *Gazetteer::builtIn(), labels);
    QCOMPARE(describe(tokens, labels), expected);
}

} // namespace

void TestTaggerRules::products_data()
{
    addRuleColumns();
    // The apposition names what it is; every other mention of the name follows.
    QTest::newRow("apposition-company")
        << u"Orion Dynamics unveiled Nova, the company's new language model. Nova answers fast."_s
        << QStringList {u"ORG Orion Dynamics"_s, u"PER Nova"_s, u"PER Nova"_s}
        << u"ORG Orion Dynamics; MISC Nova; MISC Nova"_s;
    QTest::newRow("cue-later") << u"Nova answers fast. Orion Dynamics built Nova, its language model."_s
                               << QStringList {u"PER Nova"_s, u"ORG Orion Dynamics"_s, u"ORG Nova"_s}
                               << u"MISC Nova; ORG Orion Dynamics; MISC Nova"_s;
    QTest::newRow("release-number") << u"Orvex showed the Veyra 9, its newest phone. The Veyra sold out."_s
                                    << QStringList {u"ORG Orvex"_s, u"ORG Veyra"_s, u"ORG Veyra"_s}
                                    << u"ORG Orvex; MISC Veyra; MISC Veyra"_s;
    QTest::newRow("number-no-apposition")
        << u"Orvex hired Veyra 9 times, its chief said."_s << QStringList {u"ORG Orvex"_s, u"PER Veyra"_s}
        << u"ORG Orvex; PER Veyra"_s;
    QTest::newRow("apposition-owner")
        << u"Critics compared it with Tamsin, Brightline's chatbot."_s
        << QStringList {u"PER Tamsin"_s, u"ORG Brightline"_s} << u"MISC Tamsin; ORG Brightline"_s;
    QTest::newRow("its-app") << u"Customers left Parcelly, its delivery app, in droves."_s
                             << QStringList {u"ORG Parcelly"_s} << u"MISC Parcelly"_s;
    QTest::newRow("head-noun") << u"Owners of the Veyra headset complained about heat."_s
                               << QStringList {u"PER Veyra"_s} << u"MISC Veyra"_s;
    QTest::newRow("modifier-head") << u"The Halden voice assistant now speaks Welsh."_s
                                   << QStringList {u"PER Halden"_s} << u"MISC Halden"_s;
    QTest::newRow("plural-models") << u"Quill models were trained on public data."_s
                                   << QStringList {u"ORG Quill"_s} << u"MISC Quill"_s;
    QTest::newRow("dubbed") << u"The lab released a model dubbed Kestrel on Friday."_s
                            << QStringList {u"PER Kestrel"_s} << u"MISC Kestrel"_s;
    QTest::newRow("called-app") << u"She built an app called Tandem with two friends."_s
                                << QStringList {u"ORG Tandem"_s} << u"MISC Tandem"_s;
    QTest::newRow("called-patch") << u"A new skin patch called Dermavo eased the rash."_s
                                  << QStringList {u"LOC Dermavo"_s} << u"MISC Dermavo"_s;
    QTest::newRow("called-company") << u"A startup called Dermavo raised money."_s
                                    << QStringList {u"ORG Dermavo"_s} << u"ORG Dermavo"_s;
    QTest::newRow("apposition-maker") << u"It runs on Kestrel, the Orvex model, and on Ana Ruiz's code."_s
                                      << QStringList {u"PER Kestrel"_s, u"ORG Orvex"_s, u"PER Ana Ruiz"_s}
                                      << u"MISC Kestrel; ORG Orvex; PER Ana Ruiz"_s;
    QTest::newRow("capsule") << u"The Velmor capsule returned on Friday."_s << QStringList {u"ORG Velmor"_s}
                             << u"MISC Velmor"_s;
    QTest::newRow("apposition-maker-job")
        << u"Maria Lund, the Orvex chief executive, spoke."_s
        << QStringList {u"PER Maria Lund"_s, u"ORG Orvex"_s} << u"PER Maria Lund; ORG Orvex"_s;
    QTest::newRow("release-number") << u"Velmor Pi 3 is now on sale. Velmor Pi was a hit."_s
                                    << QStringList {u"ORG Velmor Pi"_s, u"ORG Velmor Pi"_s}
                                    << u"MISC Velmor Pi; MISC Velmor Pi"_s;
    QTest::newRow("score") << u"Orvex 3 for 2 , Brightline 1 ( Lund 32 )"_s
                           << QStringList {u"ORG Orvex"_s, u"ORG Brightline"_s, u"PER Lund"_s}
                           << u"ORG Orvex; ORG Brightline; PER Lund"_s;
    QTest::newRow("apposition-abbreviation")
        << u"Then Kestrel, an AI model, replied."_s << QStringList {u"PER Kestrel"_s} << u"MISC Kestrel"_s;
    QTest::newRow("owned-first-name")
        << u"Anthropic's Claude and Amazon's Alexa answered. Claude was first."_s
        << QStringList {u"ORG Anthropic"_s, u"PER Claude"_s, u"ORG Amazon"_s, u"LOC Alexa"_s, u"PER Claude"_s}
        << u"ORG Anthropic; MISC Claude; ORG Amazon; MISC Alexa; MISC Claude"_s;
    // A surname, a full name elsewhere, an owner that is no known company: people.
    QTest::newRow("owned-surname") << u"Tesla's Musk and Google's Sundar Pichai spoke."_s
                                   << QStringList {u"ORG Tesla"_s, u"PER Musk"_s, u"ORG Google"_s,
                                          u"PER Sundar Pichai"_s}
                                   << u"ORG Tesla; PER Musk; ORG Google; PER Sundar Pichai"_s;
    QTest::newRow("owned-full-name-elsewhere")
        << u"Claude Lund joined Google. Google's Claude now leads sales."_s
        << QStringList {u"PER Claude Lund"_s, u"ORG Google"_s, u"ORG Google"_s, u"PER Claude"_s}
        << u"PER Claude Lund; ORG Google; ORG Google; PER Claude"_s;
    QTest::newRow("owner-unknown") << u"Orvex's Claude answered."_s
                                   << QStringList {u"ORG Orvex"_s, u"PER Claude"_s}
                                   << u"ORG Orvex; PER Claude"_s;
    QTest::newRow("compound-job")
        << u"Maria Lund, Orvex's chip designer, and Ana Ruiz, the US chip designer, spoke."_s
        << QStringList {u"PER Maria Lund"_s, u"ORG Orvex"_s, u"PER Ana Ruiz"_s, u"LOC US"_s}
        << u"PER Maria Lund; ORG Orvex; PER Ana Ruiz; LOC US"_s;
    // The maker stays the maker.
    QTest::newRow("maker-known") << u"Riders opened the Uber app less often."_s << QStringList {u"ORG Uber"_s}
                                 << u"ORG Uber"_s;
    QTest::newRow("maker-known-misc") << u"Riders opened the Google app less often."_s
                                      << QStringList {u"MISC Google app"_s} << u"ORG Google"_s;
    QTest::newRow("maker-possessive")
        << u"Brightline's chatbot answered."_s << QStringList {u"ORG Brightline"_s} << u"ORG Brightline"_s;
    // Not a product: a person who said something, a person followed by an ordinary verb phrase.
    QTest::newRow("said-app") << u"Maria Lund said the app was slow."_s << QStringList {u"PER Maria Lund"_s}
                              << u"PER Maria Lund"_s;
    QTest::newRow("apposition-person") << u"Maria Lund, the company's chief executive, spoke first."_s
                                       << QStringList {u"PER Maria Lund"_s} << u"PER Maria Lund"_s;
    QTest::newRow("called-person") << u"He called Maria Lund on Monday."_s
                                   << QStringList {u"PER Maria Lund"_s} << u"PER Maria Lund"_s;
    // A dotted version after a name in running text; a results line's scores are no version.
    QTest::newRow("version") << u"Mapping with Terravue 2.8 is easier. Terravue runs everywhere."_s
                             << QStringList {u"ORG Terravue"_s, u"ORG Terravue"_s}
                             << u"MISC Terravue; MISC Terravue"_s;
    QTest::newRow("version-score") << u"Result: Kingsford 14.12 (96) beat Marlow 9.8 (62)."_s
                                   << QStringList {u"ORG Kingsford"_s, u"ORG Marlow"_s}
                                   << u"ORG Kingsford; ORG Marlow"_s;
    QTest::newRow("version-percent") << u"Shares of Velmont 2.5 percent higher."_s
                                     << QStringList {u"ORG Velmont"_s} << u"ORG Velmont"_s;
    QTest::newRow("maker-of") << u"Kestrel Games, the maker of Velmora Quest, was sold."_s
                              << QStringList {u"ORG Kestrel Games"_s, u"ORG Velmora Quest"_s}
                              << u"ORG Kestrel Games; MISC Velmora Quest"_s;
    QTest::newRow("owner-of") << u"Kestrel Games, the owner of Velmora Studio, was sold."_s
                              << QStringList {u"ORG Kestrel Games"_s, u"ORG Velmora Studio"_s}
                              << u"ORG Kestrel Games; ORG Velmora Studio"_s;
    QTest::newRow("tool") << u"Velmont forked the Velmont IDE last week."_s
                          << QStringList {u"ORG Velmont"_s, u"ORG Velmont IDE"_s}
                          << u"ORG Velmont; MISC Velmont IDE"_s;
}

void TestTaggerRules::products()
{
    checkRules();
}

void TestTaggerRules::headWords_data()
{
    addRuleColumns();
    QTest::newRow("island") << u"Ferries to Ellis Island resumed."_s << QStringList {u"PER Ellis"_s}
                            << u"LOC Ellis Island"_s;
    QTest::newRow("island-inside") << u"Ferries to Ellis Island resumed."_s
                                   << QStringList {u"PER Ellis Island"_s} << u"LOC Ellis Island"_s;
    QTest::newRow("mount") << u"Climbers left Mount Kenya early."_s << QStringList {u"PER Kenya"_s}
                           << u"LOC Mount Kenya"_s;
    QTest::newRow("city-hall") << u"Protesters gathered outside Marlowe Hall at noon."_s
                               << QStringList {u"PER Marlowe Hall"_s} << u"LOC Marlowe Hall"_s;
    QTest::newRow("hurricane") << u"Hurricane Helene struck the coast."_s << QStringList {u"PER Helene"_s}
                               << u"MISC Hurricane Helene"_s;
    QTest::newRow("hurricane-inside") << u"Damage from Typhoon Mawar was severe."_s
                                      << QStringList {u"LOC Typhoon Mawar"_s} << u"MISC Typhoon Mawar"_s;
    QTest::newRow("center") << u"The Kennedy Center cancelled two shows."_s << QStringList {u"PER Kennedy"_s}
                            << u"ORG Kennedy Center"_s;
    QTest::newRow("institute") << u"Researchers at the Halvorsen Institute agreed."_s
                               << QStringList {u"PER Halvorsen Institute"_s} << u"ORG Halvorsen Institute"_s;
    // A person stays a person: no head word, or a head word that is only the next sentence's first word.
    QTest::newRow("person") << u"Anna Ellis spoke."_s << QStringList {u"PER Anna Ellis"_s}
                            << u"PER Anna Ellis"_s;
    QTest::newRow("next-sentence") << u"We met Anna Ellis. Park rangers came later."_s
                                   << QStringList {u"PER Anna Ellis"_s} << u"PER Anna Ellis"_s;
    QTest::newRow("place-kept") << u"Visitors to Ellis Island came."_s << QStringList {u"LOC Ellis Island"_s}
                                << u"LOC Ellis Island"_s;
}

void TestTaggerRules::initials_data()
{
    addRuleColumns();
    QTest::newRow("leading") << u"Rates rose. C. Eugene Steuerle disagreed."_s
                             << QStringList {u"PER Eugene Steuerle"_s} << u"PER C. Eugene Steuerle"_s;
    QTest::newRow("already-inside") << u"Rates rose. C. Eugene Steuerle disagreed."_s
                                    << QStringList {u"PER C. Eugene Steuerle"_s}
                                    << u"PER C. Eugene Steuerle"_s;
    QTest::newRow("initial-read-as-other")
        << u"Rates rose, said C. Eugene Steuerle."_s << QStringList {u"MISC C."_s, u"PER Eugene Steuerle"_s}
        << u"PER C. Eugene Steuerle"_s;
    // Not a person, or not an initial: nothing to join.
    QTest::newRow("organisation") << u"Plan B. Orvex agreed."_s << QStringList {u"ORG Orvex"_s}
                                  << u"ORG Orvex"_s;
    QTest::newRow("abbreviation") << u"Ask Dr. Maria Lund."_s << QStringList {u"PER Maria Lund"_s}
                                  << u"PER Maria Lund"_s;
}

void TestTaggerRules::modifiers_data()
{
    addRuleColumns();
    QTest::newRow("owned") << u"The Google-owned site grew."_s << QStringList {u"MISC Google"_s}
                           << u"ORG Google"_s;
    QTest::newRow("based") << u"A Boston-based fund sold."_s << QStringList {u"MISC Boston"_s}
                           << u"LOC Boston"_s;
    // A nationality stays Other; a word after a spaced dash is no modifier.
    QTest::newRow("nationality") << u"A French-owned bank."_s << QStringList {u"MISC French"_s}
                                 << u"MISC French"_s;
    QTest::newRow("spaced") << u"Talks in Boston - reportedly long - failed."_s
                            << QStringList {u"MISC Boston"_s} << u"MISC Boston"_s;
}

void TestTaggerRules::modifiers()
{
    checkRules();
}

void TestTaggerRules::initials()
{
    checkRules();
}

void TestTaggerRules::roleContext_data()
{
    addRuleColumns();
    QTest::newRow("company-possessive") << u"Sundar Pichai, the company's chief executive, spoke."_s
                                        << QStringList {u"ORG Sundar Pichai"_s} << u"PER Sundar Pichai"_s;
    QTest::newRow("its") << u"Jon Hale, its finance chief, left."_s << QStringList {u"LOC Jon Hale"_s}
                         << u"PER Jon Hale"_s;
    QTest::newRow("named-owner") << u"Ana Ruiz, Orvex's founder, agreed."_s
                                 << QStringList {u"ORG Ana Ruiz"_s, u"ORG Orvex"_s}
                                 << u"PER Ana Ruiz; ORG Orvex"_s;
    QTest::newRow("another-employer")
        << u"Priya Raman, another Brightline vice president, agreed."_s
        << QStringList {u"PER Priya Raman"_s, u"MISC Brightline"_s} << u"PER Priya Raman; ORG Brightline"_s;
    // Not a person: no title, or an organisation's own apposition; a nationality stays Other.
    QTest::newRow("company-apposition")
        << u"Orvex, the company's parent, agreed."_s << QStringList {u"ORG Orvex"_s} << u"ORG Orvex"_s;
    QTest::newRow("known-company") << u"Google, its chief rival, agreed."_s << QStringList {u"ORG Google"_s}
                                   << u"ORG Google"_s;
    QTest::newRow("nationality") << u"A French spokesman declined."_s << QStringList {u"MISC French"_s}
                                 << u"MISC French"_s;
    QTest::newRow("title-of-next-name")
        << u"It will build a plant in the Port of Rotterdam, its chief executive Marta Kowalczyk said."_s
        << QStringList {u"LOC Port of Rotterdam"_s, u"PER Marta Kowalczyk"_s}
        << u"LOC Port of Rotterdam; PER Marta Kowalczyk"_s;
}

void TestTaggerRules::roleContext()
{
    checkRules();
}

void TestTaggerRules::headWords()
{
    checkRules();
}

void TestTaggerRules::lists_data()
{
    addRuleColumns();
    QTest::newRow("who-after-companies")
        << u"Microsoft, Amazon and Google, who control the market, declined to comment."_s
        << QStringList {u"ORG Microsoft"_s, u"LOC Amazon"_s, u"PER Google"_s}
        << u"ORG Microsoft; ORG Amazon; ORG Google"_s;
    QTest::newRow("unknown-word-among-companies")
        << u"Suppliers include Brightline, Orvex and Zantrio, who all declined to comment."_s
        << QStringList {u"ORG Brightline"_s, u"ORG Orvex"_s, u"PER Zantrio"_s}
        << u"ORG Brightline; ORG Orvex; ORG Zantrio"_s;
    // People in a list stay people; a first name is evidence enough.
    QTest::newRow("people") << u"Maria, Anna and John, who run the firm, agreed."_s
                            << QStringList {u"PER Maria"_s, u"PER Anna"_s, u"PER John"_s}
                            << u"PER Maria; PER Anna; PER John"_s;
    QTest::newRow("person-among-companies")
        << u"Brightline, Orvex and Maria, who advised them, agreed."_s
        << QStringList {u"ORG Brightline"_s, u"ORG Orvex"_s, u"PER Maria"_s}
        << u"ORG Brightline; ORG Orvex; PER Maria"_s;
    // Two names are no list.
    QTest::newRow("pair") << u"Orvex and Zantrio, who merged, grew."_s
                          << QStringList {u"ORG Orvex"_s, u"PER Zantrio"_s} << u"ORG Orvex; PER Zantrio"_s;
    // A pair: the known company beside an organisation; beside a place, the model's place stays.
    QTest::newRow("pair") << u"Analysts at Bernstein and Halden Capital cut targets."_s
                          << QStringList {u"LOC Bernstein"_s, u"ORG Halden Capital"_s}
                          << u"ORG Bernstein; ORG Halden Capital"_s;
    QTest::newRow("pair-places") << u"They toured Bernstein and Halden."_s
                                 << QStringList {u"LOC Bernstein"_s, u"LOC Halden"_s}
                                 << u"LOC Bernstein; LOC Halden"_s;
}

void TestTaggerRules::lists()
{
    checkRules();
}

void TestTaggerRules::knownOrganisations_data()
{
    addRuleColumns();
    QTest::newRow("missed-first-word")
        << u"Equinor agreed to buy the field on Tuesday."_s << QStringList {} << u"ORG Equinor"_s;
    // A known company the model read as a place; the river and its forest stay places.
    QTest::newRow("read-as-place") << u"Regulators sued Amazon on Tuesday."_s << QStringList {u"LOC Amazon"_s}
                                   << u"ORG Amazon"_s;
    QTest::newRow("place-with-the") << u"Fires spread across the Amazon."_s << QStringList {u"LOC Amazon"_s}
                                    << u"LOC Amazon"_s;
    QTest::newRow("place-noun") << u"Amazon rainforest loss slowed."_s << QStringList {u"LOC Amazon"_s}
                                << u"LOC Amazon"_s;
    // A known company that is also a place in the lists stays the model's place.
    QTest::newRow("also-a-place") << u"They drove on to Toyota that night."_s << QStringList {u"LOC Toyota"_s}
                                  << u"LOC Toyota"_s;
    // A company that is also a rare surname in the census lists.
    QTest::newRow("missed-rare-surname")
        << u"Apple said it is testing a new version."_s << QStringList {} << u"ORG Apple"_s;
    QTest::newRow("missed-in-lower-case")
        << u"Equinor shares rose; equinor is also a word here."_s << QStringList {} << u""_s;
    QTest::newRow("missed-inside-name") << u"Equinor Wind Power agreed."_s << QStringList {} << u""_s;
    QTest::newRow("possessive") << u"Anthropic's customers asked for longer memory."_s
                                << QStringList {u"PER Anthropic"_s} << u"ORG Anthropic"_s;
    QTest::newRow("sentence-middle") << u"Engineers said Nvidia was late."_s << QStringList {u"PER Nvidia"_s}
                                     << u"ORG Nvidia"_s;
    // A surname of the lists, a title before it, or more words: a person may be meant.
    QTest::newRow("surname") << u"Ford said the plant would close."_s << QStringList {u"PER Ford"_s}
                             << u"PER Ford"_s;
    QTest::newRow("title") << u"Dr. Nvidia, a dentist, said so."_s << QStringList {u"PER Nvidia"_s}
                           << u"PER Nvidia"_s;
    QTest::newRow("two-words") << u"Ella Nvidia said so."_s << QStringList {u"PER Ella Nvidia"_s}
                               << u"PER Ella Nvidia"_s;
    QTest::newRow("unknown-word") << u"Zantrio said so."_s << QStringList {u"PER Zantrio"_s}
                                  << u"PER Zantrio"_s;
    QTest::newRow("other") << u"Shares rose after OpenAI agreed to buy chips."_s
                           << QStringList {u"MISC OpenAI"_s} << u"ORG OpenAI"_s;
    // A nationality stays Other (a party's members are the party: see partyMembers).
    QTest::newRow("nationality") << u"Chinese buyers paid more."_s << QStringList {u"MISC Chinese"_s}
                                 << u"MISC Chinese"_s;
}

void TestTaggerRules::knownOrganisations()
{
    checkRules();
}

void TestTaggerRules::ordinaryWords_data()
{
    addRuleColumns();
    QTest::newRow("sentence-start") << u"Besides, the board met in Oslo."_s
                                    << QStringList {u"ORG Besides"_s, u"LOC Oslo"_s} << u"LOC Oslo"_s;
    // The name after the ordinary word and its small words stays.
    QTest::newRow("name-after-of") << u"Shares of Edwards & Sons, Inc. fell."_s
                                   << QStringList {u"ORG Shares of Edwards & Sons, Inc."_s}
                                   << u"ORG Edwards & Sons, Inc."_s;
    QTest::newRow("connective") << u"Furthermore, the board met in Oslo. Circa 2011 it moved."_s
                                << QStringList {u"ORG Furthermore"_s, u"LOC Oslo"_s, u"ORG Circa"_s}
                                << u"LOC Oslo"_s;
    // Two ordinary words and no first name are no person at all (the rule for ordinary phrases).
    QTest::newRow("line-start-glued")
        << u"Changes\nAdded Granite blocks to the caves."_s << QStringList {u"PER Added Granite"_s} << u""_s;
    QTest::newRow("line-start-glued-name")
        << u"Changes\nAdded Velka to the caves."_s << QStringList {u"PER Added Velka"_s} << u"PER Velka"_s;
    QTest::newRow("after-list-number")
        << u"2. Removed Velka from the menu."_s << QStringList {u"PER Removed Velka"_s} << u"PER Velka"_s;
    QTest::newRow("after-bullet") << u"Release notes:\n- Response times are shorter."_s
                                  << QStringList {u"ORG Response"_s} << u""_s;
    QTest::newRow("glued-lower-case-rest")
        << u"Originally built for ships, it sank."_s << QStringList {u"MISC Originally built"_s} << u""_s;
    QTest::newRow("before-known-organisation")
        << u"(See Facebook's own page.) I've seen it, and I'm sure."_s
        << QStringList {u"PER See Facebook"_s, u"MISC I've"_s, u"MISC I'm"_s} << u"ORG Facebook"_s;
    QTest::newRow("dateline-agency")
        << u"WASHINGTON (AP) \u2014 Lawmakers met.\nOSLO (Dow Jones) - Oil rose."_s
        << QStringList {u"LOC WASHINGTON"_s, u"LOC OSLO"_s, u"PER Dow Jones"_s}
        << u"LOC WASHINGTON; ORG AP; LOC OSLO; ORG Dow Jones"_s;
    // Inside a sentence, or no dash after it: a parenthesis like any other.
    QTest::newRow("not-dateline") << u"They met in Oslo (Norway) - briefly. OSLO (AP) says nothing."_s
                                  << QStringList {u"LOC Oslo"_s, u"LOC Norway"_s, u"LOC OSLO"_s}
                                  << u"LOC Oslo; LOC Norway; LOC OSLO"_s;
    QTest::newRow("menu-items") << u"Order Reprints | Today's Paper | Subscribe"_s
                                << QStringList {u"ORG Subscribe"_s} << u""_s;
    QTest::newRow("capitals") << u"Run it as pick name FROM users LIMIT 5;"_s
                              << QStringList {u"ORG FROM"_s, u"ORG LIMIT"_s} << u""_s;
    // Not by place, or no ordinary word: the model's reading stands.
    QTest::newRow("mid-sentence") << u"The Response team at Orvex met."_s
                                  << QStringList {u"ORG Response"_s, u"ORG Orvex"_s}
                                  << u"ORG Response; ORG Orvex"_s;
    QTest::newRow("short-capitals") << u"US officials met."_s << QStringList {u"LOC US"_s} << u"LOC US"_s;
    QTest::newRow("company") << u"Apple said on Monday it would hire."_s << QStringList {u"ORG Apple"_s}
                             << u"ORG Apple"_s;
    QTest::newRow("the") << u"The Guardian reported it first."_s << QStringList {u"ORG The Guardian"_s}
                         << u"ORG The Guardian"_s;
    QTest::newRow("first-name") << u"Rose Tanaka said so."_s << QStringList {u"PER Rose Tanaka"_s}
                                << u"PER Rose Tanaka"_s;
    QTest::newRow("known-organisation")
        << u"Block said profits rose."_s << QStringList {u"ORG Block"_s} << u"ORG Block"_s;
}

void TestTaggerRules::ordinaryWords()
{
    checkRules();
}

void TestTaggerRules::codeIdentifiers_data()
{
    addRuleColumns();
    QTest::newRow("member") << u"Call Response.error() to fail. The Response holds a body."_s
                            << QStringList {u"ORG Response.error"_s, u"ORG Response"_s} << u""_s;
    QTest::newRow("call") << u"Make one with Headers(init). Headers are mutable."_s
                          << QStringList {u"ORG Headers"_s, u"ORG Headers"_s} << u""_s;
    QTest::newRow("empty-call") << u"Run Sync() first. Then Sync stops."_s
                                << QStringList {u"PER Sync"_s, u"PER Sync"_s} << u""_s;
    // A ticker glued to its company, a web address, a spaced parenthesis: names.
    QTest::newRow("ticker") << u"Tesla(TSLA) rose. Tesla hired."_s
                            << QStringList {u"ORG Tesla"_s, u"ORG TSLA"_s, u"ORG Tesla"_s}
                            << u"ORG Tesla; ORG TSLA; ORG Tesla"_s;
    QTest::newRow("web-address") << u"Salon.com said Salon.com grew."_s
                                 << QStringList {u"ORG Salon.com"_s, u"ORG Salon.com"_s}
                                 << u"ORG Salon.com; ORG Salon.com"_s;
    QTest::newRow("spaced") << u"Orvex (the maker) grew."_s << QStringList {u"ORG Orvex"_s} << u"ORG Orvex"_s;
}

void TestTaggerRules::codeIdentifiers()
{
    checkRules();
}

void TestTaggerRules::officialNames_data()
{
    addRuleColumns();
    QTest::newRow("committee-on") << u"The Select Committee on Energy and Climate met Ana Ruiz."_s
                                  << QStringList {u"ORG Select Committee"_s, u"ORG Climate"_s,
                                         u"PER Ana Ruiz"_s}
                                  << u"ORG Select Committee on Energy and Climate; PER Ana Ruiz"_s;
    QTest::newRow("and-tail") << u"The Commissioner for Human Rights and Equality spoke."_s
                              << QStringList {u"ORG Commissioner for Human Rights"_s}
                              << u"ORG Commissioner for Human Rights and Equality"_s;
    QTest::newRow("plural-possessive")
        << u"She works at the Murdoch Children\u2019s Research Institute in Melbourne."_s
        << QStringList {u"ORG Research Institute"_s, u"LOC Melbourne"_s}
        << u"ORG Murdoch Children\u2019s Research Institute; LOC Melbourne"_s;
    QTest::newRow("plural-possessive-after-place")
        << u"She works at the Murdoch Children\u2019s Research Institute in Melbourne."_s
        << QStringList {u"LOC Murdoch Children"_s, u"ORG Research Institute"_s, u"LOC Melbourne"_s}
        << u"ORG Murdoch Children\u2019s Research Institute; LOC Melbourne"_s;
    // A company's own institute: the owner stays apart.
    QTest::newRow("plural-possessive-after-company")
        << u"It funds Save the Children's Research Institute."_s
        << QStringList {u"ORG Save the Children"_s, u"ORG Research Institute"_s}
        << u"ORG Save the Children; ORG Research Institute"_s;
    QTest::newRow("plural-possessive-start")
        << u"The People's Bank of Orvania cut rates."_s << QStringList {u"ORG Bank of Orvania"_s}
        << u"ORG People's Bank of Orvania"_s;
    QTest::newRow("singular-possessive") << u"It was Orvex's Research Institute."_s
                                         << QStringList {u"ORG Orvex"_s, u"ORG Research Institute"_s}
                                         << u"ORG Orvex; ORG Research Institute"_s;
    QTest::newRow("abbreviation") << u"The U.N. Security Council will meet."_s
                                  << QStringList {u"ORG U.N."_s, u"ORG Security Council"_s}
                                  << u"ORG U.N. Security Council"_s;
    // A day, a person or a place after the small word, a second company after "and": not taken.
    QTest::newRow("day") << u"The Council on Friday voted."_s << QStringList {u"ORG Council"_s}
                         << u"ORG Council"_s;
    QTest::newRow("person-after") << u"The Committee for Ana Ruiz was formed."_s
                                  << QStringList {u"ORG Committee"_s, u"PER Ana Ruiz"_s}
                                  << u"ORG Committee; PER Ana Ruiz"_s;
    QTest::newRow("second-company") << u"Bank of America and Merrill Lynch agreed."_s
                                    << QStringList {u"ORG Bank of America"_s, u"ORG Merrill Lynch"_s}
                                    << u"ORG Bank of America; ORG Merrill Lynch"_s;
    QTest::newRow("no-connector") << u"Orvex and Partners agreed."_s << QStringList {u"ORG Orvex"_s}
                                  << u"ORG Orvex"_s;
    // The fields an official name lists after "of", commas and all.
    QTest::newRow("fields") << u"The American Academy of Allergy, Asthma and Immunology said so."_s
                            << QStringList {u"ORG American Academy of Allergy"_s, u"ORG Asthma"_s,
                                   u"ORG Immunology"_s}
                            << u"ORG American Academy of Allergy, Asthma and Immunology"_s;
    QTest::newRow("fields-model-left-out")
        << u"The Bureau of Alcohol, Tobacco, Firearms and Explosives said so."_s
        << QStringList {u"ORG Bureau"_s} << u"ORG Bureau of Alcohol, Tobacco, Firearms and Explosives"_s;
    QTest::newRow("fields-not-companies")
        << u"The Ministry of Health, Google and Microsoft met."_s
        << QStringList {u"ORG Ministry of Health"_s, u"ORG Google"_s, u"ORG Microsoft"_s}
        << u"ORG Ministry of Health; ORG Google; ORG Microsoft"_s;
    QTest::newRow("fields-not-people")
        << u"The Ministry of Health, Ana Ruiz and Li Wei met."_s
        << QStringList {u"ORG Ministry of Health"_s, u"PER Ana Ruiz"_s, u"PER Li Wei"_s}
        << u"ORG Ministry of Health; PER Ana Ruiz; PER Li Wei"_s;
    QTest::newRow("comma-no-and") << u"The Ministry of Health, Welfare said so."_s
                                  << QStringList {u"ORG Ministry of Health"_s} << u"ORG Ministry of Health"_s;
    // A name without a head shares the head after "and".
    QTest::newRow("shared-head") << u"She wrote to the US Patent and Trademark Office in May."_s
                                 << QStringList {u"ORG US Patent"_s, u"ORG Trademark Office"_s}
                                 << u"ORG US Patent and Trademark Office"_s;
    QTest::newRow("two-bodies") << u"Orvex and the Trademark Office agreed."_s
                                << QStringList {u"ORG Orvex"_s, u"ORG Trademark Office"_s}
                                << u"ORG Orvex; ORG Trademark Office"_s;
    QTest::newRow("known-company-and-office") << u"Apple Music and Patent Office lawyers met."_s
                                              << QStringList {u"ORG Apple Music"_s, u"ORG Patent Office"_s}
                                              << u"ORG Apple Music; ORG Patent Office"_s;
    QTest::newRow("person-name-and-office") << u"Halvorsen Ruiz and Patent Office lawyers met."_s
                                            << QStringList {u"ORG Halvorsen Ruiz"_s, u"ORG Patent Office"_s}
                                            << u"ORG Halvorsen Ruiz; ORG Patent Office"_s;
    QTest::newRow("body-and-body") << u"The Senate Committee and Budget Office met."_s
                                   << QStringList {u"ORG Senate Committee"_s, u"ORG Budget Office"_s}
                                   << u"ORG Senate Committee; ORG Budget Office"_s;
    // A body read as Other after "of the", named by its own head; a work of Other is no part.
    QTest::newRow("body-read-as-other")
        << u"Supported by the Executive Committee of the Orvex Data Lab Board, it grew."_s
        << QStringList {u"ORG Executive Committee"_s, u"MISC Orvex Data Lab Board"_s}
        << u"ORG Executive Committee of the Orvex Data Lab Board"_s;
    QTest::newRow("other-after-of") << u"The Committee of the Velmora Cup met."_s
                                    << QStringList {u"ORG Committee"_s, u"MISC Velmora Cup"_s}
                                    << u"ORG Committee; MISC Velmora Cup"_s;
    // The last field the model read as a name of its own; a known company is none.
    QTest::newRow("field-read-as-other")
        << u"The Centers for Disease Control and Prevention reported it."_s
        << QStringList {u"ORG Centers for Disease Control"_s, u"MISC Prevention"_s}
        << u"ORG Centers for Disease Control and Prevention"_s;
    QTest::newRow("company-after-and")
        << u"The Office for Trade and Google met."_s
        << QStringList {u"ORG Office for Trade"_s, u"ORG Google"_s} << u"ORG Office for Trade; ORG Google"_s;
}

void TestTaggerRules::officialNames()
{
    checkRules();
}

void TestTaggerRules::companyAppositions_data()
{
    addRuleColumns();
    QTest::newRow("unseen") << u"Orvex, the Norwegian chipmaker, said it would cut jobs."_s << QStringList {}
                            << u"ORG Orvex"_s;
    QTest::newRow("two-words-other") << u"Shares of Veyra Robotics, a Bergen-based maker of drones, rose."_s
                                     << QStringList {u"MISC Veyra Robotics"_s} << u"ORG Veyra Robotics"_s;
    QTest::newRow("world's") << u"Halvorsen, the world's largest shipbuilder, hired."_s << QStringList {}
                             << u"ORG Halvorsen"_s;
    // An ordinary word or a month before the comma, a place or a person the model found, a job: no company.
    QTest::newRow("ordinary") << u"However, the company said it would wait."_s << QStringList {} << u""_s;
    QTest::newRow("month") << u"In March, the bank cut rates."_s << QStringList {} << u""_s;
    QTest::newRow("place") << u"In London, the bank cut rates."_s << QStringList {u"LOC London"_s}
                           << u"LOC London"_s;
    QTest::newRow("person-job") << u"Ana Ruiz, the company's founder, left."_s
                                << QStringList {u"PER Ana Ruiz"_s} << u"PER Ana Ruiz"_s;
}

void TestTaggerRules::companyAppositions()
{
    checkRules();
}

void TestTaggerRules::capitalsAbbreviations_data()
{
    addRuleColumns();
    QTest::newRow("times") << u"It went missing between 8 AM and 9 PM PT on Sunday, Nora Quist said."_s
                           << QStringList {u"ORG AM"_s, u"ORG PM PT"_s, u"PER Nora Quist"_s}
                           << u"PER Nora Quist"_s;
    QTest::newRow("currency") << u"The fund holds 40 million USD in cash."_s << QStringList {u"ORG USD"_s}
                              << u""_s;
    QTest::newRow("shorthand") << u"We are OK with that, and the ID card is fine."_s
                               << QStringList {u"ORG OK"_s, u"PER ID"_s} << u""_s;
    // A place the model found, Other (how CoNLL-2003 writes "1400 GMT"), and the word in lower case stay.
    QTest::newRow("state") << u"The plant is near Boise, ID and employs 300."_s
                           << QStringList {u"LOC Boise"_s, u"LOC ID"_s} << u"LOC Boise; LOC ID"_s;
    QTest::newRow("other") << u"Trading closed at 1400 GMT on Friday."_s << QStringList {u"MISC GMT"_s}
                           << u"MISC GMT"_s;
    QTest::newRow("word-case") << u"Shares of Ok Tedi Mining rose."_s << QStringList {u"ORG Ok Tedi Mining"_s}
                               << u"ORG Ok Tedi Mining"_s;
    // The abbreviations of computing and the web: no company alone, part of a product's name.
    QTest::newRow("computing") << u"Good SEO needs an API, a LAN and the Arduino IDE."_s
                               << QStringList {u"ORG SEO"_s, u"ORG API"_s, u"ORG LAN"_s, u"ORG Arduino IDE"_s}
                               << u"MISC Arduino IDE"_s;
}

void TestTaggerRules::capitalsAbbreviations()
{
    checkRules();
}

void TestTaggerRules::nameParticles_data()
{
    addRuleColumns();
    QTest::newRow("bin") << u"In those years Yusuf bin Khaled lived in Doha."_s
                         << QStringList {u"ORG Yusuf"_s, u"ORG Khaled"_s, u"LOC Doha"_s}
                         << u"PER Yusuf bin Khaled; LOC Doha"_s;
    QTest::newRow("van-person") << u"A portrait by Pieter van Aalst was sold."_s
                                << QStringList {u"PER Pieter"_s, u"ORG Aalst"_s} << u"PER Pieter van Aalst"_s;
    QTest::newRow("de-word") << u"Paintings by Henri de Valmont hang there."_s << QStringList {u"PER Henri"_s}
                             << u"PER Henri de Valmont"_s;
    // Two places, a company and a place, a particle with no name after it: as the model read them.
    QTest::newRow("places") << u"She flew to Rio de Janeiro on Monday."_s
                            << QStringList {u"LOC Rio"_s, u"LOC Janeiro"_s} << u"LOC Rio; LOC Janeiro"_s;
    QTest::newRow("companies") << u"Banco de Lisboa and Orvex agreed."_s
                               << QStringList {u"ORG Banco"_s, u"ORG Lisboa"_s, u"ORG Orvex"_s}
                               << u"ORG Banco; ORG Lisboa; ORG Orvex"_s;
    QTest::newRow("lower-case-after")
        << u"Ana Ruiz de facto runs it."_s << QStringList {u"PER Ana Ruiz"_s} << u"PER Ana Ruiz"_s;
}

void TestTaggerRules::nameParticles()
{
    checkRules();
}

void TestTaggerRules::lowerCaseHeads_data()
{
    addRuleColumns();
    QTest::newRow("police") << u"North Fenmoor police said the pills were toxic."_s
                            << QStringList {u"ORG North Fenmoor"_s} << u"ORG North Fenmoor police"_s;
    QTest::newRow("hospital-person") << u"She was taken to Royal Ashcombe hospital on Monday."_s
                                     << QStringList {u"PER Royal Ashcombe"_s}
                                     << u"ORG Royal Ashcombe hospital"_s;
    // A nationality, a place, one word, an abbreviation: the force of a country or a town, no name.
    QTest::newRow("nationality") << u"Dutch police said on Friday they had found her."_s
                                 << QStringList {u"MISC Dutch"_s} << u"MISC Dutch"_s;
    QTest::newRow("place") << u"Leeds police made two arrests."_s << QStringList {u"LOC Leeds"_s}
                           << u"LOC Leeds"_s;
    QTest::newRow("one-word") << u"Orvex hospital staff were praised."_s << QStringList {u"ORG Orvex"_s}
                              << u"ORG Orvex"_s;
    QTest::newRow("abbreviation") << u"NATO troops and U.N. police were seen."_s
                                  << QStringList {u"ORG NATO"_s, u"ORG U.N."_s} << u"ORG NATO; ORG U.N."_s;
}

void TestTaggerRules::lowerCaseHeads()
{
    checkRules();
}

void TestTaggerRules::officialHeadsBefore_data()
{
    addRuleColumns();
    QTest::newRow("for-a") << u"She directs policy at the Committee for a Balanced Harbour Budget in Leith."_s
                           << QStringList {u"ORG Balanced Harbour Budget"_s, u"LOC Leith"_s}
                           << u"ORG Committee for a Balanced Harbour Budget; LOC Leith"_s;
    QTest::newRow("head-other") << u"The Council on Northern Fisheries met."_s
                                << QStringList {u"MISC Council"_s, u"ORG Northern Fisheries"_s}
                                << u"ORG Council on Northern Fisheries"_s;
    QTest::newRow("words-before-head")
        << u"He spoke to the Regional Development Agency of Vestmark staff."_s
        << QStringList {u"ORG Vestmark"_s} << u"ORG Regional Development Agency of Vestmark"_s;
    // No official head, or a person before "of": as the model read them.
    QTest::newRow("no-head") << u"A fan of Orvex Marine wrote in."_s << QStringList {u"ORG Orvex Marine"_s}
                             << u"ORG Orvex Marine"_s;
    QTest::newRow("person-head") << u"Minister of Orvex"_s << QStringList {u"PER Minister"_s, u"ORG Orvex"_s}
                                 << u"PER Minister; ORG Orvex"_s;
}

void TestTaggerRules::officialHeadsBefore()
{
    checkRules();
}

void TestTaggerRules::peopleConsistently_data()
{
    addRuleColumns();
    QTest::newRow("first-name") << u"Eleanor Brandvik, 21, fell ill. As Eleanor weakened, nurses tried."_s
                                << QStringList {u"PER Eleanor Brandvik"_s, u"ORG Eleanor"_s}
                                << u"PER Eleanor Brandvik; PER Eleanor"_s;
    QTest::newRow("relative") << u"Eleanor Brandvik fell ill. It said so. Margaret Brandvik made a plea."_s
                              << QStringList {u"PER Eleanor Brandvik"_s, u"ORG Margaret Brandvik"_s}
                              << u"PER Eleanor Brandvik; PER Margaret Brandvik"_s;
    // A bare surname, ordinary words, an organisation's word, no person of the text: the model's reading.
    QTest::newRow("surname") << u"Henry Ford built cars. Ford said sales rose."_s
                             << QStringList {u"PER Henry Ford"_s, u"ORG Ford"_s}
                             << u"PER Henry Ford; ORG Ford"_s;
    QTest::newRow("ordinary") << u"Grace Rights spoke. Human Rights Watch and Human Rights agreed."_s
                              << QStringList {u"PER Grace Rights"_s, u"ORG Human Rights Watch"_s,
                                     u"ORG Human Rights"_s}
                              << u"PER Grace Rights; ORG Human Rights Watch; ORG Human Rights"_s;
    QTest::newRow("bank") << u"Margaret Brandvik left. Brandvik Bank grew."_s
                          << QStringList {u"PER Margaret Brandvik"_s, u"ORG Brandvik Bank"_s}
                          << u"PER Margaret Brandvik; ORG Brandvik Bank"_s;
    QTest::newRow("no-person") << u"Margaret Brandvik is a new fund."_s
                               << QStringList {u"ORG Margaret Brandvik"_s} << u"ORG Margaret Brandvik"_s;
    // A table with one name a line: most of its first cells people, so all of them.
    QTest::newRow("people-table")
        << u"Top authors\nAna Ruiz\t63\t16%\nKenji Aoyama Sato\t56\t14%\nLena Fors\t40\t9%\n"
           "Tove van Dijk\t12\t3%\nBo Lind\t2\t1%\n"_s
        << QStringList {u"PER Ana Ruiz"_s, u"ORG Aoyama Sato"_s, u"PER Lena Fors"_s, u"PER Tove van Dijk"_s,
               u"PER Bo Lind"_s}
        << u"PER Ana Ruiz; PER Kenji Aoyama Sato; PER Lena Fors; PER Tove van Dijk; PER Bo Lind"_s;
    QTest::newRow("people-list-lines")
        << u"Ana Ruiz\nLena Fors\nBo Lind\nTsutomu Aoyama\n"_s
        << QStringList {u"PER Ana Ruiz"_s, u"PER Lena Fors"_s, u"PER Bo Lind"_s}
        << u"PER Ana Ruiz; PER Lena Fors; PER Bo Lind; PER Tsutomu Aoyama"_s;
    // Too few lines, mostly companies, a place in a cell, a blank line between: the model's reading stands.
    QTest::newRow("three-lines") << u"Ana Ruiz\t3\nLena Fors\t2\nOrvex Marine\t1\n"_s
                                 << QStringList {u"PER Ana Ruiz"_s, u"PER Lena Fors"_s, u"ORG Orvex Marine"_s}
                                 << u"PER Ana Ruiz; PER Lena Fors; ORG Orvex Marine"_s;
    QTest::newRow("companies-table")
        << u"Orvex Marine\t3\nStormvik Bank\t2\nAna Ruiz\t1\nHalvorsen Rederi\t1\n"_s
        << QStringList {u"ORG Orvex Marine"_s, u"ORG Stormvik Bank"_s, u"PER Ana Ruiz"_s,
               u"ORG Halvorsen Rederi"_s}
        << u"ORG Orvex Marine; ORG Stormvik Bank; PER Ana Ruiz; ORG Halvorsen Rederi"_s;
    QTest::newRow("blank-line") << u"Ana Ruiz\t3\nLena Fors\t2\nBo Lind\t1\n\nOrvex Marine\t1\n"_s
                                << QStringList {u"PER Ana Ruiz"_s, u"PER Lena Fors"_s, u"PER Bo Lind"_s,
                                       u"ORG Orvex Marine"_s}
                                << u"PER Ana Ruiz; PER Lena Fors; PER Bo Lind; ORG Orvex Marine"_s;
    QTest::newRow("place-cell") << u"Ana Ruiz\t3\nLena Fors\t2\nBo Lind\t1\nNew York\t1\n"_s
                                << QStringList {u"PER Ana Ruiz"_s, u"PER Lena Fors"_s, u"PER Bo Lind"_s,
                                       u"LOC New York"_s}
                                << u"PER Ana Ruiz; PER Lena Fors; PER Bo Lind; LOC New York"_s;
    // One name, one organisation: the text's own company without its legal form; a company's
    // last word after no personal name.
    QTest::newRow("same-name-organisation")
        << u"Saltmarsh Freight Ltd missed checks. Kim Lund said Saltmarsh Freight had grown, as Northwind "
           "Shipping did."_s
        << QStringList {u"ORG Saltmarsh Freight Ltd"_s, u"PER Kim Lund"_s, u"LOC Saltmarsh Freight"_s,
               u"PER Northwind Shipping"_s}
        << u"ORG Saltmarsh Freight Ltd; PER Kim Lund; ORG Saltmarsh Freight; ORG Northwind Shipping"_s;
    QTest::newRow("industry-word") << u"Orvik Steel bid for Halden Robotics."_s
                                   << QStringList {u"PER Orvik Steel"_s, u"PER Halden Robotics"_s}
                                   << u"ORG Orvik Steel; ORG Halden Robotics"_s;
    // A place the organisation is named after, a person with a company word for a surname: theirs.
    QTest::newRow("place-in-organisation")
        << u"New York Times staff left New York. Mary Bank spoke."_s
        << QStringList {u"ORG New York Times"_s, u"LOC New York"_s, u"PER Mary Bank"_s}
        << u"ORG New York Times; LOC New York; PER Mary Bank"_s;
    // The body a person speaks for, before the possessive, where the text makes it an organisation.
    QTest::newRow("employer-possessive")
        << u"Kim Lund, an analyst at Stormvik, agreed. According to Stormvik\u2019s Lund, prices will rise."_s
        << QStringList {u"PER Kim Lund"_s, u"ORG Stormvik"_s, u"PER Stormvik"_s, u"PER Lund"_s}
        << u"PER Kim Lund; ORG Stormvik; ORG Stormvik; PER Lund"_s;
    QTest::newRow("person-possessive")
        << u"Kim Lund met Stormvik. It was Lund's idea, and Berg's Anna agreed."_s
        << QStringList {u"PER Kim Lund"_s, u"ORG Stormvik"_s, u"PER Lund"_s, u"PER Berg"_s, u"PER Anna"_s}
        << u"PER Kim Lund; ORG Stormvik; PER Lund; PER Berg; PER Anna"_s;
}

void TestTaggerRules::peopleConsistently()
{
    checkRules();
}

void TestTaggerRules::ordinaryPhrasePeople_data()
{
    addRuleColumns();
    QTest::newRow("headline-words") << u"It ran as: Why Rates May Soon Exceed Cost of Living"_s
                                    << QStringList {u"PER Exceed Cost"_s} << u""_s;
    QTest::newRow("job") << u"Ana Ruiz\nLead Engineer\nOslo"_s
                         << QStringList {u"PER Ana Ruiz"_s, u"PER Lead Engineer"_s, u"LOC Oslo"_s}
                         << u"PER Ana Ruiz; LOC Oslo"_s;
    QTest::newRow("job-title-case") << u"Posted by Ana Ruiz, Software Engineer on Friday"_s
                                    << QStringList {u"PER Ana Ruiz"_s, u"PER Software Engineer"_s}
                                    << u"PER Ana Ruiz"_s;
    QTest::newRow("job-senior") << u"Kim Lund, Senior Product Manager, wrote it."_s
                                << QStringList {u"PER Kim Lund"_s, u"PER Senior Product Manager"_s}
                                << u"PER Kim Lund"_s;
    // A first name before the job word: a person whose surname is a job ("Mary Cooper", "John Mason").
    QTest::newRow("job-surname") << u"Thanks to Mary Cooper and John Mason."_s
                                 << QStringList {u"PER Mary Cooper"_s, u"PER John Mason"_s}
                                 << u"PER Mary Cooper; PER John Mason"_s;
    // A first name of the lists, a word that is no ordinary word, one word alone: the model's person.
    QTest::newRow("first-name") << u"The race went to Will Power again."_s
                                << QStringList {u"PER Will Power"_s} << u"PER Will Power"_s;
    QTest::newRow("surname") << u"Then Grant Brandvik spoke."_s << QStringList {u"PER Grant Brandvik"_s}
                             << u"PER Grant Brandvik"_s;
    QTest::newRow("one-word") << u"Then Cost spoke."_s << QStringList {u"PER Cost"_s} << u"PER Cost"_s;
}

void TestTaggerRules::ordinaryPhrasePeople()
{
    checkRules();
}

void TestTaggerRules::employers_data()
{
    addRuleColumns();
    QTest::newRow("economist-at") << u"Prices will rise, said Ana Ruiz, an economist at Ashcombe."_s
                                  << QStringList {u"PER Ana Ruiz"_s, u"LOC Ashcombe"_s}
                                  << u"PER Ana Ruiz; ORG Ashcombe"_s;
    QTest::newRow("analyst-firm") << u"Nora Quist, an analyst at research firm Veldmark, agreed."_s
                                  << QStringList {u"PER Nora Quist"_s, u"PER Veldmark"_s}
                                  << u"PER Nora Quist; ORG Veldmark"_s;
    QTest::newRow("chipmaker") << u"Shares of the chipmaker Orvex Labs rose."_s
                               << QStringList {u"MISC Orvex Labs"_s} << u"ORG Orvex Labs"_s;
    // A country after "at", a possessive, a noun that is no company's, a person after a verb: as read.
    QTest::newRow("country") << u"He is a professor at Norway's oldest school."_s
                             << QStringList {u"LOC Norway"_s} << u"LOC Norway"_s;
    QTest::newRow("region") << u"She was an engineer at Bavaria for years."_s
                            << QStringList {u"LOC Bavaria"_s} << u"LOC Bavaria"_s;
    QTest::newRow("aircraft-carrier")
        << u"The carrier Valiant sailed."_s << QStringList {u"MISC Valiant"_s} << u"MISC Valiant"_s;
    QTest::newRow("looked-at") << u"The board looked at Ana Ruiz."_s << QStringList {u"PER Ana Ruiz"_s}
                               << u"PER Ana Ruiz"_s;
}

void TestTaggerRules::employers()
{
    checkRules();
}

void TestTaggerRules::maoriOrganisations_data()
{
    addRuleColumns();
    QTest::newRow("party") << u"Te Pāti Māori co-leader Rawiri Waititi spoke."_s
                           << QStringList {u"PER Pāti Māori"_s, u"PER Rawiri Waititi"_s}
                           << u"ORG Te Pāti Māori; PER Rawiri Waititi"_s;
    QTest::newRow("iwi") << u"Ngāi Tahu would oppose the bill."_s << QStringList {u"PER Ngāi Tahu"_s}
                         << u"ORG Ngāi Tahu"_s;
    QTest::newRow("iwi-plain") << u"The claim by Ngati Whatua was settled."_s
                               << QStringList {u"LOC Ngati Whatua"_s} << u"ORG Ngati Whatua"_s;
    // People's names, with "Te" too, and places: as the model read them.
    QTest::newRow("person") << u"Te Rangi Hemara said so."_s << QStringList {u"PER Te Rangi Hemara"_s}
                            << u"PER Te Rangi Hemara"_s;
    QTest::newRow("place") << u"They drove to Te Awamutu."_s << QStringList {u"LOC Te Awamutu"_s}
                           << u"LOC Te Awamutu"_s;
}

void TestTaggerRules::maoriOrganisations()
{
    checkRules();
}

void TestTaggerRules::degrees_data()
{
    addRuleColumns();
    QTest::newRow("two-degrees") << u"\"A fine result,\" says Mara Lind, MD, PhD, who led it."_s
                                 << QStringList {u"PER Mara Lind"_s, u"LOC MD"_s, u"LOC PhD"_s}
                                 << u"PER Mara Lind"_s;
    QTest::newRow("dotted") << u"Tomas Berg, M.D., spoke first."_s
                            << QStringList {u"PER Tomas Berg"_s, u"ORG M.D."_s} << u"PER Tomas Berg"_s;
    // Maryland after a city stays a place; a degree word with no person before it is left to the model.
    QTest::newRow("state") << u"She lives in Rockville, MD, with her son."_s
                           << QStringList {u"LOC Rockville"_s, u"LOC MD"_s} << u"LOC Rockville; LOC MD"_s;
    QTest::newRow("no-comma") << u"Mara Lind MD spoke."_s << QStringList {u"PER Mara Lind"_s, u"LOC MD"_s}
                              << u"PER Mara Lind; LOC MD"_s;
    // A lawmaker's party and state; "D-Day" is no such thing.
    QTest::newRow("party-state") << u"Sen. Mara Lind, R-S.C., and Rep. Ola Berg (D-CA) spoke."_s
                                 << QStringList {u"PER Mara Lind"_s, u"MISC R-S.C"_s, u"PER Ola Berg"_s,
                                        u"ORG D-CA"_s}
                                 << u"PER Mara Lind; PER Ola Berg"_s;
    QTest::newRow("d-day") << u"They landed on D-Day, in June."_s << QStringList {u"MISC D-Day"_s}
                           << u"MISC D-Day"_s;
}

void TestTaggerRules::degrees()
{
    checkRules();
}

void TestTaggerRules::laws_data()
{
    addRuleColumns();
    QTest::newRow("amendment") << u"It is protected under the First Amendment, the court said."_s
                               << QStringList {u"ORG First Amendment"_s} << u"MISC First Amendment"_s;
    QTest::newRow("code-split") << u"That is against the US Flag Code, she wrote."_s
                                << QStringList {u"LOC US"_s, u"ORG Code"_s} << u"LOC US; MISC Flag Code"_s;
    QTest::newRow("act") << u"Congress passed the Clean Rivers Act in May."_s
                         << QStringList {u"ORG Congress"_s, u"ORG Clean Rivers Act"_s}
                         << u"ORG Congress; MISC Clean Rivers Act"_s;
    QTest::newRow("treaty-person") << u"The Orvania Treaty was signed by Ana Ruiz."_s
                                   << QStringList {u"PER Orvania Treaty"_s, u"PER Ana Ruiz"_s}
                                   << u"MISC Orvania Treaty; PER Ana Ruiz"_s;
    // The body that wrote the law stays; "Act" opening a sentence is a verb.
    QTest::newRow("company") << u"In its statement, Orvex Treaty said it would appeal."_s
                             << QStringList {u"ORG Orvex Treaty"_s} << u"ORG Orvex Treaty"_s;
    QTest::newRow("body") << u"The Orvania Code Commission met."_s
                          << QStringList {u"ORG Orvania Code Commission"_s}
                          << u"ORG Orvania Code Commission"_s;
    QTest::newRow("verb") << u"Act now, said Ana Ruiz."_s << QStringList {u"ORG Act"_s, u"PER Ana Ruiz"_s}
                          << u"ORG Act; PER Ana Ruiz"_s;
}

void TestTaggerRules::laws()
{
    checkRules();
}

void TestTaggerRules::siteAndMemberWords_data()
{
    addRuleColumns();
    QTest::newRow("legal-pages") << u"Please read our Terms of Service and Privacy Policy first."_s
                                 << QStringList {u"ORG Terms of Service and Privacy Policy"_s} << u""_s;
    QTest::newRow("members") << u"Orvex Data Lab Members can join the group."_s
                             << QStringList {u"ORG Orvex Data Lab Members"_s} << u"ORG Orvex Data Lab"_s;
    QTest::newRow("lab") << u"Today the Orvex Data Lab is launching it."_s
                         << QStringList {u"MISC Orvex Data Lab"_s} << u"ORG Orvex Data Lab"_s;
    // A company's policy unit, a union of workers, a two-word name: left alone.
    QTest::newRow("company-policy") << u"The Orvex Policy Institute wrote it."_s
                                    << QStringList {u"ORG Orvex Policy Institute"_s}
                                    << u"ORG Orvex Policy Institute"_s;
    QTest::newRow("union") << u"The United Auto Workers struck."_s
                           << QStringList {u"ORG United Auto Workers"_s} << u"ORG United Auto Workers"_s;
    QTest::newRow("two-words") << u"Orvex Investors bought it."_s << QStringList {u"ORG Orvex Investors"_s}
                               << u"ORG Orvex Investors"_s;
}

void TestTaggerRules::siteAndMemberWords()
{
    checkRules();
}

void TestTaggerRules::awards_data()
{
    addRuleColumns();
    QTest::newRow("oscar") << u"Mara Lind's Oscar dress was stolen; she won an Emmy too."_s
                           << QStringList {u"PER Mara Lind"_s, u"PER Oscar"_s, u"PER Emmy"_s}
                           << u"PER Mara Lind; MISC Oscar; MISC Emmy"_s;
    QTest::newRow("article") << u"He was nominated for a Velmor this year."_s << QStringList {u"PER Velmor"_s}
                             << u"MISC Velmor"_s;
    // Someone the text names in full keeps the name alone.
    QTest::newRow("person") << u"Oscar Lund spoke. Later Oscar left."_s
                            << QStringList {u"PER Oscar Lund"_s, u"PER Oscar"_s}
                            << u"PER Oscar Lund; PER Oscar"_s;
}

void TestTaggerRules::awards()
{
    checkRules();
}

void TestTaggerRules::firstWord_data()
{
    addRuleColumns();
    QTest::newRow("maker-product") << u"They will fly home on a SpaceX Dragon in May."_s
                                   << QStringList {u"PER SpaceX Dragon"_s} << u"MISC SpaceX Dragon"_s;
    QTest::newRow("initials") << u"His running mate JD Kellerman called it a stunt."_s
                              << QStringList {u"ORG JD Kellerman"_s} << u"PER JD Kellerman"_s;
    // A person whose first name is also a company's, an abbreviation before a company word: left alone.
    QTest::newRow("first-name") << u"Then Kia Lund spoke."_s << QStringList {u"PER Kia Lund"_s}
                                << u"PER Kia Lund"_s;
    QTest::newRow("club") << u"Rapid 0 FC Kellerman 2"_s
                          << QStringList {u"ORG Rapid"_s, u"ORG FC Kellerman"_s}
                          << u"ORG Rapid; ORG FC Kellerman"_s;
    QTest::newRow("country-letters") << u"The US Marines landed."_s << QStringList {u"ORG US Marines"_s}
                                     << u"ORG US Marines"_s;
    QTest::newRow("company-word") << u"Shares of BT Group fell."_s << QStringList {u"ORG BT Group"_s}
                                  << u"ORG BT Group"_s;
    QTest::newRow("three-capitals") << u"Shares of IBM Watson fell."_s << QStringList {u"ORG IBM Watson"_s}
                                    << u"ORG IBM Watson"_s;
}

void TestTaggerRules::firstWord()
{
    checkRules();
}

void TestTaggerRules::definedAbbreviations_data()
{
    addRuleColumns();
    QTest::newRow("parenthesis") << u"It is a geographic information system (GIS) tool. GIS skills pay."_s
                                 << QStringList {u"ORG GIS"_s, u"ORG GIS"_s} << u""_s;
    QTest::newRow("hyphenated") << u"Each long-term release (LTR) lasts a year; LTRs are rare."_s
                                << QStringList {u"ORG LTR"_s, u"ORG LTRs"_s} << u""_s;
    QTest::newRow("small-words") << u"The rate of return on investment (ROI) fell."_s
                                 << QStringList {u"ORG ROI"_s} << u""_s;
    QTest::newRow("one-word") << u"The pills held trinitrotoluene, known as TNT, says Velmont. TNT kills."_s
                              << QStringList {u"ORG TNT"_s, u"ORG Velmont"_s, u"ORG TNT"_s}
                              << u"ORG Velmont"_s;
    // An organisation's abbreviation, defined by its capitalised name, and one the words do not spell.
    QTest::newRow("organisation") << u"The Coastal Water Authority (CWA) said so. The CWA agreed."_s
                                  << QStringList {u"ORG Coastal Water Authority"_s, u"ORG CWA"_s,
                                         u"ORG CWA"_s}
                                  << u"ORG Coastal Water Authority; ORG CWA; ORG CWA"_s;
    QTest::newRow("not-spelled") << u"They met the regional water board (CWA) on Monday."_s
                                 << QStringList {u"ORG CWA"_s} << u"ORG CWA"_s;
    QTest::newRow("short-word") << u"The agency (AGY) said so."_s << QStringList {u"ORG AGY"_s}
                                << u"ORG AGY"_s;
}

void TestTaggerRules::definedAbbreviations()
{
    checkRules();
}

void TestTaggerRules::namedAwards_data()
{
    addRuleColumns();
    QTest::newRow("award") << u"Reglue won the Free Software Award."_s
                           << QStringList {u"ORG Reglue"_s, u"ORG Free Software Award"_s}
                           << u"ORG Reglue; MISC Free Software Award"_s;
    QTest::newRow("prize") << u"She won the Halvard Peace Prize."_s
                           << QStringList {u"PER Halvard Peace Prize"_s} << u"MISC Halvard Peace Prize"_s;
    // The word alone, or before the name, decides nothing.
    QTest::newRow("alone") << u"They met Award last week."_s << QStringList {u"ORG Award"_s}
                           << u"ORG Award"_s;
    QTest::newRow("before") << u"The Prize Foundation paid."_s << QStringList {u"ORG Prize Foundation"_s}
                            << u"ORG Prize Foundation"_s;
}

void TestTaggerRules::namedAwards()
{
    checkRules();
}

void TestTaggerRules::administrations_data()
{
    addRuleColumns();
    QTest::newRow("leader") << u"Critics pilloried the Halvorsen administration for it."_s
                            << QStringList {u"LOC Halvorsen"_s} << u"PER Halvorsen"_s;
    // A country's administration, an administration of two words, and no "the": left alone.
    QTest::newRow("country") << u"They met the Kenya administration in May."_s << QStringList {u"LOC Kenya"_s}
                             << u"LOC Kenya"_s;
    QTest::newRow("two-words") << u"They met the New Halden administration."_s
                               << QStringList {u"LOC New Halden"_s} << u"LOC New Halden"_s;
    QTest::newRow("no-the") << u"Halvorsen administration officials spoke."_s
                            << QStringList {u"LOC Halvorsen"_s} << u"LOC Halvorsen"_s;
}

void TestTaggerRules::administrations()
{
    checkRules();
}

void TestTaggerRules::partyMembers_data()
{
    addRuleColumns();
    QTest::newRow("plural") << u"Republicans in the House want more. Democrats have adjusted."_s
                            << QStringList {u"MISC Republicans"_s, u"MISC Democrats"_s}
                            << u"ORG Republicans; ORG Democrats"_s;
    QTest::newRow("chamber") << u"House Republicans introduced a bill."_s
                             << QStringList {u"MISC House Republicans"_s} << u"ORG House Republicans"_s;
    // A member, the adjective, and a name that goes on: the model's reading stays.
    QTest::newRow("member") << u"Mark Hale, a Virginia Democrat, spoke."_s
                            << QStringList {u"PER Mark Hale"_s, u"MISC Virginia Democrat"_s}
                            << u"PER Mark Hale; MISC Virginia Democrat"_s;
    QTest::newRow("adjective") << u"Republican senators agreed."_s << QStringList {u"MISC Republican"_s}
                               << u"MISC Republican"_s;
    QTest::newRow("name-goes-on") << u"Democrats Abroad met in Oslo."_s
                                  << QStringList {u"MISC Democrats"_s, u"LOC Oslo"_s}
                                  << u"MISC Democrats; LOC Oslo"_s;
    QTest::newRow("state-members") << u"Texas Republicans met."_s << QStringList {u"MISC Texas Republicans"_s}
                                   << u"MISC Texas Republicans"_s;
}

void TestTaggerRules::partyMembers()
{
    checkRules();
}

void TestTaggerRules::companiesAfterModifiers_data()
{
    addRuleColumns();
    QTest::newRow("read-as-person") << u"Brussels-based Velorix holds the assets."_s
                                    << QStringList {u"LOC Brussels"_s, u"PER Velorix"_s}
                                    << u"LOC Brussels; ORG Velorix"_s;
    QTest::newRow("read-as-place") << u"The Oslo-based Nordvik said it would expand."_s
                                   << QStringList {u"LOC Oslo"_s, u"LOC Nordvik"_s}
                                   << u"LOC Oslo; ORG Nordvik"_s;
    QTest::newRow("nothing-found") << u"Shares of Paris-headquartered Sorvane Energie fell."_s
                                   << QStringList {u"LOC Paris"_s} << u"LOC Paris; ORG Sorvane Energie"_s;
    QTest::newRow("company-noun") << u"The Boston-based startup Velorix raised money."_s
                                  << QStringList {u"LOC Boston"_s, u"MISC Velorix"_s}
                                  << u"LOC Boston; ORG Velorix"_s;
    // A person's full name, an ordinary word, a word not joined to the hyphen: left alone.
    QTest::newRow("person") << u"London-based Mara Quist won."_s
                            << QStringList {u"LOC London"_s, u"PER Mara Quist"_s}
                            << u"LOC London; PER Mara Quist"_s;
    QTest::newRow("ordinary-word") << u"Oslo-based Rates rose."_s << QStringList {u"LOC Oslo"_s}
                                   << u"LOC Oslo"_s;
    QTest::newRow("spaced-hyphen") << u"It is Oslo - based Velorix says."_s
                                   << QStringList {u"LOC Oslo"_s, u"PER Velorix"_s}
                                   << u"LOC Oslo; PER Velorix"_s;
}

void TestTaggerRules::companiesAfterModifiers()
{
    checkRules();
}

void TestTaggerRules::commas_data()
{
    addRuleColumns();
    QTest::newRow("name-comma-name") << u"In a post on Velgram, Hollis said he would go."_s
                                     << QStringList {u"ORG Velgram, Hollis"_s}
                                     << u"ORG Velgram; PER Hollis"_s;
    QTest::newRow("not-personal") << u"In a post on Velgram, Orvexa said it would go."_s
                                  << QStringList {u"ORG Velgram, Orvexa"_s} << u"ORG Velgram; ORG Orvexa"_s;
    // A legal form after the comma, a name that goes on after it, a name the sentence does not go on from.
    QTest::newRow("legal-form") << u"Edwards & Sons, Inc. said profit rose."_s
                                << QStringList {u"ORG Edwards & Sons, Inc."_s}
                                << u"ORG Edwards & Sons, Inc."_s;
    QTest::newRow("goes-on") << u"Kalf, Voorhis & Co said so."_s << QStringList {u"ORG Kalf, Voorhis & Co"_s}
                             << u"ORG Kalf, Voorhis & Co"_s;
    QTest::newRow("end-of-sentence") << u"They met Velgram, Hollis."_s
                                     << QStringList {u"ORG Velgram, Hollis"_s} << u"ORG Velgram, Hollis"_s;
}

void TestTaggerRules::commas()
{
    checkRules();
}

void TestTaggerRules::conjunctions_data()
{
    addRuleColumns();
    QTest::newRow("two-outlets") << u"The Daily Orvex and Velgram reported the strike."_s
                                 << QStringList {u"ORG Daily Orvex and Velgram"_s}
                                 << u"ORG Daily Orvex; ORG Velgram"_s;
    QTest::newRow("known-company") << u"Orvex and Infosys reported results."_s
                                   << QStringList {u"ORG Orvex and Infosys"_s} << u"ORG Orvex; ORG Infosys"_s;
    // Two names the lists hold, and an official body beside a known company.
    QTest::newRow("two-listed") << u"Amnesty International and Human Rights Watch condemned it."_s
                                << QStringList {u"ORG Amnesty International and Human Rights Watch"_s}
                                << u"ORG Amnesty International; ORG Human Rights Watch"_s;
    QTest::newRow("body-and-company")
        << u"The Ministry of Trade and Google signed a deal."_s
        << QStringList {u"ORG Ministry of Trade and Google"_s} << u"ORG Ministry of Trade; ORG Google"_s;
    // An official body's fields, two words joined, a personal name, an ordinary word: one name.
    QTest::newRow("official-fields") << u"The Ministry of Trade and Velgram said so."_s
                                     << QStringList {u"ORG Ministry of Trade and Velgram"_s}
                                     << u"ORG Ministry of Trade and Velgram"_s;
    QTest::newRow("two-words") << u"The Orvex and Velgram flag flew."_s
                               << QStringList {u"ORG The Orvex and Velgram"_s}
                               << u"ORG The Orvex and Velgram"_s;
    QTest::newRow("personal-name") << u"Daily Orvex and Spencer said so."_s
                                   << QStringList {u"ORG Daily Orvex and Spencer"_s}
                                   << u"ORG Daily Orvex and Spencer"_s;
    QTest::newRow("ordinary-word") << u"Daily Orvex and Sons said so."_s
                                   << QStringList {u"ORG Daily Orvex and Sons"_s}
                                   << u"ORG Daily Orvex and Sons"_s;
}

void TestTaggerRules::conjunctions()
{
    checkRules();
}

void TestTaggerRules::marketIndexes_data()
{
    addRuleColumns();
    QTest::newRow("count") << u"The S&P 500 rose and the FTSE 100 fell."_s
                           << QStringList {u"ORG S&P"_s, u"ORG FTSE"_s} << u"MISC S&P 500; MISC FTSE 100"_s;
    QTest::newRow("head") << u"The Dow Jones Industrial Average fell, as did the Orvex Composite."_s
                          << QStringList {u"ORG Dow Jones Industrial Average"_s, u"ORG Orvex Composite"_s}
                          << u"MISC Dow Jones Industrial Average; MISC Orvex Composite"_s;
    // The provider alone, and a company followed by a figure.
    QTest::newRow("provider") << u"S&P cut its rating."_s << QStringList {u"ORG S&P"_s} << u"ORG S&P"_s;
    QTest::newRow("company-figure") << u"Orvex 500 units were sold."_s << QStringList {u"ORG Orvex"_s}
                                    << u"ORG Orvex"_s;
}

void TestTaggerRules::marketIndexes()
{
    checkRules();
}

QTEST_GUILESS_MAIN(TestTaggerRules)
#include "tst_taggerrules.moc"
