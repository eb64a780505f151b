// dramatis-cli library and bench --folder: a folder recorded into a library, then listed, searched,
// its entities followed across articles, and forgotten; exit codes (0 done, 1 an input failed, 2 usage) and
// the JSON shapes the commands print.
#include "support/clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLibraryCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void usage_data();
    void usage();
    void benchRecordsTheFolder();
    void listAndSearch();
    void entityAcrossArticles();
    void pages_data();
    void pages();
    void forget();
    void missingDatabaseIsEmpty();

private:
    using Run = dramatis::testing::CliRun;
    Run cli(const QStringList &args) const;
    QString db() const { return m_dir.filePath(u"library.sqlite"_s); }
    QString folder() const { return m_dir.filePath(u"articles"_s); }
    QTemporaryDir m_dir;
};

TestLibraryCli::Run TestLibraryCli::cli(const QStringList &args) const
{
    return dramatis::testing::runCli(args);
}

void TestLibraryCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(folder() + u"/sub"_s));
    const QList<std::pair<QString, QString>> files {
        {u"ferry.txt"_s,
            u"Ferry company Northwind Shipping cancels winter crossings\n\nNorthwind Shipping said on Monday "
            u"that "
            "it would stop its winter crossings to Porthcarrow. Chief executive Maren Olsby told reporters "
            "in "
            "Falmouth that fuel prices had doubled since the summer.\n"_s},
        {u"sub/harbour.md"_s,
            u"# Harbour board approves new cranes\n\nThe harbour board in Porthcarrow approved two new "
            u"cranes on "
            "Tuesday. Maren Olsby, who runs Northwind Shipping, welcomed the decision and said the company "
            "would "
            "pay part of the cost.\n"_s},
        {u"lifeboat.txt"_s,
            u"Lifeboat launches twice in one night\n\nThe lifeboat crew at Penlowen launched twice on "
            u"Sunday. "
            "Coxswain Jory Tremayne said the second call came from a yacht with a broken rudder.\n"_s},
        {u"notes.bin"_s, u"not an article"_s}, // other kinds are left alone
    };
    for (const auto &[name, text] : files) {
        QFile f(folder() + u'/' + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }
}

void TestLibraryCli::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("no action") << QStringList {u"library"_s} << 2;
    QTest::newRow("unknown action") << QStringList {u"library"_s, u"burn"_s} << 2;
    QTest::newRow("search without a query") << QStringList {u"library"_s, u"search"_s} << 2;
    QTest::newRow("list with an argument") << QStringList {u"library"_s, u"list"_s, u"x"_s} << 2;
    QTest::newRow("negative offset") << QStringList {u"library"_s, u"search"_s, u"x"_s, u"--offset"_s,
        u"-1"_s} << 2;
    QTest::newRow("offset not a number")
        << QStringList {u"library"_s, u"entity"_s, u"x"_s, u"--offset"_s, u"two"_s} << 2;
    QTest::newRow("bad sort") << QStringList {u"library"_s, u"list"_s, u"--sort"_s, u"colour"_s} << 2;
    QTest::newRow("bad date") << QStringList {u"library"_s, u"list"_s, u"--from"_s, u"yesterday"_s} << 2;
    QTest::newRow("bad type") << QStringList {u"library"_s, u"entities"_s, u"--type"_s, u"FOO"_s} << 2;
    QTest::newRow("unknown option") << QStringList {u"library"_s, u"list"_s, u"--colour"_s, u"red"_s} << 2;
    QTest::newRow("bench bad threads")
        << QStringList {u"bench"_s, u"--folder"_s, u"."_s, u"--threads"_s, u"0"_s} << 2;
    QTest::newRow("bench missing folder")
        << QStringList {u"bench"_s, u"--folder"_s, u"/nonexistent/dir"_s} << 1;
}

void TestLibraryCli::usage()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const Run r = cli(args + QStringList {u"--db"_s, db()});
    QCOMPARE(r.code, code);
    QVERIFY(!r.err.isEmpty());
}

void TestLibraryCli::benchRecordsTheFolder()
{
    const Run r = cli({u"bench"_s, u"--folder"_s, folder(), u"--threads"_s, u"2"_s, u"--db"_s, db(),
        u"--format"_s, u"json"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"files"_s).toInt(), 3);
    QCOMPARE(o.value(u"recorded"_s).toInt(), 3);
    QCOMPARE(o.value(u"library_articles"_s).toInt(), 3);
    QVERIFY(o.value(u"articles_per_s"_s).toDouble() > 0);
    QVERIFY(o.value(u"tokens_per_s"_s).toDouble() > 0);
    // Again: the same articles, recorded again, not twice.
    QCOMPARE(cli({u"bench"_s, u"--folder"_s, folder(), u"--db"_s, db(), u"--format"_s, u"json"_s})
                 .json()
                 .value(u"library_articles"_s)
                 .toInt(),
        3);
}

void TestLibraryCli::listAndSearch()
{
    Run r = cli({u"library"_s, u"list"_s, u"--db"_s, db(), u"--json"_s, u"--sort"_s, u"title"_s, u"--asc"_s});
    QCOMPARE(r.code, 0);
    const QJsonArray articles = r.json().value(u"articles"_s).toArray();
    QCOMPARE(articles.size(), 3);
    const QJsonObject first = articles.at(0).toObject();
    QCOMPARE(
        first.value(u"title"_s).toString(), u"Ferry company Northwind Shipping cancels winter crossings"_s);
    for (const char *key : {"id", "path", "title", "source", "author", "date", "format", "hash",
             "first_opened", "last_opened", "entities", "notes"})
        QVERIFY2(first.contains(QLatin1String(key)), key); // unknown fields are null, never missing
    QVERIFY(first.value(u"date"_s).isNull());
    QVERIFY(first.value(u"entities"_s).toInt() > 0);
    QCOMPARE(first.value(u"path"_s).toString(), QDir(folder()).filePath(u"ferry.txt"_s));

    r = cli({u"library"_s, u"search"_s, u"cranes"_s, u"--db"_s, db(), u"--json"_s});
    QCOMPARE(r.code, 0);
    const QJsonArray found = r.json().value(u"articles"_s).toArray();
    QCOMPARE(found.size(), 1);
    QVERIFY(found.at(0).toObject().value(u"snippet"_s).toString().contains(u"[cranes]"_s));
    // What an analyst may type never makes an SQL error.
    for (const QString &hostile : {u"Olsby \"Mar"_s, u"-"_s, u"\""_s, u"NEAR("_s, u"a OR"_s}) {
        r = cli({u"library"_s, u"search"_s, hostile, u"--db"_s, db(), u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(hostile + u": "_s + r.err));
        QVERIFY(r.json().contains(u"articles"_s));
    }
    QCOMPARE(cli({u"library"_s, u"search"_s, u"Olsby \"Mar"_s, u"--db"_s, db(), u"--json"_s})
                 .json()
                 .value(u"articles"_s)
                 .toArray()
                 .size(),
        2);
    r = cli({u"library"_s, u"list"_s, u"--db"_s, db(), u"--format"_s, u"markdown"_s, u"--json"_s});
    QCOMPARE(r.json().value(u"articles"_s).toArray().size(), 1);
    r = cli({u"library"_s, u"list"_s, u"--db"_s, db()}); // text output
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"Lifeboat launches twice in one night"_s));
}

void TestLibraryCli::entityAcrossArticles()
{
    Run r = cli({u"library"_s, u"entities"_s, u"--db"_s, db(), u"--json"_s});
    QCOMPARE(r.code, 0);
    const QJsonArray entities = r.json().value(u"entities"_s).toArray();
    QVERIFY(!entities.isEmpty());
    // The most shared entity comes first and is in two articles (Olsby, Northwind Shipping or Porthcarrow).
    const QJsonObject top = entities.at(0).toObject();
    QCOMPARE(top.value(u"articles"_s).toInt(), 2);
    for (const char *key : {"id", "name", "type", "articles", "mentions"})
        QVERIFY2(top.contains(QLatin1String(key)), key);

    r = cli({u"library"_s, u"entity"_s, top.value(u"name"_s).toString(), u"--db"_s, db(), u"--json"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"entity"_s).toObject().value(u"name"_s), top.value(u"name"_s));
    QCOMPARE(o.value(u"articles"_s).toArray().size(), 2);
    const QJsonArray with = o.value(u"co_mentioned"_s).toArray();
    QVERIFY(!with.isEmpty());
    QCOMPARE(with.at(0).toObject().value(u"shared_articles"_s).toInt(), 2);

    r = cli({u"library"_s, u"entity"_s, u"Nobody Anywhere"_s, u"--db"_s, db()});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(u"Nobody Anywhere"_s));
}

void TestLibraryCli::pages_data()
{
    // "said" is in all three articles, Maren Olsby in two; a page of `limit` from `offset`.
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("total");
    const QStringList search {u"library"_s, u"search"_s, u"said"_s};
    const QStringList entity {u"library"_s, u"entity"_s, u"Maren Olsby"_s};
    QTest::newRow("search, the default page") << search << 3 << 3;
    QTest::newRow("search, limit 2") << search + QStringList {u"--limit"_s, u"2"_s} << 2 << 3;
    QTest::newRow("search, the next page")
        << search + QStringList {u"--limit"_s, u"2"_s, u"--offset"_s, u"2"_s} << 1 << 3;
    QTest::newRow("search, past the end") << search + QStringList {u"--offset"_s, u"5"_s} << 0 << 3;
    QTest::newRow("entity, the default page") << entity << 2 << 2;
    QTest::newRow("entity, limit 1") << entity + QStringList {u"--limit"_s, u"1"_s} << 1 << 2;
    QTest::newRow("entity, the next page")
        << entity + QStringList {u"--limit"_s, u"1"_s, u"--offset"_s, u"1"_s} << 1 << 2;
    QTest::newRow("entity, past the end") << entity + QStringList {u"--offset"_s, u"2"_s} << 0 << 2;
}

void TestLibraryCli::pages()
{
    QFETCH(QStringList, args);
    QFETCH(int, rows);
    QFETCH(int, total);
    const Run r = cli(args + QStringList {u"--db"_s, db(), u"--json"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"articles"_s).toArray().size(), rows);
    QCOMPARE(o.value(u"total"_s).toInt(-1), total);
    QVERIFY(!o.contains(u"more"_s));
    // The pages together are the whole list, each article once.
    if (!args.contains(u"--limit"_s) && !args.contains(u"--offset"_s)) {
        QSet<qint64> ids;
        for (int offset = 0; offset < total; ++offset) {
            const Run page = cli(args
                + QStringList {u"--limit"_s, u"1"_s, u"--offset"_s, QString::number(offset), u"--db"_s, db(),
                    u"--json"_s});
            const QJsonArray one = page.json().value(u"articles"_s).toArray();
            QCOMPARE(one.size(), 1);
            ids.insert(qint64(one.at(0).toObject().value(u"id"_s).toDouble()));
        }
        QCOMPARE(ids.size(), total);
    }
}

void TestLibraryCli::forget()
{
    const QString lifeboat = QDir(folder()).filePath(u"lifeboat.txt"_s);
    Run r = cli({u"library"_s, u"forget"_s, lifeboat, u"--db"_s, db()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({u"library"_s, u"list"_s, u"--db"_s, db(), u"--json"_s});
    QCOMPARE(r.json().value(u"articles"_s).toArray().size(), 2);
    r = cli({u"library"_s, u"forget"_s, lifeboat, u"--db"_s, db()});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(u"not in the library"_s));
}

void TestLibraryCli::missingDatabaseIsEmpty()
{
    const QString none = m_dir.filePath(u"none.sqlite"_s);
    const Run r = cli({u"library"_s, u"list"_s, u"--db"_s, none, u"--json"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().value(u"articles"_s).toArray().size(), 0);
    QVERIFY(!QFile::exists(none)); // reading never creates one
}

QTEST_GUILESS_MAIN(TestLibraryCli)
#include "tst_librarycli.moc"
