// dramatis-cli note / entity / tag --db: exit codes, messages, the same database as the GUI.
#include "annotations/annotationstore.h"
#include "support/clirun.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

class TestAnnotationCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void exitCodes_data();
    void exitCodes();
    void addAndList();
    void occurrenceChoosesTheSpan();
    void envSelectsTheDatabase();
    void corruptDatabase();
    void tagAppliesTheLexicon();

private:
    using Run = dramatis::testing::CliRun;
    Run cli(const QStringList &args,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) const;
    QString db() const { return m_dir->filePath(u"notes.sqlite"_s); }
    QString article() const { return QStringLiteral(DRAMATIS_TEST_DATA "/annotations/harbour.txt"); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAnnotationCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

TestAnnotationCli::Run TestAnnotationCli::cli(const QStringList &args, const QProcessEnvironment &env) const
{
    return dramatis::testing::runCli(args, env, 60000);
}

void TestAnnotationCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message"); // a part of the one line on stderr
    const QString f = QStringLiteral(DRAMATIS_TEST_DATA "/annotations/harbour.txt");
    QTest::newRow("note add") << QStringList {u"note"_s, u"add"_s, f, u"--quote"_s, u"Wenna Polglase"_s,
        u"--text"_s, u"chair since 2019?"_s}
                              << 0 << QString();
    QTest::newRow("quote not in the article")
        << QStringList {u"note"_s, u"add"_s, f, u"--quote"_s, u"the lighthouse"_s, u"--text"_s, u"x"_s} << 1
        << u"is not in the article"_s;
    QTest::newRow("quote more than once") << QStringList {u"note"_s, u"add"_s, f, u"--quote"_s, u"the pier"_s,
        u"--text"_s, u"x"_s} << 1 << u"occurs 3 times; choose one with --occurrence"_s;
    QTest::newRow("occurrence too high") << QStringList {u"note"_s, u"add"_s, f, u"--quote"_s, u"the pier"_s,
        u"--text"_s, u"x"_s, u"--occurrence"_s, u"4"_s}
                                         << 1 << u"no occurrence 4"_s;
    QTest::newRow("occurrence not a number") << QStringList {u"note"_s, u"add"_s, f, u"--quote"_s,
        u"the pier"_s, u"--text"_s, u"x"_s, u"--occurrence=two"_s}
                                             << 2 << u"--occurrence"_s;
    QTest::newRow("no text") << QStringList {u"note"_s, u"add"_s, f, u"--quote"_s, u"pier"_s} << 2
                             << u"usage"_s;
    QTest::newRow("unknown option") << QStringList {u"note"_s, u"list"_s, f, u"--colour"_s, u"red"_s} << 2
                                    << u"unknown option --colour"_s;
    QTest::newRow("no subcommand") << QStringList {u"note"_s} << 2 << u"usage"_s;
    QTest::newRow("missing file") << QStringList {u"note"_s, u"list"_s, u"/nonexistent/a.txt"_s} << 1
                                  << u"a.txt"_s;
    QTest::newRow("entity mark") << QStringList {u"entity"_s, u"mark"_s, f, u"--quote"_s,
        u"Kernow Pilchards"_s, u"--type"_s, u"ORG"_s}
                                 << 0 << QString();
    QTest::newRow("entity mark bad type")
        << QStringList {u"entity"_s, u"mark"_s, f, u"--quote"_s, u"Kernow"_s, u"--type"_s, u"COMPANY"_s} << 2
        << u"usage"_s;
    QTest::newRow("entity mark inside a word") << QStringList {u"entity"_s, u"mark"_s, f, u"--quote"_s,
        u"Pilch"_s, u"--type"_s, u"ORG"_s} << 1 << u"word boundaries"_s;
    QTest::newRow("entity reject") << QStringList {u"entity"_s, u"reject"_s, f, u"--quote"_s, u"Will"_s} << 0
                                   << QString();
    QTest::newRow("entity reject not there") << QStringList {u"entity"_s, u"reject"_s, f, u"--quote"_s,
        u"Shall"_s} << 1 << u"is not in the article"_s;
}

void TestAnnotationCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run r = cli(args + QStringList {u"--db"_s, db()});
    QCOMPARE(r.code, code);
    if (code == 0) {
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    } else {
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        if (code == 1)
            QCOMPARE(r.err.count(u'\n'), 1);
    }
}

void TestAnnotationCli::addAndList()
{
    QCOMPARE(cli({u"note"_s, u"add"_s, article(), u"--quote"_s, u"Kernow Pilchards"_s, u"--text"_s,
                     u"Ask for the contract."_s, u"--category"_s, u"Follow up"_s, u"--db"_s, db()})
                 .code,
        0);
    QCOMPARE(cli({u"note"_s, u"add"_s, article(), u"--quote"_s, u"harbour board"_s, u"--occurrence"_s, u"1"_s,
                     u"--text"_s, u"Five members."_s, u"--db"_s, db()})
                 .code,
        0);
    const Run list = cli({u"note"_s, u"list"_s, article(), u"--format"_s, u"json"_s, u"--db"_s, db()});
    QCOMPARE(list.code, 0);
    const QJsonObject json = QJsonDocument::fromJson(list.out.toUtf8()).object();
    const QJsonArray notes = json[u"notes"].toArray();
    QCOMPARE(notes.size(), 2);
    // Text order, code point offsets that slice the article text.
    QCOMPARE(notes[0].toObject()[u"quote"].toString(), u"harbour board"_s);
    const QJsonObject second = notes[1].toObject();
    QCOMPARE(second[u"text"].toString(), u"Ask for the contract."_s);
    QCOMPARE(second[u"category"].toString(), u"Follow up"_s);
    QCOMPARE(second[u"status"].toString(), u"exact"_s);
    QCOMPARE(second[u"kind"].toString(), u"note"_s);

    // The GUI's store reads what the CLI wrote.
    AnnotationStore store;
    QVERIFY(store.open(db()));
    QFile f(article());
    QVERIFY(f.open(QIODevice::ReadOnly));
    Article a;
    a.text = QString::fromUtf8(f.readAll()).trimmed();
    a.filePath = article();
    const qint64 id = store.findArticle(a);
    QVERIFY(id > 0);
    QCOMPARE(store.annotations(id, a.text).size(), 2);

    const Run empty = cli({u"note"_s, u"list"_s, article(), u"--db"_s, m_dir->filePath(u"other.sqlite"_s)});
    QCOMPARE(empty.code, 0);
    QVERIFY(empty.out.isEmpty());
}

void TestAnnotationCli::occurrenceChoosesTheSpan()
{
    for (int n = 1; n <= 3; ++n) {
        QCOMPARE(cli({u"note"_s, u"add"_s, article(), u"--quote"_s, u"the pier"_s, u"--occurrence"_s,
                         QString::number(n), u"--text"_s, u"pier %1"_s.arg(n), u"--db"_s, db()})
                     .code,
            0);
    }
    const Run list = cli({u"note"_s, u"list"_s, article(), u"--format=json"_s, u"--db"_s, db()});
    const QJsonArray notes = QJsonDocument::fromJson(list.out.toUtf8()).object()[u"notes"].toArray();
    QCOMPARE(notes.size(), 3);
    int last = -1;
    for (qsizetype i = 0; i < notes.size(); ++i) {
        const QJsonObject n = notes[i].toObject();
        QCOMPARE(n[u"text"].toString(), u"pier %1"_s.arg(i + 1));
        QVERIFY(n[u"start"].toInt() > last);
        QCOMPARE(n[u"end"].toInt() - n[u"start"].toInt(), 8);
        last = n[u"start"].toInt();
    }
}

void TestAnnotationCli::envSelectsTheDatabase()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString fromEnv = m_dir->filePath(u"env/library.sqlite"_s);
    env.insert(u"DRAMATIS_DB"_s, fromEnv);
    QCOMPARE(
        cli({u"note"_s, u"add"_s, article(), u"--quote"_s, u"Tuesday"_s, u"--text"_s, u"which week?"_s}, env)
            .code,
        0);
    QVERIFY(QFile::exists(fromEnv));
    QVERIFY(!QFile::exists(db()));
    QVERIFY(cli({u"note"_s, u"list"_s, article()}, env).out.contains(u"which week?"));
}

void TestAnnotationCli::corruptDatabase()
{
    {
        QFile f(db());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, '\x5a'));
    }
    const Run add = cli(
        {u"note"_s, u"add"_s, article(), u"--quote"_s, u"Tuesday"_s, u"--text"_s, u"x"_s, u"--db"_s, db()});
    QCOMPARE(add.code, 1);
    QVERIFY2(add.err.contains(u"damaged or not a database"), qPrintable(add.err));
    QCOMPARE(add.err.count(u'\n'), 1);
    // Tagging still works, without the lexicon, and says why.
    const Run tag = cli({u"tag"_s, article(), u"--db"_s, db()});
    QCOMPARE(tag.code, 0);
    QVERIFY(tag.err.contains(u"without the analyst's lexicon"));
    QVERIFY(!QJsonDocument::fromJson(tag.out.toUtf8()).object()[u"mentions"].toArray().isEmpty());
}

void TestAnnotationCli::tagAppliesTheLexicon()
{
    const auto mentionsOf = [&](const QString &surface) {
        const Run tag = cli({u"tag"_s, article(), u"--db"_s, db()});
        QStringList types;
        const QJsonArray ms = QJsonDocument::fromJson(tag.out.toUtf8()).object()[u"mentions"].toArray();
        for (const QJsonValue &m : ms) {
            if (m.toObject()[u"text"].toString() == surface)
                types.append(m.toObject()[u"type"].toString());
        }
        return types;
    };
    // Without a database, tag creates none.
    QVERIFY(cli({u"tag"_s, article(), u"--db"_s, db()}).code == 0);
    QVERIFY(!QFile::exists(db()));
    QCOMPARE(cli({u"entity"_s, u"mark"_s, article(), u"--quote"_s, u"Porthcarrow"_s, u"--occurrence"_s,
                     u"2"_s, u"--type"_s, u"MISC"_s, u"--db"_s, db()})
                 .code,
        0);
    QCOMPARE(mentionsOf(u"Porthcarrow"_s), (QStringList {u"MISC"_s, u"MISC"_s}));
    QCOMPARE(cli({u"entity"_s, u"reject"_s, article(), u"--quote"_s, u"Porthcarrow"_s, u"--occurrence"_s,
                     u"1"_s, u"--db"_s, db()})
                 .code,
        0);
    QVERIFY(mentionsOf(u"Porthcarrow"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestAnnotationCli)
#include "tst_annotationcli.moc"
