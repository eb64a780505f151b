// An article that opens without text (an e-mail whose body is a picture): `dramatis-cli tag` prints its
// header, empty text and no mentions, exits 0, and says on stderr why the text is empty.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTextless : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tag_data();
    void tag();

private:
    QTemporaryDir m_dir;
};

void TestTextless::tag_data()
{
    QTest::addColumn<QByteArray>("message");
    const QByteArray header = "From: Harbour Desk <desk@example.org>\nSubject: Crane photos\n"
                              "Date: 14 Mar 2024 09:30 +0000\nMIME-Version: 1.0\n";
    QTest::newRow("the body is an image") << QByteArray(
        header + "Content-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n");
    QTest::newRow("an empty HTML part") << QByteArray(header
        + "Content-Type: text/html; charset=utf-8\n\n<html><body><img src=\"cid:x\">"
          "</body></html>\n");
}

void TestTextless::tag()
{
    QFETCH(QByteArray, message);
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"photos.eml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(message), message.size());
    file.close();

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_RUNTIME_DIR"_s, m_dir.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DRAMATIS_CLI),
        {u"tag"_s, path, u"--format"_s, u"json"_s, u"--db"_s, m_dir.filePath(u"db.sqlite"_s)});
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == 0, qPrintable(err));
    QVERIFY2(err.contains(u"no text"), qPrintable(err));
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(p.readAllStandardOutput(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject article = json.value(u"article").toObject();
    QCOMPARE(article.value(u"title").toString(), u"Crane photos"_s);
    QCOMPARE(article.value(u"author").toString(), u"Harbour Desk"_s);
    QCOMPARE(article.value(u"date").toString(), u"2024-03-14"_s);
    QVERIFY(article.contains(u"text"));
    QCOMPARE(article.value(u"text").toString(), QString());
    QVERIFY(json.contains(u"mentions"));
    QVERIFY(json.value(u"mentions").toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestTextless)
#include "tst_textless.moc"
