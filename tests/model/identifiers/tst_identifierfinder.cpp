#include "identifiers/iban.h"
#include "identifiers/identifierfinder.h"
#include "identifiers/regionhint.h"

#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

// Each row: a text, the region for national phone numbers, and what must be found as "kind:text=normalized"
// (empty: nothing at all).
class TestIdentifierFinder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void find_data();
    void find();
    void offsetsAreExact();
    void iban_data();
    void iban();
    void regionHint_data();
    void regionHint();
};

namespace {

QStringList describe(QStringView text, const IdentifierList &found)
{
    QStringList out;
    for (const Identifier &id : found)
        out.append(
            identifierKindCode(id.kind) + u':' + text.mid(id.start, id.length()) + u'=' + id.normalized);
    return out;
}

} // namespace

void TestIdentifierFinder::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QStringList>("expected");

    // E-mail addresses and handles
    QTest::newRow("email")
        << u"Write to Press.Office@Northwind-Robotics.example.com today."_s << u"US"_s
        << QStringList {
               u"email:Press.Office@Northwind-Robotics.example.com=press.office@northwind-robotics.example.com"_s};
    QTest::newRow("email in brackets")
        << u"(tips@harbour.org)"_s << u"US"_s << QStringList {u"email:tips@harbour.org=tips@harbour.org"_s};
    QTest::newRow("no email without a domain")
        << u"meet me @ noon, user@localhost"_s << u"US"_s << QStringList {};
    QTest::newRow("handle") << u"said @Maria_Lopez on X."_s << u"US"_s
                            << QStringList {u"handle:@Maria_Lopez=@maria_lopez"_s};
    QTest::newRow("handle is not digits") << u"rated @5 stars"_s << u"US"_s << QStringList {};
    // Hashtags
    QTest::newRow("hashtags") << u"trending: #Harbour2024 and #économie"_s << u"FR"_s
                              << QStringList {u"hashtag:#Harbour2024=#harbour2024"_s,
                                     u"hashtag:#économie=#économie"_s};
    QTest::newRow("numbers and anchors are no hashtags")
        << u"ranked #1, see page#top and C#"_s << u"US"_s << QStringList {};
    // Web addresses and domains
    QTest::newRow("url")
        << u"See https://www.example.org/report?id=7."_s << u"US"_s
        << QStringList {u"url:https://www.example.org/report?id=7=https://www.example.org/report?id=7"_s};
    QTest::newRow("url in parentheses")
        << u"(see http://example.com/a_(b))"_s << u"US"_s
        << QStringList {u"url:http://example.com/a_(b)=http://example.com/a_(b)"_s};
    QTest::newRow("www")
        << u"Go to www.Harbour-Authority.example.net."_s << u"US"_s
        << QStringList {u"url:www.Harbour-Authority.example.net=http://www.harbour-authority.example.net"_s};
    QTest::newRow("bare domain") << u"It sells through Amazon.com and bbc.co.uk."_s << u"US"_s
                                 << QStringList {
                                        u"domain:Amazon.com=amazon.com"_s, u"domain:bbc.co.uk=bbc.co.uk"_s};
    QTest::newRow("domain with path") << u"at example.org/jobs now"_s << u"US"_s
                                      << QStringList {u"url:example.org/jobs=http://example.org/jobs"_s};
    QTest::newRow("no domain inside an encoded link") << u"?to=%2Fexample.com&x=a=b.com"_s << u"US"_s
                                                      << QStringList {};
    QTest::newRow("url without trailing backslash or hyphen") << u"\"https://example.org/a\\\" and http://example.org/en-"_s
                                                              << u"US"_s
                                                              << QStringList {u"url:https://example.org/a=https://example.org/a"_s,
                                                                     u"url:http://example.org/en=http://example.org/en"_s};
    QTest::newRow("no domain: files, abbreviations, run-on sentences")
        << u"Open report.pdf, the U.S. team, e.g. here.It ended. Node.js too."_s << u"US"_s << QStringList {};
    // Phone numbers
    QTest::newRow("international") << u"Call +1 650-253-0000 now."_s << u"DE"_s
                                   << QStringList {u"phone:+1 650-253-0000=+16502530000"_s};
    QTest::newRow("uk national") << u"Tel. (020) 7946 0958."_s << u"GB"_s
                                 << QStringList {u"phone:(020) 7946 0958=+442079460958"_s};
    QTest::newRow("german national") << u"Telefon 030 901820, Fax"_s << u"DE"_s
                                     << QStringList {u"phone:030 901820=+4930901820"_s};
    QTest::newRow("french national") << u"au 01 42 68 53 00."_s << u"FR"_s
                                     << QStringList {u"phone:01 42 68 53 00=+33142685300"_s};
    QTest::newRow("us national") << u"call (650) 253-0000."_s << u"US"_s
                                 << QStringList {u"phone:(650) 253-0000=+16502530000"_s};
    QTest::newRow("00 prefix") << u"Ring 0044 20 7946 0958"_s << u"DE"_s
                               << QStringList {u"phone:0044 20 7946 0958=+442079460958"_s};
    QTest::newRow("not a date") << u"on 14.03.2024 and 2024-03-14 and 03/14/2024"_s << u"DE"_s
                                << QStringList {};
    QTest::newRow("not years") << u"from 2019-2024 and 1998 - 2004"_s << u"US"_s << QStringList {};
    QTest::newRow("not thousands") << u"some 5.000.000 people, 1,234,567 votes"_s << u"DE"_s
                                   << QStringList {};
    QTest::newRow("not a score") << u"won 3-1, then 2-2"_s << u"GB"_s << QStringList {};
    QTest::newRow("not an isbn") << u"ISBN 978-3-16-148410-0 and ISBN: 0-306-40615-2"_s << u"US"_s
                                 << QStringList {};
    QTest::newRow("not a bare count") << u"2654400 barrels"_s << u"US"_s << QStringList {};
    QTest::newRow("not an invalid number") << u"+1 555-0100"_s << u"US"_s << QStringList {};
    QTest::newRow("not a percentage") << u"grew 0 123 456%"_s << u"FR"_s << QStringList {};
    // Money
    QTest::newRow("dollars billion") << u"a $5 billion deal"_s << u"US"_s
                                     << QStringList {u"money:$5 billion=USD 5000000000"_s};
    QTest::newRow("euros million") << u"paid €420 million"_s << u"DE"_s
                                   << QStringList {u"money:€420 million=EUR 420000000"_s};
    QTest::newRow("pounds bn") << u"a £3.4bn bid"_s << u"GB"_s
                               << QStringList {u"money:£3.4bn=GBP 3400000000"_s};
    QTest::newRow("thousands separator")
        << u"cost $1,500 or US$2.75m"_s << u"US"_s
        << QStringList {u"money:$1,500=USD 1500"_s, u"money:US$2.75m=USD 2750000"_s};
    QTest::newRow("european decimals")
        << u"kostet 1.234,50 € oder 12,5 Mrd"_s << u"DE"_s << QStringList {u"money:1.234,50 €=EUR 1234.5"_s};
    QTest::newRow("iso code") << u"EUR 420 million and 100 USD and HK$3,000"_s << u"HK"_s
                              << QStringList {u"money:EUR 420 million=EUR 420000000"_s,
                                     u"money:100 USD=USD 100"_s, u"money:HK$3,000=HKD 3000"_s};
    QTest::newRow("currency word") << u"5 billion dollars and 30 euros"_s << u"US"_s
                                   << QStringList {u"money:5 billion dollars=USD 5000000000"_s,
                                          u"money:30 euros=EUR 30"_s};
    QTest::newRow("not money") << u"5 billion people, CEO 5, the $ sign, ABC 123"_s << u"US"_s
                               << QStringList {};
    // Tickers
    QTest::newRow("ticker") << u"Advanced Micro Devices (NASDAQ: AMD) and IBM (NYSE:IBM)"_s << u"US"_s
                            << QStringList {
                                   u"ticker:NASDAQ: AMD=NASDAQ:AMD"_s, u"ticker:NYSE:IBM=NYSE:IBM"_s};
    QTest::newRow("ticker with class")
        << u"(Nasdaq: GOOG.L)"_s << u"US"_s << QStringList {u"ticker:Nasdaq: GOOG.L=NASDAQ:GOOG.L"_s};
    QTest::newRow("no ticker") << u"Note: AMD rose. Time: 10"_s << u"US"_s << QStringList {};
    // IBANs
    QTest::newRow("iban grouped") << u"to DE89 3704 0044 0532 0130 00."_s << u"DE"_s
                                  << QStringList {
                                         u"iban:DE89 3704 0044 0532 0130 00=DE89370400440532013000"_s};
    QTest::newRow("iban compact") << u"IBAN GB82WEST12345698765432"_s << u"GB"_s
                                  << QStringList {u"iban:GB82WEST12345698765432=GB82WEST12345698765432"_s};
    QTest::newRow("iban bad checksum") << u"to DE89 3704 0044 0532 0130 01."_s << u"DE"_s << QStringList {};
    QTest::newRow("iban wrong length") << u"GB82WEST1234569876543"_s << u"GB"_s << QStringList {};
    // Mixed and empty
    QTest::newRow("empty") << QString() << u"US"_s << QStringList {};
    QTest::newRow("prose") << u"Lisa Su, chief executive of AMD, spoke in Austin on Tuesday."_s << u"US"_s
                           << QStringList {};
}

void TestIdentifierFinder::find()
{
    QFETCH(QString, text);
    QFETCH(QString, region);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(text, IdentifierFinder(region).find(text)).join(u" | "_s), expected.join(u" | "_s));
}

void TestIdentifierFinder::offsetsAreExact()
{
    const QString text = u"🚀 Mail a@b.org or call +44 20 7946 0958."_s;
    const IdentifierList found = IdentifierFinder(u"GB"_s).find(text);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found[0].start, text.indexOf(u"a@b"_s));
    QCOMPARE(found[0].end, text.indexOf(u" or"_s));
    QCOMPARE(found[1].start, text.indexOf(u'+'));
    QCOMPARE(found[1].end, text.size() - 1);
    QVERIFY(found[0].end <= found[1].start);
}

void TestIdentifierFinder::iban_data()
{
    QTest::addColumn<QString>("iban");
    QTest::addColumn<bool>("valid");
    QTest::newRow("de") << u"DE89370400440532013000"_s << true;
    QTest::newRow("gb") << u"GB82WEST12345698765432"_s << true;
    QTest::newRow("fr") << u"FR1420041010050500013M02606"_s << true;
    QTest::newRow("no") << u"NO9386011117947"_s << true;
    QTest::newRow("swapped digits") << u"DE89370400440532310000"_s << false;
    QTest::newRow("unknown country") << u"ZZ89370400440532013000"_s << false;
    QTest::newRow("lower case") << u"de89370400440532013000"_s << false;
    QTest::newRow("too short") << u"DE8937040044053201300"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestIdentifierFinder::iban()
{
    QFETCH(QString, iban);
    QFETCH(bool, valid);
    QCOMPARE(isValidIban(iban), valid);
}

void TestIdentifierFinder::regionHint_data()
{
    QTest::addColumn<QStringList>("places");
    QTest::addColumn<QString>("region");
    QTest::newRow("country") << QStringList {u"Germany"_s} << u"DE"_s;
    QTest::newRow("short form") << QStringList {u"the U.K."_s} << u"GB"_s;
    QTest::newRow("first country wins") << QStringList {u"Austin"_s, u"France"_s, u"Japan"_s} << u"FR"_s;
    QTest::newRow("accents and case") << QStringList {u"united states"_s} << u"US"_s;
    QTest::newRow("a city") << QStringList {u"Atlantis"_s, u"London"_s} << u"GB"_s;
}

void TestIdentifierFinder::regionHint()
{
    QFETCH(QStringList, places);
    QFETCH(QString, region);
    QCOMPARE(phoneRegionHint(places), region);
}

QTEST_GUILESS_MAIN(TestIdentifierFinder)
#include "tst_identifierfinder.moc"
