// OpenArticlesModel: the list of open articles, under QAbstractItemModelTester: adding, replacing a
// reopened file's row in place, removing, finding rows, and what each row shows.
#include "itemmodels/itemroles.h"
#include "itemmodels/openarticlesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

namespace {

// A snapshot made by hand: the model is tested apart from the loaders and the tagger.
AnalysisPtr makeAnalysis(const QString &path, const QString &title = {}, const QString &source = {},
    QDate date = {}, const QList<EntityType> &entities = {})
{
    auto a = std::make_shared<Analysis>();
    a->article.filePath = path;
    a->article.title = title;
    a->article.source = source;
    a->article.date = date;
    for (EntityType type : entities) {
        Entity e;
        e.name = u"Name %1"_s.arg(a->entities.size());
        e.type = type;
        a->entities.append(e);
    }
    return a;
}

QStringList titles(const QAbstractItemModel &model)
{
    QStringList list;
    for (int r = 0; r < model.rowCount(); ++r)
        list << model.index(r, 0).data().toString();
    return list;
}

} // namespace

class TestOpenArticlesModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void addReplaceRemove();
    void findRows();
    void rowData_data();
    void rowData();
    void roleNames();

private:
    std::unique_ptr<QAbstractItemModelTester> watch(OpenArticlesModel *model);
};

void TestOpenArticlesModel::initTestCase()
{
    QLocale::setDefault(QLocale::c()); // "14 Mar 2024" in the subtitles
}

std::unique_ptr<QAbstractItemModelTester> TestOpenArticlesModel::watch(OpenArticlesModel *model)
{
    return std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestOpenArticlesModel::addReplaceRemove()
{
    OpenArticlesModel model;
    const auto tester = watch(&model);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    QCOMPARE(model.addOrReplace(makeAnalysis(u"/news/ford.txt"_s, u"Ford road to close"_s)), 0);
    QCOMPARE(model.addOrReplace(makeAnalysis(u"/news/ferry.txt"_s, u"Ferry timetable"_s)), 1);
    QCOMPARE(model.addOrReplace(makeAnalysis(u"/news/bridge.txt"_s, u"Bridge repairs"_s)), 2);
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(
        titles(model), (QStringList {u"Ford road to close"_s, u"Ferry timetable"_s, u"Bridge repairs"_s}));

    // The same file again (reloaded, retagged) keeps its row: one dataChanged, no new row.
    const AnalysisPtr again = makeAnalysis(u"/news/ferry.txt"_s, u"Ferry timetable, revised"_s);
    QCOMPARE(model.addOrReplace(again), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(model.analysisAt(1), again);
    QCOMPARE(model.index(1).data().toString(), u"Ferry timetable, revised"_s);

    // Texts without a file (dropped text) never replace each other.
    QCOMPARE(model.addOrReplace(makeAnalysis({}, u"Dropped text 1"_s)), 3);
    QCOMPARE(model.addOrReplace(makeAnalysis({}, u"Dropped text 2"_s)), 4);
    QCOMPARE(model.rowCount(), 5);

    model.removeArticle(0);
    QCOMPARE(removed.size(), 1);
    model.removeArticle(-1);
    model.removeArticle(model.rowCount());
    QCOMPARE(removed.size(), 1); // out of range: nothing happens
    QCOMPARE(titles(model),
        (QStringList {
            u"Ferry timetable, revised"_s, u"Bridge repairs"_s, u"Dropped text 1"_s, u"Dropped text 2"_s}));
    while (model.rowCount() > 0)
        model.removeArticle(model.rowCount() - 1);
    QCOMPARE(removed.size(), 5);
}

void TestOpenArticlesModel::findRows()
{
    OpenArticlesModel model;
    const auto tester = watch(&model);
    const AnalysisPtr ford = makeAnalysis(u"/news/ford.txt"_s);
    const AnalysisPtr ferry = makeAnalysis(u"/news/ferry.txt"_s);
    const AnalysisPtr dropped = makeAnalysis({});
    model.addOrReplace(ford);
    model.addOrReplace(ferry);
    model.addOrReplace(dropped);

    QCOMPARE(model.rowForPath(u"/news/ferry.txt"_s), 1);
    QCOMPARE(model.rowForPath(u"/news/ford.txt"_s), 0);
    QCOMPARE(model.rowForPath(u"/news/elsewhere.txt"_s), -1);
    QCOMPARE(model.rowForPath(QString()), -1); // not the dropped text's row
    QCOMPARE(model.rowOf(ferry.get()), 1);
    QCOMPARE(model.rowOf(dropped.get()), 2);
    const AnalysisPtr stranger = makeAnalysis(u"/news/ford.txt"_s);
    QCOMPARE(model.rowOf(stranger.get()), -1); // same path, another snapshot
    QCOMPARE(model.analysisAt(0), ford);
    QCOMPARE(model.analysisAt(3), AnalysisPtr());
    QCOMPARE(model.analysisAt(-1), AnalysisPtr());
}

void TestOpenArticlesModel::rowData_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QList<EntityType>>("entities");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("subtitle");

    const QList<EntityType> mixed {EntityType::Person, EntityType::Organization, EntityType::Person,
        EntityType::Location, EntityType::Person};
    QTest::newRow("everything") << u"/news/ford.txt"_s << u"Ford road to close"_s << u"Harbor Ledger"_s
                                << QDate(2024, 3, 14) << mixed << u"Ford road to close"_s
                                << u"Harbor Ledger · 14 Mar 2024 · 3 people"_s;
    QTest::newRow("one person") << u"/news/ford.txt"_s << u"Ford"_s << QString() << QDate()
                                << QList<EntityType> {EntityType::Person, EntityType::Misc} << u"Ford"_s
                                << u"1 person"_s;
    QTest::newRow("no title: the file's name")
        << u"/news/ferry-timetable.txt"_s << QString() << u"Gazette"_s << QDate() << QList<EntityType>()
        << u"ferry-timetable.txt"_s << u"Gazette · 0 people"_s;
    QTest::newRow("neither title nor file")
        << QString() << QString() << QString() << QDate(2026, 1, 2) << QList<EntityType>()
        << u"Untitled article"_s << u"2 Jan 2026 · 0 people"_s;
}

void TestOpenArticlesModel::rowData()
{
    QFETCH(QString, path);
    QFETCH(QString, title);
    QFETCH(QString, source);
    QFETCH(QDate, date);
    QFETCH(QList<EntityType>, entities);
    QFETCH(QString, shown);
    QFETCH(QString, subtitle);

    OpenArticlesModel model;
    const auto tester = watch(&model);
    model.addOrReplace(makeAnalysis(path, title, source, date, entities));
    const QModelIndex row = model.index(0);
    QCOMPARE(row.data(Qt::DisplayRole).toString(), shown);
    QCOMPARE(row.data(Qt::ToolTipRole).toString(), path);
    QCOMPARE(row.data(ArticlePathRole).toString(), path);
    QCOMPARE(row.data(ArticleSubtitleRole).toString(), subtitle);
    QVERIFY(!row.data(AnnotationIdRole).isValid()); // another model's role
    QVERIFY(!model.index(1).data().isValid());
}

void TestOpenArticlesModel::roleNames()
{
    OpenArticlesModel model;
    const QHash<int, QByteArray> names = model.roleNames();
    QCOMPARE(names.value(ArticleSubtitleRole), QByteArray("subtitle"));
    QCOMPARE(names.value(ArticlePathRole), QByteArray("path"));
    QCOMPARE(names.value(Qt::DisplayRole), QByteArray("display"));
    QVERIFY(!names.contains(EntityTypeRole));
}

QTEST_GUILESS_MAIN(TestOpenArticlesModel)
#include "tst_openarticlesmodel.moc"
