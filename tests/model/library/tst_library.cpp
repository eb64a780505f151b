// LibraryStore: recording articles, full-text search (hostile input too), library entities across
// articles (read a page at a time), identifiers that link articles, the analyst's corrections surviving a
// re-record, the migration from schema 2, and the counts kept per entity and pair of entities.
#include "annotations/annotationstore.h"
#include "core/analysis.h"
#include "entities/resolver.h"
#include "library/librarystore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace dramatis;
using namespace Qt::StringLiterals;

namespace {

struct Named
{
    QString name;
    EntityType type;
    int mentions;
};

// An analysis as the tagger and resolver would leave it, without running them: the store is under test.
Analysis makeAnalysis(const QString &path, const QString &title, const QString &text,
    const QList<Named> &entities, const QString &source = u"The Harbour Gazette"_s,
    QDate date = QDate(2026, 3, 14))
{
    Analysis a;
    a.article.text = text;
    a.article.title = title;
    a.article.source = source;
    a.article.date = date;
    a.article.format = u"text"_s;
    a.article.filePath = path;
    for (const Named &n : entities) {
        Entity e;
        e.name = n.name;
        e.type = n.type;
        for (int i = 0; i < n.mentions; ++i)
            e.mentions.append(i);
        a.entities.append(e);
    }
    return a;
}

// `found` in `text` as an identifier of `kind` with that normalised form, at its first occurrence.
Identifier identifierIn(
    const QString &text, const QString &found, IdentifierKind kind, const QString &normalized)
{
    const qsizetype at = text.indexOf(found);
    Q_ASSERT(at >= 0);
    return Identifier {at, at + found.size(), kind, normalized};
}

const EntityType Per = EntityType::Person;
const EntityType Org = EntityType::Organization;
const EntityType Loc = EntityType::Location;

} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void recordAndList();
    void reopeningUpdatesTheSameRow();
    void changedFileUpdatesItsRow();
    void noteCountsJoin();
    void sortAndFilter();
    void search_data();
    void search();
    void identityKey_data();
    void identityKey();
    void oneEntityAcrossArticles();
    void coMentions();
    void headlineMentionsCount();
    void correctionsSurviveRecording();
    void forgetKeepsNotes();
    void recordOnAnotherThread();
    void migrateFromSchema2();
    void entityArticlesByPage();
    void ftsQuery_data();
    void ftsQuery();
    void prefixWrittenOut_data();
    void prefixWrittenOut();
    void interruptStopsARead();
    void identifiersLinkArticles_data();
    void identifiersLinkArticles();
    void identifiersFollowTheArticle();
    void identifiersOfAnEntity();
    void keptCounts_data();
    void keptCounts();
    void keptCountsBackfilled();

private:
    QString dbPath() const { return m_dir->filePath(u"library.sqlite"_s); }
    QString file(const QString &name) const { return m_dir->filePath(name); }
    void recordCorpus(LibraryStore &store);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLibrary::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// Three articles about a made-up chip maker, a harbour and a lifeboat crew.
void TestLibrary::recordCorpus(LibraryStore &store)
{
    const QList<Analysis> corpus {
        makeAnalysis(file(u"chips.txt"_s), u"Kestrel Silicon ships its first accelerator"_s,
            u"Kestrel Silicon, Inc. said on Tuesday that Dr. Maren Olsby would lead the launch in "
            u"Tromsø. Olsby called the accelerator a turning point for Société Générale des Puces."_s,
            {{u"Kestrel Silicon, Inc."_s, Org, 4}, {u"Dr. Maren Olsby"_s, Per, 3}, {u"Tromsø"_s, Loc, 1},
                {u"Société Générale des Puces"_s, Org, 1}},
            u"Northern Wire"_s, QDate(2026, 2, 3)),
        makeAnalysis(file(u"harbour.txt"_s), u"Harbour works delayed again"_s,
            u"The harbour board in Tromso blamed the weather. Maren Olsby, who sits on the board, said "
            u"Kestrel Silicon had offered to pay for new cranes."_s,
            {{u"Maren Olsby"_s, Per, 2}, {u"Kestrel Silicon"_s, Org, 1}, {u"Tromso"_s, Loc, 2}},
            u"The Harbour Gazette"_s, QDate(2026, 3, 1)),
        makeAnalysis(file(u"lifeboat.txt"_s), u"Lifeboat crew launches twice"_s,
            u"Coxswain Jory Tremayne said the second call came from a yacht with a broken rudder off "
            u"Porthcarrow."_s,
            {{u"Jory Tremayne"_s, Per, 2}, {u"Porthcarrow"_s, Loc, 1}}, u"The Harbour Gazette"_s,
            QDate(2026, 3, 20)),
    };
    for (const Analysis &a : corpus)
        QVERIFY2(store.record(a) > 0, qPrintable(store.errorString()));
}

void TestLibrary::recordAndList()
{
    LibraryStore store;
    QVERIFY2(store.open(dbPath()), qPrintable(store.errorString()));
    recordCorpus(store);
    const QList<LibraryArticle> all = store.articles();
    QCOMPARE(all.size(), 3);
    const auto chips = store.articleByPath(file(u"chips.txt"_s));
    QVERIFY(chips);
    QCOMPARE(chips->title, u"Kestrel Silicon ships its first accelerator"_s);
    QCOMPARE(chips->source, u"Northern Wire"_s);
    QCOMPARE(chips->date, QDate(2026, 2, 3));
    QCOMPARE(chips->format, u"text"_s);
    QCOMPARE(chips->entityCount, 4);
    QCOMPARE(chips->noteCount, 0);
    QCOMPARE(chips->hash.size(), 64);
    QVERIFY(chips->firstOpened.isValid());
    QCOMPARE(store.formats(), QStringList {u"text"_s});
}

void TestLibrary::reopeningUpdatesTheSameRow()
{
    LibraryStore store;
    QVERIFY(store.open(dbPath()));
    const Analysis a = makeAnalysis(
        file(u"a.txt"_s), u"A title"_s, u"Some words about Porthcarrow."_s, {{u"Porthcarrow"_s, Loc, 1}});
    const qint64 first = store.record(a);
    QVERIFY(first > 0);
    const QDateTime opened = store.article(first)->firstOpened;
    QTest::qWait(5);
    QCOMPARE(store.record(a), first);
    QCOMPARE(store.articles().size(), 1);
    QCOMPARE(store.article(first)->firstOpened, opened);
    QVERIFY(store.article(first)->lastOpened > opened);
    QCOMPARE(store.entities().size(), 1);
    QCOMPARE(store.entities().first().mentionCount, 1); // replaced, not added up
}

void TestLibrary::changedFileUpdatesItsRow()
{
    LibraryStore store;
    QVERIFY(store.open(dbPath()));
    const QString path = file(u"edited.txt"_s);
    const qint64 id = store.record(makeAnalysis(
        path, u"Draft"_s, u"The ferry to Porthcarrow was late."_s, {{u"Porthcarrow"_s, Loc, 1}}));
    QVERIFY(id > 0);
    const qint64 again = store.record(
        makeAnalysis(path, u"Final"_s, u"The ferry to Penlowen was cancelled."_s, {{u"Penlowen"_s, Loc, 1}}));
    QCOMPARE(again, id);
    QCOMPARE(store.articles().size(), 1);
    QCOMPARE(store.article(id)->title, u"Final"_s);
    QCOMPARE(
        store.article(id)->hash, AnnotationStore::contentHash(u"The ferry to Penlowen was cancelled."_s));
    LibraryQuery q;
    q.search = u"cancelled"_s;
    QCOMPARE(store.articles(q).size(), 1);
    q.search = u"late"_s;
    QCOMPARE(store.articles(q).size(), 0); // the old text is gone from the index
    // The entity list follows: the old place is mentioned by no article now.
    const QList<LibraryEntity> entities = store.entities();
    QCOMPARE(entities.size(), 1);
    QCOMPARE(entities.first().name, u"Penlowen"_s);
}

void TestLibrary::noteCountsJoin()
{
    LibraryStore library;
    QVERIFY(library.open(dbPath()));
    const Analysis a = makeAnalysis(file(u"n.txt"_s), u"Notes"_s, u"The crew of Porthcarrow launched."_s, {});
    const qint64 id = library.record(a);
    AnnotationStore notes;
    QVERIFY(notes.open(dbPath()));
    QCOMPARE(notes.articleId(a.article), id); // one row for both
    for (int i = 0; i < 2; ++i) {
        Annotation n;
        n.articleId = id;
        n.kind = Annotation::Note;
        n.anchor = TextAnchor::fromRange(a.article.text, 4, 8);
        n.text = u"check"_s;
        QVERIFY(notes.addAnnotation(n) > 0);
    }
    QCOMPARE(library.article(id)->noteCount, 2);
}

void TestLibrary::sortAndFilter()
{
    LibraryStore store;
    QVERIFY(store.open(dbPath()));
    recordCorpus(store);
    LibraryQuery q;
    q.sortColumn = LibraryQuery::Date;
    q.order = Qt::AscendingOrder;
    QList<LibraryArticle> list = store.articles(q);
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.first().date, QDate(2026, 2, 3));
    QCOMPARE(list.last().date, QDate(2026, 3, 20));
    q.sortColumn = LibraryQuery::Entities;
    q.order = Qt::DescendingOrder;
    QCOMPARE(store.articles(q).first().entityCount, 4);
    q.sortColumn = LibraryQuery::Title;
    q.order = Qt::AscendingOrder;
    QCOMPARE(store.articles(q).first().title, u"Harbour works delayed again"_s);

    LibraryQuery filter;
    filter.filter = u"gazette"_s;
    QCOMPARE(store.articles(filter).size(), 2);
    filter.filter = u"100%_"_s; // LIKE wildcards are literal
    QCOMPARE(store.articles(filter).size(), 0);
    LibraryQuery dates;
    dates.from = QDate(2026, 3, 1);
    dates.to = QDate(2026, 3, 10);
    list = store.articles(dates);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().title, u"Harbour works delayed again"_s);
    LibraryQuery format;
    format.format = u"pdf"_s;
    QCOMPARE(store.articles(format).size(), 0);
}

void TestLibrary::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("titles");
    const QString chips = u"Kestrel Silicon ships its first accelerator"_s;
    const QString harbour = u"Harbour works delayed again"_s;
    const QString lifeboat = u"Lifeboat crew launches twice"_s;
    QTest::newRow("word in the text") << u"rudder"_s << QStringList {lifeboat};
    QTest::newRow("title outranks text") << u"kestrel"_s << QStringList {chips, harbour};
    QTest::newRow("prefix while typing") << u"accel"_s << QStringList {chips};
    QTest::newRow("all words") << u"Olsby cranes"_s << QStringList {harbour};
    QTest::newRow("source") << u"northern"_s << QStringList {chips};
    QTest::newRow("without diacritics") << u"societe generale"_s << QStringList {chips};
    // FTS5's unicode61 folds accents but not letters with a stroke: only the entity keys (ICU) join those.
    QTest::newRow("stroke letters stay") << u"tromso"_s << QStringList {harbour};
    QTest::newRow("with diacritics") << u"Société"_s << QStringList {chips};
    QTest::newRow("unbalanced quote") << u"Kestrel \"Maren"_s << QStringList {chips, harbour};
    QTest::newRow("lone dash") << u"-"_s << QStringList {};
    QTest::newRow("lone quote") << u"\""_s << QStringList {};
    QTest::newRow("star") << u"*"_s << QStringList {};
    QTest::newRow("operators are words") << u"NOT AND OR"_s << QStringList {};
    QTest::newRow("column filter is a phrase") << u"title:harbour"_s << QStringList {};
    QTest::newRow("near group is a phrase") << u"NEAR(rudder"_s << QStringList {};
    QTest::newRow("parenthesis") << u"(rudder)"_s << QStringList {lifeboat};
    QTest::newRow("dash inside") << u"-rudder"_s << QStringList {lifeboat};
    QTest::newRow("sql") << u"'; DROP TABLE articles; --"_s << QStringList {};
    QTest::newRow("caret") << u"^Lifeboat"_s << QStringList {lifeboat};
    QTest::newRow("nothing") << u"   "_s << QStringList {chips, harbour, lifeboat};
}

void TestLibrary::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, titles);
    LibraryStore store;
    QVERIFY(store.open(dbPath()));
    recordCorpus(store);
    LibraryQuery q;
    q.search = query;
    q.sortColumn = LibraryQuery::Relevance;
    QStringList found;
    for (const LibraryArticle &a : store.articles(q))
        found << a.title;
    if (query.trimmed().isEmpty()) {
        found.sort();
        titles.sort();
    }
    QCOMPARE(found, titles);
    // The articles table is still there whatever was typed.
    QCOMPARE(store.articles().size(), 3);
}

void TestLibrary::identityKey_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("same");
    QTest::newRow("designator with comma")
        << u"Advanced Micro Devices, Inc."_s << u"Advanced Micro Devices"_s << int(Org) << true;
    QTest::newRow("plc") << u"Harbour Holdings plc"_s << u"Harbour"_s << int(Org) << true;
    QTest::newRow("GmbH") << u"Kestrel Werke GmbH"_s << u"kestrel werke"_s << int(Org) << true;
    QTest::newRow("AG and the") << u"the Penlowen AG"_s << u"Penlowen"_s << int(Org) << true;
    QTest::newRow("honorific") << u"Dr. Lisa Su"_s << u"Lisa Su"_s << int(Per) << true;
    QTest::newRow("two honorifics") << u"Prof. Dr. Maren Olsby"_s << u"Maren Olsby"_s << int(Per) << true;
    QTest::newRow("diacritics") << u"Zoë Ångström"_s << u"Zoe Angstrom"_s << int(Per) << true;
    QTest::newRow("case") << u"TROMSØ"_s << u"Tromsø"_s << int(Loc) << true;
    QTest::newRow("stroke") << u"Tromsø"_s << u"Tromso"_s << int(Loc) << true;
    QTest::newRow("curly apostrophe") << u"O\u2019Brien"_s << u"O'Brien"_s << int(Per) << true;
    QTest::newRow("honorifics stay for companies") << u"Dr. Pepper"_s << u"Pepper"_s << int(Org) << false;
    QTest::newRow("designators stay for people") << u"Jenny Co"_s << u"Jenny"_s << int(Per) << false;
    QTest::newRow("a lone title is a name") << u"Dr."_s << u"dr"_s << int(Per) << true;
    QTest::newRow("different people") << u"Lisa Su"_s << u"Lisa Sun"_s << int(Per) << false;
}

void TestLibrary::identityKey()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, type);
    QFETCH(bool, same);
    const auto t = EntityType(type);
    QCOMPARE(Resolver::identityKey(a, t) == Resolver::identityKey(b, t), same);
    QVERIFY(!Resolver::identityKey(a, t).isEmpty());
}

void TestLibrary::oneEntityAcrossArticles()
{
    LibraryStore store;
    QVERIFY(store.open(dbPath()));
    recordCorpus(store);
    const auto olsby = store.findEntity(u"Maren Olsby"_s, Per);
    QVERIFY(olsby);
    QCOMPARE(olsby->articleCount, 2);
    QCOMPARE(olsby->mentionCount, 5);
    QCOMPARE(olsby->name, u"Dr. Maren Olsby"_s); // the name it was first recorded under
    const auto kestrel = store.findEntity(u"Kestrel Silicon Inc"_s, Org);
    QVERIFY(kestrel);
    QCOMPARE(kestrel->articleCount, 2);
    QCOMPARE(store.findEntity(u"Tromso"_s, Loc)->articleCount, 2);
    QVERIFY(!store.findEntity(u"Maren Olsby"_s, Org)); // the type is part of the key

    const QList<LibraryEntity> all = store.entities();
    QCOMPARE(all.size(), 6);
    QCOMPARE(all.first().articleCount, 2);
    QCOMPARE(store.entities(u"olsby"_s).size(), 1);
    QCOMPARE(store.entities(u"TROMSØ"_s).size(), 1);
    QCOMPARE(store.entities({}, Loc).size(), 2);
    QCOMPARE(store.findEntities(u"Maren Olsby"_s).size(), 1);
    QCOMPARE(store.findEntities(u"silicon"_s).size(), 1); // no exact key: names containing it

    QStringList titles;
    for (const LibraryArticle &a : store.articlesMentioning(olsby->id))
        titles << a.title;
    QCOMPARE(titles,
        (QStringList {u"Kestrel Silicon ships its first accelerator"_s, u"Harbour works delayed again"_s}));
    QCOMPARE(store.articlesMentioning(olsby->id).first().mentions, 3);
}

void TestLibrary::headlineMentionsCount()
{
    // The headline's mentions count as the sidebar counts them: Maren Olsby twice in the text and once
    // in the title is three; Tromsø, named by the title alone, is recorded with its one mention.
    Analysis a = makeAnalysis(file(u"crew.txt"_s), u"Olsby takes the lifeboat crew to Tromsø"_s,
        u"Maren Olsby said the crew would sail on Friday. Olsby has led it for ten years."_s,
        {{u"Maren Olsby"_s, Per, 2}, {u"Tromsø"_s, Loc, 0}});
    a.titleMentions = {Mention {0, 5, Per, 1.0f, 0}, Mention {33, 39, Loc, 1.0f, 1}};
    a.entities[0].titleMentions = {0};
    a.entities[1].titleMentions = {1};
    LibraryStore store;
    QVERIFY(store.open(dbPath()));
    QVERIFY(store.record(a) > 0);
    const auto olsby = store.findEntity(u"Maren Olsby"_s, Per);
    QVERIFY(olsby);
    QCOMPARE(olsby->mentionCount, 3);
    const auto tromso = store.findEntity(u"Tromsø"_s, Loc);
    QVERIFY(tromso);
    QCOMPARE(tromso->mentionCount, 1);
}

void TestLibrary::coMentions()
{
    LibraryStore store;
    QVERIFY(store.open(dbPath()));
    recordCorpus(store);
    const auto olsby = store.findEntity(u"Maren Olsby"_s, Per);
    QVERIFY(olsby);
    const QList<LibraryEntity> with = store.coMentioned(olsby->id, 10);
    QCOMPARE(with.size(), 3); // Kestrel (2 articles), Tromsø (2), Société Générale des Puces (1)
    QCOMPARE(with.at(0).sharedArticles, 2);
    QCOMPARE(with.at(1).sharedArticles, 2);
    QCOMPARE(with.at(2).sharedArticles, 1);
    QCOMPARE(with.at(2).name, u"Société Générale des Puces"_s);
    for (const LibraryEntity &e : with)
        QVERIFY(e.id != olsby->id);
    QCOMPARE(store.coMentioned(olsby->id, 1).size(), 1);
    const auto tremayne = store.findEntity(u"Jory Tremayne"_s, Per);
    QCOMPARE(store.coMentioned(tremayne->id).size(), 1);
}

void TestLibrary::correctionsSurviveRecording()
{
    LibraryStore store;
    QVERIFY(store.open(dbPath()));
    recordCorpus(store);
    // The tagger saw the same company under two names the key cannot join.
    const Analysis puces = makeAnalysis(file(u"puces.txt"_s), u"SGP results"_s,
        u"SGP reported higher sales in Tromsø."_s, {{u"SGP"_s, Org, 2}, {u"Tromsø"_s, Loc, 1}});
    QVERIFY(store.record(puces) > 0);
    const auto sgp = store.findEntity(u"SGP"_s, Org);
    const auto full = store.findEntity(u"Société Générale des Puces"_s, Org);
    QVERIFY(sgp && full);
    QVERIFY(store.mergeEntities(sgp->id, full->id));
    QVERIFY(!store.mergeEntities(full->id, full->id));
    QVERIFY(store.renameEntity(full->id, u"  SG des Puces "_s));

    auto check = [&](const char *when) {
        const auto merged = store.findEntity(u"SGP"_s, Org);
        QVERIFY2(merged, when);
        QCOMPARE(merged->id, full->id);
        QCOMPARE(merged->name, u"SG des Puces"_s);
        QVERIFY(merged->renamed);
        QCOMPARE(merged->articleCount, 2);
        QCOMPARE(merged->mentionCount, 3);
        QCOMPARE(store.articlesMentioning(full->id).size(), 2);
        QCOMPARE(store.mergedInto(full->id).size(), 1);
        QCOMPARE(store.entities(u"sgp"_s).size(), 0); // shown under the name it was merged into
    };
    check("after the merge");
    QVERIFY(store.record(puces) > 0); // re-opened: recorded again
    recordCorpus(store);
    check("after recording again");
    // A new article naming it either way joins the merged entity too.
    QVERIFY(store.record(makeAnalysis(file(u"more.txt"_s), u"More"_s, u"SGP again."_s, {{u"SGP"_s, Org, 1}}))
        > 0);
    QCOMPARE(store.findEntity(u"SGP"_s, Org)->articleCount, 3);
    // Merging into a merged entity goes to its root.
    const auto kestrel = store.findEntity(u"Kestrel Silicon"_s, Org);
    QVERIFY(store.mergeEntities(kestrel->id, sgp->id));
    QCOMPARE(store.findEntity(u"Kestrel Silicon"_s, Org)->id, full->id);

    QVERIFY(store.splitEntity(full->id));
    QCOMPARE(store.findEntity(u"SGP"_s, Org)->id, sgp->id);
    QCOMPARE(store.findEntity(u"SGP"_s, Org)->articleCount, 2);
    QCOMPARE(store.findEntity(u"Kestrel Silicon"_s, Org)->articleCount, 2);
    QCOMPARE(store.entity(full->id)->articleCount, 1);
    QCOMPARE(store.entity(full->id)->name, u"SG des Puces"_s); // the rename stays
    QVERIFY(!store.splitEntity(full->id)); // nothing left to split
}

void TestLibrary::forgetKeepsNotes()
{
    LibraryStore library;
    QVERIFY(library.open(dbPath()));
    recordCorpus(library);
    const auto chips = library.articleByPath(file(u"chips.txt"_s));
    AnnotationStore notes;
    QVERIFY(notes.open(dbPath()));
    Annotation n;
    n.articleId = chips->id;
    n.anchor = TextAnchor::fromRange(u"Kestrel Silicon, Inc. said"_s, 0, 7);
    n.text = u"keep me"_s;
    QVERIFY(notes.addAnnotation(n) > 0);

    QVERIFY(library.forget(file(u"chips.txt"_s)));
    QVERIFY(!library.forget(file(u"chips.txt"_s)));
    QVERIFY(!library.forget(file(u"never.txt"_s)));
    QCOMPARE(library.articles().size(), 2);
    LibraryQuery q;
    q.search = u"accelerator"_s;
    QCOMPARE(library.articles(q).size(), 0);
    QCOMPARE(library.findEntity(u"Société Générale des Puces"_s, Org)->articleCount, 0);
    QCOMPARE(notes.annotation(n.id)->text, u"keep me"_s);
    recordCorpus(library); // opened again: back in the library, with its note
    QCOMPARE(library.articleByPath(file(u"chips.txt"_s))->noteCount, 1);
    QCOMPARE(library.articleByPath(file(u"chips.txt"_s))->id, chips->id);
}

void TestLibrary::recordOnAnotherThread()
{
    LibraryStore reader;
    QVERIFY(reader.open(dbPath()));
    QString error;
    std::thread worker([&] {
        LibraryStore writer; // its own connection, on its own thread
        if (!writer.open(dbPath())) {
            error = writer.errorString();
            return;
        }
        for (int i = 0; i < 20; ++i) {
            const Analysis a = makeAnalysis(file(u"w%1.txt"_s.arg(i)), u"Story %1"_s.arg(i),
                u"Story number %1 about Porthcarrow."_s.arg(i), {{u"Porthcarrow"_s, Loc, 1}});
            if (writer.record(a) <= 0) {
                error = writer.errorString();
                return;
            }
        }
    });
    worker.join();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(reader.articles().size(), 20);
    QCOMPARE(reader.findEntity(u"Porthcarrow"_s, Loc)->articleCount, 20);
}

void TestLibrary::migrateFromSchema2()
{
    // Schema 2 as Dramatis wrote it before the library: an article with a note.
    const QString text = u"The crew of Porthcarrow launched twice."_s;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v2"_s);
        raw.setDatabaseName(dbPath());
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        for (const QString &sql :
            {u"CREATE TABLE articles (id INTEGER PRIMARY KEY, hash TEXT NOT NULL, path TEXT NOT NULL DEFAULT "
             u"'',"
             " title TEXT NOT NULL DEFAULT '', first_seen TEXT NOT NULL, last_seen TEXT NOT NULL)"_s,
                u"CREATE INDEX articles_hash ON articles(hash)"_s,
                u"CREATE INDEX articles_path ON articles(path)"_s,
                u"CREATE TABLE annotations (id INTEGER PRIMARY KEY,"
                " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, kind INTEGER NOT "
                "NULL,"
                " pos_start INTEGER NOT NULL, pos_end INTEGER NOT NULL, exact TEXT NOT NULL, prefix TEXT NOT "
                "NULL,"
                " suffix TEXT NOT NULL, body TEXT NOT NULL DEFAULT '', category TEXT NOT NULL DEFAULT '',"
                " created TEXT NOT NULL, modified TEXT NOT NULL, status INTEGER NOT NULL DEFAULT 0)"_s,
                u"CREATE TABLE tags (article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                " tag TEXT NOT NULL, PRIMARY KEY (article_id, tag))"_s,
                u"CREATE TABLE categories (name TEXT PRIMARY KEY, color TEXT NOT NULL)"_s,
                u"CREATE TABLE lexicon_rules (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, scope INTEGER NOT "
                u"NULL,"
                " article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE, surface TEXT NOT NULL, type "
                "TEXT,"
                " other TEXT NOT NULL DEFAULT '', origin_path TEXT NOT NULL DEFAULT '',"
                " origin_context TEXT NOT NULL DEFAULT '', created TEXT NOT NULL)"_s,
                u"INSERT INTO articles VALUES (5, '%1', '%2', 'Old title', '2026-01-01T00:00:00.000Z',"
                " '2026-01-02T00:00:00.000Z')"_s.arg(AnnotationStore::contentHash(text), file(u"crew.txt"_s)),
                u"INSERT INTO annotations VALUES (9, 5, 0, 4, 8, 'crew', 'The ', ' of P', 'a note', '',"
                " '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 0)"_s,
                u"PRAGMA user_version = 2"_s}) {
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"v2"_s);

    LibraryStore library;
    QVERIFY2(library.open(dbPath()), qPrintable(library.errorString()));
    QVERIFY(QFile::exists(dbPath() + u".v2.bak"_s));
    // The article opened before the library is in it, with what was known then.
    QList<LibraryArticle> list = library.articles();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().id, 5);
    QCOMPARE(list.first().title, u"Old title"_s);
    QCOMPARE(list.first().noteCount, 1);
    QCOMPARE(list.first().entityCount, 0);
    // Opening it again fills in the rest and keeps its id and note.
    const qint64 id
        = library.record(makeAnalysis(file(u"crew.txt"_s), u"Crew"_s, text, {{u"Porthcarrow"_s, Loc, 1}}));
    QCOMPARE(id, 5);
    list = library.articles();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().title, u"Crew"_s);
    QCOMPARE(list.first().entityCount, 1);
    QCOMPARE(list.first().noteCount, 1);
    AnnotationStore notes;
    QVERIFY(notes.open(dbPath()));
    QCOMPARE(notes.annotation(9)->text, u"a note"_s);
}

void TestLibrary::entityArticlesByPage()
{
    LibraryStore store;
    QVERIFY(store.open(dbPath()));
    // Porthcarrow in 7 articles, mentioned 1 to 3 times: pages of 3 follow one another without a gap or
    // a repeat, most mentions first, then the most recently recorded.
    QList<qint64> ids;
    for (int i = 0; i < 7; ++i) {
        const qint64 id = store.record(makeAnalysis(file(u"p%1.txt"_s.arg(i)), u"Porthcarrow %1"_s.arg(i),
            u"Article %1 about Porthcarrow and Dalia Fenwick."_s.arg(i),
            {{u"Porthcarrow"_s, Loc, 1 + i % 3}, {u"Dalia Fenwick"_s, Per, 1}}));
        QVERIFY(id > 0);
        ids << id;
    }
    const auto place = store.findEntity(u"Porthcarrow"_s, Loc);
    QVERIFY(place);
    QCOMPARE(place->articleCount, 7);
    const QList<LibraryArticle> all = store.articlesMentioning(place->id);
    QCOMPARE(all.size(), 7);
    QList<qint64> paged;
    for (int offset = 0; offset < 9; offset += 3) {
        const QList<LibraryArticle> page = store.articlesMentioning(place->id, 3, offset);
        QVERIFY(page.size() <= 3);
        for (const LibraryArticle &a : page)
            paged << a.id;
    }
    QList<qint64> expected;
    for (const LibraryArticle &a : all)
        expected << a.id;
    QCOMPARE(paged, expected);
    // Mentions 3 (articles 2 and 5), 2 (1, 4), 1 (0, 3, 6); the newest first among equals.
    QCOMPARE(expected, (QList<qint64> {ids[5], ids[2], ids[4], ids[1], ids[6], ids[3], ids[0]}));
    QCOMPARE(all.first().mentions, 3);
    QCOMPARE(all.last().mentions, 1);
    // The same pages through a query, as the Library panel reads them.
    LibraryQuery q;
    q.entityId = place->id;
    q.limit = 2;
    q.offset = 2;
    const QList<LibraryArticle> viaQuery = store.articles(q);
    QCOMPARE(viaQuery.size(), 2);
    QCOMPARE(viaQuery.first().id, ids[4]);
    QCOMPARE(store.countArticles(q), 7);
    // A merged name's articles count once each, their mentions added.
    const auto fenwick = store.findEntity(u"Dalia Fenwick"_s, Per);
    QVERIFY(store.mergeEntities(fenwick->id, place->id));
    QCOMPARE(store.entity(place->id)->articleCount, 7);
    QCOMPARE(store.articlesMentioning(place->id, 1).first().mentions, 4);
    QCOMPARE(store.articlesMentioning(place->id, 10, 7).size(), 0);
    QCOMPARE(store.entities().first().articleCount, 7);
}

void TestLibrary::ftsQuery_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("match");
    QTest::newRow("word being typed") << u"harb"_s << u"\"harb\"*"_s;
    QTest::newRow("three letters") << u"har"_s << u"\"har\"*"_s;
    // One or two letters as a prefix would be most words of the index, at every first key typed.
    QTest::newRow("two letters") << u"ha"_s << u"\"ha\""_s;
    QTest::newRow("one letter") << u"h"_s << u"\"h\""_s;
    QTest::newRow("one letter after a word") << u"harbour w"_s << u"\"harbour\" \"w\""_s;
    QTest::newRow("quotes are literal") << u"say \"hi"_s << u"\"say\" \"\"\"hi\"*"_s;
    QTest::newRow("punctuation only") << u"-- ("_s << QString();
}

void TestLibrary::ftsQuery()
{
    QFETCH(QString, typed);
    QFETCH(QString, match);
    QCOMPARE(LibraryStore::ftsQuery(typed), match);
}

void TestLibrary::prefixWrittenOut_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("titles");
    const QString chips = u"Kestrel Silicon ships its first accelerator"_s;
    const QString harbour = u"Harbour works delayed again"_s;
    const QString lifeboat = u"Lifeboat crew launches twice"_s;
    // Newest first, the order of a search with too many matches to rank; then best first.
    const int newest = LibraryQuery::Recorded;
    const int best = LibraryQuery::Relevance;
    QTest::newRow("one word begins with it") << u"sai"_s << newest << QStringList {lifeboat, harbour, chips};
    QTest::newRow("two words begin with it") << u"launch"_s << newest << QStringList {lifeboat, chips};
    QTest::newRow("two words, best first") << u"launch"_s << best << QStringList {lifeboat, chips};
    QTest::newRow("after a word") << u"kestrel sai"_s << newest << QStringList {harbour, chips};
    QTest::newRow("after a word, two begin with it")
        << u"harbour launch"_s << newest << QStringList {lifeboat};
    QTest::newRow("the whole word") << u"rudder"_s << newest << QStringList {lifeboat};
    QTest::newRow("no word begins with it") << u"zzz"_s << newest << QStringList {};
    QTest::newRow("nor after a word") << u"kestrel zzz"_s << best << QStringList {};
    QTest::newRow("upper case") << u"SAI"_s << newest << QStringList {lifeboat, harbour, chips};
    QTest::newRow("an accent: left to the index") << u"tromsø"_s << newest << QStringList {chips};
    QTest::newRow("accents folded by the index") << u"Soci\u00e9t\u00e9"_s << newest << QStringList {chips};
}

void TestLibrary::prefixWrittenOut()
{
    QFETCH(QString, typed);
    QFETCH(int, order);
    QFETCH(QStringList, titles);
    LibraryStore store;
    QVERIFY(store.open(dbPath()));
    recordCorpus(store);
    LibraryQuery q;
    q.search = typed;
    q.sortColumn = LibraryQuery::Column(order);
    QStringList found;
    for (const LibraryArticle &a : store.articles(q))
        found << a.title;
    QCOMPARE(found, titles);
    QCOMPARE(store.countForPage(q), titles.size());
    QCOMPARE(store.countArticles(q), titles.size());
}

void TestLibrary::interruptStopsARead()
{
    LibraryStore store;
    QVERIFY(store.open(dbPath()));
    // Enough articles for SQLite to ask the check several times while it reads them.
    constexpr int Notes = 300;
    QVERIFY(store.beginBatch());
    for (int i = 0; i < Notes; ++i) {
        QVERIFY(store.record(makeAnalysis(file(u"berth%1.txt"_s.arg(i)), u"Berth %1"_s.arg(i),
                    u"The harbour master said berth %1 is free."_s.arg(i), {{u"Maren Olsby"_s, Per, 1}}))
            > 0);
    }
    QVERIFY(store.commitBatch());
    LibraryQuery search;
    search.search = u"harbour"_s;
    search.sortColumn = LibraryQuery::Relevance;
    LibraryQuery all;
    bool stop = true;
    store.setInterruptCheck([&stop] { return stop; });
    QVERIFY(store.articles(search).size() < Notes);
    QVERIFY(store.interruptions() > 0);
    int before = store.interruptions();
    QVERIFY(store.articles(all).size() < Notes);
    QVERIFY(store.interruptions() > before);
    before = store.interruptions();
    QCOMPARE(store.countForPage(search), 0);
    QVERIFY(store.interruptions() > before);

    // Let run, the same reads are whole: the stopped count was not remembered.
    stop = false;
    before = store.interruptions();
    QCOMPARE(store.countForPage(search), Notes);
    QCOMPARE(store.articles(search).size(), Notes);
    QCOMPARE(store.articles(all).size(), Notes);
    QCOMPARE(store.interruptions(), before);
    // No check: nothing is stopped.
    store.setInterruptCheck({});
    stop = true;
    QCOMPARE(store.articles(all).size(), Notes);
    QCOMPARE(store.interruptions(), before);
}

void TestLibrary::identifiersLinkArticles_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QStringList>("titles"); // newest first
    QTest::newRow("an address in two articles")
        << int(IdentifierKind::Email) << u"press@kestrel.example"_s << QStringList {u"Cranes"_s, u"Chips"_s};
    QTest::newRow("a number in all three") << int(IdentifierKind::Phone) << u"+442079460123"_s
                                           << QStringList {u"Lifeboat"_s, u"Cranes"_s, u"Chips"_s};
    QTest::newRow("an address in one")
        << int(IdentifierKind::Email) << u"coxswain@rnli.example"_s << QStringList {u"Lifeboat"_s};
    QTest::newRow("the number as another kind")
        << int(IdentifierKind::Email) << u"+442079460123"_s << QStringList {};
    QTest::newRow("unknown") << int(IdentifierKind::Phone) << u"+15550100"_s << QStringList {};
    // An amount in two articles ties nothing together: not recorded.
    QTest::newRow("money links nothing") << int(IdentifierKind::Money) << u"EUR 40000000"_s << QStringList {};
}

void TestLibrary::identifiersLinkArticles()
{
    QFETCH(int, kind);
    QFETCH(QString, normalized);
    QFETCH(QStringList, titles);
    LibraryStore store;
    QVERIFY(store.open(dbPath()));
    const QString chips = u"Kestrel Silicon will invest 40 million euros. Press: press@kestrel.example, "
                          u"020 7946 0123."_s;
    const QString cranes = u"Write to PRESS@kestrel.example or call +44 20 7946 0123 about the cranes."_s;
    const QString lifeboat = u"The crew (coxswain@rnli.example, 020 7946 0123) spent 40 million euros."_s;
    Analysis a = makeAnalysis(file(u"chips.txt"_s), u"Chips"_s, chips, {{u"Kestrel Silicon"_s, Org, 1}});
    a.identifiers = {
        identifierIn(chips, u"40 million euros"_s, IdentifierKind::Money, u"EUR 40000000"_s),
        identifierIn(chips, u"press@kestrel.example"_s, IdentifierKind::Email, u"press@kestrel.example"_s),
        identifierIn(chips, u"020 7946 0123"_s, IdentifierKind::Phone, u"+442079460123"_s),
    };
    Analysis b = makeAnalysis(file(u"cranes.txt"_s), u"Cranes"_s, cranes, {{u"Kestrel Silicon"_s, Org, 1}});
    b.identifiers = {
        identifierIn(cranes, u"PRESS@kestrel.example"_s, IdentifierKind::Email, u"press@kestrel.example"_s),
        identifierIn(cranes, u"+44 20 7946 0123"_s, IdentifierKind::Phone, u"+442079460123"_s),
    };
    Analysis c = makeAnalysis(file(u"lifeboat.txt"_s), u"Lifeboat"_s, lifeboat, {{u"Porthcarrow"_s, Loc, 1}});
    c.identifiers = {
        identifierIn(lifeboat, u"coxswain@rnli.example"_s, IdentifierKind::Email, u"coxswain@rnli.example"_s),
        identifierIn(lifeboat, u"020 7946 0123"_s, IdentifierKind::Phone, u"+442079460123"_s),
        identifierIn(lifeboat, u"40 million euros"_s, IdentifierKind::Money, u"EUR 40000000"_s),
    };
    for (const Analysis &x : {a, b, c})
        QVERIFY2(store.record(x) > 0, qPrintable(store.errorString()));

    const auto found = store.identifier(IdentifierKind(kind), normalized);
    QCOMPARE(found.has_value(), !titles.isEmpty());
    QStringList listed;
    for (const LibraryArticle &x : store.articlesWithIdentifier(IdentifierKind(kind), normalized))
        listed << x.title;
    QCOMPARE(listed, titles);
    if (found)
        QCOMPARE(found->articleCount, titles.size());
    LibraryQuery q;
    q.identifier = std::pair(IdentifierKind(kind), normalized);
    QCOMPARE(store.countArticles(q), titles.size());
    q.limit = 1;
    q.offset = 1;
    QCOMPARE(store.articles(q).size(), titles.size() > 1 ? 1 : 0);
}

void TestLibrary::identifiersFollowTheArticle()
{
    LibraryStore store;
    QVERIFY(store.open(dbPath()));
    const QString path = file(u"edited.txt"_s);
    const QString draft = u"Call 020 7946 0123 for the ferry."_s;
    Analysis a = makeAnalysis(path, u"Draft"_s, draft, {});
    a.identifiers = {identifierIn(draft, u"020 7946 0123"_s, IdentifierKind::Phone, u"+442079460123"_s)};
    a.titleIdentifiers = {Identifier {0, 5, IdentifierKind::Handle, u"@draft"_s}};
    QVERIFY(store.record(a) > 0);
    QCOMPARE(store.identifier(IdentifierKind::Phone, u"+442079460123"_s)->articleCount, 1);
    QCOMPARE(store.identifier(IdentifierKind::Handle, u"@draft"_s)->articleCount, 1); // the title's too
    // The file changed: its identifiers are the new text's.
    const QString final = u"Write to ferry@harbour.example instead."_s;
    Analysis b = makeAnalysis(path, u"Final"_s, final, {});
    b.identifiers = {
        identifierIn(final, u"ferry@harbour.example"_s, IdentifierKind::Email, u"ferry@harbour.example"_s)};
    QVERIFY(store.record(b) > 0);
    QVERIFY(!store.identifier(IdentifierKind::Phone, u"+442079460123"_s));
    QVERIFY(!store.identifier(IdentifierKind::Handle, u"@draft"_s));
    QCOMPARE(store.identifier(IdentifierKind::Email, u"ferry@harbour.example"_s)->text,
        u"ferry@harbour.example"_s);
    // Recorded twice, it is still in one article.
    QVERIFY(store.record(b) > 0);
    QCOMPARE(store.identifier(IdentifierKind::Email, u"ferry@harbour.example"_s)->articleCount, 1);
    QVERIFY(store.forget(path));
    QVERIFY(!store.identifier(IdentifierKind::Email, u"ferry@harbour.example"_s));
}

void TestLibrary::identifiersOfAnEntity()
{
    LibraryStore store;
    QVERIFY(store.open(dbPath()));
    // Kestrel's two articles share its press line; one of them and an article without Kestrel share a
    // mobile number: the number is in 2 articles of the library, 1 of them Kestrel's.
    const QString one = u"Kestrel Silicon: press@kestrel.example. Maren Olsby: 07700 900123."_s;
    const QString two = u"Kestrel Silicon answered from press@kestrel.example."_s;
    const QString three = u"Maren Olsby (07700 900123) spoke for the harbour board."_s;
    Analysis a = makeAnalysis(file(u"1.txt"_s), u"One"_s, one, {{u"Kestrel Silicon"_s, Org, 1}});
    a.identifiers
        = {identifierIn(one, u"press@kestrel.example"_s, IdentifierKind::Email, u"press@kestrel.example"_s),
            identifierIn(one, u"07700 900123"_s, IdentifierKind::Phone, u"+447700900123"_s)};
    Analysis b = makeAnalysis(file(u"2.txt"_s), u"Two"_s, two, {{u"Kestrel Silicon"_s, Org, 1}});
    b.identifiers
        = {identifierIn(two, u"press@kestrel.example"_s, IdentifierKind::Email, u"press@kestrel.example"_s)};
    Analysis c = makeAnalysis(file(u"3.txt"_s), u"Three"_s, three, {{u"Maren Olsby"_s, Per, 1}});
    c.identifiers = {identifierIn(three, u"07700 900123"_s, IdentifierKind::Phone, u"+447700900123"_s)};
    for (const Analysis &x : {a, b, c})
        QVERIFY(store.record(x) > 0);
    const auto kestrel = store.findEntity(u"Kestrel Silicon"_s, Org);
    QVERIFY(kestrel);
    const QList<LibraryIdentifier> ids = store.identifiersOf(kestrel->id);
    QCOMPARE(ids.size(), 2);
    QCOMPARE(ids.at(0).normalized, u"press@kestrel.example"_s);
    QCOMPARE(ids.at(0).sharedArticles, 2);
    QCOMPARE(ids.at(0).articleCount, 2);
    QCOMPARE(ids.at(1).kind, IdentifierKind::Phone);
    QCOMPARE(ids.at(1).sharedArticles, 1);
    QCOMPARE(ids.at(1).articleCount, 2);
    QCOMPARE(store.identifiersOf(kestrel->id, 1).size(), 1);
    const auto olsby = store.findEntity(u"Maren Olsby"_s, Per);
    QCOMPARE(store.identifiersOf(olsby->id).size(), 1);
}

namespace {

// How many kept counts (per entity, per pair of entities) differ from those counted over the articles'
// entities: 0 when the counts were kept right.
int keptCountsThatDiffer(const QString &path)
{
    int wrong = -1;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        raw.setDatabaseName(path);
        if (!raw.open())
            return -1;
        QSqlQuery q(raw);
        if (q.exec(
                u"WITH truth AS (SELECT a.entity_id AS x, b.entity_id AS y, count(*) AS n, sum(b.mentions)"
                " AS m FROM article_entities a JOIN article_entities b ON b.article_id = a.article_id"
                " AND b.entity_id <> a.entity_id GROUP BY 1, 2)"
                " SELECT (SELECT count(*) FROM library_entities e WHERE e.article_count <> (SELECT count(*)"
                " FROM article_entities ae WHERE ae.entity_id = e.id) OR e.mention_count <> (SELECT"
                " coalesce(sum(ae.mentions), 0) FROM article_entities ae WHERE ae.entity_id = e.id))"
                " + (SELECT count(*) FROM truth t LEFT JOIN co_mentions c ON c.entity_id = t.x"
                " AND c.other_id = t.y WHERE c.articles IS NOT t.n OR c.mentions IS NOT t.m)"
                " + (SELECT count(*) FROM co_mentions c LEFT JOIN truth t ON t.x = c.entity_id"
                " AND t.y = c.other_id WHERE t.n IS NULL)"_s)
            && q.next())
            wrong = q.value(0).toInt();
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    return wrong;
}

} // namespace

void TestLibrary::keptCounts_data()
{
    // What happens after the corpus is recorded, and then: Maren Olsby's articles and mentions, and the
    // articles she shares with Kestrel Silicon.
    QTest::addColumn<QString>("then");
    QTest::addColumn<int>("articles");
    QTest::addColumn<int>("mentions");
    QTest::addColumn<int>("withKestrel");
    QTest::newRow("recorded") << u""_s << 2 << 5 << 2;
    QTest::newRow("recorded twice") << u"again"_s << 2 << 5 << 2;
    QTest::newRow("re-recorded naming fewer") << u"fewer"_s << 2 << 4 << 1;
    QTest::newRow("forgotten") << u"forget"_s << 1 << 2 << 1;
    QTest::newRow("forgotten, then opened again") << u"forget again"_s << 2 << 5 << 2;
    QTest::newRow("a batch rolled back") << u"rollback"_s << 2 << 5 << 2;
    QTest::newRow("a batch committed") << u"commit"_s << 3 << 6 << 3;
}

void TestLibrary::keptCounts()
{
    QFETCH(QString, then);
    QFETCH(int, articles);
    QFETCH(int, mentions);
    QFETCH(int, withKestrel);
    LibraryStore store;
    QVERIFY(store.open(dbPath()));
    recordCorpus(store);
    const Analysis both = makeAnalysis(file(u"board.txt"_s), u"Board meets"_s,
        u"Maren Olsby met Kestrel Silicon."_s, {{u"Maren Olsby"_s, Per, 1}, {u"Kestrel Silicon"_s, Org, 1}});
    for (const QString &step : then.split(u' ', Qt::SkipEmptyParts)) {
        if (step == u"again") {
            recordCorpus(store);
        } else if (step == u"fewer") {
            QVERIFY(store.record(makeAnalysis(file(u"harbour.txt"_s), u"Harbour works delayed again"_s,
                        u"The harbour board blamed the weather, said Maren Olsby."_s,
                        {{u"Maren Olsby"_s, Per, 1}}))
                > 0);
        } else if (step == u"forget") {
            QVERIFY(store.forget(file(u"chips.txt"_s)));
        } else if (step == u"rollback" || step == u"commit") {
            QVERIFY(store.beginBatch());
            QVERIFY(store.record(both) > 0);
            if (step == u"commit")
                QVERIFY(store.commitBatch());
            else
                store.rollbackBatch();
        }
    }
    QCOMPARE(keptCountsThatDiffer(dbPath()), 0);
    const auto olsby = store.findEntity(u"Maren Olsby"_s, Per);
    QVERIFY(olsby);
    QCOMPARE(olsby->articleCount, articles);
    QCOMPARE(olsby->mentionCount, mentions);
    int shared = 0;
    for (const LibraryEntity &e : store.coMentioned(olsby->id, 10)) {
        if (e.name.startsWith(u"Kestrel"_s))
            shared = e.sharedArticles;
    }
    QCOMPARE(shared, withKestrel);
    const QList<LibraryEntity> listed = store.entities(u"olsby"_s);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().articleCount, articles);
}

void TestLibrary::keptCountsBackfilled()
{
    // Schema 3 as Dramatis wrote it when the library came: two articles naming the same two entities,
    // one of them a third as well; no counts kept yet.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v3"_s);
        raw.setDatabaseName(dbPath());
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        for (const QString &sql :
            {u"CREATE TABLE articles (id INTEGER PRIMARY KEY, hash TEXT NOT NULL, path TEXT NOT NULL DEFAULT"
             " '', title TEXT NOT NULL DEFAULT '', first_seen TEXT NOT NULL, last_seen TEXT NOT NULL,"
             " source TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '', date TEXT,"
             " format TEXT NOT NULL DEFAULT '', entity_count INTEGER NOT NULL DEFAULT 0,"
             " in_library INTEGER NOT NULL DEFAULT 1)"_s,
                u"CREATE INDEX articles_hash ON articles(hash)"_s,
                u"CREATE INDEX articles_path ON articles(path)"_s,
                u"CREATE TABLE annotations (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES"
                " articles(id) ON DELETE CASCADE, kind INTEGER NOT NULL, pos_start INTEGER NOT NULL,"
                " pos_end INTEGER NOT NULL, exact TEXT NOT NULL, prefix TEXT NOT NULL, suffix TEXT NOT NULL,"
                " body TEXT NOT NULL DEFAULT '', category TEXT NOT NULL DEFAULT '', created TEXT NOT NULL,"
                " modified TEXT NOT NULL, status INTEGER NOT NULL DEFAULT 0)"_s,
                u"CREATE INDEX annotations_article ON annotations(article_id)"_s,
                u"CREATE TABLE tags (article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                " tag TEXT NOT NULL, PRIMARY KEY (article_id, tag))"_s,
                u"CREATE TABLE categories (name TEXT PRIMARY KEY, color TEXT NOT NULL)"_s,
                u"CREATE TABLE lexicon_rules (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, scope INTEGER NOT"
                " NULL, article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE, surface TEXT NOT NULL,"
                " type TEXT, other TEXT NOT NULL DEFAULT '', origin_path TEXT NOT NULL DEFAULT '',"
                " origin_context TEXT NOT NULL DEFAULT '', created TEXT NOT NULL)"_s,
                u"CREATE TABLE library_entities (id INTEGER PRIMARY KEY, type TEXT NOT NULL, key TEXT NOT "
                u"NULL,"
                " name TEXT NOT NULL, renamed INTEGER NOT NULL DEFAULT 0, merged_into INTEGER REFERENCES"
                " library_entities(id) ON DELETE SET NULL, UNIQUE (type, key))"_s,
                u"CREATE INDEX library_entities_merged ON library_entities(merged_into)"_s,
                u"CREATE TABLE article_entities (article_id INTEGER NOT NULL REFERENCES articles(id) ON "
                u"DELETE"
                " CASCADE, entity_id INTEGER NOT NULL REFERENCES library_entities(id) ON DELETE CASCADE,"
                " mentions INTEGER NOT NULL, PRIMARY KEY (article_id, entity_id))"_s,
                u"CREATE INDEX article_entities_entity ON article_entities(entity_id)"_s,
                u"CREATE VIRTUAL TABLE article_text USING fts5(title, source, body,"
                " tokenize = 'unicode61 remove_diacritics 2')"_s,
                u"INSERT INTO articles (id, hash, path, title, first_seen, last_seen, entity_count) VALUES"
                " (1, 'h1', '/a.txt', 'A', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 3),"
                " (2, 'h2', '/b.txt', 'B', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 2)"_s,
                u"INSERT INTO library_entities (id, type, key, name) VALUES (1, 'PER', 'maren olsby',"
                " 'Maren Olsby'), (2, 'ORG', 'kestrel silicon', 'Kestrel Silicon'), (3, 'LOC', 'tromso',"
                " 'Tromsø')"_s,
                u"INSERT INTO article_entities VALUES (1, 1, 3), (1, 2, 4), (1, 3, 1), (2, 1, 2), (2, 2, 1)"_s,
                u"PRAGMA user_version = 3"_s}) {
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + u": "_s + sql));
        }
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"v3"_s);

    LibraryStore store;
    QVERIFY2(store.open(dbPath()), qPrintable(store.errorString()));
    QCOMPARE(keptCountsThatDiffer(dbPath()), 0);
    const auto olsby = store.entity(1);
    QVERIFY(olsby);
    QCOMPARE(olsby->articleCount, 2);
    QCOMPARE(olsby->mentionCount, 5);
    const QList<LibraryEntity> with = store.coMentioned(1, 10);
    QCOMPARE(with.size(), 2);
    QCOMPARE(with.at(0).name, u"Kestrel Silicon"_s);
    QCOMPARE(with.at(0).sharedArticles, 2);
    QCOMPARE(with.at(0).mentionCount, 5); // Kestrel's mentions in the two
    QCOMPARE(with.at(1).sharedArticles, 1);
}

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
