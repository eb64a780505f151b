#include "watchlists/watchlistimporter.h"

#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

// Reading watchlist files: each format, and the bad rows that stop an import with the line they are on.
class TestWatchlistImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void text();
    void csv();
    void csvQuotedAndSeparators();
    void followTheMoney();
    void duplicatesMerge();
    void errors_data();
    void errors();
    void types_data();
    void types();
};

void TestWatchlistImporter::text()
{
    const auto r = WatchlistImporter::read(
        "# suspects\n\nJohn Smith\r\n  Zoë   Kowalczyk \nNorthwind Shipping, Ltd\n"_ba);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.format, WatchlistImporter::Format::Text);
    QCOMPARE(r.entries.size(), 3);
    QCOMPARE(r.entries.at(1).name, u"Zoë Kowalczyk"_s);
    QCOMPARE(r.entries.at(2).name, u"Northwind Shipping, Ltd"_s); // a comma is no column without a header
    QVERIFY(!r.entries.at(0).type);
    QCOMPARE(r.entries.at(0).ref, u"ANY:john smith"_s);
}

void TestWatchlistImporter::csv()
{
    const auto r
        = WatchlistImporter::read("Type,Name,Aliases,Note,List,Other\n"
                                  "person,John Smith,J. Smith;Johnny Smith,met the minister,Inquiry 4,x\n"
                                  "company,Northwind Shipping Ltd,NWS|Northwind Maritime,,Ports,\n"
                                  ",Harbour Group,,,,\n"_ba);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.format, WatchlistImporter::Format::Csv);
    QCOMPARE(r.entries.size(), 3);
    const WatchlistEntry &smith = r.entries.at(0);
    QCOMPARE(smith.name, u"John Smith"_s);
    QCOMPARE(smith.type, EntityType::Person);
    QCOMPARE(smith.aliases, (QStringList {u"J. Smith"_s, u"Johnny Smith"_s}));
    QCOMPARE(smith.note, u"met the minister"_s);
    QCOMPARE(smith.source, u"Inquiry 4"_s);
    QCOMPARE(r.entries.at(1).aliases, (QStringList {u"NWS"_s, u"Northwind Maritime"_s}));
    QCOMPARE(r.entries.at(1).type, EntityType::Organization);
    QVERIFY(!r.entries.at(2).type);
}

void TestWatchlistImporter::csvQuotedAndSeparators()
{
    const auto quoted = WatchlistImporter::read(
        "name,note\n\"Smith, John\",\"said \"\"no\"\"\non two lines\"\nAnna Petrova,\n"_ba);
    QVERIFY2(quoted.ok(), qPrintable(quoted.error));
    QCOMPARE(quoted.entries.size(), 2);
    QCOMPARE(quoted.entries.at(0).name, u"Smith, John"_s);
    QCOMPARE(quoted.entries.at(0).note, u"said \"no\" on two lines"_s);

    const auto semicolons = WatchlistImporter::read("name;type\nAnna Petrova;person\n"_ba);
    QVERIFY2(semicolons.ok(), qPrintable(semicolons.error));
    QCOMPARE(semicolons.entries.at(0).type, EntityType::Person);

    const auto tabs = WatchlistImporter::read("name\ttype\nAnna Petrova\tperson\n"_ba);
    QVERIFY2(tabs.ok(), qPrintable(tabs.error));
    QCOMPARE(tabs.entries.at(0).name, u"Anna Petrova"_s);
}

void TestWatchlistImporter::followTheMoney()
{
    const QByteArray data
        = R"({"id": "ftm-1", "schema": "Person", "properties": {"name": ["Anna Petrova", "Anna Petrowa"], "alias": ["A. Petrova"], "notes": ["Director of a shipping firm."], "birthDate": ["1970"]}, "datasets": ["demo_sanctions"]}
{"id": "ftm-2", "schema": "Company", "properties": {"name": ["Northwind Shipping Ltd"], "weakAlias": ["NWS"]}}
{"id": "ftm-3", "schema": "Sanction", "properties": {"entity": ["ftm-1"], "program": ["Demo"]}}

{"id": "ftm-4", "schema": "LegalEntity", "caption": "Harbour Group", "properties": {}}
)"_ba;
    const auto r = WatchlistImporter::read(data);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.format, WatchlistImporter::Format::JsonLines);
    QCOMPARE(r.skipped, 1);
    QCOMPARE(r.entries.size(), 3);
    const WatchlistEntry &anna = r.entries.at(0);
    QCOMPARE(anna.ref, u"ftm-1"_s);
    QCOMPARE(anna.name, u"Anna Petrova"_s);
    QCOMPARE(anna.type, EntityType::Person);
    QCOMPARE(anna.aliases, (QStringList {u"Anna Petrowa"_s, u"A. Petrova"_s}));
    QCOMPARE(anna.note, u"Director of a shipping firm."_s);
    QCOMPARE(anna.source, u"demo_sanctions"_s);
    QCOMPARE(r.entries.at(1).type, EntityType::Organization);
    QCOMPARE(r.entries.at(1).aliases, QStringList {u"NWS"_s});
    QCOMPARE(r.entries.at(2).name, u"Harbour Group"_s);
}

void TestWatchlistImporter::duplicatesMerge()
{
    const auto r
        = WatchlistImporter::read("name,aliases\nJohn Smith,Johnny Smith\njohn  SMITH,J. Smith\n"_ba);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.entries.size(), 1);
    QCOMPARE(r.entries.at(0).aliases, (QStringList {u"Johnny Smith"_s, u"J. Smith"_s}));
}

void TestWatchlistImporter::errors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty file") << QByteArray() << u"no names in the file"_s;
    QTest::newRow("only comments") << "# nothing\n\n"_ba << u"no names in the file"_s;
    QTest::newRow("unknown type") << "name,type\nAnna Petrova,person\nMV Aurora,ship\n"_ba
                                  << u"line 3: unknown type \"ship\" (person, company, place or other)"_s;
    QTest::newRow("row without a name")
        << "name,type\nAnna Petrova,person\n,company\n"_ba << u"line 3: no name"_s;
    QTest::newRow("quote never closed")
        << "name,note\nAnna Petrova,\"open\nstill open\n"_ba << u"line 2: a quoted field is never closed"_s;
    QTest::newRow("not JSON")
        << "{\"id\": \"1\", \"schema\": \"Person\", \"properties\": {\"name\": [\"A B\"]}}\n{oops\n"_ba
        << u"line 2: not JSON (unterminated object)"_s;
    QTest::newRow("JSON without schema")
        << "{\"id\": \"1\", \"properties\": {\"name\": [\"A B\"]}}\n"_ba << u"line 1: no \"schema\""_s;
    QTest::newRow("person without name") << "{\"id\": \"1\", \"schema\": \"Person\", \"properties\": {}}\n"_ba
                                         << u"line 1: a Person without a name"_s;
    QTest::newRow("JSON array line")
        << "{\"id\": \"1\", \"schema\": \"Person\", \"properties\": {\"name\": [\"A B\"]}}\n[1]\n"_ba
        << u"line 2: not a JSON object"_s;
    QTest::newRow("not UTF-8") << "John Smith\nZo\xeb Kowalczyk\n"_ba << u"line 2: not UTF-8 text"_s;
    QTest::newRow("binary") << "John Smith\nab\0cd\n"_ba << u"line 2: not UTF-8 text"_s;
}

void TestWatchlistImporter::errors()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    const auto r = WatchlistImporter::read(data);
    QCOMPARE(r.error, error);
    QVERIFY(r.entries.isEmpty()); // nothing half-read
}

void TestWatchlistImporter::types_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("type"); // -1: none
    QTest::newRow("empty") << QString() << true << -1;
    QTest::newRow("person") << u"Person"_s << true << int(EntityType::Person);
    QTest::newRow("PER") << u"PER"_s << true << int(EntityType::Person);
    QTest::newRow("company") << u" company "_s << true << int(EntityType::Organization);
    QTest::newRow("organisation") << u"organisation"_s << true << int(EntityType::Organization);
    QTest::newRow("LegalEntity") << u"LegalEntity"_s << true << int(EntityType::Organization);
    QTest::newRow("place") << u"place"_s << true << int(EntityType::Location);
    QTest::newRow("other") << u"other"_s << true << int(EntityType::Misc);
    QTest::newRow("vessel") << u"vessel"_s << false << -1;
}

void TestWatchlistImporter::types()
{
    QFETCH(QString, word);
    QFETCH(bool, ok);
    QFETCH(int, type);
    std::optional<EntityType> parsed = EntityType::Misc;
    QCOMPARE(WatchlistImporter::parseType(word, &parsed), ok);
    if (ok)
        QCOMPARE(parsed ? int(*parsed) : -1, type);
}

QTEST_GUILESS_MAIN(TestWatchlistImporter)
#include "tst_watchlistimporter.moc"
