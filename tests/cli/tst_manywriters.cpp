// Many dramatis-cli processes started at once on one new database, as a batch engine starts them: every
// call succeeds (creating the schema is not a race), every write a call acknowledged is there afterwards,
// and SQLite finds the file intact.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

class TestManyWriters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void freshDatabase_data();
    void freshDatabase();

private:
    QString article() const { return m_dir.filePath(u"quay.txt"_s); }
    QString folder() const { return m_dir.filePath(u"articles"_s); }
    QString jsonl() const { return m_dir.filePath(u"tagged.jsonl"_s); }
    QTemporaryDir m_dir;
};

namespace {

void writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
}

// What a finished process said; code -1 when it crashed or hung.
struct Outcome
{
    QStringList args;
    int code = -1;
    QString out;
    QString err;
};

} // namespace

void TestManyWriters::initTestCase()
{
    QVERIFY(m_dir.isValid());
    writeFile(article(),
        u"Quay works begin\n\nEngineer Talia Brennock of Saltmarsh Dredging said the quay at Kelsworth would "
        "close for a month while the company deepens the berth.\n"_s);
    QVERIFY(QDir().mkpath(folder()));
    for (int i = 0; i < 6; ++i) {
        writeFile(folder() + u"/report%1.txt"_s.arg(i),
            u"Report %1 from the harbour\n\nHarbour master Odile Venn%1 met the crew of the trawler Gannet %1 in "
            "Kelsworth. Saltmarsh Dredging will hire %1 divers.\n"_s.arg(i));
    }
    // Three tagged articles, as `tag --jsonl` writes them, for `library import-jsonl`.
    QString lines;
    for (int i = 0; i < 3; ++i) {
        QProcess tag;
        tag.start(QStringLiteral(DRAMATIS_CLI), {u"tag"_s, u"--jsonl"_s});
        QVERIFY(tag.waitForStarted());
        tag.write(QJsonDocument(QJsonObject {{u"id"_s, u"imported-%1"_s.arg(i)},
                                    {u"text"_s,
                                        u"Ferry pilot Brannoc Hale%1 brought the Osprey into Kelsworth "
                                        u"for Saltmarsh Dredging."_s.arg(i)}})
                      .toJson(QJsonDocument::Compact)
            + '\n');
        tag.closeWriteChannel();
        QVERIFY(tag.waitForFinished(60000));
        QCOMPARE(tag.exitCode(), 0);
        lines += QString::fromUtf8(tag.readAllStandardOutput());
    }
    writeFile(jsonl(), lines);
}

void TestManyWriters::freshDatabase_data()
{
    QTest::addColumn<int>("notes");
    QTest::addColumn<bool>("bench");
    QTest::addColumn<bool>("import");
    QTest::newRow("8 note add") << 8 << false << false;
    QTest::newRow("6 note add, bench --folder --db") << 6 << true << false;
    QTest::newRow("4 note add, 2 library import-jsonl") << 4 << false << true;
    QTest::newRow("4 note add, bench, import-jsonl") << 4 << true << true;
}

void TestManyWriters::freshDatabase()
{
    QFETCH(int, notes);
    QFETCH(bool, bench);
    QFETCH(bool, import);
    // A few rounds: the race, when there is one, is lost only sometimes.
    for (int round = 0; round < 3; ++round) {
        const QString db = m_dir.filePath(u"%1-%2.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag())).arg(round));
        std::vector<QStringList> calls;
        for (int i = 0; i < notes; ++i) {
            calls.push_back({u"note"_s, u"add"_s, article(), u"--quote"_s, u"Talia Brennock"_s, u"--text"_s,
                u"note %1"_s.arg(i), u"--db"_s, db});
        }
        if (bench) {
            calls.push_back({u"bench"_s, u"--folder"_s, folder(), u"--threads"_s, u"2"_s, u"--db"_s, db,
                u"--format"_s, u"json"_s});
        }
        if (import) {
            for (int i = 0; i < 2; ++i)
                calls.push_back({u"library"_s, u"import-jsonl"_s, jsonl(), u"--db"_s, db});
        }
        std::vector<std::unique_ptr<QProcess>> processes;
        for (const QStringList &args : calls) {
            auto p = std::make_unique<QProcess>();
            p->start(QStringLiteral(DRAMATIS_CLI), args);
            processes.push_back(std::move(p));
        }
        QList<Outcome> outcomes;
        for (std::size_t i = 0; i < processes.size(); ++i) {
            QProcess &p = *processes[i];
            Outcome o;
            o.args = calls[i];
            if (p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit)
                o.code = p.exitCode();
            o.out = QString::fromUtf8(p.readAllStandardOutput());
            o.err = QString::fromUtf8(p.readAllStandardError());
            outcomes.append(o);
        }
        for (const Outcome &o : std::as_const(outcomes))
            QVERIFY2(o.code == 0, qPrintable(o.args.mid(0, 2).join(u' ') + u": "_s + o.err));

        // Every note acknowledged is listed.
        QProcess list;
        list.start(QStringLiteral(DRAMATIS_CLI),
            {u"note"_s, u"list"_s, article(), u"--format"_s, u"json"_s, u"--db"_s, db});
        QVERIFY(list.waitForFinished(60000));
        QCOMPARE(list.exitCode(), 0);
        QStringList texts;
        for (const QJsonValue &n : QJsonDocument::fromJson(list.readAllStandardOutput())
                 .object()
                 .value(u"notes"_s)
                 .toArray())
            texts.append(n.toObject().value(u"text"_s).toString());
        texts.sort();
        QStringList expected;
        for (int i = 0; i < notes; ++i)
            expected.append(u"note %1"_s.arg(i));
        expected.sort();
        QCOMPARE(texts, expected);

        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            sql.setDatabaseName(db);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"ok"_s);
            QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
            QVERIFY(q.value(0).toInt() > 0);
            // The library holds the folder's articles and the imported ones, each once.
            QVERIFY(q.exec(u"SELECT count(*) FROM article_text WHERE article_text MATCH 'trawler'"_s)
                && q.next());
            QCOMPARE(q.value(0).toInt(), bench ? 6 : 0);
            QVERIFY(q.exec(u"SELECT count(*) FROM article_text WHERE article_text MATCH 'Brannoc'"_s)
                && q.next());
            QCOMPARE(q.value(0).toInt(), import ? 3 : 0);
        }
        QSqlDatabase::removeDatabase(u"check"_s);
        // No backup: nothing was there to copy before the schema was created.
        QVERIFY(!QFileInfo::exists(db + u".v0.bak"_s));
    }
}

QTEST_GUILESS_MAIN(TestManyWriters)
#include "tst_manywriters.moc"
