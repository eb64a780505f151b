#include "watchlists/libraryhits.h"

#include "core/analysis.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

// The library's articles with a watchlist hit: newest first, each with its hits, articles without one and
// dismissed hits left out.
class TestLibraryHits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void articlesWithHitsNewestFirst();
    void dismissedHitsDoNotCount();
    void noListNoHits();

private:
    void record(const QString &file, QDate date, const QList<std::pair<QString, EntityType>> &entities);

    std::unique_ptr<QTemporaryDir> m_dir;
    LibraryStore m_library;
    WatchlistStore m_watchlists;
};

void TestLibraryHits::init()
{
    m_library.close();
    m_watchlists.close();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString db = m_dir->filePath(u"notes.sqlite"_s);
    QVERIFY2(m_library.open(db), qPrintable(m_library.errorString()));
    QVERIFY2(m_watchlists.open(db), qPrintable(m_watchlists.errorString()));
    // Three articles: the oldest and the newest name someone on the list, the middle one nobody.
    record(u"quay.txt"_s, QDate(2025, 11, 2),
        {{u"Edda Lindqvist"_s, EntityType::Person}, {u"Porto"_s, EntityType::Location}});
    record(u"ferry.txt"_s, QDate(2026, 1, 15), {{u"Tomas Reyes"_s, EntityType::Person}});
    record(u"audit.txt"_s, QDate(2026, 2, 20),
        {{u"Saltmarsh Freight"_s, EntityType::Organization}, {u"Edda Lindqvist"_s, EntityType::Person}});
    WatchlistEntry edda;
    edda.name = edda.ref = u"Edda Lindqvist"_s;
    edda.type = EntityType::Person;
    WatchlistEntry freight;
    freight.name = freight.ref = u"Saltmarsh Freight Ltd"_s;
    freight.type = EntityType::Organization;
    QVERIFY(m_watchlists.addList(u"Inquiry"_s, u"#16a085"_s, {edda, freight}) > 0);
}

void TestLibraryHits::record(
    const QString &file, QDate date, const QList<std::pair<QString, EntityType>> &entities)
{
    Analysis a;
    a.article.title = file;
    a.article.text = u"Text of "_s + file;
    a.article.date = date;
    a.article.format = u"text"_s;
    a.article.filePath = m_dir->filePath(file);
    for (const auto &[name, type] : entities) {
        Entity e;
        e.name = name;
        e.type = type;
        e.mentions = {0};
        a.entities.append(e);
    }
    QVERIFY2(m_library.record(a) > 0, qPrintable(m_library.errorString()));
}

void TestLibraryHits::articlesWithHitsNewestFirst()
{
    const QList<LibraryHits::Article> hits
        = LibraryHits::find(m_library, m_watchlists.activeMatcher(), &m_watchlists);
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits[0].article.title, u"audit.txt"_s);
    QCOMPARE(hits[1].article.title, u"quay.txt"_s);
    QCOMPARE(hits[0].hits.size(), 2);
    QStringList entities;
    for (const LibraryHits::Hit &h : hits[0].hits)
        entities.append(h.entity + u" = "_s + h.match.hit.entry.name);
    entities.sort();
    QCOMPARE(entities,
        QStringList({u"Edda Lindqvist = Edda Lindqvist"_s, u"Saltmarsh Freight = Saltmarsh Freight Ltd"_s}));
    QCOMPARE(hits[1].hits.size(), 1);
    QCOMPARE(hits[1].hits[0].match.hit.listName, u"Inquiry"_s);
}

void TestLibraryHits::dismissedHitsDoNotCount()
{
    const qint64 edda = m_watchlists.entries(m_watchlists.list(u"Inquiry"_s)->id).front().id;
    QVERIFY(m_watchlists.setDecision(
        edda, EntityType::Person, u"Edda Lindqvist"_s, WatchlistStore::Decision::Dismissed));
    const QList<LibraryHits::Article> hits
        = LibraryHits::find(m_library, m_watchlists.activeMatcher(), &m_watchlists);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].article.title, u"audit.txt"_s);
    QCOMPARE(hits[0].hits.size(), 1);
    QCOMPARE(hits[0].hits[0].entity, u"Saltmarsh Freight"_s);
}

void TestLibraryHits::noListNoHits()
{
    QVERIFY(LibraryHits::find(m_library, WatchlistMatcher(), &m_watchlists).isEmpty());
    QVERIFY(m_watchlists.setActive(m_watchlists.list(u"Inquiry"_s)->id, false));
    QVERIFY(LibraryHits::find(m_library, m_watchlists.activeMatcher(), &m_watchlists).isEmpty());
}

QTEST_GUILESS_MAIN(TestLibraryHits)
#include "tst_libraryhits.moc"
