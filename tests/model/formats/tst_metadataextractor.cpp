#include "formats/metadataextractor.h"

#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

namespace {

// A body paragraph long enough to count as one; our own words.
const QString kBody = u"The harbour authority said on Tuesday that the new cranes would arrive in the spring, "
                      "and that the dock workers' union had agreed to the plan after three weeks of talks."_s;

} // namespace

// The header of copied news pages: dates in every form, bylines, outlets, label lines, and the body left alone.
class TestMetadataExtractor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseDate_data();
    void parseDate();
    void byline_data();
    void byline();
    void extract_data();
    void extract();
};

void TestMetadataExtractor::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("dd/mm/yyyy") << u"14/03/2024"_s << QDate(2024, 3, 14);
    QTest::newRow("ambiguous reads day first") << u"04/03/2024"_s << QDate(2024, 3, 4);
    QTest::newRow("mm/dd/yyyy when day first is impossible") << u"03/14/2024"_s << QDate(2024, 3, 14);
    QTest::newRow("dd.mm.yyyy") << u"14.03.2024"_s << QDate(2024, 3, 14);
    QTest::newRow("d-m-yy") << u"4-3-24"_s << QDate(2024, 3, 4);
    QTest::newRow("ISO") << u"2024-03-14"_s << QDate(2024, 3, 14);
    QTest::newRow("ISO with time") << u"2024-03-14T09:30:00Z"_s << QDate(2024, 3, 14);
    QTest::newRow("ISO with slashes") << u"2024/03/14"_s << QDate(2024, 3, 14);
    QTest::newRow("March 14, 2024") << u"March 14, 2024"_s << QDate(2024, 3, 14);
    QTest::newRow("Mar. 14, 2024") << u"Mar. 14, 2024"_s << QDate(2024, 3, 14);
    QTest::newRow("Sept 3, 2023") << u"Sept 3, 2023"_s << QDate(2023, 9, 3);
    QTest::newRow("March 14th, 2024") << u"March 14th, 2024"_s << QDate(2024, 3, 14);
    QTest::newRow("14 March 2024") << u"14 March 2024"_s << QDate(2024, 3, 14);
    QTest::newRow("14th of March, 2024") << u"14th of March, 2024"_s << QDate(2024, 3, 14);
    QTest::newRow("weekday first") << u"Thursday, March 14, 2024"_s << QDate(2024, 3, 14);
    QTest::newRow("Guardian style") << u"Thu 14 Mar 2024 09.30 GMT"_s << QDate(2024, 3, 14);
    QTest::newRow("with 24h time and zone") << u"14 March 2024, 09:30 UTC"_s << QDate(2024, 3, 14);
    QTest::newRow("US time") << u"March 14, 2024 at 9:30 a.m. ET"_s << QDate(2024, 3, 14);
    QTest::newRow("UTC offset") << u"14 Mar 2024 14:05 (UTC+1)"_s << QDate(2024, 3, 14);
    QTest::newRow("AP style, time first") << u"9:30 AM EDT, March 14, 2024"_s << QDate(2024, 3, 14);
    QTest::newRow("no such day") << u"31/02/2024"_s << QDate();
    QTest::newRow("no month 13") << u"13/13/2024"_s << QDate();
    QTest::newRow("no year") << u"March 14"_s << QDate();
    QTest::newRow("a sentence with a date") << u"March 14, 2024 was a good day"_s << QDate();
    QTest::newRow("a year alone") << u"2024"_s << QDate();
    QTest::newRow("a price") << u"14.50"_s << QDate();
}

void TestMetadataExtractor::parseDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(MetadataExtractor::parseDate(text), date);
}

void TestMetadataExtractor::byline_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("authors");
    QTest::addColumn<QString>("source");
    QTest::newRow("By Jane Doe") << u"By Jane Doe"_s << QStringList{u"Jane Doe"_s} << QString();
    QTest::newRow("two authors") << u"By Jane Doe and John Roe"_s << QStringList{u"Jane Doe"_s, u"John Roe"_s} << QString();
    QTest::newRow("three authors") << u"By Ana Ruiz, Lena Park and Tom Okafor"_s
                                   << QStringList{u"Ana Ruiz"_s, u"Lena Park"_s, u"Tom Okafor"_s} << QString();
    QTest::newRow("author and outlet") << u"By Jane Doe, Reuters"_s << QStringList{u"Jane Doe"_s} << u"Reuters"_s;
    QTest::newRow("upper case") << u"BY JANE DOE"_s << QStringList{u"Jane Doe"_s} << QString();
    QTest::newRow("role dropped") << u"By Jane Doe, Senior Correspondent"_s << QStringList{u"Jane Doe"_s} << QString();
    QTest::newRow("in a place") << u"By Jane Doe in Rotterdam"_s << QStringList{u"Jane Doe"_s} << QString();
    QTest::newRow("staff byline") << u"By Harbor Ledger staff"_s << QStringList{} << u"Harbor Ledger"_s;
    QTest::newRow("particles") << u"By Ana de la Cruz"_s << QStringList{u"Ana de la Cruz"_s} << QString();
    QTest::newRow("not a byline") << u"By the end of the year, the plant will open"_s << QStringList{} << QString();
    QTest::newRow("not a byline: a month") << u"By March 2025"_s << QStringList{} << QString();
}

void TestMetadataExtractor::byline()
{
    QFETCH(QString, line);
    QFETCH(QStringList, authors);
    QFETCH(QString, source);
    const MetadataExtractor::Byline b = MetadataExtractor::parseByline(line);
    QCOMPARE(b.authors, authors);
    QCOMPARE(b.source, source);
}

void TestMetadataExtractor::extract_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("body");
    const QDate d(2024, 3, 14);

    QTest::newRow("headline, byline, date")
        << u"Northwind unveils a faster chip\nBy Jane Doe\nMarch 14, 2024\n\n"_s + kBody
        << u"Northwind unveils a faster chip"_s << d << QString() << u"Jane Doe"_s << kBody;
    QTest::newRow("label lines removed")
        << u"Northwind unveils a faster chip\nShare this article\nListen\n5 min read\nAdvertisement\n"
           "Save\n14/03/2024\n\n"_s + kBody
        << u"Northwind unveils a faster chip"_s << d << QString() << QString() << kBody;
    QTest::newRow("caption and alt text removed")
        << u"Northwind unveils a faster chip\nImage: Lisa Su holds the new processor in Taipei\n"
           "Photograph: Lena Park/Harbor Ledger\n2024-03-14\n\n"_s + kBody
        << u"Northwind unveils a faster chip"_s << d << QString() << QString() << kBody;
    QTest::newRow("outlet before headline")
        << u"Harbor Ledger\n\nCity council approves a tram line through the docks\n\nPublished: 14/03/2024\n"
           "By Jane Doe and John Roe\n\n"_s + kBody
        << u"City council approves a tram line through the docks"_s << d << u"Harbor Ledger"_s
        << u"Jane Doe and John Roe"_s << kBody;
    QTest::newRow("outlet after headline")
        << u"City council approves a tram line through the docks\nHarbor Ledger\nThu 14 Mar 2024 09.30 GMT\n\n"_s + kBody
        << u"City council approves a tram line through the docks"_s << d << u"Harbor Ledger"_s << QString() << kBody;
    QTest::newRow("name and known outlet without By")
        << u"Tram line approved\nJane Doe, Reuters\n14 March 2024\n\n"_s + kBody
        << u"Tram line approved"_s << d << u"Reuters"_s << u"Jane Doe"_s << kBody;
    QTest::newRow("fields on one line")
        << u"Tram line approved\nBy Jane Doe | Reuters | March 14, 2024 9:30 AM EST\n\n"_s + kBody
        << u"Tram line approved"_s << d << u"Reuters"_s << u"Jane Doe"_s << kBody;
    QTest::newRow("name alone beside the date")
        << u"Tram line approved\nJane Doe\nThu 14 Mar 2024 09.30 GMT\n\n"_s + kBody
        << u"Tram line approved"_s << d << QString() << u"Jane Doe"_s << kBody;
    QTest::newRow("name in a place beside the date")
        << u"Tram line approved\nJane Doe in Rotterdam\nThu 14 Mar 2024 09.30 GMT\n\n"_s + kBody
        << u"Tram line approved"_s << d << QString() << u"Jane Doe"_s << kBody;
    QTest::newRow("name above a role line")
        << u"Tram line approved\n2 hours ago\nShare\nJane Doe\nBusiness reporter, BBC News\nGetty Images\n\n"_s + kBody
        << u"Tram line approved"_s << QDate() << u"BBC News"_s << u"Jane Doe"_s << kBody;
    QTest::newRow("AP byline and time-first update")
        << u"Tram line approved\nBy JANE DOE and JOHN ROE\nUpdated 9:30 AM EDT, March 14, 2024\n\n"_s + kBody
        << u"Tram line approved"_s << d << QString() << u"Jane Doe and John Roe"_s << kBody;
    QTest::newRow("a headline about an editor is a headline")
        << u"Editor resigns after row\n14 March 2024\n\n"_s + kBody
        << u"Editor resigns after row"_s << d << QString() << QString() << kBody;
    QTest::newRow("published wins over updated")
        << u"Tram line approved\nUpdated: 15 March 2024\nPublished: 14 March 2024\n\n"_s + kBody
        << u"Tram line approved"_s << d << QString() << QString() << kBody;
    QTest::newRow("only an updated date")
        << u"Tram line approved\nUpdated 14 March 2024\n\n"_s + kBody
        << u"Tram line approved"_s << d << QString() << QString() << kBody;
    QTest::newRow("relative time is noise")
        << u"Tram line approved\nUpdated 2 hours ago\n\n"_s + kBody
        << u"Tram line approved"_s << QDate() << QString() << QString() << kBody;
    QTest::newRow("date label on its own line")
        << u"Tram line approved\ndate\n14/03/2024\nshare\n\n"_s + kBody
        << u"Tram line approved"_s << d << QString() << QString() << kBody;
    QTest::newRow("page title with outlet")
        << u"City council approves a tram line | Harbor Ledger\n\n"_s + kBody
        << u"City council approves a tram line"_s << QDate() << u"Harbor Ledger"_s << QString() << kBody;
    QTest::newRow("known outlet line")
        << u"Tram line approved\nReuters\n\n"_s + kBody
        << u"Tram line approved"_s << QDate() << u"Reuters"_s << QString() << kBody;
    QTest::newRow("standfirst stays in the text")
        << u"Tram line approved\nThe docks get a tram after years of delay.\nBy Jane Doe\n14 March 2024\n\n"_s + kBody
        << u"Tram line approved"_s << d << QString() << u"Jane Doe"_s
        << u"The docks get a tram after years of delay.\n\n"_s + kBody;
    QTest::newRow("a body line starting with By stays")
        << u"Tram line approved\n\nBy the end of the year, the first trams will run.\n\n"_s + kBody
        << u"Tram line approved"_s << QDate() << QString() << QString()
        << u"By the end of the year, the first trams will run.\n\n"_s + kBody;
    QTest::newRow("no header: the body is not eaten")
        << kBody + u"\n\nMarch 14, 2024\n\nBy Jane Doe"_s << QString() << QDate() << QString() << QString()
        << kBody + u"\n\nMarch 14, 2024\n\nBy Jane Doe"_s;
    QTest::newRow("starts with a sentence")
        << u"The mayor spoke first.\n\n"_s + kBody << QString() << QDate() << QString() << QString()
        << u"The mayor spoke first.\n\n"_s + kBody;
    QTest::newRow("a lone line is kept as text")
        << u"Tram line approved"_s << u"Tram line approved"_s << QDate() << QString() << QString()
        << u"Tram line approved"_s;
}

void TestMetadataExtractor::extract()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(QDate, date);
    QFETCH(QString, source);
    QFETCH(QString, author);
    QFETCH(QString, body);
    const MetadataExtractor::Result r = MetadataExtractor::extract(text);
    QCOMPARE(r.title, title);
    QCOMPARE(r.date, date);
    QCOMPARE(r.source, source);
    QCOMPARE(r.author, author);
    QCOMPARE(r.text, body);
}

QTEST_GUILESS_MAIN(TestMetadataExtractor)
#include "tst_metadataextractor.moc"
