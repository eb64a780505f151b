// LibraryArticleModel in paged mode over a LibraryReader: a library larger than a page is listed a page at a
// time as the view asks for more (canFetchMore/fetchMore), sorted and searched by the database, and an
// article recorded later updates its row alone. Run under QAbstractItemModelTester.
#include "core/analysis.h"
#include "itemmodels/itemroles.h"
#include "itemmodels/libraryarticlemodel.h"
#include "library/libraryreader.h"
#include "library/librarystore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

namespace {

constexpr int Articles = 450; // two full pages and a part

Analysis makeAnalysis(int i)
{
    Analysis a;
    a.article.title = u"Report %1 on the %2 quay"_s.arg(i, 3, 10, QChar(u'0')).arg(i % 3 == 0 ? u"north"_s : u"south"_s);
    a.article.text = u"Harbour report number %1. The %2 quay was busy."_s.arg(i).arg(i % 3 == 0 ? u"north"_s : u"south"_s);
    a.article.source = u"Gazette %1"_s.arg(i % 7);
    a.article.date = QDate(2026, 1, 1).addDays(i % 90);
    a.article.format = i % 2 ? u"text"_s : u"html"_s;
    a.article.filePath = u"/articles/report%1.txt"_s.arg(i);
    for (int k = 0; k < i % 5; ++k) {
        Entity e;
        e.name = u"Skipper Number%1"_s.arg(k);
        e.type = EntityType::Person;
        e.mentions = {0};
        a.entities.append(e);
    }
    return a;
}

// Scrolls to the end: asks for the next page until every row is there.
void fetchAll(LibraryArticleModel &model)
{
    for (int i = 0; i < 500 && model.rowCount() < model.totalCount(); ++i) {
        if (model.canFetchMore({}))
            model.fetchMore({});
        QTest::qWait(5);
    }
}

} // namespace

class TestLibraryArticleModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pagesAsTheViewScrolls();
    void sortsInTheDatabase_data();
    void sortsInTheDatabase();
    void searchAndFormat_data();
    void searchAndFormat();
    void nothingReadBeforeAQuery();
    void recordedArticleUpdatesItsRowOnly();

private:
    QString db() const { return m_dir.filePath(u"library.sqlite"_s); }
    QTemporaryDir m_dir;
};

void TestLibraryArticleModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    LibraryStore store;
    QVERIFY2(store.open(db()), qPrintable(store.errorString()));
    QVERIFY(store.beginBatch());
    for (int i = 0; i < Articles; ++i)
        QVERIFY2(store.record(makeAnalysis(i)) > 0, qPrintable(store.errorString()));
    QVERIFY(store.commitBatch());
}

void TestLibraryArticleModel::pagesAsTheViewScrolls()
{
    LibraryReader reader;
    reader.setDatabasePath(db());
    // Without QAbstractItemModelTester, which asks for more pages itself; the other tests run under it.
    LibraryArticleModel model;
    model.setReader(&reader);
    QSignalSpy done(&model, &LibraryArticleModel::queryDone);
    model.setQuery({});
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(done.at(0).at(0).toInt(), Articles);
    QCOMPARE(done.at(0).at(1).toStringList(), (QStringList {u"html"_s, u"text"_s}));
    QCOMPARE(model.rowCount(), LibraryArticleModel::PageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(!model.canFetchMore({})); // one page at a time
    QTRY_COMPARE(model.rowCount(), 2 * LibraryArticleModel::PageSize);
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), Articles);
    QVERIFY(!model.canFetchMore({}));
    // Each article once.
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, 0).data(LibraryArticleIdRole).toLongLong());
    QCOMPARE(ids.size(), Articles);
}

void TestLibraryArticleModel::sortsInTheDatabase_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("queryColumn");
    const QList<std::pair<int, int>> columns {{LibraryArticleModel::TitleColumn, LibraryQuery::Title},
        {LibraryArticleModel::SourceColumn, LibraryQuery::Source},
        {LibraryArticleModel::DateColumn, LibraryQuery::Date},
        {LibraryArticleModel::EntitiesColumn, LibraryQuery::Entities},
        {LibraryArticleModel::NotesColumn, LibraryQuery::Notes},
        {LibraryArticleModel::OpenedColumn, LibraryQuery::LastOpened}};
    for (const auto &[column, queryColumn] : columns) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QTest::addRow("column %d %s", column, order == Qt::AscendingOrder ? "up" : "down")
                << column << int(order) << queryColumn;
        }
    }
}

void TestLibraryArticleModel::sortsInTheDatabase()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(int, queryColumn);
    LibraryReader reader;
    reader.setDatabasePath(db());
    LibraryArticleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReader(&reader);
    QSignalSpy done(&model, &LibraryArticleModel::queryDone);
    model.setQuery({});
    QTRY_COMPARE(done.size(), 1);
    model.sort(column, Qt::SortOrder(order));
    QTRY_COMPARE(done.size(), 2);
    QCOMPARE(model.totalCount(), Articles);

    // Page after page, the rows are the store's own listing in that order.
    fetchAll(model);
    LibraryStore store;
    QVERIFY(store.open(db()));
    LibraryQuery q;
    q.sortColumn = LibraryQuery::Column(queryColumn);
    q.order = Qt::SortOrder(order);
    const QList<LibraryArticle> expected = store.articles(q);
    QCOMPARE(model.rowCount(), expected.size());
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(LibraryArticleIdRole).toLongLong(), expected.at(row).id);
}

void TestLibraryArticleModel::searchAndFormat_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("total");
    QTest::newRow("a word in a third") << u"north"_s << QString() << Articles / 3;
    QTest::newRow("a prefix") << u"nor"_s << QString() << Articles / 3;
    QTest::newRow("no match") << u"lighthouse"_s << QString() << 0;
    QTest::newRow("punctuation only") << u"\"-("_s << QString() << 0;
    QTest::newRow("a format") << QString() << u"html"_s << Articles / 2;
    QTest::newRow("both") << u"north"_s << u"html"_s << Articles / 6;
}

void TestLibraryArticleModel::searchAndFormat()
{
    QFETCH(QString, search);
    QFETCH(QString, format);
    QFETCH(int, total);
    LibraryReader reader;
    reader.setDatabasePath(db());
    LibraryArticleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReader(&reader);
    QSignalSpy done(&model, &LibraryArticleModel::queryDone);
    LibraryQuery q;
    q.search = search;
    q.format = format;
    q.sortColumn = search.isEmpty() ? LibraryQuery::LastOpened : LibraryQuery::Relevance;
    model.setQuery(q);
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(model.totalCount(), total);
    QVERIFY(model.rowCount() <= total);
    fetchAll(model);
    QCOMPARE(model.rowCount(), total);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, LibraryArticleModel::TitleColumn);
        if (!search.isEmpty())
            QVERIFY(index.data().toString().contains(u"north"_s));
    }
}

void TestLibraryArticleModel::nothingReadBeforeAQuery()
{
    LibraryReader reader;
    reader.setDatabasePath(db());
    LibraryArticleModel model;
    model.setReader(&reader);
    QSignalSpy done(&model, &LibraryArticleModel::queryDone);
    model.sort(LibraryArticleModel::TitleColumn, Qt::AscendingOrder); // a view's first sortByColumn
    reader.waitForIdle();
    QCoreApplication::processEvents();
    QCOMPARE(done.size(), 0);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    model.setQuery({}); // in the header's order
    QTRY_COMPARE(done.size(), 1);
    QVERIFY(model.index(0, 0).data().toString().startsWith(u"Report 000"_s));
}

void TestLibraryArticleModel::recordedArticleUpdatesItsRowOnly()
{
    const QString path = m_dir.filePath(u"updates.sqlite"_s);
    LibraryStore store;
    QVERIFY(store.open(path));
    for (int i = 0; i < 5; ++i)
        QVERIFY(store.record(makeAnalysis(i)) > 0);
    LibraryReader reader;
    reader.setDatabasePath(path);
    LibraryArticleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReader(&reader);
    QSignalSpy done(&model, &LibraryArticleModel::queryDone);
    model.setQuery({});
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(model.rowCount(), 5);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);

    // A new article goes on top of the most-recently-opened list.
    const qint64 added = store.record(makeAnalysis(77));
    model.updateArticle(*store.article(added));
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.totalCount(), 6);
    QCOMPARE(model.index(0, 0).data(LibraryArticleIdRole).toLongLong(), added);
    QCOMPARE(inserted.size(), 1);
    // One opened again moves to the top, with its new figures.
    const qint64 oldest = model.index(5, 0).data(LibraryArticleIdRole).toLongLong();
    Analysis again = makeAnalysis(0);
    Entity extra;
    extra.name = u"Harbour Board"_s;
    extra.type = EntityType::Organization;
    extra.mentions = {0};
    again.entities.append(extra);
    QCOMPARE(store.record(again), oldest);
    model.updateArticle(*store.article(oldest));
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.index(0, 0).data(LibraryArticleIdRole).toLongLong(), oldest);
    QCOMPARE(model.index(0, LibraryArticleModel::EntitiesColumn).data().toInt(), 1);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(reset.size(), 0); // nothing was reread
    // Sorted by title, an update changes the row where it is and adds nothing.
    model.sort(LibraryArticleModel::TitleColumn, Qt::AscendingOrder);
    QTRY_COMPARE(done.size(), 2);
    const int rows = model.rowCount();
    const qint64 other = store.record(makeAnalysis(88));
    model.updateArticle(*store.article(other));
    QCOMPARE(model.rowCount(), rows);
}

QTEST_GUILESS_MAIN(TestLibraryArticleModel)
#include "tst_libraryarticlemodel.moc"
