// FolderCollector: which files a dropped or chosen set of files and folders opens, in which order, and
// what is left out (hidden entries, other kinds of files, folders reached twice, past the cap).
#include "formats/foldercollector.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dramatis;

class TestFolderCollector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void walksFoldersInNameOrder();
    void leavesOutHiddenAndOtherKinds();
    void extensionlessTextIsAnArticle();
    void filesNamedDirectly();
    void symlinkLoopWalkedOnce();
    void sameFileTwiceOnce();
    void cap_data();
    void cap();

private:
    QString write(const QString &relative, const QByteArray &bytes = "A short article about Porthcarrow.\n");
    QStringList relative(const QStringList &files) const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestFolderCollector::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestFolderCollector::write(const QString &relative, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

QStringList TestFolderCollector::relative(const QStringList &files) const
{
    QStringList out;
    const QDir root(m_dir->path());
    for (const QString &f : files)
        out << root.relativeFilePath(f);
    return out;
}

void TestFolderCollector::walksFoldersInNameOrder()
{
    write(QStringLiteral("b.txt"));
    write(QStringLiteral("a.md"), "# Title\n\nText.\n");
    write(QStringLiteral("sub/z.html"), "<html><body><p>Text.</p></body></html>");
    write(QStringLiteral("sub/deeper/c.eml"), "Subject: x\n\nText.\n");
    write(QStringLiteral("A-upper.txt"));
    const FolderCollector::Result r = FolderCollector::collect({m_dir->path()});
    // Files of a folder before its subfolders, each sorted by name.
    QCOMPARE(relative(r.files),
        (QStringList {QStringLiteral("A-upper.txt"), QStringLiteral("a.md"), QStringLiteral("b.txt"),
            QStringLiteral("sub/z.html"), QStringLiteral("sub/deeper/c.eml")}));
    for (const QString &f : r.files)
        QVERIFY(QFileInfo(f).isAbsolute());
    QVERIFY(r.refused.isEmpty());
    QVERIFY(!r.capped);
    // The same call gives the same list.
    QCOMPARE(FolderCollector::collect({m_dir->path()}).files, r.files);
}

void TestFolderCollector::leavesOutHiddenAndOtherKinds()
{
    write(QStringLiteral("kept.txt"));
    write(QStringLiteral(".hidden.txt"));
    write(QStringLiteral(".git/config.txt"));
    write(QStringLiteral("photo.png"), QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, '\0'));
    write(QStringLiteral("archive.zip"), QByteArray("PK\x03\x04", 4) + QByteArray(64, '\0'));
    write(QStringLiteral("sheet.xlsx"), "x");
    const FolderCollector::Result r = FolderCollector::collect({m_dir->path()});
    QCOMPARE(relative(r.files), QStringList {QStringLiteral("kept.txt")});
    QCOMPARE(r.skippedInFolders, 3); // png, zip, xlsx; hidden entries are not even counted
    QVERIFY(r.refused.isEmpty()); // inside folders, other kinds are left silently
}

void TestFolderCollector::extensionlessTextIsAnArticle()
{
    write(QStringLiteral("README"), "Plain words in a file without an extension.\n");
    write(QStringLiteral("blob"), QByteArray(256, '\0'));
    const FolderCollector::Result r = FolderCollector::collect({m_dir->path()});
    QCOMPARE(relative(r.files), QStringList {QStringLiteral("README")});
    QCOMPARE(r.skippedInFolders, 1);
}

void TestFolderCollector::filesNamedDirectly()
{
    const QString article = write(QStringLiteral("one.txt"));
    const QString picture = write(QStringLiteral("two.png"), QByteArray("\x89PNG\r\n\x1a\n", 8));
    const QString missing = m_dir->filePath(QStringLiteral("gone.txt"));
    const FolderCollector::Result r = FolderCollector::collect({article, picture, missing});
    // A missing file goes on to the loader, which says what is wrong with it.
    QCOMPARE(r.files, (QStringList {article, missing}));
    QCOMPARE(r.refused.size(), 1);
    QVERIFY(r.refused.first().contains(QStringLiteral("two.png")));
}

void TestFolderCollector::symlinkLoopWalkedOnce()
{
    write(QStringLiteral("loop/a.txt"));
    QVERIFY(
        QFile::link(m_dir->filePath(QStringLiteral("loop")), m_dir->filePath(QStringLiteral("loop/again"))));
    const FolderCollector::Result r = FolderCollector::collect({m_dir->filePath(QStringLiteral("loop"))});
    QCOMPARE(relative(r.files), QStringList {QStringLiteral("loop/a.txt")});
}

void TestFolderCollector::sameFileTwiceOnce()
{
    const QString a = write(QStringLiteral("dir/a.txt"));
    QVERIFY(QFile::link(a, m_dir->filePath(QStringLiteral("dir/link-to-a.txt"))));
    const FolderCollector::Result r = FolderCollector::collect(
        {a, m_dir->filePath(QStringLiteral("dir")), m_dir->filePath(QStringLiteral("dir"))});
    QCOMPARE(r.files, QStringList {a});
}

void TestFolderCollector::cap_data()
{
    QTest::addColumn<int>("files");
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("capped");
    QTest::newRow("under") << 4 << 5 << 4 << false;
    QTest::newRow("exactly") << 5 << 5 << 5 << false;
    QTest::newRow("over") << 9 << 5 << 5 << true;
    QTest::newRow("zero") << 2 << 0 << 0 << true;
}

void TestFolderCollector::cap()
{
    QFETCH(int, files);
    QFETCH(int, cap);
    QFETCH(int, expected);
    QFETCH(bool, capped);
    for (int i = 0; i < files; ++i)
        QVERIFY(!write(QStringLiteral("many/%1.txt").arg(i, 2, 10, QLatin1Char('0'))).isEmpty());
    const FolderCollector::Result r = FolderCollector::collect({m_dir->path()}, cap);
    QCOMPARE(r.files.size(), expected);
    QCOMPARE(r.capped, capped);
    if (expected > 0)
        QCOMPARE(QFileInfo(r.files.first()).fileName(), QStringLiteral("00.txt"));
}

QTEST_GUILESS_MAIN(TestFolderCollector)
#include "tst_foldercollector.moc"
