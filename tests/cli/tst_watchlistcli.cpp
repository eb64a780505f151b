// dramatis-cli watchlist: lists added from each kind of file, updated, renamed and removed; articles matched
// against them (the JSON of `match`); exit codes (0 done, 1 bad input, 2 usage) and nothing half-imported.
#include "support/clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWatchlistCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void usage_data();
    void usage();
    void addListUpdateRenameRemove();
    void badFileAddsNothing_data();
    void badFileAddsNothing();
    void match();
    void matchWithoutLists();
    void tagAndExportCarryHits();

private:
    using Run = dramatis::testing::CliRun;
    Run cli(QStringList args) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    void write(const QString &name, const QByteArray &data) const;
    QTemporaryDir m_dir;
    QString m_db;
};

TestWatchlistCli::Run TestWatchlistCli::cli(QStringList args) const
{
    args << u"--db"_s << m_db;
    return dramatis::testing::runCli(args);
}

void TestWatchlistCli::write(const QString &name, const QByteArray &data) const
{
    QFile f(path(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

void TestWatchlistCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    write(u"inquiry.csv"_s,
        "name,type,aliases,note\n"
        "Maren Olsby,person,,chief executive; met the port authority\n"
        "Northwind Shipping Ltd,company,NWS,\n"
        "Jory Tremayne,person,,\n");
    write(u"inquiry-v2.csv"_s,
        "name,type,aliases,note\n"
        "Maren Olsby,person,,chief executive; met the port authority twice\n"
        "Northwind Shipping Ltd,company,NWS,\n"
        "Kerensa Pascoe,person,,\n");
    write(u"ports.jsonl"_s,
        R"({"id": "p-1", "schema": "Company", "properties": {"name": ["Porthcarrow Harbour Board"]}, "datasets": ["ports"]}
{"id": "p-2", "schema": "Address", "properties": {"full": ["1 Quay Street"]}}
)");
    write(u"names.txt"_s, "# one a line\nMaren Olsby\n");
    write(u"ferry.txt"_s,
        "Ferry operator cancels winter crossings\n\nThe shipping company Northwind Shipping Ltd said on "
        "Monday that it would stop its winter crossings to Porthcarrow. Chief executive Maren Olsby told "
        "reporters in Falmouth that fuel prices had doubled since the summer. Shares of Northwind Shipping "
        "fell 4 percent.\n");
}

void TestWatchlistCli::init()
{
    static int n = 0;
    m_db = path(u"db%1.sqlite"_s.arg(++n));
}

void TestWatchlistCli::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no action") << QStringList {u"watchlist"_s};
    QTest::newRow("unknown action") << QStringList {u"watchlist"_s, u"burn"_s};
    QTest::newRow("add without a file") << QStringList {u"watchlist"_s, u"add"_s, u"Inquiry"_s};
    QTest::newRow("add, three arguments") << QStringList {u"watchlist"_s, u"add"_s, u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("remove without a name") << QStringList {u"watchlist"_s, u"remove"_s};
    QTest::newRow("match without a file") << QStringList {u"watchlist"_s, u"match"_s};
    QTest::newRow("threshold out of range")
        << QStringList {u"watchlist"_s, u"match"_s, u"x.txt"_s, u"--threshold"_s, u"3"_s};
    QTest::newRow("unknown option") << QStringList {u"watchlist"_s, u"list"_s, u"--colour"_s, u"red"_s};
}

void TestWatchlistCli::usage()
{
    QFETCH(QStringList, args);
    write(u"x.txt"_s, "Maren Olsby\n");
    cli({u"watchlist"_s, u"add"_s, u"L"_s, path(u"x.txt"_s)});
    const Run r = cli(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"dramatis-cli watchlist"_s), qPrintable(r.err));
}

void TestWatchlistCli::addListUpdateRenameRemove()
{
    Run r = cli({u"watchlist"_s, u"add"_s, u"Inquiry"_s, path(u"inquiry.csv"_s), u"--colour"_s, u"teal"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out, u"watchlist Inquiry: 3 entries\n"_s);
    r = cli({u"watchlist"_s, u"add"_s, u"Ports"_s, path(u"ports.jsonl"_s)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out, u"watchlist Ports: 1 entry\n"_s);
    r = cli({u"watchlist"_s, u"add"_s, u"Inquiry"_s, path(u"names.txt"_s)});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err, u"dramatis-cli watchlist add: There is already a watchlist named \"Inquiry\"\n"_s);

    r = cli({u"watchlist"_s, u"list"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    const QJsonArray lists = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(lists.size(), 2);
    QCOMPARE(lists.at(0)[u"name"_s].toString(), u"Inquiry"_s);
    QCOMPARE(lists.at(0)[u"entries"_s].toInt(), 3);
    QCOMPARE(lists.at(0)[u"colour"_s].toString(), u"#008080"_s);
    QCOMPARE(lists.at(1)[u"name"_s].toString(), u"Ports"_s);

    r = cli({u"watchlist"_s, u"update"_s, u"Inquiry"_s, path(u"inquiry-v2.csv"_s)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out, u"watchlist Inquiry: 1 added, 1 removed, 1 changed, 1 unchanged\n"_s);
    r = cli({u"watchlist"_s, u"update"_s, u"Nothing"_s, path(u"inquiry-v2.csv"_s)});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err, u"dramatis-cli watchlist update: there is no watchlist named \"Nothing\"\n"_s);

    r = cli({u"watchlist"_s, u"rename"_s, u"Inquiry"_s, u"Inquiry 2024"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({u"watchlist"_s, u"remove"_s, u"Ports"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({u"watchlist"_s, u"remove"_s, u"Ports"_s});
    QCOMPARE(r.code, 1);
    r = cli({u"watchlist"_s, u"list"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, u"Inquiry 2024\t3 entries\t#008080\n"_s);
}

void TestWatchlistCli::badFileAddsNothing_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    QTest::newRow("bad type") << "name,type\nMaren Olsby,person\nNorthwind,vessel\n"_ba
                              << u": line 3: unknown type \"vessel\""_s;
    QTest::newRow("bad JSON line")
        << "{\"schema\": \"Person\", \"properties\": {\"name\": [\"A B\"]}}\n{\n"_ba
        << u": line 2: not JSON"_s;
    QTest::newRow("empty") << QByteArray() << u": no names in the file"_s;
}

void TestWatchlistCli::badFileAddsNothing()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    write(u"bad.csv"_s, data);
    Run r = cli({u"watchlist"_s, u"add"_s, u"Inquiry"_s, path(u"inquiry.csv"_s)});
    QCOMPARE(r.code, 0);
    r = cli({u"watchlist"_s, u"add"_s, u"Bad"_s, path(u"bad.csv"_s)});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.startsWith(path(u"bad.csv"_s) + error), qPrintable(r.err));
    r = cli({u"watchlist"_s, u"update"_s, u"Inquiry"_s, path(u"bad.csv"_s)});
    QCOMPARE(r.code, 1);
    r = cli({u"watchlist"_s, u"list"_s});
    QCOMPARE(r.out, u"Inquiry\t3 entries\t#c0392b\n"_s); // no list "Bad", Inquiry as it was
    r = cli({u"watchlist"_s, u"add"_s, u"Missing"_s, path(u"missing.csv"_s)});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.startsWith(path(u"missing.csv"_s) + u": "_s), qPrintable(r.err));
}

void TestWatchlistCli::match()
{
    QCOMPARE(cli({u"watchlist"_s, u"add"_s, u"Inquiry"_s, path(u"inquiry.csv"_s)}).code, 0);
    const Run r = cli({u"watchlist"_s, u"match"_s, path(u"ferry.txt"_s), path(u"missing.txt"_s)});
    QCOMPARE(r.code, 1); // one file could not be read; the other is reported
    QVERIFY2(r.err.contains(u"missing.txt"_s), qPrintable(r.err));
    const QJsonArray files = QJsonDocument::fromJson(r.out.toUtf8()).object()[u"files"_s].toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(0)[u"file"_s].toString(), path(u"ferry.txt"_s));
    QVERIFY(files.at(1)[u"error"_s].isString());
    QHash<QString, QJsonObject> hitOf;
    for (const QJsonValue &e : files.at(0)[u"entities"_s].toArray()) {
        QVERIFY(e[u"id"_s].isDouble());
        const QJsonArray hits = e[u"hits"_s].toArray();
        QVERIFY(!hits.isEmpty());
        hitOf.insert(e[u"name"_s].toString(), hits.at(0).toObject());
    }
    QVERIFY2(hitOf.contains(u"Maren Olsby"_s), qPrintable(r.out));
    const QJsonObject olsby = hitOf.value(u"Maren Olsby"_s);
    QCOMPARE(olsby[u"list"_s].toString(), u"Inquiry"_s);
    QCOMPARE(olsby[u"entry"_s].toString(), u"Maren Olsby"_s);
    QCOMPARE(olsby[u"reason"_s].toString(), u"exact"_s);
    QCOMPARE(olsby[u"score"_s].toDouble(), 1.0);
    QCOMPARE(olsby[u"possible"_s].toBool(), false);
    QCOMPARE(olsby[u"note"_s].toString(), u"chief executive; met the port authority"_s);
    QVERIFY(olsby[u"decision"_s].isNull());
    QVERIFY2(hitOf.contains(u"Northwind Shipping Ltd"_s), qPrintable(r.out));
    QCOMPARE(hitOf.value(u"Northwind Shipping Ltd"_s)[u"entry"_s].toString(), u"Northwind Shipping Ltd"_s);
    QVERIFY(!hitOf.contains(u"Jory Tremayne"_s)); // on the list, not in the article
    QVERIFY(!hitOf.contains(u"Falmouth"_s));
}

void TestWatchlistCli::matchWithoutLists()
{
    const Run r = cli({u"watchlist"_s, u"match"_s, path(u"ferry.txt"_s)});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"watchlist add"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_db)); // reading creates no database
}

void TestWatchlistCli::tagAndExportCarryHits()
{
    // Without a list: no "watchlist" member, no section.
    Run r = cli({u"tag"_s, path(u"ferry.txt"_s)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(!QJsonDocument::fromJson(r.out.toUtf8()).object().contains(u"watchlist"_s));

    QCOMPARE(cli({u"watchlist"_s, u"add"_s, u"Inquiry"_s, path(u"inquiry.csv"_s)}).code, 0);
    r = cli({u"tag"_s, path(u"ferry.txt"_s)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray hits = json[u"watchlist"].toArray();
    QStringList entries;
    for (const QJsonValue &hit : hits) {
        entries.append(hit[u"entry"].toString());
        QCOMPARE(hit[u"list"].toString(), u"Inquiry"_s);
        const int entity = hit[u"entity"].toInt();
        QCOMPARE(json[u"entities"].toArray().at(entity)[u"name"].toString(), hit[u"name"].toString());
    }
    QVERIFY2(entries.contains(u"Maren Olsby"_s), qPrintable(r.out));
    QVERIFY2(entries.contains(u"Northwind Shipping Ltd"_s), qPrintable(r.out));
    QVERIFY(!entries.contains(u"Jory Tremayne"_s));

    r = cli({u"export"_s, path(u"ferry.txt"_s), u"--format"_s, u"md"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"## Watchlist hits"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(
                 u"| Inquiry | Maren Olsby — chief executive; met the port authority | exact | match |"_s),
        qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestWatchlistCli)
#include "tst_watchlistcli.moc"
