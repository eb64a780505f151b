// analyzeArticle with a title: the title (not part of the text) is tagged with the start of the body as its
// context, its mentions join the body's entities and count towards them (a name only the title has is an
// entity of its own), the analyst's lexicon holds in it, and the body's mentions and offsets are exactly
// what they are without a title.
#include "core/analysis.h"
#include "export/jsonexport.h"
#include "lexicon/analystlexicon.h"
#include "ner/taggerfactory.h"
#include "pipeline/pipeline.h"

#include <QJsonArray>
#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

class TestAnalysis final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void titleMentionsJoinBodyEntities_data();
    void titleMentionsJoinBodyEntities();
    void titleLeavesBodyUnchanged();
    void titleOnlyNameIsAnEntity();
    void allCapsHeadlineFindsTheCompany();
    void shortFormJoinsTheFullName();
    void lexiconHoldsInTheTitle();
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

void TestAnalysis::titleOnlyNameIsAnEntity()
{
    // London is tagged in the title but the body never names it: the headline's mention is a real one.
    const AnalysisPtr a = analyze(u"Nvidia opens an office in London"_s, Body);
    const Entity *london = entityNamed(*a, u"London"_s);
    QVERIFY(london);
    QCOMPARE(london->type, EntityType::Location);
    QVERIFY(london->mentions.isEmpty());
    QCOMPARE(london->titleMentions.size(), 1);
    QCOMPARE(london->mentionCount(), 1);
    const Mention &m = a->titleMentions.at(london->titleMentions.front());
    QCOMPARE(a->article.title.mid(m.start, m.length()), u"London"_s);
    QCOMPARE(a->entities.at(m.entity).name, u"London"_s);
    QVERIFY(london->salience > 0.0);
    // Every index still points where it should: the entities keep the resolver's order by type, and
    // each mention (the body's and the title's) is listed by the entity it points at.
    for (qsizetype e = 1; e < a->entities.size(); ++e)
        QVERIFY(a->entities[e - 1].type <= a->entities[e].type);
    for (qsizetype i = 0; i < a->mentions.size(); ++i)
        QVERIFY(a->entities.at(a->mentions[i].entity).mentions.contains(int(i)));
    for (qsizetype i = 0; i < a->titleMentions.size(); ++i)
        QVERIFY(a->entities.at(a->titleMentions[i].entity).titleMentions.contains(int(i)));
}

void TestAnalysis::allCapsHeadlineFindsTheCompany()
{
    // Our own text: a made-up shipyard, written in capitals in the headline only, and with its legal form
    // at first in the body (without it, the tagger reads the opening "Halvorsen Marine" as a person: that
    // is the body's tagging, not the title's, and not what this test is about).
    const QString body
        = u"Halvorsen Marine ASA said on Thursday it would cut 300 jobs at its yard in Bergen as "
          u"orders for ferries dried up. The shipbuilder's chief executive, Ingrid Solberg, told "
          u"staff that Halvorsen Marine would keep building research vessels."_s;
    const QString title = u"HALVORSEN MARINE TO CUT 300 JOBS AT BERGEN YARD"_s;
    const AnalysisPtr a = analyze(title, body);
    const Entity *company = entityNamed(*a, u"Halvorsen Marine ASA"_s);
    QVERIFY(company);
    QCOMPARE(company->type, EntityType::Organization);
    QCOMPARE(company->titleMentions.size(), 1);
    const Mention &m = a->titleMentions.at(company->titleMentions.front());
    QCOMPARE(title.mid(m.start, m.length()), u"HALVORSEN MARINE"_s);
    QCOMPARE(company->mentionCount(), company->mentions.size() + 1);
    // The capitals do not make every word a name: "CUT" and "JOBS" are no mentions.
    for (const Mention &t : a->titleMentions) {
        const QString words = title.mid(t.start, t.length());
        QVERIFY2(!words.contains(u"CUT"_s) && !words.contains(u"JOBS"_s), qPrintable(words));
    }
}

void TestAnalysis::shortFormJoinsTheFullName()
{
    // The headline says "Solberg", the body only "Ingrid Solberg": one person, not two.
    const QString body = u"Ingrid Solberg, chief executive of Halvorsen Marine, said on Thursday that the "
                         u"yard in Bergen would keep its research contracts."_s;
    const AnalysisPtr a = analyze(u"Solberg defends Bergen yard"_s, body);
    const Entity *person = entityNamed(*a, u"Ingrid Solberg"_s);
    QVERIFY(person);
    QCOMPARE(person->titleMentions.size(), 1);
    QVERIFY(!entityNamed(*a, u"Solberg"_s));
}

void TestAnalysis::lexiconHoldsInTheTitle()
{
    // A name the analyst rejected is gone from the headline too, so it does not come back as an entity
    // the title alone names.
    AnalystLexicon lexicon;
    LexiconRule reject;
    reject.kind = LexiconRule::Reject;
    reject.surface = u"London"_s;
    lexicon.add(reject);
    Article article;
    article.title = u"Nvidia opens an office in London"_s;
    article.text = Body;
    const AnalysisPtr a = analyzeArticle(article, *defaultTagger(), lexicon);
    QVERIFY(!entityNamed(*a, u"London"_s));
    for (const Mention &m : a->titleMentions)
        QVERIFY(a->article.title.mid(m.start, m.length()) != u"London");
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
