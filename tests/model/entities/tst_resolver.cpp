#include "entities/resolver.h"
#include "ner/tokenizer.h"
#include "training/resolverevaluation.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QSet>

#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

class TestResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchKey_data();
    void matchKey();
    void groupsAndOrders();
    void knownMakerBeforeProductNoun();
    void golden_data();
    void golden();
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
    const EntityList entities = Resolver().resolve(Tokenizer().tokenize(text), mentions);
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
    // More mentions, earlier: Acme is the more salient; scores stay within (0, 1].
    QVERIFY(entities[1].salience > entities[0].salience);
    QVERIFY(entities[0].salience > 0.0 && entities[1].salience <= 1.0);
}

void TestResolver::knownMakerBeforeProductNoun()
{
    //            0         1         2         3
    //            0123456789012345678901234567890123456789
    const QString text = u"Riders opened the Orvex app less often."_s;
    const TokenizedText tokens = Tokenizer().tokenize(text);
    const MentionList tagged {{18, 23, EntityType::Organization, 1.f, -1}};
    // Without lists the product noun makes the name a product; a caller's list keeps it the maker.
    MentionList mentions = tagged;
    Resolver().resolve(tokens, mentions);
    QCOMPARE(mentions[0].type, EntityType::Misc);
    mentions = tagged;
    Resolver resolver;
    resolver.knownOrganisation = [](QStringView name) { return name == u"Orvex"; };
    const EntityList entities = resolver.resolve(tokens, mentions);
    QCOMPARE(mentions[0].type, EntityType::Organization);
    QCOMPARE(entities.size(), 1);
    QCOMPARE(entities[0].type, EntityType::Organization);
}

void TestResolver::golden_data()
{
    QTest::addColumn<QString>("dir");
    const QStringList dirs = resolverCaseDirs(QStringLiteral(DRAMATIS_TEST_DATA "/resolver"));
    QVERIFY(dirs.size() >= 15);
    for (const QString &dir : dirs)
        QTest::newRow(qPrintable(QFileInfo(dir).fileName())) << dir;
}

void TestResolver::golden()
{
    QFETCH(QString, dir);
    const ResolverCase c = loadResolverCase(dir);
    QVERIFY(c.analysis);
    const EntityList &entities = c.analysis->entities;
    auto find = [&](const QString &name, const QString &type) -> const Entity * {
        for (const Entity &e : entities) {
            if (e.name == name && entityTypeCode(e.type) == type)
                return &e;
        }
        return nullptr;
    };
    QStringList got;
    for (const Entity &e : entities)
        got.append(entityTypeCode(e.type) + u':' + e.name + u" [" + e.aliases.join(u"|") + u"] " + e.role);
    for (const QJsonValue &v : c.expected) {
        const QJsonObject x = v.toObject();
        const QString name = x[u"name"].toString(), type = x[u"type"].toString();
        const Entity *e = find(name, type);
        QVERIFY2(e, qPrintable(u"no entity "_s + type + u':' + name + u" in: "_s + got.join(u"; ")));
        if (x.contains(u"aliases")) {
            QStringList aliases;
            for (const QJsonValue &a : x[u"aliases"].toArray())
                aliases.append(a.toString());
            QCOMPARE(QSet<QString>(e->aliases.cbegin(), e->aliases.cend()),
                     QSet<QString>(aliases.cbegin(), aliases.cend()));
        }
        if (x.contains(u"mentions"))
            QCOMPARE(e->mentions.size(), qsizetype(x[u"mentions"].toInt()));
        if (x.contains(u"role"))
            QCOMPARE(e->role, x[u"role"].toString());
        if (x.contains(u"affiliation")) {
            QVERIFY2(e->affiliation >= 0, qPrintable(name + u" has no affiliation"_s));
            QCOMPARE(entities[e->affiliation].name, x[u"affiliation"].toString());
        }
        QCOMPARE(e->ambiguous, x[u"ambiguous"].toBool(false));
    }
    // The scorer agrees: every case here is resolved exactly.
    const ResolverScore score = scoreResolverCase(c);
    QCOMPARE(score.correctPairs, score.goldPairs);
    QCOMPARE(score.correctPairs, score.predictedPairs);
    QCOMPARE(score.rolesCorrect, score.rolesExpected);
}

QTEST_GUILESS_MAIN(TestResolver)
#include "tst_resolver.moc"
