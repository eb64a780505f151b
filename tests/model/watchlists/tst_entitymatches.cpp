#include "watchlists/entitymatches.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

// An article's entities matched against the stored lists, with the analyst's verdicts: dismissed hits are
// kept but not shown, confirmed ones come first, and entities without a hit are absent.
class TestEntityMatches : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void matchesWithVerdicts();
    void shownOrder_data();
    void shownOrder();
    void describe_data();
    void describe();
    void noListsNoMatches();

private:
    static Entity entity(const QString &name, EntityType type, QStringList aliases = {});
    static WatchlistEntry entry(
        const QString &name, std::optional<EntityType> type, const QString &note = {});

    QTemporaryDir m_dir;
    WatchlistStore m_store;
};

Entity TestEntityMatches::entity(const QString &name, EntityType type, QStringList aliases)
{
    Entity e;
    e.name = name;
    e.type = type;
    e.aliases = std::move(aliases);
    return e;
}

WatchlistEntry TestEntityMatches::entry(
    const QString &name, std::optional<EntityType> type, const QString &note)
{
    WatchlistEntry e;
    e.name = name;
    e.type = type;
    e.note = note;
    e.ref = name;
    return e;
}

void TestEntityMatches::init()
{
    m_store.close();
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s);
    QVERIFY2(m_store.open(path), qPrintable(m_store.errorString()));
}

void TestEntityMatches::matchesWithVerdicts()
{
    QVERIFY(m_store.addList(u"Inquiry"_s, u"#16a085"_s,
                {entry(u"Edda Lindqvist"_s, EntityType::Person, u"board member, 2019"_s),
                    entry(u"Saltmarsh Freight"_s, EntityType::Organization)})
        > 0);
    const EntityList entities {entity(u"Porto"_s, EntityType::Location),
        entity(u"Edda Lindqvist"_s, EntityType::Person),
        entity(u"Saltmarsh Freight"_s, EntityType::Organization), entity(u"Saltmarsh"_s, EntityType::Person)};
    const WatchlistMatcher matcher = m_store.activeMatcher();

    EntityMatches matches = EntityMatches::match(matcher, entities, &m_store);
    QCOMPARE(matches.entities(), QList<int>({1, 2}));
    QCOMPARE(matches.shownCount(), 2);
    const WatchlistMatch edda = matches.shown(1).value(0);
    QCOMPARE(edda.hit.entry.name, u"Edda Lindqvist"_s);
    QCOMPARE(edda.hit.listName, u"Inquiry"_s);
    QCOMPARE(edda.hit.colour, u"#16a085"_s);
    QCOMPARE(edda.decision, WatchlistStore::Decision::None);

    // Dismissed: still there for the context menu, not shown.
    const qint64 freight = matches.all(2).value(0).hit.entry.id;
    QVERIFY(m_store.setDecision(
        freight, EntityType::Organization, u"Saltmarsh Freight"_s, WatchlistStore::Decision::Dismissed));
    QVERIFY(m_store.setDecision(
        edda.hit.entry.id, EntityType::Person, u"Edda Lindqvist"_s, WatchlistStore::Decision::Confirmed));
    matches = EntityMatches::match(matcher, entities, &m_store);
    QCOMPARE(matches.entities(), QList<int>({1, 2}));
    QCOMPARE(matches.all(2).size(), 1);
    QVERIFY(matches.all(2).front().dismissed());
    QVERIFY(matches.shown(2).isEmpty());
    QCOMPARE(matches.shownCount(), 1);
    QVERIFY(matches.shown(1).front().confirmed());

    // Without a store, no verdicts.
    matches = EntityMatches::match(matcher, entities, nullptr);
    QCOMPARE(matches.shownCount(), 2);
}

void TestEntityMatches::shownOrder_data()
{
    QTest::addColumn<QList<int>>("decisions"); // per hit: 0 none, 1 confirmed, 2 dismissed
    QTest::addColumn<QList<bool>>("possible");
    QTest::addColumn<QList<int>>("expected"); // hit numbers shown, in order

    QTest::newRow("matcher's order kept")
        << QList<int> {0, 0} << QList<bool> {false, false} << QList<int> {0, 1};
    QTest::newRow("sure before possible")
        << QList<int> {0, 0} << QList<bool> {true, false} << QList<int> {1, 0};
    QTest::newRow("confirmed first") << QList<int> {0, 0, 1} << QList<bool> {false, false, true}
                                     << QList<int> {2, 0, 1};
    QTest::newRow("dismissed left out") << QList<int> {2, 0} << QList<bool> {false, true} << QList<int> {1};
    QTest::newRow("all dismissed") << QList<int> {2, 2} << QList<bool> {false, false} << QList<int> {};
}

void TestEntityMatches::shownOrder()
{
    QFETCH(QList<int>, decisions);
    QFETCH(QList<bool>, possible);
    QFETCH(QList<int>, expected);
    QList<WatchlistMatch> hits;
    for (int i = 0; i < decisions.size(); ++i) {
        WatchlistMatch m;
        m.hit.entry.id = i;
        m.hit.possible = possible.at(i);
        m.decision = WatchlistStore::Decision(decisions.at(i));
        hits.append(m);
    }
    EntityMatches matches;
    matches.insert(0, hits);
    QList<int> shown;
    for (const WatchlistMatch &m : matches.shown(0))
        shown.append(int(m.hit.entry.id));
    QCOMPARE(shown, expected);
    QCOMPARE(matches.shownCount(), expected.isEmpty() ? 0 : 1);
}

void TestEntityMatches::describe_data()
{
    QTest::addColumn<int>("decision");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << 0 << QString() << u"Clients: Ada Brook (spelling variant, 0.93)"_s;
    QTest::newRow("note") << 0 << u"met in May"_s
                          << u"Clients: Ada Brook (spelling variant, 0.93)\n    met in May"_s;
    QTest::newRow("confirmed") << 1 << QString()
                               << u"Clients: Ada Brook (spelling variant, 0.93) \u00b7 confirmed"_s;
    QTest::newRow("dismissed") << 2 << QString()
                               << u"Clients: Ada Brook (spelling variant, 0.93) \u00b7 dismissed"_s;
}

void TestEntityMatches::describe()
{
    QFETCH(int, decision);
    QFETCH(QString, note);
    QFETCH(QString, expected);
    WatchlistMatch m;
    m.hit.listName = u"Clients"_s;
    m.hit.entry.name = u"Ada Brook"_s;
    m.hit.entry.note = note;
    m.hit.reason = u"spelling variant, 0.93"_s;
    m.decision = WatchlistStore::Decision(decision);
    QCOMPARE(m.describe(), expected);
}

void TestEntityMatches::noListsNoMatches()
{
    const EntityMatches matches = EntityMatches::match(
        WatchlistMatcher(), {entity(u"Edda Lindqvist"_s, EntityType::Person)}, &m_store);
    QVERIFY(matches.isEmpty());
    QCOMPARE(matches.shownCount(), 0);
}

QTEST_GUILESS_MAIN(TestEntityMatches)
#include "tst_entitymatches.moc"
