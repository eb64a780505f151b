// Drag and drop at scale, driven for real (offscreen): a folder tree queued on the thread pool, its
// failures listed once at the end, Cancel stopping the rest of the queue, and text dropped from a browser.
#include "mainwindow.h"
#include "support/guitestarticles.h"
#include "widgets/messagebanner.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QListView>
#include <QMimeData>
#include <QMutex>
#include <QSet>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QToolButton>

using namespace dramatis;
using namespace dramatis::test;

namespace {

// Remembers which slow articles it was asked to tag, and holds each until it is stopped: a queue that is
// still running when the test cancels it, without timing assumptions.
class CountingSlowTagger final : public Tagger
{
public:
    QString name() const override { return QStringLiteral("counting-slow"); }
    MentionList tag(const TokenizedText &tokens, std::stop_token stop) const override
    {
        if (!tokens.text.contains(QStringLiteral("SLOW")))
            return {};
        {
            const QMutexLocker lock(&m_mutex);
            m_started.insert(tokens.text);
        }
        while (!stop.stop_requested())
            QThread::msleep(2);
        return {};
    }
    qsizetype started() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_started.size();
    }

private:
    mutable QMutex m_mutex;
    mutable QSet<QString> m_started;
};

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestGuiDropFolder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dropFolderTree();
    void manyFailuresShowAll();
    void cancelStopsQueue();
    void droppedText_data();
    void droppedText();

private:
    void drop(QMimeData *mime);
    void dropPaths(const QStringList &paths);
    int openCount() const;
    QString statusText() const;

    std::unique_ptr<MainWindow> m_window;
};

void TestGuiDropFolder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("dramatis-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_dropfolder"));
}

void TestGuiDropFolder::init()
{
    m_window = std::make_unique<MainWindow>(testTagger());
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiDropFolder::cleanup()
{
    m_window.reset();
}

void TestGuiDropFolder::drop(QMimeData *mime)
{
    const QPointF pos(m_window->width() / 2.0, m_window->height() / 2.0);
    QDragEnterEvent enter(pos.toPoint(), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &dropEvent);
    QVERIFY(dropEvent.isAccepted());
}

void TestGuiDropFolder::dropPaths(const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    drop(&mime);
}

int TestGuiDropFolder::openCount() const
{
    return m_window->findChild<QListView *>(QStringLiteral("articleList"))->model()->rowCount();
}

QString TestGuiDropFolder::statusText() const
{
    return m_window->statusBar()->currentMessage();
}

void TestGuiDropFolder::dropFolderTree()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.filePath(QStringLiteral("articles"));
    QVERIFY(writeFile(root + u"/oakridge.txt", ArticleText));
    QVERIFY(writeFile(root + u"/harbour.md", SecondText));
    QVERIFY(
        writeFile(root + u"/2026/june/deep.txt", "Deep in the tree\n\nDalia Fenwick wrote from Lisbon.\n"));
    QVERIFY(writeFile(root + u"/2026/empty.txt", "")); // a bad file: fails
    QVERIFY(writeFile(root + u"/photo.png", QByteArray("\x89PNG\r\n\x1a\n", 8))); // another kind: skipped
    QVERIFY(writeFile(root + u"/.draft.txt", "Hidden draft\n\nNot for opening.\n")); // hidden: skipped
    QVERIFY(QFile::link(root, root + u"/2026/loop")); // a symlink loop: walked once

    dropPaths({root});
    QTRY_VERIFY(!m_window->isBusy());
    QCOMPARE(openCount(), 3);
    auto *list = m_window->findChild<QListView *>(QStringLiteral("articleList"));
    QStringList titles;
    for (int row = 0; row < 3; ++row)
        titles << list->model()->index(row, 0).data().toString();
    titles.sort();
    QCOMPARE(titles,
        (QStringList {QStringLiteral("Deep in the tree"), QStringLiteral("Harbour notes"),
            QStringLiteral("Quentin Marsh joins Oakridge Systems")}));
    QVERIFY(m_window->currentAnalysis() != nullptr);

    // The one failure, one line naming the file and the reason, under a heading; nothing else.
    auto *banner = m_window->findChild<MessageBanner *>();
    QVERIFY(banner->isVisible());
    const QStringList lines = banner->messages();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], QStringLiteral("1 file could not be opened:"));
    QVERIFY2(lines[1].endsWith(QStringLiteral("empty.txt: the file is empty")), qPrintable(lines[1]));
    QVERIFY(!banner->text().contains(QStringLiteral("photo.png")));
    QVERIFY(!banner->text().contains(QStringLiteral(".draft")));
    QCOMPARE(statusText(), QStringLiteral("Opened 3 of 4 articles"));
}

void TestGuiDropFolder::manyFailuresShowAll()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const int bad = MessageBanner::MaxLines + 4;
    for (int i = 0; i < bad; ++i)
        QVERIFY(writeFile(dir.filePath(QStringLiteral("bad%1.txt").arg(i, 2, 10, QLatin1Char('0'))), "  \n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("good.txt")), ArticleText));
    dropPaths({dir.path()});
    QTRY_VERIFY(!m_window->isBusy());
    QCOMPARE(openCount(), 1);
    auto *banner = m_window->findChild<MessageBanner *>();
    QCOMPARE(banner->messages().size(), bad + 1);
    QCOMPARE(banner->messages().front(), QStringLiteral("%1 files could not be opened:").arg(bad));
    auto *showAll = banner->findChild<QToolButton *>(QStringLiteral("showAllMessages"));
    QVERIFY(showAll && showAll->isVisible());
    QVERIFY(!banner->text().contains(QStringLiteral("bad%1.txt").arg(bad - 1)));
    showAll->click();
    auto *all = m_window->findChild<QWidget *>(QStringLiteral("allMessages"));
    QVERIFY(all && all->isVisible());
    QVERIFY(!all->isModal());
}

void TestGuiDropFolder::cancelStopsQueue()
{
    auto tagger = std::make_shared<CountingSlowTagger>();
    m_window = std::make_unique<MainWindow>(tagger);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Every worker gets a slow article and holds it: the rest of the queue waits behind them.
    const int total = 4 * QThread::idealThreadCount() + 8;
    for (int i = 0; i < total; ++i)
        QVERIFY(writeFile(dir.filePath(QStringLiteral("a%1.txt").arg(i, 3, 10, QLatin1Char('0'))),
            QStringLiteral("Slow article %1\n\nThis SLOW article, number %1, takes its time.\n")
                .arg(i)
                .toUtf8()));
    dropPaths({dir.path()});
    QVERIFY(m_window->isBusy());
    QTRY_VERIFY(tagger->started() > 0);
    auto *cancel = m_window->findChild<QAction *>(QStringLiteral("cancelOpening"));
    QVERIFY(cancel->isEnabled());
    cancel->trigger();
    QVERIFY(!m_window->isBusy());
    QVERIFY(statusText().startsWith(QStringLiteral("Opening cancelled")));
    QTest::qWait(100);
    // Only the articles already on a worker were started; none of the queue after them, none delivered.
    QVERIFY2(
        tagger->started() <= QThread::idealThreadCount(), qPrintable(QString::number(tagger->started())));
    QCOMPARE(openCount(), 0);
}

void TestGuiDropFolder::droppedText_data()
{
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("html");
    QTest::newRow("text/plain") << QString::fromUtf8(ArticleText) << QString();
    QTest::newRow("text/html only") << QString()
                                    << QStringLiteral(
                                           "<html><body><h1>Quentin Marsh joins Oakridge Systems</h1>"
                                           "<p>Quentin Marsh met Dalia Fenwick in Lisbon.</p>"
                                           "<p>Dalia Fenwick was pleased.</p></body></html>");
}

void TestGuiDropFolder::droppedText()
{
    QFETCH(QString, plain);
    QFETCH(QString, html);
    QMimeData mime;
    if (!plain.isEmpty())
        mime.setText(plain);
    if (!html.isEmpty())
        mime.setHtml(html);
    drop(&mime);
    QTRY_VERIFY(m_window->currentAnalysis() != nullptr);
    QTRY_VERIFY(!m_window->isBusy());
    QCOMPARE(openCount(), 1);
    const Article &article = m_window->currentAnalysis()->article;
    QVERIFY(article.filePath.startsWith(QStringLiteral("Dropped text 1")));
    QVERIFY(article.text.contains(QStringLiteral("Dalia Fenwick")));
    QVERIFY(!article.text.contains(u'<'));
    QVERIFY(m_window->currentAnalysis()->entities.size() >= 2);
}

QTEST_MAIN(TestGuiDropFolder)
#include "tst_gui_dropfolder.moc"
