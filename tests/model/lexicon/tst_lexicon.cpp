// The analyst's lexicon: corrections made on one article, applied by the pipeline to the next one.
#include "annotations/annotationstore.h"
#include "core/analysis.h"
#include "itemmodels/analystlexiconmodel.h"
#include "lexicon/analystlexicon.h"
#include "lexicon/lexiconapplier.h"
#include "lexicon/lexicontagger.h"
#include "ner/tokenizer.h"
#include "pipeline/pipeline.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

class TestLexicon : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mentionRules_data();
    void mentionRules();
    void articleScopeStaysInItsArticle();
    void mergeSplitRename();
    void correctionsReachTheSecondArticle();
    void lexiconModelFollowsTheStore();
};

namespace {

LexiconRule rule(LexiconRule::Kind kind, const QString &surface, std::optional<EntityType> type = {},
    const QString &other = {})
{
    LexiconRule r;
    r.kind = kind;
    r.surface = surface;
    r.type = type;
    r.other = other;
    return r;
}

// "PER:Jory Tremayne ORG:Kernow Pilchards" for the mentions of `analysis`.
QString describe(const QString &text, const MentionList &mentions)
{
    QStringList parts;
    for (const Mention &m : mentions)
        parts.append(entityTypeCode(m.type) + u':' + text.mid(m.start, m.length()));
    return parts.join(u' ');
}

LexiconTagger baseTagger()
{
    LexiconTagger tagger;
    tagger.add(u"Jory Tremayne"_s, EntityType::Person);
    tagger.add(u"Tremayne"_s, EntityType::Person);
    tagger.add(u"Kernow"_s, EntityType::Person); // the tagger's mistake: it is half a company name
    tagger.add(u"Will"_s, EntityType::Person); // and here it takes a verb for a name
    tagger.add(u"Penzance"_s, EntityType::Location);
    return tagger;
}

} // namespace

void TestLexicon::mentionRules_data()
{
    QTest::addColumn<QList<LexiconRule>>("rules");
    QTest::addColumn<QString>("expected");
    const QString untouched = u"PER:Jory Tremayne PER:Kernow LOC:Penzance PER:Will PER:Tremayne"_s;
    QTest::newRow("no rules") << QList<LexiconRule> {} << untouched;
    QTest::newRow("mark a company the tagger split")
        << QList<LexiconRule> {rule(LexiconRule::Mark, u"Kernow Pilchards"_s, EntityType::Organization)}
        << u"PER:Jory Tremayne ORG:Kernow Pilchards LOC:Penzance PER:Will PER:Tremayne"_s;
    QTest::newRow("reject a word") << QList<LexiconRule> {rule(LexiconRule::Reject, u"Will"_s)}
                                   << u"PER:Jory Tremayne PER:Kernow LOC:Penzance PER:Tremayne"_s;
    QTest::newRow("reject of another type keeps it")
        << QList<LexiconRule> {rule(LexiconRule::Reject, u"Will"_s, EntityType::Location)} << untouched;
    QTest::newRow("retype") << QList<LexiconRule> {rule(
        LexiconRule::Mark, u"Penzance"_s, EntityType::Organization)}
                            << u"PER:Jory Tremayne PER:Kernow ORG:Penzance PER:Will PER:Tremayne"_s;
    QTest::newRow("mark only on token boundaries")
        << QList<LexiconRule> {rule(LexiconRule::Mark, u"Pilch"_s, EntityType::Organization)} << untouched;
    QTest::newRow("later rule wins") << QList<LexiconRule> {rule(LexiconRule::Mark, u"Will"_s,
                                                                EntityType::Misc),
        rule(LexiconRule::Reject, u"Will"_s)}
                                     << u"PER:Jory Tremayne PER:Kernow LOC:Penzance PER:Tremayne"_s;
    QTest::newRow("a longer marked name keeps its words")
        << QList<LexiconRule> {rule(LexiconRule::Mark, u"Kernow Pilchards"_s, EntityType::Organization),
               rule(LexiconRule::Mark, u"Kernow"_s, EntityType::Location)}
        << u"PER:Jory Tremayne ORG:Kernow Pilchards LOC:Penzance PER:Will PER:Tremayne"_s;
}

void TestLexicon::mentionRules()
{
    QFETCH(QList<LexiconRule>, rules);
    QFETCH(QString, expected);
    const QString text = u"Jory Tremayne runs Kernow Pilchards in Penzance. Will the cannery stay? Tremayne "
                         "thinks so."_s;
    const TokenizedText tokens = Tokenizer().tokenize(text);
    MentionList mentions = baseTagger().tag(tokens);
    const MentionList decided = applyLexicon(AnalystLexicon(rules), tokens, mentions);
    QCOMPARE(describe(text, mentions), expected);
    QVERIFY(std::is_sorted(mentions.cbegin(), mentions.cend(), [](const Mention &a, const Mention &b) {
        return a.end <= b.start && a.start < b.start;
    }) || mentions.size() < 2);
    for (const Mention &d : decided)
        QVERIFY(mentions.contains(d));
}

void TestLexicon::articleScopeStaysInItsArticle()
{
    LexiconRule here = rule(LexiconRule::Reject, u"Will"_s);
    here.scope = LexiconRule::ThisArticle;
    here.articleId = 1;
    here.id = 5;
    LexiconRule everywhere = rule(LexiconRule::Mark, u"Will"_s, EntityType::Misc);
    everywhere.id = 9;
    const AnalystLexicon all({here, everywhere});
    // Newer but wider: the article's own rule still has the last word there.
    QCOMPARE(all.forArticle(1).rules().size(), 2);
    QCOMPARE(all.forArticle(1).rules().last().id, 5);
    QCOMPARE(all.forArticle(2).rules().size(), 1);
    QCOMPARE(all.forArticle(2).rules().first().id, 9);
}

void TestLexicon::mergeSplitRename()
{
    Article article;
    article.text = u"Jory Tremayne, known on the quay as Skip Bolitho, spoke. Tremayne, 54, said Kernow "
                   u"Pilchards would hire. "
                   "Kernow Pilchards is owned by Tremayne."_s;
    LexiconTagger tagger;
    tagger.add(u"Jory Tremayne"_s, EntityType::Person);
    tagger.add(u"Skip Bolitho"_s, EntityType::Person);
    tagger.add(u"Tremayne"_s, EntityType::Person);
    tagger.add(u"Kernow Pilchards"_s, EntityType::Organization);

    const auto entityOf = [](const Analysis &a, const QString &surface) {
        for (const Mention &m : a.mentions) {
            if (a.article.text.mid(m.start, m.length()) == surface)
                return m.entity;
        }
        return -2;
    };
    const AnalysisPtr plain = analyzeArticle(article, tagger);
    QVERIFY(plain->lexiconEntities.isEmpty());
    QCOMPARE(entityOf(*plain, u"Tremayne"_s), entityOf(*plain, u"Jory Tremayne"_s));

    const AnalystLexicon lexicon({
        rule(LexiconRule::Merge, u"Skip Bolitho"_s, {}, u"Jory Tremayne"_s),
        rule(LexiconRule::Rename, u"Kernow Pilchards"_s, {}, u"Kernow Pilchards Ltd"_s),
    });
    const AnalysisPtr merged = analyzeArticle(article, tagger, lexicon);
    const int jory = entityOf(*merged, u"Jory Tremayne"_s);
    QVERIFY(jory >= 0);
    QCOMPARE(entityOf(*merged, u"Skip Bolitho"_s), jory);
    QCOMPARE(merged->entities.size(), plain->entities.size() - 1);
    QCOMPARE(merged->entities[jory].name, u"Jory Tremayne"_s);
    QVERIFY(merged->entities[jory].aliases.contains(u"Skip Bolitho"_s));
    QVERIFY(merged->lexiconEntities.contains(jory));
    const int company = entityOf(*merged, u"Kernow Pilchards"_s);
    QCOMPARE(merged->entities[company].name, u"Kernow Pilchards Ltd"_s);
    QVERIFY(merged->lexiconEntities.contains(company));
    // Every index still agrees after the merge.
    for (qsizetype e = 0; e < merged->entities.size(); ++e) {
        for (int m : merged->entities[e].mentions)
            QCOMPARE(merged->mentions[m].entity, int(e));
        QVERIFY(merged->entities[e].affiliation < merged->entities.size());
    }

    // Split: the bare surname is not Jory Tremayne here (it is his brother, say).
    const AnalysisPtr split = analyzeArticle(
        article, tagger, AnalystLexicon({rule(LexiconRule::Split, u"Tremayne"_s, {}, u"Jory Tremayne"_s)}));
    const int full = entityOf(*split, u"Jory Tremayne"_s);
    const int bare = entityOf(*split, u"Tremayne"_s);
    QVERIFY(full >= 0 && bare >= 0);
    QVERIFY(full != bare);
    QCOMPARE(split->entities[bare].name, u"Tremayne"_s);
    QCOMPARE(split->entities[bare].mentions.size(), 2);
    QVERIFY(!split->entities[full].aliases.contains(u"Tremayne"_s));
}

void TestLexicon::correctionsReachTheSecondArticle()
{
    QTemporaryDir dir;
    AnnotationStore store;
    QVERIFY(store.open(dir.filePath(u"library.sqlite"_s)));
    Article first;
    first.text = u"Kernow Pilchards hired forty people. Will the cannery grow?"_s;
    first.filePath = dir.filePath(u"first.txt"_s);
    const qint64 firstId = store.articleId(first);
    // Corrections made while reading the first article.
    LexiconRule company = rule(LexiconRule::Mark, u"Kernow Pilchards"_s, EntityType::Organization);
    company.articleId = firstId;
    QVERIFY(store.addRule(company) > 0);
    LexiconRule notName = rule(LexiconRule::Reject, u"Will"_s, EntityType::Person);
    notName.articleId = firstId;
    QVERIFY(store.addRule(notName) > 0);
    LexiconRule onlyThere = rule(LexiconRule::Reject, u"Penzance"_s);
    onlyThere.scope = LexiconRule::ThisArticle;
    onlyThere.articleId = firstId;
    QVERIFY(store.addRule(onlyThere) > 0);

    Article second;
    second.text
        = u"In Penzance, Kernow Pilchards opened a second cannery. Will it last, asked Jory Tremayne."_s;
    second.filePath = dir.filePath(u"second.txt"_s);
    const qint64 secondId = store.articleId(second);
    const AnalysisPtr analysis = analyzeArticle(second, baseTagger(), store.lexiconFor(secondId));
    QCOMPARE(
        describe(second.text, analysis->mentions), u"LOC:Penzance ORG:Kernow Pilchards PER:Jory Tremayne"_s);
    QCOMPARE(analysis->lexiconEntities.size(), 1);
    QCOMPARE(analysis->entities[analysis->lexiconEntities.front()].name, u"Kernow Pilchards"_s);
    QCOMPARE(analysis->entities[analysis->lexiconEntities.front()].type, EntityType::Organization);
}

void TestLexicon::lexiconModelFollowsTheStore()
{
    QTemporaryDir dir;
    AnnotationStore store;
    QVERIFY(store.open(dir.filePath(u"library.sqlite"_s)));
    AnalystLexiconModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    LexiconRule first = rule(LexiconRule::Mark, u"Kernow Pilchards"_s, EntityType::Organization);
    first.originPath = dir.filePath(u"first.txt"_s);
    first.originContext = u"[Kernow Pilchards] hired"_s;
    QVERIFY(store.addRule(first) > 0);
    LexiconRule second = rule(LexiconRule::Merge, u"Skip Bolitho"_s, {}, u"Jory Tremayne"_s);
    QVERIFY(store.addRule(second) > 0);
    QCOMPARE(model.rowCount(), 2);
    // Newest first, with what it says and where it came from.
    QCOMPARE(model.rule(0).id, second.id);
    QCOMPARE(model.index(1, AnalystLexiconModel::RuleColumn).data().toString(), first.describe());
    QVERIFY(model.index(1, AnalystLexiconModel::OriginColumn).data().toString().contains(u"first.txt"));
    QVERIFY(
        model.index(1, AnalystLexiconModel::OriginColumn).data().toString().contains(u"[Kernow Pilchards]"));
    QVERIFY(store.removeRule(second.id));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(RuleIdRole).toLongLong(), first.id);
}

QTEST_GUILESS_MAIN(TestLexicon)
#include "tst_lexicon.moc"
