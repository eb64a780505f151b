// No note that was reported saved is ever lost, and a write that cannot happen is reported: `dramatis-cli
// note add` runs against a disk that fills up (a file size limit on the child, RLIMIT_FSIZE, with SIGXFSZ
// ignored so the write fails with EFBIG as on a full disk) and against a read-only data folder or file, and
// `dramatis-cli import` of many notes stops on a full disk and completes, without duplicates, when rerun.
// After each, every note whose command returned 0 is in the database, `PRAGMA integrity_check` says ok, and
// each refused write exited 1 with one line saying why. (kill -9 during writes: tst_crash_notes.)
#include "support/unprivilegedchild.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QString err;
};

// The notes in the database at `db` (opened read-write by this process, so a WAL left behind is replayed),
// or nullopt when SQLite finds the file damaged.
std::optional<QSet<QString>> storedNotes(const QString &db, QString *integrity)
{
    std::optional<QSet<QString>> notes;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        raw.setDatabaseName(db);
        if (raw.open()) {
            QSqlQuery q(raw);
            if (q.exec(u"PRAGMA integrity_check"_s) && q.next())
                *integrity = q.value(0).toString();
            if (*integrity == u"ok" && q.exec(u"SELECT body FROM annotations"_s)) {
                notes.emplace();
                while (q.next())
                    notes->insert(q.value(0).toString());
            }
        } else {
            *integrity = raw.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    return notes;
}

// Runs dramatis-cli with `args`; `childSetup` runs in the child before exec. A run that does not end within
// two minutes is killed and counts as crashed.
Run cli(const QStringList &args, const std::function<void()> &childSetup = {})
{
    QProcess p;
    if (childSetup)
        p.setChildProcessModifier(childSetup);
    p.start(QStringLiteral(DRAMATIS_CLI), args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.crashed = true;
        r.err = u"no answer within 120 s: "_s + args.join(u' ');
        return r;
    }
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return r;
}

// In the child: every file stops growing at `bytes`, and writing past it fails with EFBIG (SIGXFSZ ignored,
// which survives exec) as it would on a full disk.
void limitFileSize(rlim_t bytes)
{
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit limit {bytes, bytes};
    ::setrlimit(RLIMIT_FSIZE, &limit);
}

} // namespace

class TestDataLoss : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void fullDiskLosesNothing();
    void readOnlyDataLosesNothing_data();
    void readOnlyDataLosesNothing();
    void readOnlyOldSchemaIsRefusedClearly();
    void noteListWithoutDatabaseCreatesNone();
    void importOnFullDiskCompletesLater();

private:
    Run noteAdd(const QString &text, const std::function<void()> &childSetup = {});
    Run noteList(const std::function<void()> &childSetup = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_article;
};

void TestDataLoss::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Open to others: a root test runs the CLI as nobody.
    QVERIFY(::chmod(QFile::encodeName(m_dir->path()).constData(), 0755) == 0);
    QVERIFY(QDir(m_dir->path()).mkdir(u"data"_s));
    m_db = m_dir->filePath(u"data/library.sqlite"_s);
    m_article = m_dir->filePath(u"ferry.txt"_s);
    QFile f(m_article);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("The St Mawes ferry will run a winter timetable from November. The operator, Fal River Boats, "
            "said fewer crossings would keep the service going until the spring.\n");
}

Run TestDataLoss::noteAdd(const QString &text, const std::function<void()> &childSetup)
{
    return cli({u"note"_s, u"add"_s, m_article, u"--quote"_s, u"winter timetable"_s, u"--text"_s, text,
                   u"--db"_s, m_db},
        childSetup);
}

Run TestDataLoss::noteList(const std::function<void()> &childSetup)
{
    return cli({u"note"_s, u"list"_s, m_article, u"--db"_s, m_db}, childSetup);
}

void TestDataLoss::fullDiskLosesNothing()
{
    // Room for the schema and a few notes, then every file stops growing.
    constexpr rlim_t FileLimit = 192 * 1024;
    const auto fullDisk = [] { limitFileSize(FileLimit); };
    QSet<QString> acknowledged;
    int refused = 0;
    int refusedInARow = 0;
    QString message;
    // Notes of 3 KB, so the limit is reached within a few dozen runs.
    for (int i = 0; i < 80 && refusedInARow < 5; ++i) {
        const QString text = u"note %1 "_s.arg(i) + QString(3000, QChar(u'a' + i % 26));
        const Run r = noteAdd(text, fullDisk);
        QVERIFY2(!r.crashed, qPrintable(u"note %1 crashed: "_s.arg(i) + r.err));
        if (r.exitCode == 0) {
            QVERIFY(r.out.startsWith("note "));
            acknowledged.insert(text);
            refusedInARow = 0;
            continue;
        }
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(!r.err.isEmpty() && !r.err.contains(u'\n'), qPrintable(u"not one line: "_s + r.err));
        ++refused;
        ++refusedInARow;
        message = r.err;
    }
    qInfo("%lld notes saved, %d refused at the size limit: \"%s\"", qint64(acknowledged.size()), refused,
        qPrintable(message));
    QVERIFY2(acknowledged.size() >= 2, "the limit left no room for the first notes: raise FileLimit");
    QVERIFY2(refused > 0, "the size limit was never reached: lower FileLimit");

    // With room again: nothing that was acknowledged is missing, and the file is sound.
    const Run list = noteList();
    QVERIFY2(!list.crashed && list.exitCode == 0, qPrintable(list.err));
    QString integrity;
    const std::optional<QSet<QString>> stored = storedNotes(m_db, &integrity);
    QVERIFY2(stored, qPrintable(u"integrity_check: "_s + integrity));
    for (const QString &note : std::as_const(acknowledged))
        QVERIFY2(stored->contains(note), qPrintable(note.left(12) + u" was acknowledged but is missing"_s));
    // And writing works again once there is room.
    QCOMPARE(noteAdd(u"after the disk was freed"_s).exitCode, 0);
}

void TestDataLoss::readOnlyDataLosesNothing_data()
{
    QTest::addColumn<bool>("folder"); // the whole data folder read-only, else only the database file
    QTest::newRow("read-only folder") << true;
    QTest::newRow("read-only database file") << false;
}

void TestDataLoss::readOnlyDataLosesNothing()
{
    QFETCH(bool, folder);
    QSet<QString> acknowledged;
    for (int i = 0; i < 3; ++i) {
        const QString text = u"saved note %1"_s.arg(i);
        const Run r = noteAdd(text);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        acknowledged.insert(text);
    }
    const QString data = m_dir->filePath(u"data"_s);
    const QStringList files = QDir(data).entryList(QDir::Files);
    QVERIFY(files.contains(u"library.sqlite"_s));
    for (const QString &f : files)
        QVERIFY(::chmod(QFile::encodeName(data + u'/' + f).constData(), 0444) == 0);
    if (folder)
        QVERIFY(::chmod(QFile::encodeName(data).constData(), 0555) == 0);
    const auto readOnly = [] { dramatis::test::dropRootInChild(); };

    const Run add = noteAdd(u"cannot be saved"_s, readOnly);
    QVERIFY2(!add.crashed, qPrintable(add.err));
    QVERIFY2(add.exitCode == 1, qPrintable(u"exit %1: %2"_s.arg(add.exitCode).arg(add.err)));
    QVERIFY2(!add.err.isEmpty() && !add.err.contains(u'\n'), qPrintable(u"not one line: "_s + add.err));
    QVERIFY2(add.out.isEmpty(), "a refused note was reported saved");
    // Reading works: listing opens the database read-only and writes nothing (no WAL, no migration).
    const Run list = noteList(readOnly);
    QVERIFY2(
        !list.crashed && list.exitCode == 0, qPrintable(u"exit %1: %2"_s.arg(list.exitCode).arg(list.err)));
    for (const QString &note : std::as_const(acknowledged))
        QVERIFY2(
            list.out.contains(note.toUtf8()), qPrintable(note + u" not listed from a read-only folder"_s));
    if (folder)
        QCOMPARE(QDir(data).entryList(QDir::Files), files);
    qInfo("read-only: note add said \"%s\"; note list exit %d", qPrintable(add.err), list.exitCode);

    QVERIFY(::chmod(QFile::encodeName(data).constData(), 0755) == 0);
    for (const QString &f : QDir(data).entryList(QDir::Files))
        QVERIFY(::chmod(QFile::encodeName(data + u'/' + f).constData(), 0644) == 0);
    QString integrity;
    const std::optional<QSet<QString>> stored = storedNotes(m_db, &integrity);
    QVERIFY2(stored, qPrintable(u"integrity_check: "_s + integrity));
    QCOMPARE(*stored, acknowledged);
}

void TestDataLoss::readOnlyOldSchemaIsRefusedClearly()
{
    QCOMPARE(noteAdd(u"kept"_s).exitCode, 0);
    // Schema 1 would be migrated (after a backup) by a writer; a reader in a read-only folder cannot.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        raw.setDatabaseName(m_db);
        QVERIFY(raw.open());
        QVERIFY(QSqlQuery(raw).exec(u"PRAGMA user_version = 1"_s));
        QVERIFY(QSqlQuery(raw).exec(u"PRAGMA journal_mode = DELETE"_s)); // no -wal/-shm left
    }
    QSqlDatabase::removeDatabase(u"old"_s);
    const QString data = m_dir->filePath(u"data"_s);
    const QStringList files = QDir(data).entryList(QDir::Files);
    QVERIFY(::chmod(QFile::encodeName(data).constData(), 0555) == 0);
    const Run list = noteList([] { dramatis::test::dropRootInChild(); });
    QVERIFY(::chmod(QFile::encodeName(data).constData(), 0755) == 0);
    QVERIFY2(
        !list.crashed && list.exitCode == 1, qPrintable(u"exit %1: %2"_s.arg(list.exitCode).arg(list.err)));
    QVERIFY2(list.err.contains(u"read-only"_s) && !list.err.contains(u'\n'), qPrintable(list.err));
    QCOMPARE(QDir(data).entryList(QDir::Files), files); // no backup, no journal
}

void TestDataLoss::noteListWithoutDatabaseCreatesNone()
{
    const Run list = noteList();
    QVERIFY2(!list.crashed && list.exitCode == 0, qPrintable(list.err));
    QVERIFY(list.out.isEmpty());
    QVERIFY(!QFile::exists(m_db));
}

void TestDataLoss::importOnFullDiskCompletesLater()
{
    // 60 notes of 2 KB each: more than the limit leaves room for.
    QJsonArray items;
    QSet<QString> wanted;
    for (int i = 0; i < 60; ++i) {
        const QString text = u"imported %1 "_s.arg(i) + QString(2000, QChar(u'a' + i % 26));
        wanted.insert(text);
        items.append(QJsonObject {
            {u"type"_s, u"Annotation"_s},
            {u"motivation"_s, u"commenting"_s},
            {u"body"_s, QJsonObject {{u"type"_s, u"TextualBody"_s}, {u"value"_s, text}}},
            {u"target"_s,
                QJsonObject {{u"selector"_s,
                    QJsonObject {{u"type"_s, u"TextQuoteSelector"_s}, {u"exact"_s, u"winter timetable"_s}}}}},
        });
    }
    const QString json = m_dir->filePath(u"notes.json"_s);
    {
        QFile f(json);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(items).toJson());
    }
    const auto import = [&](const std::function<void()> &childSetup) {
        return cli({u"import"_s, m_article, u"--annotations"_s, json, u"--db"_s, m_db}, childSetup);
    };
    const Run full = import([] { limitFileSize(192 * 1024); });
    QVERIFY2(!full.crashed, qPrintable(full.err));
    QCOMPARE(full.exitCode, 1);
    QVERIFY2(!full.err.isEmpty() && !full.err.contains(u'\n'), qPrintable(u"not one line: "_s + full.err));
    QString integrity;
    const std::optional<QSet<QString>> partial = storedNotes(m_db, &integrity);
    QVERIFY2(partial, qPrintable(u"integrity_check: "_s + integrity));
    QVERIFY2(partial->size() < wanted.size(), "the whole import fitted: lower the limit");
    qInfo("full disk: %lld of %lld imported, then \"%s\"", qint64(partial->size()), qint64(wanted.size()),
        qPrintable(full.err));

    const Run again = import({});
    QVERIFY2(!again.crashed && again.exitCode == 0, qPrintable(again.err));
    qsizetype rows = 0;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"count"_s);
        raw.setDatabaseName(m_db);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"SELECT count(*) FROM annotations"_s) && q.next());
        rows = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(u"count"_s);
    const std::optional<QSet<QString>> stored = storedNotes(m_db, &integrity);
    QVERIFY2(stored, qPrintable(u"integrity_check: "_s + integrity));
    QCOMPARE(*stored, wanted);
    QCOMPARE(rows, wanted.size()); // none twice
}

QTEST_GUILESS_MAIN(TestDataLoss)
#include "tst_dataloss.moc"
