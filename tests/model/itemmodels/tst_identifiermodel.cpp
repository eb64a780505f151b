// IdentifierModel: the sidebar's contacts and identifiers, under QAbstractItemModelTester.
#include "itemmodels/identifiermodel.h"
#include "itemmodels/itemroles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

class TestIdentifierModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groupsDistinctIdentifiers();
    void noGroupWithoutIdentifiers();
    void resetOnNewAnalysis();
};

namespace {

// A hand-made snapshot: the same address twice (once in the title), a phone number, written two ways.
AnalysisPtr makeAnalysis()
{
    auto a = std::make_shared<Analysis>();
    a->article.title = u"Mail desk@x.org"_s;
    a->article.text = u"Call +44 20 7946 0958 or 020 7946 0958, or desk@x.org."_s;
    const auto at
        = [&](const QString &text, QStringView what, qsizetype from = 0) { return text.indexOf(what, from); };
    const QString &t = a->article.text;
    a->identifiers = {
        Identifier {at(t, u"+44"), at(t, u" or"), IdentifierKind::Phone, u"+442079460958"_s},
        Identifier {at(t, u"020"), at(t, u", or"), IdentifierKind::Phone, u"+442079460958"_s},
        Identifier {at(t, u"desk"), t.size() - 1, IdentifierKind::Email, u"desk@x.org"_s},
    };
    a->titleIdentifiers = {Identifier {5, 15, IdentifierKind::Email, u"desk@x.org"_s}};
    return a;
}

} // namespace

void TestIdentifierModel::groupsDistinctIdentifiers()
{
    IdentifierModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAnalysis(makeAnalysis());
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex group = model.groupIndex();
    QVERIFY(group.data(IsGroupRole).toBool());
    QCOMPARE(group.data(MentionCountRole).toInt(), 2);
    QCOMPARE(group.data().toString(), u"Contacts and identifiers"_s);
    QCOMPARE(model.rowCount(group), 2);
    // By kind: the e-mail address before the phone number; each counted with all its forms.
    const QModelIndex email = model.index(0, 0, group);
    QCOMPARE(email.data().toString(), u"desk@x.org"_s);
    QCOMPARE(email.data(MentionCountRole).toInt(), 2);
    QCOMPARE(email.data(IdentifierKindRole).toInt(), int(IdentifierKind::Email));
    const QModelIndex phone = model.index(1, 0, group);
    QCOMPARE(phone.data().toString(), u"+44 20 7946 0958"_s);
    QCOMPARE(phone.data(NormalizedRole).toString(), u"+442079460958"_s);
    QCOMPARE(phone.data(MentionCountRole).toInt(), 2);
    QCOMPARE(phone.data(IdentifierRowRole).toInt(), 1);
    QVERIFY(phone.data(Qt::ToolTipRole).toString().startsWith(u"+442079460958\nPhone number"_s));
    QCOMPARE(model.identifiers().at(1).occurrences, (QList<int> {0, 1}));
    QCOMPARE(model.identifiers().at(0).titleOccurrences, 1);
}

void TestIdentifierModel::noGroupWithoutIdentifiers()
{
    IdentifierModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto a = std::make_shared<Analysis>();
    a->article.text = u"Nothing to call."_s;
    model.setAnalysis(a);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.groupIndex().isValid());
    model.setAnalysis(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestIdentifierModel::resetOnNewAnalysis()
{
    IdentifierModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setAnalysis(makeAnalysis());
    model.setAnalysis(nullptr);
    QCOMPARE(resets.size(), 2);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestIdentifierModel)
#include "tst_identifiermodel.moc"
