// LibraryReader: reads answered off the calling thread, the stale ones neither delivered nor left running.
#include "core/analysis.h"
#include "library/libraryreader.h"
#include "library/librarystore.h"

#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace dramatis;
using namespace Qt::StringLiterals;

namespace {

constexpr int Articles = 300;

Analysis makeAnalysis(int i)
{
    Analysis a;
    a.article.title = u"Berth %1 on the %2 quay"_s.arg(i).arg(i % 3 == 0 ? u"north"_s : u"south"_s);
    a.article.text = u"The harbour master said berth %1 is free."_s.arg(i);
    a.article.format = u"text"_s;
    a.article.filePath = u"/articles/berth%1.txt"_s.arg(i);
    return a;
}

} // namespace

class TestLibraryReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void answersTheLatestOnly();
    void supersededSearchIsStopped();

private:
    QString db() const { return m_dir.filePath(u"library.sqlite"_s); }
    QTemporaryDir m_dir;
};

void TestLibraryReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    LibraryStore store;
    QVERIFY2(store.open(db()), qPrintable(store.errorString()));
    QVERIFY(store.beginBatch());
    for (int i = 0; i < Articles; ++i)
        QVERIFY2(store.record(makeAnalysis(i)) > 0, qPrintable(store.errorString()));
    QVERIFY(store.commitBatch());
}

void TestLibraryReader::answersTheLatestOnly()
{
    LibraryReader reader;
    reader.setDatabasePath(db());
    // Typed one key after another, faster than answered: only the last search is answered.
    QStringList answered;
    const QStringList typed {u"h"_s, u"ha"_s, u"har"_s, u"harb"_s, u"north"_s};
    for (const QString &text : typed) {
        LibraryQuery q;
        q.search = text;
        q.sortColumn = LibraryQuery::Relevance;
        q.limit = 50;
        reader.readArticles(q, [&answered, text](const LibraryReader::ArticlePage &page) {
            answered << u"%1: %2 of %3"_s.arg(text).arg(page.rows.size()).arg(page.total);
        });
    }
    QTRY_COMPARE(answered.size(), 1);
    QCOMPARE(answered.first(), u"north: 50 of %1"_s.arg(Articles / 3));
    reader.waitForIdle();
    QCoreApplication::processEvents();
    QCOMPARE(answered.size(), 1);
}

void TestLibraryReader::supersededSearchIsStopped()
{
    LibraryReader reader;
    reader.setDatabasePath(db());
    // The first search is held as it starts, until the second has been asked for: the database then works
    // on a search nobody waits for any more.
    QSemaphore started;
    QSemaphore asked;
    std::atomic<bool> holding = true;
    connect(
        &reader, &LibraryReader::readStarted, this,
        [&] {
            if (holding.exchange(false)) {
                started.release();
                asked.acquire();
            }
        },
        Qt::DirectConnection);
    int firstAnswers = 0;
    LibraryQuery first;
    first.search = u"harbour"_s;
    first.sortColumn = LibraryQuery::Title; // every match read and sorted
    reader.readArticles(first, [&firstAnswers](const LibraryReader::ArticlePage &) { ++firstAnswers; });
    QVERIFY(started.tryAcquire(1, 10000));

    QList<LibraryArticle> rows;
    int total = -1;
    LibraryQuery second;
    second.search = u"north"_s;
    second.sortColumn = LibraryQuery::Relevance;
    second.limit = 20;
    reader.readArticles(second, [&](const LibraryReader::ArticlePage &page) {
        rows = page.rows;
        total = page.total;
    });
    asked.release();
    QTRY_COMPARE(total, Articles / 3);
    reader.waitForIdle();
    QCoreApplication::processEvents();
    QCOMPARE(firstAnswers, 0);
    QCOMPARE(reader.interruptedReads(), 1);
    QCOMPARE(rows.size(), 20);
    for (const LibraryArticle &a : std::as_const(rows))
        QVERIFY2(a.title.contains(u"north"_s), qPrintable(a.title));

    // Asked alone, the same search runs through and is answered.
    LibraryReader::ArticlePage page;
    reader.readArticles(first, [&page](const LibraryReader::ArticlePage &p) { page = p; });
    QTRY_COMPARE(page.total, Articles);
    QCOMPARE(page.rows.size(), Articles);
    QCOMPARE(reader.interruptedReads(), 1);
}

QTEST_GUILESS_MAIN(TestLibraryReader)
#include "tst_libraryreader.moc"
