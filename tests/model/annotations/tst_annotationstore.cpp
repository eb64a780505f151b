// AnnotationStore: persistence, re-anchoring on reopen, migrations with backups, unusable databases.
#include "annotations/annotationstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace dramatis;
using namespace Qt::StringLiterals;

class TestAnnotationStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void roundTrip();
    void articleKnownByHashAndPath();
    void reanchorAfterEdit_data();
    void reanchorAfterEdit();
    void restoreKeepsId();
    void tagsAndCategories();
    void lexiconRules();
    void lexiconReadOnAnotherThread();
    void pathFromOptionEnvOrDefault();
    void migrateFromVersion1();
    void unversionedFileIsBackedUp();
    void newerSchemaIsRefused();
    void unusable_data();
    void unusable();
    void lockedDatabase();

private:
    QString dbPath() const { return m_dir->filePath(u"library.sqlite"_s); }
    Article writeArticle(const QString &name, const QString &text);
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

const QString Story
    = u"The lifeboat crew of Porthcarrow launched twice on Sunday. Coxswain Jory Tremayne said "
      "the second call came from a yacht with a broken rudder."_s;

} // namespace

void TestAnnotationStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Article TestAnnotationStore::writeArticle(const QString &name, const QString &text)
{
    Article a;
    a.text = text;
    a.filePath = m_dir->filePath(name);
    QFile f(a.filePath);
    if (f.open(QIODevice::WriteOnly))
        f.write(text.toUtf8());
    return a;
}

void TestAnnotationStore::roundTrip()
{
    const Article article = writeArticle(u"crew.txt"_s, Story);
    qint64 noteId = 0;
    {
        AnnotationStore store;
        QVERIFY2(store.open(dbPath()), qPrintable(store.errorString()));
        QCOMPARE(store.state(), AnnotationStore::State::Ready);
        const qint64 articleId = store.articleId(article);
        QVERIFY2(articleId > 0, qPrintable(store.errorString()));
        Annotation note;
        note.articleId = articleId;
        const qsizetype at = Story.indexOf(u"Jory Tremayne");
        note.anchor = TextAnchor::fromRange(Story, at, at + 13);
        note.text = u"Check his name with the RNLI station."_s;
        note.category = u"Follow up"_s;
        QSignalSpy added(&store, &AnnotationStore::annotationAdded);
        noteId = store.addAnnotation(note);
        QVERIFY(noteId > 0);
        QCOMPARE(added.size(), 1);
        note.kind = Annotation::Highlight;
        note.text.clear();
        note.anchor = TextAnchor::fromRange(Story, 0, 12);
        QVERIFY(store.addAnnotation(note) > 0);
    }
    AnnotationStore reopened;
    QVERIFY(reopened.open(dbPath()));
    QVERIFY(reopened.backupPath().isEmpty());
    const qint64 articleId = reopened.findArticle(article);
    QVERIFY(articleId > 0);
    const AnnotationList list = reopened.annotations(articleId, Story);
    QCOMPARE(list.size(), 2);
    // Text order: the highlight on the first words comes first.
    QCOMPARE(list[0].kind, Annotation::Highlight);
    QCOMPARE(list[0].anchor.exact, u"The lifeboat"_s);
    QCOMPARE(list[1].id, noteId);
    QCOMPARE(list[1].text, u"Check his name with the RNLI station."_s);
    QCOMPARE(list[1].category, u"Follow up"_s);
    QCOMPARE(Story.mid(list[1].start, list[1].end - list[1].start), u"Jory Tremayne"_s);
    QCOMPARE(list[1].status, AnchorStatus::Exact);
    QVERIFY(list[1].created.isValid());

    QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
    raw.setDatabaseName(dbPath());
    QVERIFY(raw.open());
    {
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), AnnotationStore::schemaVersion());
    }
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"inspect"_s);
}

void TestAnnotationStore::articleKnownByHashAndPath()
{
    AnnotationStore store;
    QVERIFY(store.open(dbPath()));
    const Article a = writeArticle(u"a.txt"_s, Story);
    const qint64 id = store.articleId(a);
    // The same text elsewhere (a copy, or a moved file) is the same article.
    Article copy = a;
    copy.filePath = m_dir->filePath(u"elsewhere/copy.txt"_s);
    QCOMPARE(store.articleId(copy), id);
    // An edited file at the known path too: its annotations re-anchor.
    Article edited = copy;
    edited.text = Story + u" The yacht was towed to Newlyn."_s;
    QCOMPARE(store.findArticle(edited), id);
    QCOMPARE(store.articleId(edited), id);
    // Another text at another path is another article.
    const Article other = writeArticle(u"b.txt"_s, u"A different story about gulls."_s);
    QVERIFY(store.findArticle(other) == 0);
    QVERIFY(store.articleId(other) != id);
}

void TestAnnotationStore::reanchorAfterEdit_data()
{
    QTest::addColumn<QString>("edited");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("covered");
    const QString quote = u"a yacht with a broken rudder"_s;
    QTest::newRow("inserted before") << u"Updated. "_s + Story << int(AnchorStatus::Moved) << quote;
    QTest::newRow("inserted inside") << QString(Story).replace(u"broken rudder"_s, u"broken, jammed rudder"_s)
                                     << int(AnchorStatus::Changed)
                                     << u"a yacht with a broken, jammed rudder"_s;
    QTest::newRow("inserted after") << Story + u" Nobody was hurt."_s << int(AnchorStatus::Exact) << quote;
    QTest::newRow("quote deleted") << QString(Story).replace(
        u" from a yacht with a broken rudder"_s, QString())
                                   << int(AnchorStatus::Orphaned) << QString();
}

void TestAnnotationStore::reanchorAfterEdit()
{
    QFETCH(QString, edited);
    QFETCH(int, status);
    QFETCH(QString, covered);
    Article article = writeArticle(u"crew.txt"_s, Story);
    {
        AnnotationStore store;
        QVERIFY(store.open(dbPath()));
        Annotation note;
        note.articleId = store.articleId(article);
        const qsizetype at = Story.indexOf(u"a yacht");
        note.anchor = TextAnchor::fromRange(Story, at, at + 28);
        note.text = u"Which yacht?"_s;
        QVERIFY(store.addAnnotation(note) > 0);
    }
    article = writeArticle(u"crew.txt"_s, edited);
    for (int pass = 0; pass < 2; ++pass) {
        // The second pass reads what the first saved: a moved anchor stays found, an orphan stays listed.
        AnnotationStore store;
        QVERIFY(store.open(dbPath()));
        const qint64 id = store.articleId(article);
        QVERIFY(id > 0);
        const AnnotationList list = store.annotations(id, edited);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].text, u"Which yacht?"_s);
        if (pass == 0)
            QCOMPARE(int(list[0].status), status);
        if (covered.isEmpty()) {
            QVERIFY(list[0].isOrphaned());
            QCOMPARE(list[0].anchor.exact, u"a yacht with a broken rudder"_s);
        } else {
            QCOMPARE(edited.mid(list[0].start, list[0].end - list[0].start), covered);
            if (pass == 1)
                QCOMPARE(list[0].status, AnchorStatus::Exact);
        }
    }
}

void TestAnnotationStore::restoreKeepsId()
{
    AnnotationStore store;
    QVERIFY(store.open(dbPath()));
    Annotation note;
    note.articleId = store.articleId(writeArticle(u"crew.txt"_s, Story));
    note.anchor = TextAnchor::fromRange(Story, 4, 12);
    note.text = u"boat"_s;
    const qint64 id = store.addAnnotation(note);
    QSignalSpy removed(&store, &AnnotationStore::annotationRemoved);
    QVERIFY(store.removeAnnotation(id));
    QCOMPARE(removed.size(), 1);
    QVERIFY(!store.annotation(id));
    QVERIFY(!store.removeAnnotation(id));
    QVERIFY(store.restoreAnnotation(note));
    QCOMPARE(store.annotation(id)->text, u"boat"_s);
    // Restoring twice is refused, not duplicated.
    QVERIFY(!store.restoreAnnotation(note));
    note.text = u"the lifeboat"_s;
    QVERIFY(store.updateAnnotation(note));
    QCOMPARE(store.annotation(id)->text, u"the lifeboat"_s);
}

void TestAnnotationStore::tagsAndCategories()
{
    AnnotationStore store;
    QVERIFY(store.open(dbPath()));
    const qint64 id = store.articleId(writeArticle(u"crew.txt"_s, Story));
    QVERIFY(store.addTag(id, u"maritime"_s));
    QVERIFY(store.addTag(id, u" rescue "_s));
    QVERIFY(!store.addTag(id, u"maritime"_s));
    QCOMPARE(store.tags(id), (QStringList {u"maritime"_s, u"rescue"_s}));
    QVERIFY(store.removeTag(id, u"maritime"_s));
    QCOMPARE(store.tags(id), QStringList {u"rescue"_s});

    // A new database starts with three categories; the analyst adds and recolours.
    QCOMPARE(store.categories().size(), 3);
    QVERIFY(store.setCategory({u"Numbers"_s, u"#00aa00"_s}));
    QVERIFY(store.setCategory({u"Numbers"_s, u"#008800"_s}));
    const QList<HighlightCategory> cats = store.categories();
    QCOMPARE(cats.size(), 4);
    QVERIFY(cats.contains(HighlightCategory {u"Numbers"_s, u"#008800"_s}));
    QVERIFY(store.removeCategory(u"Numbers"_s));
    QCOMPARE(store.categories().size(), 3);
}

void TestAnnotationStore::lexiconRules()
{
    qint64 first = 0;
    qint64 second = 0;
    {
        AnnotationStore store;
        QVERIFY(store.open(dbPath()));
        first = store.articleId(writeArticle(u"one.txt"_s, Story));
        second = store.articleId(writeArticle(u"two.txt"_s, u"Gulls nest on the quay."_s));
        LexiconRule everywhere;
        everywhere.kind = LexiconRule::Mark;
        everywhere.surface = u"Porthcarrow"_s;
        everywhere.type = EntityType::Location;
        everywhere.articleId = first;
        everywhere.originPath = u"one.txt"_s;
        everywhere.originContext = u"crew of [Porthcarrow] launched"_s;
        QSignalSpy changed(&store, &AnnotationStore::lexiconChanged);
        QVERIFY(store.addRule(everywhere) > 0);
        LexiconRule local;
        local.kind = LexiconRule::Reject;
        local.scope = LexiconRule::ThisArticle;
        local.articleId = first;
        local.surface = u"Coxswain"_s;
        QVERIFY(store.addRule(local) > 0);
        QCOMPARE(changed.size(), 2);
    }
    AnnotationStore store;
    QVERIFY(store.open(dbPath()));
    QCOMPARE(store.lexicon().rules().size(), 2);
    const AnalystLexicon forFirst = store.lexiconFor(first);
    QCOMPARE(forFirst.rules().size(), 2);
    QCOMPARE(forFirst.rules()[0].surface, u"Porthcarrow"_s); // everywhere before this-article
    QCOMPARE(forFirst.rules()[0].type, std::optional(EntityType::Location));
    QCOMPARE(forFirst.rules()[0].originContext, u"crew of [Porthcarrow] launched"_s);
    QCOMPARE(forFirst.rules()[1].kind, LexiconRule::Reject);
    QVERIFY(!forFirst.rules()[1].type);
    const AnalystLexicon forSecond = store.lexiconFor(second);
    QCOMPARE(forSecond.rules().size(), 1);
    const LexiconRule removed = forFirst.rules()[1];
    QVERIFY(store.removeRule(removed.id));
    QCOMPARE(store.lexiconFor(first).rules().size(), 1);
    QVERIFY(store.restoreRule(removed));
    QCOMPARE(store.rule(removed.id)->surface, u"Coxswain"_s);
}

void TestAnnotationStore::lexiconReadOnAnotherThread()
{
    AnnotationStore store;
    QVERIFY(store.open(dbPath()));
    const Article article = writeArticle(u"crew.txt"_s, Story);
    LexiconRule mark;
    mark.kind = LexiconRule::Mark;
    mark.surface = u"Porthcarrow"_s;
    mark.type = EntityType::Location;
    mark.scope = LexiconRule::ThisArticle;
    mark.articleId = store.articleId(article);
    QVERIFY(store.addRule(mark) > 0);
    // The tagging worker reads while the GUI thread's connection stays open.
    AnalystLexicon read;
    QString error;
    std::thread worker([&] { read = AnnotationStore::readLexicon(dbPath(), article, &error); });
    worker.join();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(read.rules().size(), 1);
    QCOMPARE(read.rules()[0].surface, u"Porthcarrow"_s);
    // No database, no lexicon, and no file created.
    const QString missing = m_dir->filePath(u"none.sqlite"_s);
    QVERIFY(AnnotationStore::readLexicon(missing, article).isEmpty());
    QVERIFY(!QFile::exists(missing));
}

void TestAnnotationStore::pathFromOptionEnvOrDefault()
{
    const QByteArray old = qgetenv("DRAMATIS_DB");
    qputenv("DRAMATIS_DB", "/tmp/from-env.sqlite");
    QCOMPARE(AnnotationStore::databasePath(u"/tmp/option.sqlite"_s), u"/tmp/option.sqlite"_s);
    QCOMPARE(AnnotationStore::databasePath(), u"/tmp/from-env.sqlite"_s);
    qunsetenv("DRAMATIS_DB");
    QVERIFY(AnnotationStore::databasePath().endsWith(u"/library.sqlite"));
    if (!old.isEmpty())
        qputenv("DRAMATIS_DB", old);
}

void TestAnnotationStore::migrateFromVersion1()
{
    // A database as version 1 of the schema left it, with one note in it.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        raw.setDatabaseName(dbPath());
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        for (const QString &sql :
            {u"CREATE TABLE articles (id INTEGER PRIMARY KEY, hash TEXT NOT NULL, path TEXT NOT NULL DEFAULT "
             u"'',"
             " title TEXT NOT NULL DEFAULT '', first_seen TEXT NOT NULL, last_seen TEXT NOT NULL)"_s,
                u"CREATE TABLE annotations (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL, kind "
                u"INTEGER NOT NULL,"
                " pos_start INTEGER NOT NULL, pos_end INTEGER NOT NULL, exact TEXT NOT NULL, prefix TEXT NOT "
                "NULL,"
                " suffix TEXT NOT NULL, body TEXT NOT NULL DEFAULT '', category TEXT NOT NULL DEFAULT '',"
                " created TEXT NOT NULL, modified TEXT NOT NULL)"_s,
                u"CREATE TABLE tags (article_id INTEGER NOT NULL, tag TEXT NOT NULL, PRIMARY KEY (article_id, tag))"_s,
                u"INSERT INTO articles VALUES (1, '%1', '', '', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"_s
                    .arg(AnnotationStore::contentHash(Story)),
                u"INSERT INTO annotations VALUES (7, 1, 0, 4, 12, 'lifeboat', 'The ', ' crew', 'old note', "
                u"'',"
                " '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"_s,
                u"PRAGMA user_version = 1"_s}) {
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);

    AnnotationStore store;
    QVERIFY2(store.open(dbPath()), qPrintable(store.errorString()));
    QCOMPARE(store.backupPath(), dbPath() + u".v1.bak"_s);
    QVERIFY(QFile::exists(store.backupPath()));
    Article article;
    article.text = Story;
    const qint64 id = store.findArticle(article);
    QCOMPARE(id, 1);
    const AnnotationList list = store.annotations(id, Story);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].id, 7);
    QCOMPARE(list[0].text, u"old note"_s);
    QCOMPARE(store.categories().size(), 3); // added by the migration
    store.close();

    // The backup is the old database, still at version 1 with its note.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"backup"_s);
        raw.setDatabaseName(dbPath() + u".v1.bak"_s);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(u"SELECT body FROM annotations"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"old note"_s);
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"backup"_s);

    AnnotationStore again;
    QVERIFY(again.open(dbPath()));
    QVERIFY(again.backupPath().isEmpty()); // nothing left to migrate
}

namespace {

bool runRaw(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(path);
        ok = raw.open();
        QSqlQuery q(raw);
        for (const QString &sql : statements)
            ok = ok && q.exec(sql);
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return ok;
}

} // namespace

void TestAnnotationStore::unversionedFileIsBackedUp()
{
    // Version 0 with a table in it: somebody's data, never ours; copied before our tables go in beside it.
    QVERIFY(runRaw(
        dbPath(), {u"CREATE TABLE shopping (item TEXT)"_s, u"INSERT INTO shopping VALUES ('bread')"_s}));
    AnnotationStore store;
    QVERIFY2(store.open(dbPath()), qPrintable(store.errorString()));
    QCOMPARE(store.backupPath(), dbPath() + u".v0.bak"_s);
    QVERIFY(QFile::exists(store.backupPath()));
    QVERIFY(store.articleId(writeArticle(u"crew.txt"_s, Story)) > 0);
}

void TestAnnotationStore::newerSchemaIsRefused()
{
    QVERIFY(runRaw(dbPath(), {u"CREATE TABLE future (x)"_s, u"PRAGMA user_version = 99"_s}));
    AnnotationStore store;
    QVERIFY(!store.open(dbPath()));
    QCOMPARE(store.state(), AnnotationStore::State::Disabled);
    QVERIFY2(store.errorString().contains(u"newer Dramatis"), qPrintable(store.errorString()));
    QVERIFY(!QFile::exists(dbPath() + u".v99.bak"_s));
}

void TestAnnotationStore::unusable_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QByteArray garbage;
    for (int i = 0; i < 8192; ++i)
        garbage.append(char((i * 7919 + 13) % 251));
    QTest::newRow("garbage bytes") << garbage << u"damaged or not a database"_s;
    QTest::newRow("a text file") << QByteArray("these are somebody's shopping notes\n")
                                 << u"damaged or not a database"_s;
    QByteArray header("SQLite format 3");
    header.append('\0');
    header.append(QByteArray(4096 - header.size(), '\xff'));
    QTest::newRow("damaged header") << header << u"damaged"_s;
}

void TestAnnotationStore::unusable()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    {
        QFile f(dbPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    AnnotationStore store;
    QVERIFY(!store.open(dbPath()));
    QCOMPARE(store.state(), AnnotationStore::State::Disabled);
    QVERIFY2(store.errorString().contains(reason), qPrintable(store.errorString()));
    QVERIFY(store.errorString().contains(dbPath()));
    QVERIFY(!store.errorString().contains(u'\n'));
    // Disabled: reads are empty, writes refused, nothing crashes, and the file is left alone.
    Article article;
    article.text = Story;
    QCOMPARE(store.articleId(article), 0);
    QVERIFY(store.annotations(1, Story).isEmpty());
    Annotation note;
    note.anchor = TextAnchor::fromRange(Story, 0, 3);
    QCOMPARE(store.addAnnotation(note), 0);
    QVERIFY(store.lexicon().isEmpty());
    QFile f(dbPath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
}

void TestAnnotationStore::lockedDatabase()
{
    {
        AnnotationStore store;
        QVERIFY(store.open(dbPath()));
    }
    // Another program holds the write lock and does not let go.
    QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
    other.setDatabaseName(dbPath());
    QVERIFY(other.open());
    {
        QSqlQuery q(other);
        QVERIFY(q.exec(u"BEGIN EXCLUSIVE"_s));
        AnnotationStore store;
        AnnotationStore::Options options;
        options.busyTimeoutMs = 100;
        QVERIFY(!store.open(dbPath(), options));
        QVERIFY2(store.errorString().contains(u"locked"), qPrintable(store.errorString()));
        QVERIFY(q.exec(u"ROLLBACK"_s));
        // Once it lets go, the database opens again.
        QVERIFY2(store.open(dbPath(), options), qPrintable(store.errorString()));
    }
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"other"_s);
}

QTEST_GUILESS_MAIN(TestAnnotationStore)
#include "tst_annotationstore.moc"
