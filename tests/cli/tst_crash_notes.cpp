// kill -9 loses nothing that was reported done: runs `dramatis-cli note add` over and over, kills some runs
// with SIGKILL at random moments (seeded), then checks that every note whose command returned 0 is in the
// database and that SQLite finds the file intact.
#include "annotations/annotationstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace dramatis;
using namespace Qt::StringLiterals;

class TestCrashNotes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedRunsLoseNothingReturned();
};

void TestCrashNotes::killedRunsLoseNothingReturned()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(u"library.sqlite"_s);
    const QString article = dir.filePath(u"ferry.txt"_s);
    {
        QFile f(article);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "The St Mawes ferry will run a winter timetable from November. The operator, Fal River Boats, "
            "said fewer crossings would keep the service going until the spring.\n");
    }
    const auto start = [&](int i) {
        auto *p = new QProcess;
        p->setProgram(QStringLiteral(DRAMATIS_CLI));
        p->setArguments({u"note"_s, u"add"_s, article, u"--quote"_s, u"winter timetable"_s, u"--text"_s,
            u"note %1"_s.arg(i), u"--db"_s, db});
        p->start();
        return p;
    };

    // One undisturbed run sets the scale of the random kill moments.
    QElapsedTimer clock;
    clock.start();
    {
        std::unique_ptr<QProcess> first(start(0));
        QVERIFY(first->waitForFinished(30000));
        QCOMPARE(first->exitCode(), 0);
    }
    const int typicalMs = std::max<int>(20, int(clock.elapsed()));
    QSet<QString> returned {u"note 0"_s};

    QRandomGenerator random(20261126);
    int killed = 0;
    QElapsedTimer budget;
    budget.start();
    // Bounded by a time budget too, so slow machines stay well under the ctest timeout; but on with at least
    // one killed and one finished run (under ASan on a busy machine a run takes seconds: the budget alone
    // allowed two runs, neither killed).
    for (int i = 1; i <= 60 && (budget.elapsed() < 20000 || killed == 0 || returned.size() < 2); ++i) {
        std::unique_ptr<QProcess> p(start(i));
        QVERIFY(p->waitForStarted(10000));
        if (random.bounded(3) != 0) {
            // Anywhere from right after exec to a little after a typical run ends.
            QThread::msleep(random.bounded(typicalMs + typicalMs / 4));
            p->kill(); // SIGKILL
        }
        QVERIFY(p->waitForFinished(30000));
        if (p->exitStatus() == QProcess::CrashExit) {
            ++killed;
            continue;
        }
        QCOMPARE(p->exitCode(), 0);
        // Printed after the commit, so it is the CLI's word that the note is saved.
        QVERIFY(p->readAllStandardOutput().startsWith("note "));
        returned.insert(u"note %1"_s.arg(i));
    }
    QVERIFY2(killed > 0, "no run was killed: the kill moments missed every run");
    QVERIFY(returned.size() > 1);

    QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
    raw.setDatabaseName(db);
    QVERIFY(raw.open());
    {
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        QSet<QString> present;
        QVERIFY(q.exec(u"SELECT body FROM annotations"_s));
        while (q.next())
            present.insert(q.value(0).toString());
        for (const QString &note : std::as_const(returned))
            QVERIFY2(present.contains(note), qPrintable(note + u" returned but is missing"_s));
        qInfo("%lld runs returned, %d killed, %lld notes stored", qint64(returned.size()), killed,
            qint64(present.size()));
    }
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"check"_s);

    // The store opens the file the killed runs left behind, and reads every note.
    AnnotationStore store;
    QVERIFY2(store.open(db), qPrintable(store.errorString()));
}

QTEST_GUILESS_MAIN(TestCrashNotes)
#include "tst_crash_notes.moc"
