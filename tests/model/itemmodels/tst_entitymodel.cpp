// EntityModel and EntityModelFilter: the sidebar's tree, under QAbstractItemModelTester.
#include "itemmodels/entitymodel.h"
#include "itemmodels/entitymodelfilter.h"
#include "itemmodels/itemroles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace dramatis;

namespace {

// A hand-made snapshot, so the model is tested apart from the tagger and the resolver.
// Entities are deliberately not in count order, to show the model sorts them itself.
AnalysisPtr makeAnalysis()
{
    auto a = std::make_shared<Analysis>();
    struct E
    {
        const char *name;
        EntityType type;
        int mentions;
        const char *role;
        QStringList aliases;
    };
    const E entities[] = {
        {"Ines Okafor", EntityType::Person, 1, "", {}},
        {"Rafael Quintero", EntityType::Person, 4, "chief executive", {QStringLiteral("Quintero")}},
        {"Société Lumière", EntityType::Organization, 2, "", {QStringLiteral("Lumière")}},
        {"Brightwell Labs", EntityType::Organization, 3, "", {QStringLiteral("Brightwell")}},
        {"Tallinn", EntityType::Location, 1, "", {}},
        {"Ines Abara", EntityType::Person, 1, "analyst", {}},
    };
    qsizetype pos = 0;
    for (const E &e : entities) {
        Entity entity;
        entity.name = QString::fromUtf8(e.name);
        entity.type = e.type;
        entity.role = QString::fromUtf8(e.role);
        entity.aliases = e.aliases;
        for (int i = 0; i < e.mentions; ++i) {
            entity.mentions.append(int(a->mentions.size()));
            a->mentions.append(Mention{pos, pos + 5, e.type, 1.0f, int(a->entities.size())});
            pos += 10;
        }
        a->entities.append(entity);
    }
    return a;
}

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &group)
{
    QStringList names;
    for (int r = 0; r < model.rowCount(group); ++r)
        names << model.index(r, 0, group).data().toString();
    return names;
}

// "People: Rafael Quintero, Ines Okafor | Places: Tallinn": every visible group and its entities.
QString describe(const QAbstractItemModel &model)
{
    QStringList groups;
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        groups << group.data().toString() + u": " + childNames(model, group).join(QStringLiteral(", "));
    }
    return groups.join(QStringLiteral(" | "));
}

} // namespace

class TestEntityModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyModel();
    void underTester();
    void groupsSortedByCount_data();
    void groupsSortedByCount();
    void entityData();
    void indexForEntity();
    void resetSignals();
    void filter_data();
    void filter();
    void watchlistBadges_data();
    void watchlistBadges();
    void watchlistMatchesChangeDataNotRows();
};

void TestEntityModel::emptyModel()
{
    EntityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), EntityTypeCount);
    for (int g = 0; g < EntityTypeCount; ++g)
        QCOMPARE(model.rowCount(model.index(g, 0)), 0);
    QCOMPARE(model.index(0, 0).data().toString(), entityTypeGroupName(EntityType::Person));
    QCOMPARE(model.index(3, 0).data().toString(), entityTypeGroupName(EntityType::Misc));
}

void TestEntityModel::underTester()
{
    EntityModel model;
    EntityModelFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAnalysis(makeAnalysis());
    filter.setFilterText(QStringLiteral("ines"));
    filter.setTypeVisible(EntityType::Organization, false);
    filter.setFilterText(QString());
    model.setAnalysis(nullptr);
    filter.setTypeVisible(EntityType::Organization, true);
    model.setAnalysis(makeAnalysis());
    QCOMPARE(filter.rowCount(), 3); // Other is empty, so hidden
}

void TestEntityModel::groupsSortedByCount_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<int>>("counts");
    // Ties (Ines Okafor, Ines Abara: one mention each) keep the order of first appearance.
    QTest::newRow("people") << int(EntityType::Person)
                            << QStringList{QStringLiteral("Rafael Quintero"), QStringLiteral("Ines Okafor"),
                                           QStringLiteral("Ines Abara")}
                            << QList<int>{4, 1, 1};
    QTest::newRow("companies") << int(EntityType::Organization)
                               << QStringList{QStringLiteral("Brightwell Labs"), QString::fromUtf8("Société Lumière")}
                               << QList<int>{3, 2};
    QTest::newRow("places") << int(EntityType::Location) << QStringList{QStringLiteral("Tallinn")} << QList<int>{1};
    QTest::newRow("other") << int(EntityType::Misc) << QStringList{} << QList<int>{};
}

void TestEntityModel::groupsSortedByCount()
{
    QFETCH(int, type);
    QFETCH(QStringList, names);
    QFETCH(QList<int>, counts);
    EntityModel model;
    model.setAnalysis(makeAnalysis());
    const QModelIndex group = model.groupIndex(EntityType(type));
    QVERIFY(group.data(IsGroupRole).toBool());
    QCOMPARE(group.data(MentionCountRole).toInt(), names.size());
    QCOMPARE(model.entityCount(EntityType(type)), names.size());
    QCOMPARE(childNames(model, group), names);
    for (int r = 0; r < counts.size(); ++r) {
        const QModelIndex child = model.index(r, 0, group);
        QCOMPARE(child.data(MentionCountRole).toInt(), counts[r]);
        QCOMPARE(child.data(EntityTypeRole).toInt(), type);
        QCOMPARE(child.parent(), group);
        QVERIFY(!child.data(IsGroupRole).toBool());
    }
}

void TestEntityModel::entityData()
{
    EntityModel model;
    const AnalysisPtr a = makeAnalysis();
    model.setAnalysis(a);
    const QModelIndex rafael = model.index(0, 0, model.groupIndex(EntityType::Person));
    QCOMPARE(rafael.data(EntityIndexRole).toInt(), 1);
    QCOMPARE(rafael.data(EntityRoleRole).toString(), QStringLiteral("chief executive"));
    QCOMPARE(rafael.data(AliasesRole).toStringList(), QStringList{QStringLiteral("Quintero")});
    QCOMPARE(rafael.data(FirstMentionRole).toInt(), a->entities[1].mentions.front());
    QVERIFY(rafael.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Quintero")));
    QVERIFY(model.flags(rafael).testFlag(Qt::ItemIsSelectable));
    QVERIFY(rafael.data(AffiliationRole).toString().isEmpty());
    QCOMPARE(rafael.data(SubtitleRole).toString(), QStringLiteral("chief executive"));

    // With an employer the subtitle names it; a company's parent reads "part of".
    auto withAffiliation = std::make_shared<Analysis>(*a);
    withAffiliation->entities[1].affiliation = 3; // Brightwell Labs
    withAffiliation->entities[2].affiliation = 3;
    model.setAnalysis(withAffiliation);
    const QModelIndex rafael2 = model.index(0, 0, model.groupIndex(EntityType::Person));
    QCOMPARE(rafael2.data(AffiliationRole).toString(), QStringLiteral("Brightwell Labs"));
    QCOMPARE(rafael2.data(SubtitleRole).toString(), QStringLiteral("chief executive, Brightwell Labs"));
    const QModelIndex lumiere = model.index(1, 0, model.groupIndex(EntityType::Organization));
    QCOMPARE(lumiere.data().toString(), QStringLiteral("Société Lumière"));
    QCOMPARE(lumiere.data(SubtitleRole).toString(), QStringLiteral("part of Brightwell Labs"));

    // Salience (the resolver's score) orders before the count: a headline name with one mention leads.
    auto salient = std::make_shared<Analysis>(*a);
    salient->entities[0].salience = 0.9; // Ines Okafor, one mention
    salient->entities[1].salience = 0.5; // Rafael Quintero, four
    model.setAnalysis(salient);
    QCOMPARE(model.index(0, 0, model.groupIndex(EntityType::Person)).data().toString(), QStringLiteral("Ines Okafor"));
    QCOMPARE(model.index(1, 0, model.groupIndex(EntityType::Person)).data().toString(), QStringLiteral("Rafael Quintero"));
    QVERIFY(!model.flags(model.groupIndex(EntityType::Person)).testFlag(Qt::ItemIsSelectable));
}

void TestEntityModel::indexForEntity()
{
    EntityModel model;
    const AnalysisPtr a = makeAnalysis();
    model.setAnalysis(a);
    for (int e = 0; e < a->entities.size(); ++e) {
        const QModelIndex index = model.indexForEntity(e);
        QVERIFY(index.isValid());
        QCOMPARE(index.data(EntityIndexRole).toInt(), e);
        QCOMPARE(index.data().toString(), a->entities[e].name);
    }
    QVERIFY(!model.indexForEntity(-1).isValid());
    QVERIFY(!model.indexForEntity(int(a->entities.size())).isValid());
}

void TestEntityModel::resetSignals()
{
    EntityModel model;
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setAnalysis(makeAnalysis());
    QCOMPARE(aboutToReset.size(), 1);
    QCOMPARE(reset.size(), 1);
    model.setAnalysis(nullptr);
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.rowCount(model.groupIndex(EntityType::Person)), 0);
}

namespace {

// Rafael Quintero (entity 1) on a list: one hit, with the verdict and possibility given.
EntityMatches quinteroOnList(WatchlistStore::Decision decision, bool possible)
{
    WatchlistMatch m;
    m.hit.listName = QStringLiteral("Inquiry");
    m.hit.colour = QStringLiteral("#16a085");
    m.hit.entry.name = QStringLiteral("Rafael Quintero");
    m.hit.entry.note = QStringLiteral("seen at the port");
    m.hit.reason = possible ? QStringLiteral("initials, possible") : QStringLiteral("exact");
    m.hit.possible = possible;
    m.decision = decision;
    EntityMatches matches;
    matches.insert(1, {m});
    return matches;
}

} // namespace

void TestEntityModel::watchlistBadges_data()
{
    QTest::addColumn<int>("decision");
    QTest::addColumn<bool>("possible");
    QTest::addColumn<int>("badge");
    QTest::addColumn<QString>("tip"); // in the tooltip; empty: no watchlist line at all

    using D = WatchlistStore::Decision;
    QTest::newRow("match") << int(D::None) << false << int(WatchlistMatchBadge)
                           << QStringLiteral("Inquiry: Rafael Quintero (exact)\n    seen at the port");
    QTest::newRow("possible") << int(D::None) << true << int(PossibleWatchlistBadge)
                              << QStringLiteral("(initials, possible)");
    QTest::newRow("confirmed") << int(D::Confirmed) << false << int(ConfirmedWatchlistBadge)
                               << QStringLiteral("confirmed");
    QTest::newRow("possible, confirmed")
        << int(D::Confirmed) << true << int(ConfirmedWatchlistBadge) << QStringLiteral("confirmed");
    QTest::newRow("dismissed") << int(D::Dismissed) << false << int(NoWatchlistBadge) << QString();
}

void TestEntityModel::watchlistBadges()
{
    QFETCH(int, decision);
    QFETCH(bool, possible);
    QFETCH(int, badge);
    QFETCH(QString, tip);
    EntityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAnalysis(makeAnalysis());
    model.setWatchlistMatches(quinteroOnList(WatchlistStore::Decision(decision), possible));
    const QModelIndex quintero = model.indexForEntity(1);
    QCOMPARE(quintero.data(WatchlistBadgeRole).toInt(), badge);
    const QString tooltip = quintero.data(Qt::ToolTipRole).toString();
    if (tip.isEmpty()) {
        QVERIFY(!tooltip.contains(QStringLiteral("watchlist")));
        QVERIFY(quintero.data(WatchlistColourRole).toString().isEmpty());
    } else {
        QVERIFY2(tooltip.contains(QStringLiteral("On a watchlist:")), qPrintable(tooltip));
        QVERIFY2(tooltip.contains(tip), qPrintable(tooltip));
        QCOMPARE(quintero.data(WatchlistColourRole).toString(), QStringLiteral("#16a085"));
        QCOMPARE(quintero.data(WatchlistNameRole).toString(), QStringLiteral("Inquiry"));
    }
    // The others have none.
    QCOMPARE(model.indexForEntity(0).data(WatchlistBadgeRole).toInt(), int(NoWatchlistBadge));
}

void TestEntityModel::watchlistMatchesChangeDataNotRows()
{
    EntityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAnalysis(makeAnalysis());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setWatchlistMatches(quinteroOnList(WatchlistStore::Decision::None, false));
    QCOMPARE(reset.size(), 0);
    QVERIFY(!changed.isEmpty());
    bool quinteroChanged = false;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const auto from = args.at(0).value<QModelIndex>(), to = args.at(1).value<QModelIndex>();
        const QModelIndex q = model.indexForEntity(1);
        quinteroChanged = quinteroChanged
            || (from.parent() == q.parent() && from.row() <= q.row() && q.row() <= to.row());
    }
    QVERIFY(quinteroChanged);
    // Another analysis: the hits were of the old one.
    model.setAnalysis(makeAnalysis());
    QVERIFY(model.watchlistMatches().isEmpty());
    QCOMPARE(model.indexForEntity(1).data(WatchlistBadgeRole).toInt(), int(NoWatchlistBadge));
}

void TestEntityModel::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("hiddenTypes");
    QTest::addColumn<QString>("expected");
    const QList<int> none;
    QTest::newRow("everything") << QString() << none
                                << QString::fromUtf8("People: Rafael Quintero, Ines Okafor, Ines Abara | "
                                                     "Companies and organisations: Brightwell Labs, Société Lumière | "
                                                     "Places: Tallinn");
    QTest::newRow("case-insensitive") << QStringLiteral("INES") << none
                                      << QStringLiteral("People: Ines Okafor, Ines Abara");
    QTest::newRow("accent-insensitive") << QStringLiteral("societe") << none
                                        << QString::fromUtf8("Companies and organisations: Société Lumière");
    QTest::newRow("alias") << QStringLiteral("brightwell") << none
                           << QStringLiteral("Companies and organisations: Brightwell Labs");
    QTest::newRow("across types") << QStringLiteral("in") << none
                                  << QStringLiteral("People: Rafael Quintero, Ines Okafor, Ines Abara | "
                                                    "Places: Tallinn");
    QTest::newRow("no match") << QStringLiteral("zzz") << none << QString();
    QTest::newRow("people hidden") << QString() << QList<int>{int(EntityType::Person)}
                                   << QString::fromUtf8("Companies and organisations: Brightwell Labs, "
                                                        "Société Lumière | Places: Tallinn");
    QTest::newRow("hidden and filtered") << QStringLiteral("ines") << QList<int>{int(EntityType::Person)} << QString();
}

void TestEntityModel::filter()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, hiddenTypes);
    QFETCH(QString, expected);
    EntityModel model;
    EntityModelFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAnalysis(makeAnalysis());
    filter.setFilterText(text);
    for (int t : hiddenTypes)
        filter.setTypeVisible(EntityType(t), false);
    QCOMPARE(describe(filter), expected);
    for (int t : hiddenTypes)
        QVERIFY(!filter.isTypeVisible(EntityType(t)));
    // A new snapshot keeps the filter.
    model.setAnalysis(makeAnalysis());
    QCOMPARE(describe(filter), expected);
}

QTEST_GUILESS_MAIN(TestEntityModel)
#include "tst_entitymodel.moc"
