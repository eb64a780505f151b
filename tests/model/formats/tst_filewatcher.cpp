// FileWatcher: a write, a burst of writes, an editor's rename-over save (twice), a deletion and a return, and
// the noise of other files in the same folder.
#include "formats/filewatcher.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace dramatis;
using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

bool appendFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::Append) && f.write(bytes) == bytes.size();
}

} // namespace

class TestFileWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void writeIsReported();
    void burstIsReportedOnce();
    void renameOverSave();
    void removedAndBack();
    void otherFilesAreIgnored();
    void unwatchStops();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void TestFileWatcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(u"article.txt"_s);
    QVERIFY(writeFile(m_file, "first version\n"));
}

void TestFileWatcher::writeIsReported()
{
    FileWatcher watcher;
    watcher.setDelay(20);
    watcher.watch(m_file);
    QSignalSpy changed(&watcher, &FileWatcher::changed);
    QVERIFY(writeFile(m_file, "second version, longer\n"));
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), m_file);
}

void TestFileWatcher::burstIsReportedOnce()
{
    FileWatcher watcher;
    watcher.setDelay(300);
    watcher.watch(m_file);
    QSignalSpy changed(&watcher, &FileWatcher::changed);
    // Writes closer together than the delay: one report, when they stop.
    for (int i = 0; i < 5; ++i)
        QVERIFY(appendFile(m_file, "more\n"));
    QTRY_COMPARE(changed.size(), 1);
    QVERIFY(appendFile(m_file, "and a later one\n"));
    QTRY_COMPARE(changed.size(), 2);
}

void TestFileWatcher::renameOverSave()
{
    FileWatcher watcher;
    watcher.setDelay(20);
    watcher.watch(m_file);
    QSignalSpy changed(&watcher, &FileWatcher::changed);
    QSignalSpy removed(&watcher, &FileWatcher::removed);
    for (int round = 1; round <= 2; ++round) {
        const QString temporary = m_dir->filePath(u"article.txt.tmp"_s);
        QVERIFY(writeFile(temporary, QByteArray("saved by an editor, round ") + QByteArray::number(round)));
        QCOMPARE(
            std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(m_file).constData()), 0);
        QTRY_COMPARE(changed.size(), round);
    }
    QCOMPARE(removed.size(), 0);
}

void TestFileWatcher::removedAndBack()
{
    FileWatcher watcher;
    watcher.setDelay(20);
    watcher.watch(m_file);
    QSignalSpy changed(&watcher, &FileWatcher::changed);
    QSignalSpy removed(&watcher, &FileWatcher::removed);
    QVERIFY(QFile::remove(m_file));
    QTRY_COMPARE(removed.size(), 1);
    QCOMPARE(changed.size(), 0);
    QVERIFY(writeFile(m_file, "back again\n"));
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(removed.size(), 1);
}

void TestFileWatcher::otherFilesAreIgnored()
{
    FileWatcher watcher;
    watcher.setDelay(20);
    watcher.watch(m_file);
    QSignalSpy changed(&watcher, &FileWatcher::changed);
    // Another file in the folder first, then the watched one: only the watched one is reported.
    QVERIFY(writeFile(m_dir->filePath(u"other.txt"_s), "not watched\n"));
    QVERIFY(QFile::remove(m_dir->filePath(u"other.txt"_s)));
    QVERIFY(writeFile(m_file, "the watched one changed\n"));
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), m_file);
    QVERIFY(writeFile(m_dir->filePath(u"third.txt"_s), "not watched either\n"));
    QVERIFY(writeFile(m_file, "the watched one changed again\n"));
    QTRY_COMPARE(changed.size(), 2);
    QCOMPARE(changed.at(1).at(0).toString(), m_file);
}

void TestFileWatcher::unwatchStops()
{
    FileWatcher watcher;
    watcher.setDelay(20);
    const QString second = m_dir->filePath(u"second.txt"_s);
    QVERIFY(writeFile(second, "second\n"));
    watcher.watch(m_file);
    watcher.watch(second);
    QCOMPARE(watcher.paths().size(), 2);
    watcher.unwatch(m_file);
    QVERIFY(!watcher.isWatching(m_file));
    QSignalSpy changed(&watcher, &FileWatcher::changed);
    // The unwatched file first: when the watched one is reported, the other would have been too.
    QVERIFY(writeFile(m_file, "not reported\n"));
    QVERIFY(writeFile(second, "reported, longer\n"));
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), second);
}

QTEST_GUILESS_MAIN(TestFileWatcher)
#include "tst_filewatcher.moc"
