// The hand-off from a second `dramatis` to the running one: arguments arrive whole and in order, nothing
// is sent when none runs, a crashed instance's socket is taken over, and an oversized message is dropped.
#include "singleinstance.h"

#include <QDataStream>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTest>
#include <QtConcurrent>

using namespace dramatis;
using namespace Qt::StringLiterals;

class TestSingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void handsOver_data();
    void handsOver();
    void noneRunning();
    void secondListenerStandsBack();
    void leftoverSocketIsTakenOver();
    void oversizedMessageIsDropped();

private:
    QString m_name;
};

void TestSingleInstance::init()
{
    // One name per test: tests of other checkouts running at the same time must not meet.
    m_name = u"dramatis-test-%1-%2"_s.arg(QCoreApplication::applicationPid())
                 .arg(QString::fromLatin1(QTest::currentTestFunction()));
    QLocalServer::removeServer(m_name);
}

void TestSingleInstance::cleanup()
{
    QLocalServer::removeServer(m_name);
}

void TestSingleInstance::handsOver_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("a file") << QStringList {u"/articles/a.txt"_s};
    QTest::newRow("a link") << QStringList {u"dramatis://open?file=%2Fa%20b.txt&start=1&end=4"_s};
    QTest::newRow("several, non-ASCII, empty")
        << QStringList {u"/articles/café été.md"_s, QString(), u"/articles/北京.txt"_s};
}

void TestSingleInstance::handsOver()
{
    QFETCH(QStringList, arguments);
    SingleInstance running(m_name);
    QVERIFY(running.listen());
    QSignalSpy received(&running, &SingleInstance::argumentsReceived);
    // The second instance blocks while it waits for the acknowledgement: run it beside this event loop.
    QFuture<bool> sent = QtConcurrent::run(
        [name = m_name, arguments] { return SingleInstance(name).sendToRunning(arguments); });
    QTRY_VERIFY(sent.isFinished());
    QVERIFY(sent.result());
    QCOMPARE(received.count(), 1);
    QCOMPARE(received.front().front().toStringList(), arguments);
}

void TestSingleInstance::noneRunning()
{
    QVERIFY(!SingleInstance(m_name).sendToRunning({u"/a.txt"_s}));
}

void TestSingleInstance::secondListenerStandsBack()
{
    SingleInstance first(m_name);
    QVERIFY(first.listen());
    QFuture<bool> second = QtConcurrent::run([name = m_name] { return SingleInstance(name).listen(); });
    QTRY_VERIFY(second.isFinished());
    QVERIFY(!second.result());
}

void TestSingleInstance::leftoverSocketIsTakenOver()
{
    // What a crash leaves: the socket file, nobody listening.
    {
        QLocalServer crashed;
        crashed.setSocketOptions(QLocalServer::UserAccessOption);
        QVERIFY(crashed.listen(m_name));
        const QString path = crashed.fullServerName();
        crashed.close();
        QFile leftover(path);
        QVERIFY(leftover.open(QIODevice::WriteOnly));
    }
    SingleInstance next(m_name);
    QVERIFY(next.listen());
    QSignalSpy received(&next, &SingleInstance::argumentsReceived);
    QFuture<bool> sent
        = QtConcurrent::run([name = m_name] { return SingleInstance(name).sendToRunning({u"/b.txt"_s}); });
    QTRY_VERIFY(sent.isFinished());
    QVERIFY(sent.result());
    QCOMPARE(received.count(), 1);
}

void TestSingleInstance::oversizedMessageIsDropped()
{
    SingleInstance running(m_name);
    QVERIFY(running.listen());
    QSignalSpy received(&running, &SingleInstance::argumentsReceived);
    QLocalSocket peer;
    peer.connectToServer(m_name);
    QVERIFY(peer.waitForConnected(2000));
    QByteArray message;
    QDataStream(&message, QIODevice::WriteOnly) << quint32(0xfffffff0);
    message += "x";
    peer.write(message);
    QVERIFY(peer.waitForBytesWritten(2000));
    QTRY_COMPARE(peer.state(), QLocalSocket::UnconnectedState);
    QCOMPARE(received.count(), 0);
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
