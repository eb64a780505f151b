// analyzeArticle with a title: the title (not part of the text) is tagged with the start of the body as its
// context, its mentions join the body's entities and count towards them, and the body's mentions and
// offsets are exactly what they are without a title.
#include "analysis.h"
#include "jsonexport.h"
#include "taggerfactory.h"

#include <QJsonArray>
#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

class TestAnalysis final : public QObject
{
    Q_OBJECT

private slots:
    void titleMentionsJoinBodyEntities_data();
    void titleMentionsJoinBodyEntities();
    void titleLeavesBodyUnchanged();
    void titleOnlyNameHasNoEntity();
    void jsonListsTitleMentions();
};

namespace {

const QString Body
    = u"Nvidia shares rose 4 percent on Tuesday after OpenAI agreed to buy a new generation of its "
      u"processors. The chipmaker, based in Santa Clara, California, said the agreement would run "
      u"for three years."_s;

AnalysisPtr analyze(const QString &title, const QString &text)
{
    Article a;
    a.title = title;
    a.text = text;
    return analyzeArticle(a, *defaultTagger());
}

const Entity *entityNamed(const Analysis &a, const QString &name)
{
    for (const Entity &e : a.entities) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

} // namespace

void TestAnalysis::titleMentionsJoinBodyEntities_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("entity");
    QTest::newRow("all caps") << u"NVIDIA SHARES JUMP AFTER OPENAI SIGNS CHIP DEAL"_s << u"NVIDIA"_s
                              << u"Nvidia"_s;
    QTest::newRow("sentence case") << u"OpenAI signs chip deal as Nvidia shares jump"_s << u"OpenAI"_s
                                   << u"OpenAI"_s;
}

void TestAnalysis::titleMentionsJoinBodyEntities()
{
    QFETCH(QString, title);
    QFETCH(QString, word);
    QFETCH(QString, entity);
    const AnalysisPtr a = analyze(title, Body);
    const Entity *e = entityNamed(*a, entity);
    QVERIFY2(e, qPrintable(u"no entity %1"_s.arg(entity)));
    QCOMPARE(e->type, EntityType::Organization);
    QCOMPARE(e->titleMentions.size(), 1);
    const Mention &m = a->titleMentions.at(e->titleMentions.front());
    QCOMPARE(title.mid(m.start, m.length()), word);
    QCOMPARE(m.type, EntityType::Organization);
    QCOMPARE(a->entities.at(m.entity).name, entity);
}

void TestAnalysis::titleLeavesBodyUnchanged()
{
    const AnalysisPtr with = analyze(u"NVIDIA SHARES JUMP AFTER OPENAI SIGNS CHIP DEAL"_s, Body);
    const AnalysisPtr without = analyze(QString(), Body);
    QVERIFY(without->titleMentions.isEmpty());
    QCOMPARE(with->mentions.size(), without->mentions.size());
    for (qsizetype i = 0; i < with->mentions.size(); ++i) {
        QCOMPARE(with->mentions[i].start, without->mentions[i].start);
        QCOMPARE(with->mentions[i].end, without->mentions[i].end);
        QCOMPARE(with->mentions[i].type, without->mentions[i].type);
    }
}

void TestAnalysis::titleOnlyNameHasNoEntity()
{
    // London is tagged in the title but the body never names it: no entity is made from the title alone.
    const AnalysisPtr a = analyze(u"Nvidia opens an office in London"_s, Body);
    bool london = false;
    for (const Mention &m : a->titleMentions) {
        if (a->article.title.mid(m.start, m.length()) == u"London") {
            london = true;
            QCOMPARE(m.entity, -1);
        }
    }
    QVERIFY(london);
    QVERIFY(!entityNamed(*a, u"London"_s));
}

void TestAnalysis::jsonListsTitleMentions()
{
    // Offsets count code points of the title: the emoji before the name is two UTF-16 units but one point.
    const QString title = u"\U0001F4C8 NVIDIA SHARES JUMP"_s;
    const AnalysisPtr a = analyze(title, Body);
    const QJsonObject json = analysisToJson(*a, u"x.txt"_s);
    const QJsonArray titleMentions = json[u"titleMentions"_s].toArray();
    QCOMPARE(titleMentions.size(), 1);
    const QJsonObject m = titleMentions.at(0).toObject();
    QCOMPARE(m[u"text"_s].toString(), u"NVIDIA"_s);
    QCOMPARE(m[u"start"_s].toInt(), 2);
    QCOMPARE(m[u"end"_s].toInt(), 8);
    const int entity = m[u"entity"_s].toInt();
    const QJsonObject e = json[u"entities"_s].toArray().at(entity).toObject();
    QCOMPARE(e[u"name"_s].toString(), u"Nvidia"_s);
    QCOMPARE(e[u"titleMentions"_s].toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
