#include "resolver.h"

#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

class TestResolver : public QObject
{
    Q_OBJECT
private slots:
    void matchKey_data();
    void matchKey();
    void groupsAndOrders();
};

void TestResolver::matchKey_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("diacritics") << u"Société Générale"_s << u"Societe Generale"_s << true;
    QTest::newRow("case") << u"NVIDIA"_s << u"Nvidia"_s << true;
    QTest::newRow("possessive straight") << u"Anthropic's"_s << u"Anthropic"_s << true;
    QTest::newRow("possessive curly") << u"Anthropic\u2019s"_s << u"Anthropic"_s << true;
    QTest::newRow("compatibility forms") << u"\uFF21\uFF2D\uFF24"_s << u"AMD"_s << true; // fullwidth
    QTest::newRow("different names") << u"Alphabet"_s << u"Google"_s << false;
}

void TestResolver::matchKey()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(Resolver::matchKey(a) == Resolver::matchKey(b), same);
}

void TestResolver::groupsAndOrders()
{
    //            0         1         2         3         4
    //            0123456789012345678901234567890123456789012345
    const QString text = u"Acme hired Jo Park. Jo Park left Acme for ACME."_s;
    MentionList mentions{
        {0, 4, EntityType::Organization, 1.f, -1},  {11, 18, EntityType::Person, 1.f, -1},
        {20, 27, EntityType::Person, 1.f, -1},      {33, 37, EntityType::Organization, 1.f, -1},
        {42, 46, EntityType::Organization, 1.f, -1},
    };
    const EntityList entities = Resolver().resolve(text, mentions);
    QCOMPARE(entities.size(), 2);
    // People first, then companies; every mention points at its entity.
    QCOMPARE(entities[0].type, EntityType::Person);
    QCOMPARE(entities[0].name, u"Jo Park"_s);
    QCOMPARE(entities[0].mentions, (QList<int>{1, 2}));
    QCOMPARE(entities[1].name, u"Acme"_s);
    QCOMPARE(entities[1].aliases, QStringList{u"ACME"_s});
    QCOMPARE(entities[1].mentions, (QList<int>{0, 3, 4}));
    for (int e = 0; e < entities.size(); ++e) {
        for (int m : entities[e].mentions)
            QCOMPARE(mentions[m].entity, e);
    }
    QCOMPARE(entities[1].salience, 1.0);
}

QTEST_GUILESS_MAIN(TestResolver)
#include "tst_resolver.moc"
