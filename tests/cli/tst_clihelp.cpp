// dramatis-cli's argument parsing, the same for every command: --help names the options (exit 0), an
// unknown option or a missing argument is a usage error (exit 2) that says so, and the spellings of an
// option's value (`--db PATH`, `--db=PATH`) mean the same.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliHelp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void help_data();
    void help();
    void unknownOption_data();
    void unknownOption();
    void missingArgument_data();
    void missingArgument();
    void spellings_data();
    void spellings();
    void modelFile_data();
    void modelFile();
    void shippedModelFile();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args) const;
    QTemporaryDir m_dir;
    QTemporaryDir m_runtime; // private (0700), as Qt wants it
};

namespace {

QString article()
{
    return QStringLiteral(DRAMATIS_TEST_DATA "/annotations/harbour.txt");
}

} // namespace

TestCliHelp::Run TestCliHelp::cli(const QStringList &args) const
{
    QProcess p;
    // Never the user's own database: every run that could open one names a fresh one.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DRAMATIS_DB"_s, m_dir.filePath(u"env.sqlite"_s));
    // export starts Qt Gui, which warns on stderr without a runtime folder of its own.
    env.insert(u"XDG_RUNTIME_DIR"_s, m_runtime.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DRAMATIS_CLI), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestCliHelp::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_runtime.isValid());
}

void TestCliHelp::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("usage"); // how the help begins
    QTest::addColumn<QStringList>("options");
    QTest::newRow("tag") << QStringList {u"tag"_s, u"--help"_s} << u"usage: dramatis-cli tag FILE"_s
                         << QStringList {u"--format"_s, u"--db"_s, u"--conll"_s, u"--model"_s};
    QTest::newRow("tag -h") << QStringList {u"tag"_s, u"-h"_s} << u"usage: dramatis-cli tag FILE"_s
                            << QStringList {u"--format"_s};
    QTest::newRow("export") << QStringList {u"export"_s, u"--help"_s}
                            << u"usage: dramatis-cli export FILE..."_s
                            << QStringList {u"--format"_s, u"--out"_s, u"--force"_s, u"--key-sentences"_s,
                                   u"--all-types"_s, u"--letter"_s, u"--db"_s};
    QTest::newRow("import") << QStringList {u"import"_s, u"--help"_s} << u"usage: dramatis-cli import FILE"_s
                            << QStringList {u"--annotations"_s, u"--db"_s};
    QTest::newRow("note") << QStringList {u"note"_s, u"--help"_s} << u"usage: dramatis-cli note add FILE"_s
                          << QStringList {u"--quote"_s, u"--text"_s, u"note list FILE"_s, u"--format"_s};
    QTest::newRow("note add") << QStringList {u"note"_s, u"add"_s, u"--help"_s}
                              << u"usage: dramatis-cli note add FILE"_s
                              << QStringList {u"--quote"_s, u"--text"_s, u"--category"_s, u"--occurrence"_s,
                                     u"--db"_s};
    QTest::newRow("note list") << QStringList {u"note"_s, u"list"_s, u"--help"_s}
                               << u"usage: dramatis-cli note list FILE"_s
                               << QStringList {u"--format"_s, u"--db"_s};
    QTest::newRow("entity") << QStringList {u"entity"_s, u"--help"_s} << u"usage: dramatis-cli entity mark"_s
                            << QStringList {u"--quote"_s, u"--type"_s, u"entity reject FILE"_s};
    QTest::newRow("entity mark") << QStringList {u"entity"_s, u"mark"_s, u"--help"_s}
                                 << u"usage: dramatis-cli entity mark FILE"_s
                                 << QStringList {u"--quote"_s, u"--type"_s, u"--occurrence"_s, u"--scope"_s,
                                        u"--db"_s};
    QTest::newRow("entity reject") << QStringList {u"entity"_s, u"reject"_s, u"--help"_s}
                                   << u"usage: dramatis-cli entity reject FILE"_s
                                   << QStringList {u"--quote"_s, u"--type"_s, u"--scope"_s};
    QTest::newRow("library") << QStringList {u"library"_s, u"--help"_s}
                             << u"usage: dramatis-cli library list"_s
                             << QStringList {u"--db"_s, u"--json"_s, u"--sort"_s, u"--asc"_s, u"--filter"_s,
                                    u"--format"_s, u"--from"_s, u"--to"_s, u"--limit"_s, u"--type"_s};
    QTest::newRow("train") << QStringList {u"train"_s, u"--help"_s} << u"usage: dramatis-cli train --train"_s
                           << QStringList {u"--train"_s, u"--dev"_s, u"--out"_s, u"--epochs"_s, u"--bits"_s,
                                  u"--one-stage"_s, u"--folds"_s, u"--seed"_s, u"--prune"_s, u"--ensemble"_s};
    QTest::newRow("eval") << QStringList {u"eval"_s, u"--help"_s}
                          << u"usage: dramatis-cli eval --conll FILE"_s
                          << QStringList {u"--conll"_s, u"--model"_s};
    QTest::newRow("bench") << QStringList {u"bench"_s, u"--help"_s} << u"usage: dramatis-cli bench [FILE]"_s
                           << QStringList {u"--size"_s, u"--reps"_s, u"--resolver"_s, u"--load"_s,
                                  u"--folder"_s, u"--threads"_s, u"--db"_s, u"--format"_s, u"--watchlist"_s,
                                  u"--entries"_s, u"--articles"_s};
    QTest::newRow("watchlist") << QStringList {u"watchlist"_s, u"--help"_s}
                               << u"usage: dramatis-cli watchlist add NAME FILE"_s
                               << QStringList {u"--colour"_s, u"watchlist update NAME FILE"_s,
                                      u"watchlist match FILE..."_s, u"--threshold"_s, u"--json"_s};
    // The command list: every command by name.
    QTest::newRow("dramatis-cli") << QStringList {u"--help"_s} << u"usage: dramatis-cli COMMAND"_s
                                  << QStringList {u"tag FILE"_s, u"export FILE"_s, u"import FILE"_s,
                                         u"note add"_s, u"entity mark"_s, u"library list"_s,
                                         u"train --train"_s, u"eval --conll"_s, u"bench [FILE]"_s,
                                         u"watchlist add"_s};
}

void TestCliHelp::help()
{
    QFETCH(QStringList, args);
    QFETCH(QString, usage);
    QFETCH(QStringList, options);
    const Run r = cli(args);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QVERIFY2(r.out.startsWith(usage), qPrintable(r.out));
    for (const QString &option : std::as_const(options))
        QVERIFY2(r.out.contains(option), qPrintable(option + u" is not in:\n"_s + r.out));
}

void TestCliHelp::unknownOption_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message"); // the whole of stderr
    const QString f = article();
    QTest::newRow("tag") << QStringList {u"tag"_s, f, u"--colour"_s, u"red"_s}
                         << u"dramatis-cli tag: unknown option --colour\n"_s;
    QTest::newRow("tag, with a value")
        << QStringList {u"tag"_s, f, u"--colour=red"_s} << u"dramatis-cli tag: unknown option --colour\n"_s;
    QTest::newRow("tag, one dash") << QStringList {u"tag"_s, f, u"-x"_s}
                                   << u"dramatis-cli tag: unknown option -x\n"_s;
    QTest::newRow("export") << QStringList {u"export"_s, f, u"--colour"_s}
                            << u"dramatis-cli export: unknown option --colour\n"_s;
    QTest::newRow("import") << QStringList {u"import"_s, f, u"--colour"_s}
                            << u"dramatis-cli import: unknown option --colour\n"_s;
    QTest::newRow("note add") << QStringList {u"note"_s, u"add"_s, f, u"--colour"_s}
                              << u"dramatis-cli note add: unknown option --colour\n"_s;
    QTest::newRow("note list") << QStringList {u"note"_s, u"list"_s, f, u"--colour"_s}
                               << u"dramatis-cli note list: unknown option --colour\n"_s;
    QTest::newRow("entity mark") << QStringList {u"entity"_s, u"mark"_s, f, u"--colour"_s}
                                 << u"dramatis-cli entity mark: unknown option --colour\n"_s;
    QTest::newRow("entity reject") << QStringList {u"entity"_s, u"reject"_s, f, u"--colour"_s}
                                   << u"dramatis-cli entity reject: unknown option --colour\n"_s;
    QTest::newRow("library") << QStringList {u"library"_s, u"list"_s, u"--colour"_s}
                             << u"dramatis-cli library: unknown option --colour\n"_s;
    QTest::newRow("train") << QStringList {u"train"_s, u"--colour"_s}
                           << u"dramatis-cli train: unknown option --colour\n"_s;
    QTest::newRow("eval") << QStringList {u"eval"_s, u"--colour"_s}
                          << u"dramatis-cli eval: unknown option --colour\n"_s;
    QTest::newRow("bench") << QStringList {u"bench"_s, u"--colour"_s}
                           << u"dramatis-cli bench: unknown option --colour\n"_s;
    QTest::newRow("a flag given a value") << QStringList {u"export"_s, f, u"--force=yes"_s}
                                          << u"dramatis-cli export: Unexpected value after '--force'.\n"_s;
}

void TestCliHelp::unknownOption()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = cli(args);
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err, message);
    QVERIFY(r.out.isEmpty());
}

void TestCliHelp::missingArgument_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message"); // how stderr begins
    const QString f = article();
    QTest::newRow("tag: no file") << QStringList {u"tag"_s, u"--format"_s, u"text"_s}
                                  << u"usage: dramatis-cli tag FILE [--format json|text] [--db PATH]"_s;
    QTest::newRow("tag: no value") << QStringList {u"tag"_s, f, u"--db"_s}
                                   << u"dramatis-cli tag: --db needs a value"_s;
    QTest::newRow("tag --conll: no value")
        << QStringList {u"tag"_s, u"--conll"_s} << u"dramatis-cli tag: --conll needs a value"_s;
    QTest::newRow("export: no file") << QStringList {u"export"_s, u"--format"_s, u"md"_s}
                                     << u"usage: dramatis-cli export FILE..."_s;
    QTest::newRow("import: no annotations") << QStringList {
        u"import"_s, f} << u"usage: dramatis-cli import FILE --annotations JSON [--db PATH]"_s;
    QTest::newRow("note: no action") << QStringList {u"note"_s} << u"usage: dramatis-cli note add FILE"_s;
    QTest::newRow("note add: no text") << QStringList {u"note"_s, u"add"_s, f, u"--quote"_s, u"pier"_s}
                                       << u"usage: dramatis-cli note add FILE"_s;
    QTest::newRow("note list: no file")
        << QStringList {u"note"_s, u"list"_s} << u"usage: dramatis-cli note list FILE"_s;
    QTest::newRow("entity: no action")
        << QStringList {u"entity"_s} << u"usage: dramatis-cli entity mark FILE"_s;
    QTest::newRow("entity mark: no type") << QStringList {u"entity"_s, u"mark"_s, f, u"--quote"_s, u"Will"_s}
                                          << u"usage: dramatis-cli entity mark FILE"_s;
    QTest::newRow("library: no action")
        << QStringList {u"library"_s, u"--json"_s} << u"usage: dramatis-cli library list"_s;
    QTest::newRow("library search: no query")
        << QStringList {u"library"_s, u"search"_s} << u"dramatis-cli library: search takes one argument"_s;
    QTest::newRow("train: no --train") << QStringList {u"train"_s, u"--out"_s, u"x.model"_s}
                                       << u"usage: dramatis-cli train --train FILE..."_s;
    QTest::newRow("eval: no file") << QStringList {u"eval"_s} << u"usage: dramatis-cli eval --conll FILE"_s;
    QTest::newRow("bench --load: no file")
        << QStringList {u"bench"_s, u"--load"_s} << u"usage: dramatis-cli bench [FILE]"_s;
    QTest::newRow("no command") << QStringList {} << u"usage: dramatis-cli COMMAND [ARGS]"_s;
}

void TestCliHelp::missingArgument()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = cli(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.startsWith(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCliHelp::spellings_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("output"); // a part of stdout
    const QString f = article();
    const QString db = m_dir.filePath(u"spellings.sqlite"_s); // never created: listing only reads
    QTest::newRow("--db PATH") << QStringList {u"note"_s, u"list"_s, f, u"--db"_s, db, u"--format"_s,
        u"json"_s} << u"\"notes\": ["_s;
    QTest::newRow("--db=PATH") << QStringList {u"note"_s, u"list"_s, f, u"--db="_s + db, u"--format=json"_s}
                               << u"\"notes\": ["_s;
    QTest::newRow("options first") << QStringList {u"note"_s, u"list"_s, u"--format"_s, u"json"_s, f}
                                   << u"\"notes\": ["_s;
    QTest::newRow("a search that begins with a dash") << QStringList {u"library"_s, u"search"_s, u"-pier"_s,
        u"--db"_s, db, u"--json"_s} << u"\"articles\""_s;
    QTest::newRow("tag --format=text") << QStringList {u"tag"_s, f, u"--format=text"_s} << u"title:  "_s;
}

void TestCliHelp::spellings()
{
    QFETCH(QStringList, args);
    QFETCH(QString, output);
    const Run r = cli(args);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(output), qPrintable(r.out));
}

void TestCliHelp::modelFile_data()
{
    QTest::addColumn<QByteArray>("content"); // of the model file; empty: no file at all
    QTest::addColumn<QString>("message");    // a part of stderr
    QTest::newRow("no such file") << QByteArray() << u"cannot read"_s;
    QTest::newRow("not a model") << QByteArray("PK\x03\x04 a zip, not weights") << u"bad.model: "_s;
    QTest::newRow("a truncated model header") << QByteArray("DNER\x01") << u"bad.model: "_s;
}

// `tag FILE --model M` tags with a model file (what `train` writes); a file that is not one is refused
// with its name before anything is written.
void TestCliHelp::modelFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString model = m_dir.filePath(u"bad.model"_s);
    QFile::remove(model);
    if (!content.isEmpty()) {
        QFile f(model);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const Run r = cli({u"tag"_s, article(), u"--model"_s, model});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.err.contains(model), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

// The model file the repository keeps is the one compiled into the binary: tagging with either gives
// the same mentions.
void TestCliHelp::shippedModelFile()
{
    const QString model = QStringLiteral(DRAMATIS_TEST_DATA "/../../resources/model/ner.model");
    QVERIFY(QFile::exists(model));
    const Run builtIn = cli({u"tag"_s, article(), u"--format"_s, u"text"_s});
    const Run fromFile = cli({u"tag"_s, article(), u"--format"_s, u"text"_s, u"--model"_s, model});
    QVERIFY2(builtIn.code == 0, qPrintable(builtIn.err));
    QVERIFY2(fromFile.code == 0, qPrintable(fromFile.err));
    QVERIFY(builtIn.out.contains(u"PER"_s));
    QCOMPARE(fromFile.out, builtIn.out);
}

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_clihelp.moc"
