#include "watchlists/watchlistmatcher.h"

#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(dramatis::EntityType)

// Matching names against a small list: what matches and why, and the names that look alike but must not.
class TestWatchlistMatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void match_data();
    void match();
    void entityAliases();
    void onePerEntryBestFirst();
    void similarity_data();
    void similarity();

private:
    static WatchlistIndex index();
};

WatchlistIndex TestWatchlistMatcher::index()
{
    auto entry = [](const QString &name, std::optional<EntityType> type, QStringList aliases = {}) {
        WatchlistEntry e;
        e.name = name;
        e.type = type;
        e.aliases = std::move(aliases);
        e.ref = name;
        e.note = u"note on "_s + name;
        return e;
    };
    Watchlist list;
    list.id = 7;
    list.name = u"Inquiry"_s;
    list.colour = u"#c0392b"_s;
    return WatchlistIndex(list,
        {entry(u"John Smith"_s, EntityType::Person), entry(u"Xi Jinping"_s, EntityType::Person),
            entry(u"Mohammed Al-Rashid"_s, EntityType::Person), entry(u"Zoë Kowalczyk"_s, EntityType::Person),
            entry(u"Vladimir Ostrovsky"_s, EntityType::Person),
            entry(u"Apple Hospitality REIT"_s, EntityType::Organization),
            entry(u"Northwind Shipping Ltd"_s, EntityType::Organization, {u"NWS"_s, u"Northwind Maritime"_s}),
            entry(u"Harbour Group"_s, std::nullopt), entry(u"Mary Jones"_s, EntityType::Person),
            entry(u"General Electric Company"_s, std::nullopt)});
}

void TestWatchlistMatcher::match_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<EntityType>("type");
    QTest::addColumn<QString>("entry"); // empty: no match
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("possible");

    const auto P = EntityType::Person;
    const auto O = EntityType::Organization;
    QTest::newRow("exact") << u"John Smith"_s << P << u"John Smith"_s << u"exact"_s << false;
    QTest::newRow("case and spaces") << u"JOHN  smith"_s << P << u"John Smith"_s << u"exact"_s << false;
    QTest::newRow("honorific") << u"Dr. John Smith"_s << P << u"John Smith"_s << u"exact"_s << false;
    QTest::newRow("title without a period")
        << u"Mr John Smith"_s << P << u"John Smith"_s << u"exact"_s << false;
    QTest::newRow("token order") << u"Jinping Xi"_s << P << u"Xi Jinping"_s << u"exact"_s << false;
    QTest::newRow("diacritics") << u"Zoe Kowalczyk"_s << P << u"Zoë Kowalczyk"_s << u"exact"_s << false;
    QTest::newRow("hyphen") << u"Mohammed al Rashid"_s << P << u"Mohammed Al-Rashid"_s << u"exact"_s << false;
    QTest::newRow("chinese script") << u"习近平"_s << P << u"Xi Jinping"_s << u"transliteration"_s << false;
    QTest::newRow("cyrillic script") << u"Владимир Островский"_s << P << u"Vladimir Ostrovsky"_s
                                     << u"spelling variant, 0.97"_s << false;
    QTest::newRow("spaced differently")
        << u"North Wind Shipping"_s << O << u"Northwind Shipping Ltd"_s << u"spaced differently"_s << false;
    QTest::newRow("initials") << u"J. Smith"_s << P << u"John Smith"_s << u"initials, possible"_s << true;
    QTest::newRow("spelling variant")
        << u"Muhammad Al-Rashid"_s << P << u"Mohammed Al-Rashid"_s << u"spelling variant, 0.93"_s << false;
    QTest::newRow("short spelling variant")
        << u"Jon Smith"_s << P << u"John Smith"_s << u"spelling variant, 0.97"_s << false;
    QTest::newRow("legal form") << u"Northwind Shipping Limited"_s << O << u"Northwind Shipping Ltd"_s
                                << u"exact"_s << false;
    QTest::newRow("alias") << u"NWS"_s << O << u"Northwind Shipping Ltd"_s
                           << u"alias of Northwind Shipping Ltd"_s << false;
    QTest::newRow("alias with legal form") << u"Northwind Maritime Inc."_s << O << u"Northwind Shipping Ltd"_s
                                           << u"alias of Northwind Shipping Ltd"_s << false;
    QTest::newRow("untyped entry, organisation")
        << u"Harbour Group"_s << O << u"Harbour Group"_s << u"exact"_s << false;
    QTest::newRow("untyped entry keeps a word that is a title")
        << u"General Electric"_s << O << u"General Electric Company"_s << u"exact"_s << false;

    // Negatives.
    QTest::newRow("surname alone") << u"Smith"_s << P << QString() << QString() << false;
    QTest::newRow("other first name") << u"Jane Smith"_s << P << QString() << QString() << false;
    QTest::newRow("close but other name") << u"Mark Jones"_s << P << QString() << QString() << false;
    QTest::newRow("company in a longer name") << u"Apple"_s << O << QString() << QString() << false;
    QTest::newRow("type must agree") << u"John Smith"_s << O << QString() << QString() << false;
    QTest::newRow("alias type must agree") << u"NWS"_s << P << QString() << QString() << false;
    QTest::newRow("initial of another name") << u"K. Smith"_s << P << QString() << QString() << false;
    QTest::newRow("one shared word") << u"John Taylor"_s << P << QString() << QString() << false;
    QTest::newRow("only a title") << u"Dr."_s << P << QString() << QString() << false;
    QTest::newRow("empty") << QString() << P << QString() << QString() << false;
}

void TestWatchlistMatcher::match()
{
    QFETCH(QString, name);
    QFETCH(EntityType, type);
    QFETCH(QString, entry);
    QFETCH(QString, reason);
    QFETCH(bool, possible);
    const QList<WatchlistHit> hits = index().match(name, type);
    if (entry.isEmpty()) {
        QVERIFY2(hits.isEmpty(), qPrintable(hits.value(0).entry.name + u": "_s + hits.value(0).reason));
        return;
    }
    QVERIFY2(!hits.isEmpty(), qPrintable(name));
    QCOMPARE(hits.front().entry.name, entry);
    QCOMPARE(hits.front().reason, reason);
    QCOMPARE(hits.front().possible, possible);
    QCOMPARE(hits.front().listName, u"Inquiry"_s);
    QCOMPARE(hits.front().listId, 7);
    QCOMPARE(hits.front().entry.note, u"note on "_s + entry);
    QCOMPARE(hits.front().matched, name);
}

void TestWatchlistMatcher::entityAliases()
{
    WatchlistMatcher matcher;
    matcher.addList(std::make_shared<const WatchlistIndex>(index()));
    Entity company;
    company.name = u"Northwind Maritime Services"_s;
    company.type = EntityType::Organization;
    company.aliases = {u"NWS"_s};
    QList<WatchlistHit> hits = matcher.match(company);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.front().matched, u"NWS"_s);

    // A person's one-word alias is a bare surname: it matches nothing, though an entry might bear it.
    Entity person;
    person.name = u"Peter Smith"_s;
    person.type = EntityType::Person;
    person.aliases = {u"Smith"_s};
    QVERIFY(matcher.match(person).isEmpty());
    person.aliases = {u"Smith"_s, u"John Smith"_s};
    hits = matcher.match(person);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.front().reason, u"exact"_s);
}

void TestWatchlistMatcher::onePerEntryBestFirst()
{
    // The same entry reached by an exact key and by a spelling variant counts once, as exact.
    WatchlistEntry a;
    a.name = u"Anna Petrova"_s;
    a.ref = u"a"_s;
    a.aliases = {u"Ana Petrova"_s};
    WatchlistEntry b;
    b.name = u"Anna Petrov"_s;
    b.ref = u"b"_s;
    const WatchlistIndex index(Watchlist {}, {a, b});
    const QList<WatchlistHit> hits = index.match(u"Anna Petrova"_s, EntityType::Person);
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.at(0).entry.ref, u"a"_s);
    QCOMPARE(hits.at(0).reason, u"exact"_s);
    QCOMPARE(hits.at(1).entry.ref, u"b"_s);
    QVERIFY(hits.at(1).reason.startsWith(u"spelling variant, "_s));
    QVERIFY(hits.at(1).score < hits.at(0).score);
}

void TestWatchlistMatcher::similarity_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<double>("expected");
    // The textbook Jaro-Winkler values.
    QTest::newRow("martha") << u"martha"_s << u"marhta"_s << 0.961;
    QTest::newRow("dwayne") << u"dwayne"_s << u"duane"_s << 0.84;
    QTest::newRow("dixon") << u"dixon"_s << u"dicksonx"_s << 0.813;
    QTest::newRow("same") << u"smith"_s << u"smith"_s << 1.0;
    QTest::newRow("nothing shared") << u"abc"_s << u"xyz"_s << 0.0;
    QTest::newRow("empty") << QString() << u"x"_s << 0.0;
}

void TestWatchlistMatcher::similarity()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(double, expected);
    QVERIFY2(qAbs(WatchlistIndex::similarity(a, b) - expected) < 0.001,
        qPrintable(QString::number(WatchlistIndex::similarity(a, b))));
    QCOMPARE(WatchlistIndex::similarity(a, b), WatchlistIndex::similarity(b, a));
}

QTEST_GUILESS_MAIN(TestWatchlistMatcher)
#include "tst_watchlistmatcher.moc"
