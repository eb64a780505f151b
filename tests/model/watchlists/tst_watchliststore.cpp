#include "watchlists/watchlistimporter.h"
#include "watchlists/watchliststore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

// Watchlists in the notes database: add, rename, update with counts, delete, verdicts; each write whole or
// not at all.
class TestWatchlistStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void addListAndEntries();
    void namesAreUnique();
    void updateReportsAddedRemovedChanged();
    void removeDeletesEntriesAndVerdicts();
    void restoreAfterRemove();
    void restoreRefusesATakenName();
    void decisionsHoldAcrossArticles();
    void activeMatcherSkipsInactiveLists();
    void failedImportLeavesNothing();

private:
    QString dbPath() const { return m_dir->filePath(u"notes.sqlite"_s); }
    static QList<WatchlistEntry> read(const QByteArray &data)
    {
        const auto r = WatchlistImporter::read(data);
        return r.entries;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestWatchlistStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestWatchlistStore::addListAndEntries()
{
    WatchlistStore store;
    QVERIFY2(store.open(dbPath()), qPrintable(store.errorString()));
    QVERIFY(store.lists().isEmpty());
    const qint64 id = store.addList(u"Inquiry"_s, u"#123456"_s,
        read(
            "name,type,aliases,note\nAnna Petrova,person,Ana Petrova;A. Petrova,director\nHarbour Group,,,\n"_ba));
    QVERIFY2(id > 0, qPrintable(store.errorString()));
    const QList<Watchlist> lists = store.lists();
    QCOMPARE(lists.size(), 1);
    QCOMPARE(lists.front().name, u"Inquiry"_s);
    QCOMPARE(lists.front().colour, u"#123456"_s);
    QCOMPARE(lists.front().entryCount, 2);
    QVERIFY(lists.front().active);
    QVERIFY(lists.front().created.isValid());
    const QList<WatchlistEntry> entries = store.entries(id);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).name, u"Anna Petrova"_s);
    QCOMPARE(entries.at(0).type, EntityType::Person);
    QCOMPARE(entries.at(0).aliases, (QStringList {u"Ana Petrova"_s, u"A. Petrova"_s}));
    QCOMPARE(entries.at(0).note, u"director"_s);
    QVERIFY(!entries.at(1).type);

    QVERIFY(store.renameList(id, u"Inquiry 2024"_s));
    QVERIFY(store.list(u"Inquiry 2024"_s));
    QVERIFY(!store.list(u"Inquiry"_s));
    QVERIFY(!store.renameList(id, u"  "_s));
    QVERIFY(!store.renameList(id + 100, u"Other"_s));
}

void TestWatchlistStore::namesAreUnique()
{
    WatchlistStore store;
    QVERIFY(store.open(dbPath()));
    const qint64 a = store.addList(u"A"_s, {}, read("Anna Petrova\n"_ba));
    const qint64 b = store.addList(u"B"_s, {}, read("John Smith\n"_ba));
    QVERIFY(a > 0 && b > 0);
    QCOMPARE(store.addList(u"A"_s, {}, read("Someone Else\n"_ba)), 0);
    QCOMPARE(store.errorString(), u"There is already a watchlist named \"A\""_s);
    QVERIFY(!store.renameList(b, u"A"_s));
    QCOMPARE(store.errorString(), u"There is already a watchlist named \"A\""_s);
    QCOMPARE(store.lists().size(), 2);
    QVERIFY(store.lists().at(0).colour != store.lists().at(1).colour); // the least used colour next
}

void TestWatchlistStore::updateReportsAddedRemovedChanged()
{
    WatchlistStore store;
    QVERIFY(store.open(dbPath()));
    const qint64 id
        = store.addList(u"L"_s, {}, read("name,note\nAnna Petrova,a\nJohn Smith,b\nMary Jones,c\n"_ba));
    QVERIFY(id > 0);
    const qint64 smithId = store.entries(id).at(1).id;
    const auto update
        = store.updateList(id, read("name,note\nAnna Petrova,a\njohn smith,b2\nPeter Brown,d\n"_ba));
    QVERIFY2(update, qPrintable(store.errorString()));
    QCOMPARE(update->added, 1);
    QCOMPARE(update->removed, 1);
    QCOMPARE(update->changed, 1);
    QCOMPARE(update->kept, 1);
    const QList<WatchlistEntry> entries = store.entries(id);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(1).id, smithId); // updated in place: its verdicts stay
    QCOMPARE(entries.at(1).name, u"john smith"_s);
    QCOMPARE(entries.at(1).note, u"b2"_s);
    QCOMPARE(entries.at(2).name, u"Peter Brown"_s);
}

void TestWatchlistStore::removeDeletesEntriesAndVerdicts()
{
    WatchlistStore store;
    QVERIFY(store.open(dbPath()));
    const qint64 id = store.addList(u"L"_s, {}, read("Anna Petrova\n"_ba));
    const qint64 entry = store.entries(id).front().id;
    QVERIFY(
        store.setDecision(entry, EntityType::Person, u"Anna Petrova"_s, WatchlistStore::Decision::Dismissed));
    QVERIFY(store.removeList(id));
    QVERIFY(!store.removeList(id));
    QVERIFY(store.lists().isEmpty());
    store.close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const char *table : {"watchlist_entries", "watchlist_aliases", "watchlist_decisions"}) {
            QVERIFY(q.exec(u"SELECT count(*) FROM "_s + QLatin1String(table)) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

void TestWatchlistStore::restoreAfterRemove()
{
    WatchlistStore store;
    QVERIFY(store.open(dbPath()));
    const qint64 id = store.addList(u"Inquiry"_s, u"#16a085"_s,
        read("name,type,aliases,note\n"
             "Anna Petrova,person,A. V. Petrova;Anya Petrova,met twice\n"
             "Boris Lind,person,,\n"_ba));
    QVERIFY(store.setActive(id, false));
    const QList<WatchlistEntry> before = store.entries(id);
    QCOMPARE(before.size(), 2);
    QVERIFY(store.setDecision(
        before.at(0).id, EntityType::Person, u"Anna Petrova"_s, WatchlistStore::Decision::Confirmed));
    QVERIFY(store.setDecision(
        before.at(1).id, EntityType::Person, u"Boris Lind"_s, WatchlistStore::Decision::Dismissed));
    QVERIFY(!store.snapshot(id + 100));
    const std::optional<WatchlistStore::Snapshot> snapshot = store.snapshot(id);
    QVERIFY(snapshot);
    QCOMPARE(snapshot->verdicts.size(), 2);
    QVERIFY(store.removeList(id));
    QVERIFY(store.lists().isEmpty());

    const qint64 back = store.restoreList(*snapshot);
    QVERIFY2(back > 0, qPrintable(store.errorString()));
    const std::optional<Watchlist> list = store.list(u"Inquiry"_s);
    QVERIFY(list);
    QCOMPARE(list->colour, u"#16a085"_s);
    QCOMPARE(list->active, false);
    QCOMPARE(list->created, snapshot->list.created);
    QList<WatchlistEntry> after = store.entries(back);
    QCOMPARE(after.size(), 2);
    for (qsizetype i = 0; i < after.size(); ++i) {
        WatchlistEntry e = after.at(i);
        e.id = before.at(i).id;
        QCOMPARE(e, before.at(i)); // name, type, aliases in order, note, source, ref
    }
    QCOMPARE(store.decision(after.at(0).id, EntityType::Person, u"Anna Petrova"_s),
        WatchlistStore::Decision::Confirmed);
    QCOMPARE(store.decision(after.at(1).id, EntityType::Person, u"Boris Lind"_s),
        WatchlistStore::Decision::Dismissed);
    QCOMPARE(store.decision(after.at(1).id, EntityType::Person, u"Anna Petrova"_s),
        WatchlistStore::Decision::None);
}

void TestWatchlistStore::restoreRefusesATakenName()
{
    WatchlistStore store;
    QVERIFY(store.open(dbPath()));
    const qint64 id = store.addList(u"Inquiry"_s, {}, read("Anna Petrova\n"_ba));
    const auto snapshot = store.snapshot(id);
    QVERIFY(snapshot);
    QVERIFY(store.removeList(id));
    // Another list took the name meanwhile: nothing is restored, and the other list is untouched.
    const qint64 other = store.addList(u"Inquiry"_s, {}, read("Boris Lind\n"_ba));
    QCOMPARE(store.restoreList(*snapshot), 0);
    QVERIFY2(store.errorString().contains(u"Inquiry"_s), qPrintable(store.errorString()));
    QCOMPARE(store.lists().size(), 1);
    QCOMPARE(store.entries(other).size(), 1);
    QCOMPARE(store.entries(other).front().name, u"Boris Lind"_s);
}

void TestWatchlistStore::decisionsHoldAcrossArticles()
{
    WatchlistStore store;
    QVERIFY(store.open(dbPath()));
    const qint64 id = store.addList(u"L"_s, {}, read("name,type\nAnna Petrova,person\n"_ba));
    const qint64 entry = store.entries(id).front().id;
    using D = WatchlistStore::Decision;
    QCOMPARE(store.decision(entry, EntityType::Person, u"Anna Petrova"_s), D::None);
    QVERIFY(store.setDecision(entry, EntityType::Person, u"Dr. Anna Petrova"_s, D::Confirmed));
    // Known by the entity's identity key: the title does not make it another person.
    QCOMPARE(store.decision(entry, EntityType::Person, u"Anna Petrova"_s), D::Confirmed);
    QCOMPARE(store.decision(entry, EntityType::Organization, u"Anna Petrova"_s), D::None);
    QVERIFY(store.setDecision(entry, EntityType::Person, u"Anna Petrova"_s, D::Dismissed));
    QCOMPARE(store.decision(entry, EntityType::Person, u"Anna Petrova"_s), D::Dismissed);
    QVERIFY(store.setDecision(entry, EntityType::Person, u"Anna Petrova"_s, D::None));
    QCOMPARE(store.decision(entry, EntityType::Person, u"Anna Petrova"_s), D::None);
}

void TestWatchlistStore::activeMatcherSkipsInactiveLists()
{
    WatchlistStore store;
    QVERIFY(store.open(dbPath()));
    const qint64 a = store.addList(u"A"_s, {}, read("Anna Petrova\n"_ba));
    const qint64 b = store.addList(u"B"_s, {}, read("Anna Petrova\n"_ba));
    QVERIFY(store.setActive(b, false));
    Entity anna;
    anna.name = u"Anna Petrova"_s;
    anna.type = EntityType::Person;
    const QList<WatchlistHit> hits = store.activeMatcher().match(anna);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.front().listId, a);
    QCOMPARE(hits.front().entry.id, store.entries(a).front().id);
}

void TestWatchlistStore::failedImportLeavesNothing()
{
    WatchlistStore store;
    QVERIFY(store.open(dbPath()));
    const qint64 id = store.addList(u"L"_s, {}, read("Anna Petrova\n"_ba));
    // A name taken while adding rolls back the list and every entry written before.
    QCOMPARE(store.addList(u"L"_s, {}, read("John Smith\nMary Jones\n"_ba)), 0);
    QCOMPARE(store.lists().size(), 1);
    QCOMPARE(store.entries(id).size(), 1);
    // An entry the database refuses (a trigger stands in for a full disk) undoes the whole update.
    store.close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(
            q.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON watchlist_entries WHEN NEW.name = 'Mary Jones'"
                   " BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    QVERIFY(store.open(dbPath()));
    QVERIFY(!store.updateList(id, read("John Smith\nMary Jones\n"_ba)));
    QVERIFY(store.errorString().contains(u"disk full"_s));
    const QList<WatchlistEntry> entries = store.entries(id);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.front().name, u"Anna Petrova"_s);
    QCOMPARE(store.addList(u"M"_s, {}, read("John Smith\nMary Jones\n"_ba)), 0);
    QVERIFY(!store.list(u"M"_s));
}

QTEST_GUILESS_MAIN(TestWatchlistStore)
#include "tst_watchliststore.moc"
